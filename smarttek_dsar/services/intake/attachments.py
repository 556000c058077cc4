"""Opening what came with a request: a file attached to the case, handed to a specialist to view
(with the system's viewer, or on disk from the command line), and an e-mail (.eml, .msg) read
by the intake parsers so that it is shown inside the app, with its own attachments.

Each opening is access to personal data and is audited (GDPR 5(2)); a manager sees the list of
files on the case, never their contents. Nothing here changes the case: there is no version
to check, but a purged case and a deleted ID copy have nothing left to open."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePath

from sqlalchemy import select
from sqlalchemy.orm import Session, undefer

from smarttek_dsar.domain.errors import DomainError
from smarttek_dsar.domain.messages import Message
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.intake.email_file import parse_eml
from smarttek_dsar.intake.incoming import IncomingRequest
from smarttek_dsar.intake.safety import safe_filename
from smarttek_dsar.services import audit
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.administration.organisation import load_settings
from smarttek_dsar.services.case_records import find_case
from smarttek_dsar.services.errors import NotFound, ServiceError
from smarttek_dsar.storage.database import Database
from smarttek_dsar.storage.models import Attachment, Case
from smarttek_dsar.storage.timestamps import now_utc

_EMAIL_SUFFIXES = (".eml", ".msg")
_EMAIL_TYPES = ("message/rfc822", "application/vnd.ms-outlook")
# Outlook's reader loads slowly; it is imported only for a file that starts like a .msg.
_OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")


def is_email(filename: str, media_type: str = "") -> bool:
    """Whether a file is a saved e-mail the app shows itself (by name or declared type)."""
    return (PurePath(filename).suffix.lower() in _EMAIL_SUFFIXES
            or media_type.lower() in _EMAIL_TYPES)


@dataclass(frozen=True)
class AttachmentFile:
    """One file's contents, to show or save. `filename` is as recorded (not yet safe for a
    disk: the window and the command line make it so)."""

    filename: str
    media_type: str
    content: bytes

    @property
    def is_email(self) -> bool:
        return is_email(self.filename, self.media_type)

    @property
    def disk_name(self) -> str:
        """The name to write the file under: no path, no control characters, no name that
        Windows reserves, as intake names the files it keeps."""
        return safe_filename(self.filename, fallback_stem="attachment",
                             media_type=self.media_type)


@dataclass(frozen=True)
class EmailFile:
    """One attachment of an e-mail, by name (names are unique within the e-mail)."""

    filename: str
    media_type: str
    size: int

    @property
    def is_email(self) -> bool:
        return is_email(self.filename, self.media_type)


@dataclass(frozen=True)
class EmailView:
    """An e-mail as the viewer shows it: headers, the text (HTML already turned into text by
    the intake parser, never rendered), and its attachments."""

    filename: str
    sender_name: str
    sender_email: str
    recipients: str
    received_at: datetime  # UTC; the window shows it in Riga time
    subject: str
    body_text: str
    attachments: tuple[EmailFile, ...]
    warnings: tuple[Message | str, ...] = ()


class AttachmentService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def open_file(self, actor: Actor, number: str, attachment: int | str, *,
                  inner: str | None = None) -> AttachmentFile:
        """The contents of a case's attachment (by id or file name), or of a file inside it
        when it is an e-mail: `inner` names it, and an e-mail attached to an e-mail is
        walked into with "/" ("earlier.eml/scan.pdf"; file names never hold a "/")."""
        _require(actor)
        with self.db.unit_of_work() as session:
            case, row, data = _stored(session, number, attachment)
            found = _descend(AttachmentFile(row.filename, row.media_type, data), inner,
                             session)
            _audit_opening(session, actor, case, row, inner=inner is not None)
            return found

    def read_email(self, actor: Actor, number: str, attachment: int | str, *,
                   inner: str | None = None) -> EmailView:
        """A case's e-mail attachment (or an e-mail inside it, `inner` as for open_file)
        read for the viewer by the same parsers that import e-mails."""
        _require(actor)
        with self.db.unit_of_work() as session:
            case, row, data = _stored(session, number, attachment)
            found = _descend(AttachmentFile(row.filename, row.media_type, data), inner,
                             session)
            if not found.is_email:
                raise ServiceError("{filename} is not a saved e-mail (.eml or .msg); open it "
                                   "with the system's viewer instead.", filename=found.filename)
            mail = _parse_email(found.filename, found.content, session)
            _audit_opening(session, actor, case, row, inner=inner is not None)
            return EmailView(
                filename=found.filename, sender_name=mail.sender_name,
                sender_email=mail.sender_email, recipients=mail.recipients,
                received_at=mail.received_at, subject=mail.subject, body_text=mail.body_text,
                attachments=tuple(EmailFile(a.filename, a.media_type, a.size)
                                  for a in mail.attachments),
                warnings=mail.warnings)


def _descend(top: AttachmentFile, inner: str | None, session: Session) -> AttachmentFile:
    """The file `inner` names inside the e-mail `top` (top itself when None)."""
    found = top
    for name in (inner.split("/") if inner else ()):
        mail = _parse_email(found.filename, found.content, session)
        part = next((a for a in mail.attachments if a.filename == name), None)
        if part is None:
            raise NotFound("The e-mail {filename} has no attachment named '{name}'.",
                           filename=found.filename, name=name)
        # bytes(): a file of an Outlook message is read as a view of the message's bytes.
        found = AttachmentFile(part.filename, part.media_type, bytes(part.content))
    return found


def _require(actor: Actor) -> None:
    actor.require(Permission.WORK_CASES, "open a case's attachments")
    actor.require(Permission.VIEW_PERSONAL_DATA, "open a case's attachments")


def _stored(session: Session, number: str, attachment: int | str
            ) -> tuple[Case, Attachment, bytes]:
    case = find_case(session, number)
    if case.purged_at is not None:
        raise ServiceError("The files of case {number} were purged after the retention period "
                           "ended; there is nothing left to open.", number=case.number)
    query = select(Attachment).options(undefer(Attachment.content)).where(
        Attachment.case_id == case.id)
    if isinstance(attachment, int):
        query = query.where(Attachment.id == attachment)
    else:
        query = query.where(Attachment.filename == attachment)
    row = session.scalars(query.order_by(Attachment.id)).first()
    if row is None:
        raise NotFound("Case {number} has no attachment {attachment}.", number=case.number,
                       attachment=attachment)
    if row.deleted_at is not None or row.content is None:
        raise ServiceError("{filename} was deleted from case {number} ({reason}); it cannot "
                           "be opened.", filename=row.filename, number=case.number,
                           reason=row.deleted_reason or Message("no reason recorded"))
    return case, row, row.content


def _parse_email(filename: str, data: bytes, session: Session) -> IncomingRequest:
    limit = load_settings(session).max_attachment_mb * 1024 * 1024
    try:
        if data.startswith(_OLE_MAGIC):
            from smarttek_dsar.intake.outlook_msg import parse_msg

            return parse_msg(data, filename, max_attachment_bytes=limit, now=now_utc())
        return parse_eml(data, filename, max_attachment_bytes=limit, now=now_utc())
    except DomainError as exc:  # IntakeError: the file's own words, safe to show
        raise ServiceError(exc.message) from None


def _audit_opening(session: Session, actor: Actor, case: Case, row: Attachment, *,
                   inner: bool) -> None:
    # The file's hash identifies what was opened; its name may carry a person's name.
    audit.record(session, actor, "attachment.opened", case_id=case.id, case_number=case.number,
                 details={"attachment": row.id, "sha256": row.sha256, "inner": inner})
