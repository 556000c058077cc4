"""Sending a letter or the package to the subject by e-mail (services/mailbox/sending.py).

The dialog names the address and what is attached, asks for the SMTP password only when none
is kept, and sends in the background. For the package it says, before anything is sent, that
the package's password is not in the e-mail and must be given by another channel.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smarttek_dsar.services.mailbox.sending import SentMail
from smarttek_dsar.ui.changes import Changes
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.plain_text import plain
from smarttek_dsar.ui.tasks import run_task


def subject_email(detail) -> str:  # type: ignore[no-untyped-def]
    """The data subject's e-mail address on the case, or ""."""
    return next((p.email for p in detail.parties if p.role == "subject" and p.email), "")


class SendMailDialog(QDialog):
    """`letter_kind` for a letter (written and sent), or `archive` for the package."""

    def __init__(self, context: AppContext, number: str, to: str, *,
                 letter_kind: str | None = None, letter_title: str = "",
                 language: str | None = None, late_confirmed: bool = False,
                 archive: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("send_mail_dialog")
        self.setWindowTitle(self.tr("Send by e-mail — {case}").format(case=number))
        self._context, self._number = context, number
        self._kind, self._language, self._late = letter_kind, language, late_confirmed
        self._archive = archive
        self.sent: SentMail | None = None
        smtp = context.services.sending.smtp_settings()
        form = QFormLayout()
        form.addRow(self.tr("To"), plain(QLabel(to or self.tr("(no e-mail address)"))))
        form.addRow(self.tr("From"), plain(QLabel(smtp.sender)))
        attached = (self.tr("The letter “{title}” as PDF").format(title=letter_title)
                    if archive is None else archive.name)
        form.addRow(self.tr("Attached"), plain(QLabel(attached)))
        self.password = QLineEdit()
        self.password.setObjectName("smtp_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        if context.services.sending.needs_password():
            form.addRow(self.tr("SMTP password"), self.password)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if archive is not None:
            warning = QLabel(self.tr(
                "Only the password-protected archive is sent. Its password is NOT in this "
                "e-mail: give it to the subject by another channel (phone, text message)."))
            warning.setObjectName("password_warning")
            warning.setWordWrap(True)
            warning.setStyleSheet("color: #8b1a1a; font-weight: bold;")
            layout.addWidget(warning)
        if not smtp.configured:
            self.status_note = self.tr("Sending by e-mail is not set up: an administrator "
                                       "enters the SMTP server in Settings.")
        else:
            self.status_note = ""
        self.status = plain(QLabel(self.status_note))
        self.status.setObjectName("send_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setObjectName("send_button")
        self.send_button.setDefault(True)
        self.send_button.setEnabled(smtp.configured and bool(to))
        self.send_button.clicked.connect(self.send)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def send(self) -> None:
        sending, actor, number = self._context.services.sending, self._context.actor, self._number
        password = self.password.text() or None
        kind, language, late, archive = self._kind, self._language, self._late, self._archive

        def job() -> SentMail:
            if archive is not None:
                return sending.send_package(actor, number, archive, password=password)
            return sending.send_letter(actor, number, kind, language=language,
                                       late_confirmed=late, password=password)

        self.send_button.setEnabled(False)
        self.status.setText(self.tr("Sending…"))
        self._task = run_task(self, job, self._sent, title=self.tr("Sending the e-mail"),
                              on_error=self._failed)

    def _sent(self, sent: SentMail) -> None:
        self.sent = sent
        recorded = (self.tr("Recorded as the delivery of the answer.")
                    if sent.recorded_as_delivery
                    else self.tr("Recorded in the case's audit trail."))
        self.status.setStyleSheet("color: #1d6b35;")
        self.status.setText(self.tr("Sent to {to}. Message-ID {id}. {recorded}").format(
            to=sent.to, id=sent.message_id, recorded=recorded))
        self._context.notify(Changes.of_case(self._number))

    def _failed(self, message: str) -> None:
        self.send_button.setEnabled(True)
        self.status.setStyleSheet("color: #8b1a1a;")
        self.status.setText(message)
