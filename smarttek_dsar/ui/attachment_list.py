"""Files that came with a request: picked with a file dialog or dropped onto the form, listed
with their size; one may be marked as the copy of an identity document."""

from __future__ import annotations

import mimetypes
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smarttek_dsar.services.views import AttachmentInput
from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.plain_text import plain_tip

_PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def dropped_files(mime: QMimeData) -> list[Path]:
    """The local files in a drag, or [] if it carries anything else (text, web links)."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.is_file()]


def read_attachments(paths: list[Path], id_document: Path | None) -> list[AttachmentInput]:
    """The files' contents, read off the UI thread (files can be large); no widget involved."""
    result = []
    for path in paths:
        media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        kind = "id_document" if path == id_document else "request"
        result.append(AttachmentInput(path.name, path.read_bytes(), media_type, kind))
    return result


class AttachmentList(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.files = QListWidget()
        self.files.setObjectName("attachments")
        self.files.setMinimumHeight(70)
        self.files.setToolTip(self.tr("Drop files here or anywhere on this form"))
        self.add_button = QPushButton(self.tr("Add files…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setEnabled(False)
        note = QLabel(self.tr("Drop files onto the form or use Add files. Tick a file that is a "
                              "copy of an ID document (optional; delete it after the check)."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #666;")

        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.files, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(note)

        self.add_button.clicked.connect(self._choose)
        self.remove_button.clicked.connect(self._remove_selected)
        self.files.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.files.selectedItems())))
        self.files.itemChanged.connect(self._keep_one_id_document)

    def _choose(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files to the request"))
        self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> None:
        known = set(self.paths())
        for path in paths:
            if path in known or not path.is_file():
                continue
            known.add(path)
            size = i18n.locale().formattedDataSize(path.stat().st_size)
            item = QListWidgetItem(f"{path.name}  ({size})")
            item.setData(_PATH_ROLE, str(path))
            item.setToolTip(plain_tip(str(path)))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.files.addItem(item)
        self.changed.emit()

    def _remove_selected(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))
        self.changed.emit()

    def _keep_one_id_document(self, changed: QListWidgetItem) -> None:
        if changed.checkState() != Qt.CheckState.Checked:
            return
        self.files.blockSignals(True)
        for row in range(self.files.count()):
            item = self.files.item(row)
            if item is not changed:
                item.setCheckState(Qt.CheckState.Unchecked)
        self.files.blockSignals(False)
        self.changed.emit()

    def mark_id_document(self, row: int) -> None:
        self.files.item(row).setCheckState(Qt.CheckState.Checked)

    def paths(self) -> list[Path]:
        return [Path(self.files.item(i).data(_PATH_ROLE)) for i in range(self.files.count())]

    def id_document(self) -> Path | None:
        for row in range(self.files.count()):
            item = self.files.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                return Path(item.data(_PATH_ROLE))
        return None

    def too_large(self, limit_mb: int) -> list[str]:
        limit = limit_mb * 1024 * 1024
        return [p.name for p in self.paths() if p.exists() and p.stat().st_size > limit]
