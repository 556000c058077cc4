"""Preparing the subject's data package: language, optional password, output folder; the
export runs in the background with progress and Cancel; then the PDF is shown for a last look
and the delivery is recorded with the SHA-256 of every file (GDPR 15(3), 5(2))."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from smarttek_dsar.domain.rights import Channel
from smarttek_dsar.exporters.package import PackageResult
from smarttek_dsar.services.package.package_export import (
    MIN_PACKAGE_PASSWORD,
    new_package_password,
    pdf_of_encrypted_package,
)
from smarttek_dsar.services.views import CaseDetail
from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.case_view.tables import fill_rows, read_only_table
from smarttek_dsar.ui.case_view.wording import format_size, label
from smarttek_dsar.ui.changes import Changes
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.pdf_preview import PdfPreview
from smarttek_dsar.ui.plain_text import plain
from smarttek_dsar.ui.remembered_dialog import RememberedDialog
from smarttek_dsar.ui.send_mail_dialog import SendMailDialog, subject_email
from smarttek_dsar.ui.tasks import Progress, run_task
from smarttek_dsar.ui.today import today_qdate

LANGUAGE_NAMES = (("lv", "Latviešu"), ("en", "English"))


class PackageDialog(RememberedDialog):
    def __init__(self, context: AppContext, detail: CaseDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__("package_dialog", parent)
        self._context = context
        self._detail = detail
        self._number = detail.summary.number
        self._password: str | None = None
        self.result: PackageResult | None = None
        self.setWindowTitle(self.tr("Data package — {case}").format(case=self._number))
        self.resize(980, 720)

        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(detail.language)))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("optional; at least %1 characters").replace(
            "%1", str(MIN_PACKAGE_PASSWORD)))
        self.password_again = QLineEdit()
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.generate_button = QPushButton(self.tr("Generate"))
        self.generate_button.setToolTip(self.tr("Make a strong password to read out to the "
                                                "subject"))
        self.generate_button.clicked.connect(self.generate_password)
        self.folder = QLineEdit(str(Path.home()))
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.clicked.connect(self._browse)
        self.export_button = QPushButton(self.tr("Export package"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.status = plain(QLabel())
        self.status.setWordWrap(True)
        self.files_table = read_only_table([self.tr("File"), self.tr("Size"), "SHA-256"])
        self.files_table.setMaximumHeight(150)
        self.preview = PdfPreview()

        self.channel = QComboBox()
        for channel in Channel:
            self.channel.addItem(label(channel), channel)
        # GDPR 12(3): a request made electronically is answered electronically by default.
        self.channel.setCurrentIndex(max(0, self.channel.findData(detail.summary.channel)))
        self.sent_on = QDateEdit(today_qdate())
        self.sent_on.setCalendarPopup(True)
        self.sent_on.setDisplayFormat(i18n.date_format())
        self.sent_on.setMaximumDate(today_qdate())
        self.proof = QLineEdit()
        self.proof.setPlaceholderText(self.tr("e.g. e-mail message ID, registered-post number"))
        self.record_button = QPushButton(self.tr("Record delivery"))
        self.record_button.clicked.connect(self.record_delivery)
        self.record_button.setEnabled(False)
        # GDPR 20(2): at the subject's request, the portable data goes straight to another
        # controller; recorded as a disclosure to that controller.
        self.controller = QLineEdit()
        self.controller.setObjectName("controller_name")
        self.controller.setPlaceholderText(self.tr("the controller the subject named"))
        self.transfer_button = QPushButton(self.tr("Export for this controller"))
        self.transfer_button.setObjectName("transfer_button")
        self.transfer_button.clicked.connect(self.export_for_controller)
        self.transfer_button.setEnabled("portability" in {
            getattr(r, "value", r) for r in detail.summary.rights})

        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        password_row = QHBoxLayout()
        password_row.addWidget(self.password, 1)
        password_row.addWidget(self.generate_button)
        form.addRow(self.tr("Password"), password_row)
        form.addRow(self.tr("Password again"), self.password_again)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse_button)
        form.addRow(self.tr("Output folder"), folder_row)
        hint = QLabel(self.tr("Give the password to the subject through another channel "
                              "(e.g. by phone); it is not stored anywhere."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        form.addRow(hint)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.export_button)

        delivery = QGroupBox(self.tr("Record delivery"))
        delivery_form = QFormLayout(delivery)
        delivery_form.addRow(self.tr("Channel"), self.channel)
        delivery_form.addRow(self.tr("Sent on"), self.sent_on)
        delivery_form.addRow(self.tr("Proof of delivery"), self.proof)
        delivery_form.addRow("", self.record_button)
        # Issue 15: only the password-protected archive may go by e-mail.
        self.email_button = QPushButton(self.tr("Send the archive by e-mail…"))
        self.email_button.setObjectName("email_package")
        self.email_button.setEnabled(False)
        self.email_button.clicked.connect(self.send_by_email)
        delivery_form.addRow("", self.email_button)

        transfer = QGroupBox(self.tr("Send the portable data to another controller "
                                     "(GDPR 20(2))"))
        transfer_form = QFormLayout(transfer)
        transfer_form.addRow(self.tr("Controller"), self.controller)
        transfer_form.addRow("", self.transfer_button)

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.files_table)
        lower_layout.addWidget(delivery)
        lower_layout.addWidget(transfer)
        splitter = QSplitter()
        splitter.addWidget(self.preview)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Output folder"),
                                                  self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def generate_password(self) -> None:
        """Fill both fields with a new passphrase, shown in clear so it can be read out or
        copied for the subject; it is not kept anywhere once the dialog closes."""
        passphrase = new_package_password()
        for field in (self.password, self.password_again):
            field.setEchoMode(QLineEdit.EchoMode.Normal)
            field.setText(passphrase)
        self.status.setText(self.tr("Give this password to the subject by phone or another "
                                    "channel than the package."))

    def export(self) -> None:
        password = self.password.text()
        if password != self.password_again.text():
            self.status.setText(self.tr("The two passwords differ; type the same password "
                                        "twice."))
            return
        if password and len(password.strip()) < MIN_PACKAGE_PASSWORD:
            self.status.setText(self.tr(
                "The password must have at least %1 characters; press Generate for a strong "
                "one.").replace("%1", str(MIN_PACKAGE_PASSWORD)))
            return
        folder = self.folder.text().strip()
        if not folder:
            self.status.setText(self.tr("Choose the folder the package is written to."))
            return
        services, actor, number = self._context.services, self._context.actor, self._number
        language = self.language.currentData()
        self._password = password or None
        out_dir = Path(folder)
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Exporting…"))

        def job(progress: Progress) -> PackageResult:  # Cancel: the export publishes nothing
            return services.exports.write(actor, number, out_dir, language=language,
                                          password=password or None, progress=progress)

        run_task(self, job, self._exported, title=self.tr("Writing the data package"),
                 on_error=self._failed, on_cancel=self._cancelled)

    def export_for_controller(self) -> None:
        folder = self.folder.text().strip()
        if not folder:
            self.status.setText(self.tr("Choose the folder the package is written to."))
            return
        services, actor, number = self._context.services, self._context.actor, self._number
        controller, channel = self.controller.text(), self.channel.currentData()
        out_dir = Path(folder)
        self.transfer_button.setEnabled(False)

        def job() -> PackageResult:
            return services.exports.export_for_controller(actor, number, out_dir, controller,
                                                          channel=channel)

        run_task(self, job, self._transferred, title=self.tr("Writing the portability file"),
                 on_error=self._transfer_failed)

    def _transferred(self, result: PackageResult) -> None:
        self.transfer_button.setEnabled(True)
        self.status.setText(self.tr("Written to {folder} and recorded as a disclosure to "
                                    "{controller}.").format(folder=str(result.directory),
                                                            controller=self.controller.text()))
        fill_rows(self.files_table, [[f.path.name, format_size(f.size), f.sha256]
                                     for f in result.files])
        self._context.notify(Changes.of_case(self._number))

    def _transfer_failed(self, message: str) -> None:
        self.transfer_button.setEnabled(True)
        self.status.setText(message)

    def _exported(self, result: PackageResult) -> None:
        self.result = result
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Package written to {folder}").format(
            folder=str(result.directory)))
        fill_rows(self.files_table, [[f.path.name, format_size(f.size), f.sha256]
                                     for f in result.files])
        self._preview(result)
        self.record_button.setEnabled("deliver" in self._detail.allowed_actions)
        self.email_button.setEnabled(self._archive() is not None
                                     and "deliver" in self._detail.allowed_actions)
        if "deliver" not in self._detail.allowed_actions:
            self.record_button.setToolTip(self.tr("The delivery is recorded in fulfilment."))

    def _archive(self) -> Path | None:
        if self.result is None or not self._password:
            return None
        return next((f.path for f in self.result.files if f.path.suffix == ".7z"), None)

    def send_by_email(self) -> None:
        archive = self._archive()
        if archive is None:
            return
        self.send_dialog = SendMailDialog(self._context, self._number,
                                          subject_email(self._detail), archive=archive,
                                          parent=self)
        self.send_dialog.open()

    def _preview(self, result: PackageResult) -> None:
        pdf = next((f.path for f in result.files if f.path.suffix == ".pdf"), None)
        if pdf is not None:
            self.preview.show_file(pdf)
            return
        if self._password:
            decrypted = pdf_of_encrypted_package(result, self._password)
            if decrypted is not None:
                name, data = decrypted
                self.preview.show_bytes(data, name, self._password)

    def _failed(self, message: str) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(message)

    def _cancelled(self) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Cancelled; no package was written."))

    def record_delivery(self) -> None:
        if self.result is None:
            return
        services, actor, number = self._context.services, self._context.actor, self._number
        result, channel, proof = self.result, self.channel.currentData(), self.proof.text()
        qdate = self.sent_on.date()
        sent_on = date(qdate.year(), qdate.month(), qdate.day())
        self.record_button.setEnabled(False)

        def job():
            return services.exports.record_delivery_from_package(
                actor, number, result, channel=channel, sent_on=sent_on, proof=proof)

        run_task(self, job, self._recorded, title=self.tr("Recording the delivery"),
                 on_error=self._record_failed)

    def _recorded(self, _summary) -> None:  # type: ignore[no-untyped-def]
        self.status.setText(self.tr("Delivery recorded with the SHA-256 of every file."))
        self._context.notify(Changes.of_case(self._number))

    def _record_failed(self, message: str) -> None:
        self.record_button.setEnabled(True)
        self.status.setText(message)
