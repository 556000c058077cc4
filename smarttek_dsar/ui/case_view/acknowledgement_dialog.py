"""The acknowledgement of receipt, as the services word it (services/intake/acknowledgement.py),
in the subject's language or the other one, read-only, ready to copy into the reply to the subject."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smarttek_dsar.services.intake.acknowledgement import acknowledgement_text
from smarttek_dsar.services.views import CaseDetail
from smarttek_dsar.ui.plain_text import plain
from smarttek_dsar.ui.tasks import run_task


class AcknowledgementDialog(QDialog):
    def __init__(self, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._detail = detail
        self.setObjectName("acknowledgementDialog")
        self.setWindowTitle(
            self.tr("Acknowledgement of receipt — {number}").format(number=detail.summary.number)
        )
        self.language = QComboBox()
        self.language.addItem(self.tr("Latvian"), "lv")
        self.language.addItem(self.tr("English"), "en")
        self.language.setCurrentIndex(max(self.language.findData(detail.language), 0))
        self.language.currentIndexChanged.connect(self._render)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.status = plain(QLabel())
        self.status.setStyleSheet("color: #555;")
        self.copy_button = QPushButton(self.tr("Copy to clipboard"))
        self.copy_button.setObjectName("copyButton")
        self.copy_button.clicked.connect(self.copy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Language:")))
        top.addWidget(self.language)
        top.addStretch(1)
        hint = QLabel(self.tr(
            "Check the text and send it to the subject; the date promised is the one-month "
            "deadline of GDPR 12(3)."
        ))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        bottom = QHBoxLayout()
        bottom.addWidget(self.copy_button)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.text, 1)
        layout.addLayout(bottom)
        self.resize(640, 520)
        self._render()

    def current_language(self) -> str:
        return self.language.currentData()

    def _render(self) -> None:
        detail, language = self._detail, self.current_language()
        self.copy_button.setEnabled(False)
        self.status.clear()

        def render() -> str:
            # The template is a file the DPO may have edited, perhaps on a network drive.
            return acknowledgement_text(detail, language)

        run_task(self, render, lambda text: self._rendered(language, text),
                 on_error=self._failed)

    def _rendered(self, language: str, text: str) -> None:
        if language != self.current_language():
            return  # the user switched language meanwhile
        self.text.setPlainText(text)
        self.copy_button.setEnabled(True)

    def _failed(self, message: str) -> None:
        self.text.clear()
        self.status.setText(message)
        self.status.setStyleSheet("color: #a01818;")

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        self.status.setStyleSheet("color: #2e7d32;")
        self.status.setText(self.tr("Copied to the clipboard."))
