"""Answers sent by e-mail: a letter (its PDF attached) or the data package (only its
password-protected archive) to the subject's e-mail address, over the company's SMTP server.

The package's password is never in the same e-mail: this service is never even given it; the
window and the command line tell the user to pass it on by another channel (phone, SMS).
Once the server has accepted the message, its Message-ID and time are the proof: an answer (a
refusal, a confirmation, the package) is recorded through the delivery operation, which also
records that the case was answered; any other letter (acknowledgement, identity request,
extension) gets its own audit event, as it answers nothing yet.
"""

from __future__ import annotations

import email.utils
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from email.message import EmailMessage
from pathlib import Path

from smarttek_dsar.domain.clock import RIGA
from smarttek_dsar.domain.operations import Operation
from smarttek_dsar.domain.rights import Channel
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.services import audit
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.case_records import find_case
from smarttek_dsar.services.errors import ServiceError
from smarttek_dsar.services.letters.letters import REFUSAL_KINDS, LetterService
from smarttek_dsar.services.mailbox.mail_settings import (
    SmtpSettings,
    read_mail_settings,
    save_mail_settings,
)
from smarttek_dsar.services.mailbox.mail_sign_in import SignIn, needs_password, sign_in_for
from smarttek_dsar.services.mailbox.oauth2 import TokenProvider
from smarttek_dsar.services.mailbox.smtp_connection import send_message
from smarttek_dsar.services.operations_guard import require_operation
from smarttek_dsar.services.response.delivered_files import delivered_file
from smarttek_dsar.services.response.delivery import DeliveredFile, DeliveryService
from smarttek_dsar.storage.database import Database
from smarttek_dsar.storage.timestamps import now_utc

SEVEN_ZIP_MAGIC = b"7z\xbc\xaf\x27\x1c"

_TEXTS = {
    "lv": {
        "letter_subject": "{number}: {title}",
        "letter_body": "Labdien!\n\nPielikumā ir mūsu vēstule par Jūsu pieprasījumu {number} "
                       "(datne {file}).\n\nAr cieņu\nSMARTTEK MIXTURE SIA datu aizsardzības "
                       "speciālists\n{sender}\n",
        "package_subject": "{number}: Jūsu personas datu kopija",
        "package_body": "Labdien!\n\nPielikumā ir Jūsu personas datu kopija (pieprasījums "
                        "{number}) ar paroli aizsargātā 7z arhīvā (datne {file}).\n\nParoli "
                        "šajā vēstulē neiekļaujam: to Jums paziņosim pa citu saziņas kanālu "
                        "(piemēram, pa tālruni vai īsziņā). Arhīvu var atvērt ar 7-Zip.\n\n"
                        "Ar cieņu\nSMARTTEK MIXTURE SIA datu aizsardzības speciālists\n"
                        "{sender}\n",
    },
    "en": {
        "letter_subject": "{number}: {title}",
        "letter_body": "Hello,\n\nPlease find attached our letter about your request {number} "
                       "(file {file}).\n\nKind regards\nData protection officer, SMARTTEK "
                       "MIXTURE SIA\n{sender}\n",
        "package_subject": "{number}: A copy of your personal data",
        "package_body": "Hello,\n\nPlease find attached a copy of your personal data (request "
                        "{number}) in a password-protected 7z archive (file {file}).\n\nThe "
                        "password is not in this e-mail: we will give it to you by another "
                        "channel (for example by phone or text message). The archive opens "
                        "with 7-Zip.\n\nKind regards\nData protection officer, SMARTTEK "
                        "MIXTURE SIA\n{sender}\n",
    },
}


@dataclass(frozen=True)
class SentMail:
    case_number: str
    to: str
    message_id: str
    sent_at: datetime  # aware UTC
    file: DeliveredFile
    # True when recorded as the case's answer (delivery); False for a letter on the way.
    recorded_as_delivery: bool

    def to_json(self) -> dict:
        return {"case": self.case_number, "to": self.to, "message_id": self.message_id,
                "sent_at": self.sent_at.isoformat(), "file": self.file.filename,
                "sha256": self.file.sha256, "delivery": self.recorded_as_delivery}


def is_answer_letter(kind: str) -> bool:
    return kind in REFUSAL_KINDS or kind.startswith("confirmation_")


class SendingService:
    def __init__(self, db: Database, letters: LetterService, delivery: DeliveryService) -> None:
        self.db = db
        self.letters = letters
        self.delivery = delivery

    def smtp_settings(self) -> SmtpSettings:
        return read_mail_settings(self.db, SmtpSettings)

    def configure_smtp(self, actor: Actor, *, password: str | None = None,
                       **changes) -> SmtpSettings:
        """Change the SMTP settings (host, port, security, user, sender); a `password` given
        is kept in the OS keyring, never the database."""
        return save_mail_settings(self.db, actor, SmtpSettings,
                                  what="set up sending by e-mail", password=password,
                                  changes=changes)

    def needs_password(self) -> bool:
        """Whether the window must ask for the SMTP password before sending (not with a
        password kept in the environment or the keyring, nor with OAuth2)."""
        return needs_password(self.smtp_settings())

    def send_letter(self, actor: Actor, number: str, kind: str, *, language: str | None = None,
                    values: Mapping[str, str] | None = None, late_confirmed: bool = False,
                    password: str | None = None, expected_version: int | None = None,
                    token_provider: TokenProvider | None = None) -> SentMail:
        """Write the letter (audited as any letter) and send its PDF to the subject. The
        server is signed in to as mail_sign_in.py says (`password` typed, or OAuth2)."""
        self._require(actor)
        operation = Operation.DELIVER if is_answer_letter(kind) else Operation.LETTER
        settings, sign_in, to, _language = self._prepare(actor, number, operation, password,
                                                         token_provider)
        with tempfile.TemporaryDirectory(prefix="dsar-mail-") as folder:
            letter = self.letters.write_pdf(
                actor, number, kind, Path(folder) / f"{number.strip().upper()}_{kind}.pdf",
                language=language, values=values, late_confirmed=late_confirmed)
            texts = _TEXTS[letter.language]
            subject = texts["letter_subject"].format(number=letter.case_number,
                                                     title=letter.title)
            return self._send(actor, letter.case_number, settings, sign_in, to, subject,
                              texts["letter_body"], Path(letter.path), "application/pdf",
                              what=f"letter ({kind})", answer=is_answer_letter(kind),
                              expected_version=expected_version, kind=kind)

    def send_package(self, actor: Actor, number: str, archive: Path, *,
                     password: str | None = None, expected_version: int | None = None,
                     token_provider: TokenProvider | None = None) -> SentMail:
        """Send the package's password-protected archive (.7z) to the subject; `password` is
        the SMTP password, never the archive's."""
        self._require(actor)
        archive = Path(archive)
        _require_encrypted_archive(archive)
        settings, sign_in, to, language = self._prepare(actor, number, Operation.DELIVER,
                                                        password, token_provider)
        texts = _TEXTS[language if language in _TEXTS else "lv"]
        subject = texts["package_subject"].format(number=number.strip().upper())
        return self._send(actor, number.strip().upper(), settings, sign_in, to, subject,
                          texts["package_body"], archive, "application/x-7z-compressed",
                          what="password-protected 7z package", answer=True,
                          expected_version=expected_version, kind="package")

    @staticmethod
    def _require(actor: Actor) -> None:
        actor.require(Permission.EXPORT, "send answers by e-mail")
        actor.require(Permission.VIEW_PERSONAL_DATA, "send answers to the subject")

    def _prepare(self, actor: Actor, number: str, operation: Operation, password: str | None,
                 token_provider: TokenProvider | None
                 ) -> tuple[SmtpSettings, SignIn, str, str]:
        settings = self.smtp_settings()
        if not settings.configured:
            raise ServiceError("Sending by e-mail is not set up: enter the SMTP server in the "
                               "settings (smarttek-dsar mailbox configure-smtp).")
        sign_in = sign_in_for(settings, password=password, token_provider=token_provider)
        with self.db.read() as session:
            case = find_case(session, number)
            # Checked before anything leaves: a mail sent cannot be called back.
            require_operation(actor, operation, case, session)
            subject = next((p for p in case.parties if p.role == "subject"), None)
            to = (subject.email or "").strip() if subject is not None else ""
            if not to:
                raise ServiceError("Case {number} has no e-mail address for the data subject: "
                                   "add it to the subject, or send the answer by post.",
                                   number=case.number)
            return settings, sign_in, to, case.language

    def _send(self, actor: Actor, number: str, settings: SmtpSettings, sign_in: SignIn,
              to: str, subject: str, body: str, path: Path, media_type: str, *, what: str,
              answer: bool, expected_version: int | None, kind: str) -> SentMail:
        file = delivered_file(path)
        message = EmailMessage()
        message["From"] = settings.sender
        message["To"] = to
        message["Subject"] = subject
        sent_at = now_utc()
        message["Date"] = email.utils.format_datetime(sent_at.astimezone(RIGA))
        message_id = email.utils.make_msgid(domain=settings.sender.rpartition("@")[2])
        message["Message-ID"] = message_id
        message.set_content(body.format(number=number, file=path.name, sender=settings.sender))
        maintype, subtype = media_type.split("/", 1)
        message.add_attachment(path.read_bytes(), maintype=maintype, subtype=subtype,
                               filename=path.name)
        send_message(settings, sign_in, message)
        riga = sent_at.astimezone(RIGA)
        proof = (f"Sent by e-mail from {settings.sender} to {to} on {riga:%d.%m.%Y %H:%M} Riga "
                 f"time ({sent_at.isoformat()}); accepted by {settings.host}; Message-ID "
                 f"{message_id}; attached {path.name} (SHA-256 {file.sha256}).")
        if answer:
            # The delivery operation refuses a date after the computer's own today; on a
            # computer kept on UTC that is still yesterday for an hour or two after midnight in
            # Riga. The proof text carries the exact Riga time either way.
            self.delivery.record_delivery(
                actor, number, sent_on=min(riga.date(), date.today()), channel=Channel.EMAIL,
                format=f"{what} by e-mail", proof=proof, files=[file],
                expected_version=expected_version, message_id=message_id)
        else:
            with self.db.unit_of_work() as session:
                case = find_case(session, number)
                audit.record(session, actor, "letter.emailed", case_id=case.id,
                             case_number=case.number,
                             details={"kind": kind, "message_id": message_id,
                                      "sent_at": sent_at.isoformat(), "sha256": file.sha256},
                             personal={"to": to, "file": path.name})
        return SentMail(number, to, message_id, sent_at, file, answer)


def _require_encrypted_archive(archive: Path) -> None:
    """Only the password-protected archive may go by e-mail (GDPR 32: the package holds all
    the subject's data; an open PDF or spreadsheet would cross the Internet readable)."""
    try:
        with archive.open("rb") as stream:
            head = stream.read(len(SEVEN_ZIP_MAGIC))
    except OSError as exc:
        raise ServiceError("Cannot read {file}: {problem}.", file=archive.name,
                           problem=str(exc.strerror or exc)) from None
    if head != SEVEN_ZIP_MAGIC:
        raise ServiceError("{file} is not the package's password-protected 7z "
                           "archive. Only that archive may be sent by e-mail: export the "
                           "package with a password and send its .7z file.", file=archive.name)
    import py7zr
    from py7zr.exceptions import PasswordRequired

    try:
        with py7zr.SevenZipFile(archive, "r") as opened:
            protected = opened.needs_password()
    except PasswordRequired:
        protected = True  # the header itself is encrypted: the names cannot even be listed
    except Exception as exc:  # noqa: BLE001 - a damaged archive is the user's file problem
        raise ServiceError("{file} is damaged ({problem}); export the package again.",
                           file=archive.name, problem=type(exc).__name__) from None
    if not protected:
        raise ServiceError("{file} is not password-protected. Only a protected "
                           "archive may be sent by e-mail: export the package with a password.",
                           file=archive.name)
