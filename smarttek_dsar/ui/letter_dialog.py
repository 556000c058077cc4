"""Writing a letter (or the case dossier) to PDF and looking at it before it is sent.

The letter's wording comes from the DPO's templates; the few values a case cannot supply
(the reason for an extension, the recipient of a GDPR 19 notice) are typed here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smarttek_dsar.services.letters.letter_templates import LETTER_KINDS
from smarttek_dsar.services.letters.letters import letter_title
from smarttek_dsar.services.views import CaseDetail
from smarttek_dsar.ui.case_view.wording import ui_language
from smarttek_dsar.ui.changes import Changes
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.package_dialog import LANGUAGE_NAMES
from smarttek_dsar.ui.pdf_preview import PdfPreview
from smarttek_dsar.ui.plain_text import plain
from smarttek_dsar.ui.remembered_dialog import RememberedDialog
from smarttek_dsar.ui.tasks import run_task


class _DocumentDialog(RememberedDialog):
    """Language, output file, a write button, a status line and the preview."""

    def __init__(self, name: str, context: AppContext, detail: CaseDetail,
                 default_file: str, parent: QWidget | None) -> None:
        super().__init__(name, parent)
        self._context = context
        self._number = detail.summary.number
        self.resize(820, 760)
        self.language = QComboBox()
        for code, language_name in LANGUAGE_NAMES:
            self.language.addItem(language_name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(detail.language)))
        self.output = QLineEdit(str(Path.home() / default_file))
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.clicked.connect(self._browse)
        self.write_button = QPushButton(self.tr("Write PDF"))
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(self.write)
        self.status = plain(QLabel())
        self.status.setWordWrap(True)
        self.preview = PdfPreview()
        self.form = QFormLayout()
        self.form.addRow(self.tr("Language"), self.language)
        output_row = QHBoxLayout()
        output_row.addWidget(self.output, 1)
        output_row.addWidget(self.browse_button)
        self.form.addRow(self.tr("File"), output_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.write_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.preview, 1)
        layout.addWidget(close)

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Save PDF"),
                                                      self.output.text(), "PDF (*.pdf)")
        if chosen:
            self.output.setText(chosen)

    def write(self) -> None:
        out = Path(self.output.text().strip())
        if not out.name:
            self.status.setText(self.tr("Choose the file to write."))
            return
        if out.suffix.lower() != ".pdf":
            out = out.with_suffix(".pdf")
        job = self._job(out)
        self.write_button.setEnabled(False)
        run_task(self, job, self._written, title=self.tr("Writing the PDF"),
                 on_error=self._failed)

    def _job(self, out: Path):  # type: ignore[no-untyped-def]
        raise NotImplementedError

    def _written(self, written) -> None:  # type: ignore[no-untyped-def]
        self.write_button.setEnabled(True)
        self.status.setText(self.tr("Written: {file}\nSHA-256: {sha}").format(
            file=str(written.path), sha=written.sha256))
        self.preview.show_file(written.path)
        self._context.notify(Changes.of_case(self._number))

    def _failed(self, message: str) -> None:
        self.write_button.setEnabled(True)
        self.status.setText(message)


class LetterDialog(_DocumentDialog):
    def __init__(self, context: AppContext, detail: CaseDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__("letter_dialog", context, detail, f"{detail.summary.number}_letter.pdf",
                         parent)
        self.setWindowTitle(self.tr("Letter — {case}").format(case=self._number))
        self.kind = QComboBox()
        for kind in LETTER_KINDS:
            self.kind.addItem(letter_title(kind, ui_language()), kind)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.extension_reason = QLineEdit()
        self.extension_reason.setPlaceholderText(
            self.tr("e.g. large volume of call recordings to review and redact"))
        self.recipient = QLineEdit()
        self.recipient.setPlaceholderText(self.tr("default: the recipient of the open notice "
                                                  "task"))
        self.form.insertRow(0, self.tr("Letter"), self.kind)
        self.form.addRow(self.tr("Reason for the extension"), self.extension_reason)
        self.form.addRow(self.tr("Recipient (GDPR Art. 19)"), self.recipient)
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.extension_reason.setEnabled(kind == "extension")
        self.recipient.setEnabled(kind == "art19_notice")
        self.output.setText(str(Path(self.output.text()).with_name(
            f"{self._number}_{kind}.pdf")))

    def _job(self, out: Path):  # type: ignore[no-untyped-def]
        services, actor, number = self._context.services, self._context.actor, self._number
        kind, language = self.kind.currentData(), self.language.currentData()
        values = {}
        if kind == "extension" and self.extension_reason.text().strip():
            values["extension_reason"] = self.extension_reason.text().strip()
        if kind == "art19_notice" and self.recipient.text().strip():
            values["recipient_name"] = self.recipient.text().strip()
        return lambda: services.letters.write_pdf(actor, number, kind, out, language=language,
                                                  values=values)


class DossierDialog(_DocumentDialog):
    def __init__(self, context: AppContext, detail: CaseDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__("dossier_dialog", context, detail,
                         f"{detail.summary.number}_dossier.pdf", parent)
        self.setWindowTitle(self.tr("Case dossier — {case}").format(case=self._number))
        # The dossier goes to the Inspectorate, which works in Latvian.
        self.language.setCurrentIndex(max(0, self.language.findData("lv")))

    def _job(self, out: Path):  # type: ignore[no-untyped-def]
        services, actor, number = self._context.services, self._context.actor, self._number
        language = self.language.currentData()
        return lambda: services.dossier.write(actor, number, out, language=language)
