"""Writing a letter (or the case dossier) to PDF and looking at it before it is sent.

The letter's wording comes from the DPO's templates and every fact in it from the case record
(DOMAIN §6): the recorded extension, the completed tasks, the recipients confirmed here. A
letter whose fact is missing is refused by the service with a message naming it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smarttek_dsar.services.letters.letter_templates import LETTER_KINDS
from smarttek_dsar.services.letters.letters import REFUSAL_KINDS, letter_title
from smarttek_dsar.services.views import CaseDetail
from smarttek_dsar.ui.case_view.wording import ui_language
from smarttek_dsar.ui.changes import Changes
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.package_dialog import LANGUAGE_NAMES
from smarttek_dsar.ui.pdf_preview import PdfPreview
from smarttek_dsar.ui.plain_text import plain
from smarttek_dsar.ui.recipients_panel import RecipientsPanel
from smarttek_dsar.ui.remembered_dialog import RememberedDialog
from smarttek_dsar.ui.send_mail_dialog import SendMailDialog, subject_email
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
        self._refusal_due = detail.deadline.refusal_due
        self.kind = QComboBox()
        for kind in LETTER_KINDS:
            self.kind.addItem(letter_title(kind, ui_language()), kind)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.recipients = RecipientsPanel(context, self._number)
        self.recipients.changed.connect(self._fill_recipients)
        self.recipient = QComboBox()
        self.form.insertRow(0, self.tr("Letter"), self.kind)
        self.form.addRow(self.tr("Notice to (GDPR Art. 19)"), self.recipient)
        self.form.addRow(self.recipients)
        # Issue 15: the letter written and sent as PDF to the subject's address in one step.
        self.email_button = QPushButton(self.tr("Send by e-mail…"))
        self.email_button.setObjectName("email_letter")
        self.email_button.clicked.connect(self.send_by_email)
        self.form.addRow("", self.email_button)
        self._to = subject_email(detail)
        self._fill_recipients()
        self._kind_changed()

    def _fill_recipients(self) -> None:
        self.recipient.clear()
        self.recipient.addItem(self.tr("the first recipient not yet informed"), None)
        for recipient_id, label in self.recipients.recorded():
            self.recipient.addItem(label, recipient_id)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.recipient.setEnabled(kind == "art19_notice")
        self.output.setText(str(Path(self.output.text()).with_name(
            f"{self._number}_{kind}.pdf")))

    def write(self) -> None:
        kind = self.kind.currentData()
        self._late_confirmed = False
        if kind in REFUSAL_KINDS and self._today() > self._refusal_due:
            # GDPR 12(4): a refusal must reach the subject within the first month; a late one
            # is written only when the user says so, and the audit trail records it.
            if not self._confirm_late():
                self.status.setText(self.tr("Not written."))
                return
            self._late_confirmed = True
        super().write()

    def send_by_email(self) -> None:
        kind = self.kind.currentData()
        late = False
        if kind in ("refusal", "partial_refusal") and self._today() > self._refusal_due:
            if not self._confirm_late():
                return
            late = True
        self.send_dialog = SendMailDialog(
            self._context, self._number, self._to, letter_kind=kind,
            letter_title=self.kind.currentText(), language=self.language.currentData(),
            late_confirmed=late, parent=self)
        self.send_dialog.open()

    @staticmethod
    def _today() -> date:
        return date.today()

    def _confirm_late(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Late refusal"),
            self.tr("The deadline for telling the subject of a refusal (GDPR Art. 12(4)) was "
                    "{date}. Write the refusal anyway? The case's audit trail records that "
                    "it was late.").format(date=self._refusal_due.isoformat()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("confirm_late_refusal")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _job(self, out: Path):  # type: ignore[no-untyped-def]
        services, actor, number = self._context.services, self._context.actor, self._number
        kind, language = self.kind.currentData(), self.language.currentData()
        recipient_id = self.recipient.currentData() if kind == "art19_notice" else None
        late = self._late_confirmed
        return lambda: services.letters.write_pdf(actor, number, kind, out, language=language,
                                                  recipient_id=recipient_id,
                                                  late_confirmed=late)


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
