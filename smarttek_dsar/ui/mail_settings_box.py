"""Settings: the privacy mailbox (IMAP) and sending by e-mail (SMTP). An administrator changes
them; everyone sees them. A password typed here goes to the OS keyring, never the database."""

from __future__ import annotations

from dataclasses import asdict

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.services.mailbox.mail_settings import ImapSettings, SmtpSettings
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.tasks import run_task


class MailSettingsBox(QWidget):
    saved = Signal(str)  # a message for the page's status line
    refused = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.admin = context.can(Permission.MANAGE_SETTINGS)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._imap_box())
        layout.addWidget(self._smtp_box())

    def _connection(self, form: QFormLayout, prefix: str) -> dict[str, QWidget]:
        host, port, account = QLineEdit(), QSpinBox(), QLineEdit()
        port.setRange(1, 65535)
        security = QComboBox()
        security.addItem(self.tr("TLS"), "tls")
        security.addItem(self.tr("STARTTLS"), "starttls")
        security.addItem(self.tr("None (this computer only)"), "none")
        password = QLineEdit()
        password.setEchoMode(QLineEdit.EchoMode.Password)
        password.setPlaceholderText(self.tr("kept in the keyring; leave empty to keep"))
        form.addRow(self.tr("Server:"), host)
        form.addRow(self.tr("Port:"), port)
        form.addRow(self.tr("Security:"), security)
        form.addRow(self.tr("Account:"), account)
        form.addRow(self.tr("Password:"), password)
        widgets = {"host": host, "port": port, "security": security, "user": account,
                   "password": password}
        for name, widget in widgets.items():
            widget.setObjectName(f"{prefix}_{name}")
        return widgets

    def _imap_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Privacy mailbox (IMAP)"))
        form = QFormLayout(box)
        self.imap = self._connection(form, "imap")
        self.imap["folder"], self.imap["processed_folder"] = QLineEdit(), QLineEdit()
        interval = QSpinBox()
        interval.setRange(0, 1440)
        interval.setSuffix(self.tr(" min"))
        interval.setSpecialValueText(self.tr("off"))
        self.imap["interval_minutes"] = interval
        form.addRow(self.tr("Folder to read:"), self.imap["folder"])
        form.addRow(self.tr("Move processed to:"), self.imap["processed_folder"])
        form.addRow(self.tr("Fetch every:"), interval)
        for name in ("folder", "processed_folder", "interval_minutes"):
            self.imap[name].setObjectName(f"imap_{name}")
        self.save_imap = QPushButton(self.tr("Save mailbox settings"))
        self.save_imap.setObjectName("save_imap")
        self.save_imap.clicked.connect(lambda: self._save("imap"))
        form.addRow(self.save_imap)
        self._enable(self.imap, self.save_imap)
        return box

    def _smtp_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Sending by e-mail (SMTP)"))
        form = QFormLayout(box)
        self.smtp = self._connection(form, "smtp")
        self.smtp["sender"] = QLineEdit()
        self.smtp["sender"].setObjectName("smtp_sender")
        form.addRow(self.tr("Sender:"), self.smtp["sender"])
        note = QLabel(self.tr("A password typed here is kept in this computer's keyring, "
                              "never in the database."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #666;")
        form.addRow(note)
        self.save_smtp = QPushButton(self.tr("Save sending settings"))
        self.save_smtp.setObjectName("save_smtp")
        self.save_smtp.clicked.connect(lambda: self._save("smtp"))
        form.addRow(self.save_smtp)
        self._enable(self.smtp, self.save_smtp)
        return box

    def _enable(self, widgets: dict[str, QWidget], button: QPushButton) -> None:
        for widget in widgets.values():
            widget.setEnabled(self.admin)
        button.setEnabled(self.admin)

    # -- loading and saving ---------------------------------------------------------------
    def load(self) -> None:
        services = self.context.services

        def job() -> tuple[ImapSettings, SmtpSettings]:
            return services.mailbox.settings(), services.sending.smtp_settings()

        self._task = run_task(self, job, lambda result: self.show_settings(*result))

    def show_settings(self, imap: ImapSettings, smtp: SmtpSettings) -> None:
        for widgets, settings in ((self.imap, imap), (self.smtp, smtp)):
            for name, value in asdict(settings).items():
                widget = widgets[name]
                if isinstance(widget, QSpinBox):
                    widget.setValue(int(value))
                elif isinstance(widget, QComboBox):
                    widget.setCurrentIndex(max(0, widget.findData(value)))
                else:
                    widget.setText(str(value))
            widgets["password"].clear()

    def _values(self, widgets: dict[str, QWidget]) -> dict[str, object]:
        values: dict[str, object] = {}
        for name, widget in widgets.items():
            if isinstance(widget, QSpinBox):
                values[name] = widget.value()
            elif isinstance(widget, QComboBox):
                values[name] = widget.currentData()
            else:
                values[name] = widget.text().strip()
        return values

    def _save(self, kind: str) -> None:
        values = self._values(self.imap if kind == "imap" else self.smtp)
        password = str(values.pop("password")) or None
        services, actor = self.context.services, self.context.actor

        def job() -> object:
            if kind == "imap":
                return services.mailbox.configure(actor, password=password, **values)
            return services.sending.configure_smtp(actor, password=password, **values)

        self._task = run_task(self, job, lambda _s: self._saved(kind), on_error=self._refused)

    def _saved(self, kind: str) -> None:
        self.saved.emit(self.tr("Mailbox settings saved.") if kind == "imap"
                        else self.tr("Sending settings saved."))
        self.load()

    def _refused(self, message: str) -> None:
        self.refused.emit(message)
        self.load()
