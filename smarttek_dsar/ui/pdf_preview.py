"""Showing a PDF inside the window before it is sent: what the subject will read.

An encrypted package is previewed from memory (decrypted with the password the user just
typed), so no unencrypted copy of the subject's data is ever written next to the archive.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from smarttek_dsar.ui.plain_text import plain


class PdfPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.info = plain(QLabel())
        self.info.setStyleSheet("color: #555;")
        self._buffer: QBuffer | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.info)

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def show_file(self, path: Path, password: str | None = None) -> bool:
        self._release_buffer()
        if password:
            self.document.setPassword(password)
        error = self.document.load(str(path))
        return self._loaded(error, path.name)

    def show_bytes(self, data: bytes, name: str, password: str | None = None) -> bool:
        self._release_buffer()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        if password:
            self.document.setPassword(password)
        self.document.load(buffer)
        ok = self.document.status() == QPdfDocument.Status.Ready
        return self._loaded(QPdfDocument.Error.None_ if ok else self.document.error(), name)

    def clear(self) -> None:
        self.document.close()
        self._release_buffer()
        self.info.clear()

    def _loaded(self, error: QPdfDocument.Error, name: str) -> bool:
        if error != QPdfDocument.Error.None_:
            self.info.setText(self.tr("{name} cannot be shown ({error}).")
                              .format(name=name, error=error.name))
            return False
        self.info.setText(self.tr("{name}: page count {pages}").format(name=name,
                                                                  pages=self.page_count))
        return True

    def _release_buffer(self) -> None:
        if self._buffer is not None:
            self.document.close()
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
