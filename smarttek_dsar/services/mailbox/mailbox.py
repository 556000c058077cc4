"""Requests straight from the privacy mailbox (IMAP).

Every new message of the folder read is imported through the same path as a saved .eml file
(ImportService.import_message): whole or not at all, the raw message kept as the case's
evidence, the receipt time from the server's INTERNALDATE. Each is taken once: the mailbox
position (account, folder, UIDVALIDITY, UID) is recorded after the case is committed, and the
case itself refuses a second import of the same Message-ID. Only then is the message moved to
the processed folder (in batches), so a connection cut anywhere loses nothing and duplicates
nothing:

- cut before the case is committed: nothing was written; the message is still in the folder
  and is imported on the next fetch;
- cut after the commit, before the position is recorded: the next fetch gets "imported before"
  from the case store and records the position;
- cut before its batch was moved: the next fetch sees the recorded position and only moves
  the message.

A message that cannot be imported (damaged, no sender) is reported and left in the folder. One
that is not a request (bounce, auto-reply; status "held") is moved like a case: the desk keeps
it in its list of held messages for the DPO, so the mailbox need not.
"""

from __future__ import annotations

import email.parser
import email.policy
import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import select

from smarttek_dsar.domain.messages import Message
from smarttek_dsar.domain.progress import NO_PROGRESS, Cancelled, ProgressReporter
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.intake.incoming import IntakeError
from smarttek_dsar.intake.mail_size import MAX_MAIL_BYTES, check_mail_size
from smarttek_dsar.services import audit
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.errors import ServiceError
from smarttek_dsar.services.intake.intake_import import FileResult, ImportService
from smarttek_dsar.services.mailbox.imap_connection import (
    CONNECTION_FAILURES,
    close_mailbox,
    open_mailbox,
)
from smarttek_dsar.services.mailbox.mail_settings import (
    ImapSettings,
    read_mail_settings,
    save_mail_settings,
)
from smarttek_dsar.services.mailbox.mail_sign_in import needs_password, sign_in_for
from smarttek_dsar.services.mailbox.oauth2 import TokenProvider
from smarttek_dsar.storage.database import Database
from smarttek_dsar.storage.mailbox_models import MailboxMessage
from smarttek_dsar.storage.timestamps import now_utc

log = logging.getLogger(__name__)

_HEADER_LIMIT = 64 * 1024
_MOVED_STATUSES = ("created", "duplicate", "held")
_MOVE_BATCH = 25
# A message an earlier fetch imported but could not move out of the folder.
MOVED_NOW = Message("Imported by an earlier fetch; moved now.")


@dataclass(frozen=True)
class FetchedMessage:
    uid: int
    status: str  # created, duplicate, held, error, or moved (imported by an earlier fetch)
    case_number: str | None = None
    message: str = ""  # in English
    moved: bool = False
    # The same as a template, for the reader's language (the window, `--lang lv`).
    said: Message | None = None

    def note(self) -> Message | str:
        """What became of the message, as a template where there is one."""
        if self.status == "moved":
            return MOVED_NOW
        return self.said or self.message

    def to_json(self, render: Callable[[Message | str], str] = str) -> dict:
        return {"uid": self.uid, "status": self.status, "case": self.case_number,
                "message": render(self.said or self.message), "moved": self.moved}


@dataclass
class FetchReport:
    folder: str
    messages: list[FetchedMessage] = field(default_factory=list)
    # Set when the fetch stopped early: the connection was lost or the user cancelled.
    stopped: Message | str = ""

    def count(self, status: str) -> int:
        return sum(1 for m in self.messages if m.status == status)

    @property
    def new_requests(self) -> int:
        return self.count("created")

    @property
    def failed(self) -> bool:
        return bool(self.stopped) or self.count("error") > 0

    def summary(self) -> str:
        """The report in one English sentence (the command line prints it)."""
        return str(self.said())

    def said(self) -> Message:
        """The report as a template with parameters, for the reader's language."""
        parts = [Message("{count} {count:plural:new request|new requests}",
                         {"count": self.new_requests})]
        for status, template in (("held", "{count} held (not requests)"),
                                 ("duplicate", "{count} imported before"),
                                 ("error", "{count} could not be imported, left in the mailbox")):
            if self.count(status):
                parts.append(Message(template, {"count": self.count(status)}))
        if self.stopped:
            return Message("{parts}. {stopped}", {"parts": parts, "stopped": self.stopped})
        return Message("{parts}.", {"parts": parts})

    def to_json(self, render: Callable[[Message | str], str] = str) -> dict:
        """The report for scripts; `render` words its sentences (English by default)."""
        return {"folder": self.folder, "new_requests": self.new_requests,
                "stopped": render(self.stopped) if self.stopped else None,
                "messages": [m.to_json(render) for m in self.messages]}


class MailboxService:
    def __init__(self, db: Database, imports: ImportService) -> None:
        self.db = db
        self.imports = imports

    def settings(self) -> ImapSettings:
        """The mailbox settings (no password: it never reaches the database)."""
        return read_mail_settings(self.db, ImapSettings)

    def configure(self, actor: Actor, *, password: str | None = None, **changes) -> ImapSettings:
        """Change the mailbox settings (host, port, security, user, folder, processed_folder,
        interval_minutes); a `password` given is kept in the OS keyring, never the database."""
        return save_mail_settings(self.db, actor, ImapSettings,
                                  what="set up the privacy mailbox", password=password,
                                  changes=changes)

    def stored_password(self) -> bool:
        """Whether the mailbox can be signed in to without asking: a password in the
        environment or the keyring, or OAuth2 (Microsoft 365) configured."""
        settings = self.settings()
        return settings.configured and not needs_password(settings)

    def fetch(self, actor: Actor, *, password: str | None = None,
              token_provider: TokenProvider | None = None,
              progress: ProgressReporter = NO_PROGRESS) -> FetchReport:
        """Import every new message of the mailbox's folder; see the module text."""
        actor.require(Permission.WORK_CASES, "import requests from the privacy mailbox")
        settings = self.settings()
        if not settings.configured:
            raise ServiceError("The privacy mailbox is not set up: enter its server and user "
                               "in the settings (smarttek-dsar mailbox configure).")
        sign_in = sign_in_for(settings, password=password, token_provider=token_provider)
        report = FetchReport(settings.folder)
        client = open_mailbox(settings, sign_in)
        try:
            self._fetch(actor, client, settings, report, progress)
        except Cancelled:
            report.stopped = Message("Cancelled; what was imported before is kept.")
        except CONNECTION_FAILURES as exc:
            log.warning("mailbox fetch stopped: %s", type(exc).__name__)
            report.stopped = Message(
                "The connection to the mailbox was lost after {count} message(s); everything "
                "imported is kept and nothing is imported twice. Fetch again.",
                {"count": len(report.messages)})
        finally:
            close_mailbox(client)
        self._record_fetch(actor, settings, report)
        return report

    def _fetch(self, actor, client, settings: ImapSettings, report: FetchReport,
               progress: ProgressReporter) -> None:
        if not client.folder_exists(settings.processed_folder):
            client.create_folder(settings.processed_folder)
        selected = client.select_folder(settings.folder)
        uidvalidity = int(selected[b"UIDVALIDITY"])
        uids = sorted(client.search(["NOT", "DELETED"]))
        known = self._known(settings, uidvalidity)
        sizes = _sizes(client, [uid for uid in uids if uid not in known])
        max_mb = self.imports.organisation.settings().max_attachment_mb
        # Moved in batches once their cases are committed: one MOVE for many messages. A
        # fetch cut off before a batch is moved leaves them recorded, and the next one moves
        # them (the "moved" status) instead of importing them again.
        pending: list[int] = []
        try:
            for done, uid in enumerate(uids):
                progress.report(done, len(uids), Message("message {number} of {total}",
                                                         {"number": done + 1, "total": len(uids)}))
                if len(pending) >= _MOVE_BATCH:
                    self._move(client, settings, uidvalidity, pending)
                if uid in known:
                    pending.append(uid)
                    report.messages.append(FetchedMessage(uid, "moved", known[uid],
                                                          moved=True))
                    continue
                self._take(actor, client, settings, uidvalidity, uid, sizes.get(uid),
                           max_mb, report, pending)
        except Cancelled:
            self._move(client, settings, uidvalidity, pending)
            raise
        self._move(client, settings, uidvalidity, pending)
        progress.report(len(uids), len(uids), "")

    def _take(self, actor, client, settings: ImapSettings, uidvalidity: int, uid: int,
              size: int | None, max_mb: int, report: FetchReport, pending: list[int]) -> None:
        """Import one message; on success it joins `pending` (to be moved)."""
        name = f"mailbox-{_safe(settings.folder)}-{uidvalidity}-{uid}.eml"
        too_large = _too_large(size, name)
        if too_large:
            report.messages.append(FetchedMessage(uid, "error", None, str(too_large),
                                                  said=too_large))
            return  # never downloaded: the server said how large it is first
        fetched = client.fetch([uid], ["BODY.PEEK[]", "INTERNALDATE"]).get(uid)
        if not fetched or b"BODY[]" not in fetched:
            return  # expunged by another client meanwhile
        raw = fetched[b"BODY[]"]
        result = self.imports.import_message(
            actor, raw, name, received_at=_utc(fetched.get(b"INTERNALDATE")),
            max_attachment_mb=max_mb)
        if result.status not in _MOVED_STATUSES:
            report.messages.append(FetchedMessage(uid, result.status, None, result.message,
                                                  said=result.said))
            return  # left in place: reported now, tried again on the next fetch
        number = result.case_number or result.duplicate_of
        self._remember(settings, uidvalidity, uid, raw, result, number)
        pending.append(uid)
        report.messages.append(FetchedMessage(uid, result.status, number, result.message,
                                              moved=True, said=result.said))

    def _known(self, settings: ImapSettings, uidvalidity: int) -> dict[int, str | None]:
        """UID -> case number of every message taken from this folder before. One still in
        the folder was imported by a fetch cut off before the move: it is only moved now."""
        with self.db.read() as session:
            rows = session.execute(select(MailboxMessage.uid, MailboxMessage.case_number).where(
                MailboxMessage.account == settings.account,
                MailboxMessage.folder == settings.folder,
                MailboxMessage.uidvalidity == uidvalidity))
            return {int(uid): number for uid, number in rows}

    def _remember(self, settings: ImapSettings, uidvalidity: int, uid: int, raw: bytes,
                  result: FileResult, number: str | None) -> None:
        with self.db.unit_of_work() as session:
            session.add(MailboxMessage(
                account=settings.account, folder=settings.folder, uidvalidity=uidvalidity,
                uid=uid, message_id=_message_id(raw), status=result.status,
                case_number=number, imported_at=now_utc()))

    def _move(self, client, settings: ImapSettings, uidvalidity: int,
              uids: list[int]) -> None:
        if not uids:
            return
        if client.has_capability("MOVE"):
            client.move(uids, settings.processed_folder)
        else:
            client.copy(uids, settings.processed_folder)
            client.delete_messages(uids)
            if client.has_capability("UIDPLUS"):
                client.uid_expunge(uids)
            else:
                client.expunge()
        with self.db.unit_of_work() as session:
            for row in session.scalars(select(MailboxMessage).where(
                    MailboxMessage.account == settings.account,
                    MailboxMessage.folder == settings.folder,
                    MailboxMessage.uidvalidity == uidvalidity,
                    MailboxMessage.uid.in_(uids))):
                row.moved_at = now_utc()
        uids.clear()

    def _record_fetch(self, actor: Actor, settings: ImapSettings, report: FetchReport) -> None:
        if not report.messages and not report.stopped:
            return  # an empty look at the mailbox is not worth an audit event every minute
        with self.db.unit_of_work() as session:
            audit.record(session, actor, "mailbox.fetched", details={
                "account": settings.account, "folder": settings.folder,
                **{status: report.count(status) for status in
                   ("created", "duplicate", "held", "error", "moved")},
                "stopped": bool(report.stopped)})


def _sizes(client, uids: list[int]) -> dict[int, int]:
    """RFC822.SIZE of each message, asked for in a few commands rather than one per message."""
    sizes: dict[int, int] = {}
    for start in range(0, len(uids), 500):
        for uid, data in client.fetch(uids[start:start + 500], ["RFC822.SIZE"]).items():
            size = data.get(b"RFC822.SIZE")
            if isinstance(size, int):
                sizes[int(uid)] = size
    return sizes


def _too_large(size: int | None, name: str) -> Message | str:
    """Why the message is too large to import (the intake's own words), or ""."""
    if size is None or size <= MAX_MAIL_BYTES:
        return ""
    try:
        check_mail_size(b"", name, max_attachment_bytes=0, size=size)
    except IntakeError as exc:
        return getattr(exc, "message", None) or str(exc)
    return ""


def _utc(value) -> datetime | None:
    if not isinstance(value, datetime):
        return None
    if value.tzinfo is None:  # a server that sent no zone: RFC 3501 requires one
        return None
    return value.astimezone(UTC)


def _message_id(raw: bytes) -> str:
    """The SHA-256 of the message's Message-ID: enough to know the message again, and no
    personal data left behind once the retention purge has blanked the case (a Message-ID
    can carry the sender's address). The Message-ID itself is the case's external id."""
    head = raw[:_HEADER_LIMIT].split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    headers = email.parser.BytesParser(policy=email.policy.compat32).parsebytes(
        head, headersonly=True)
    value = " ".join(str(headers.get("Message-ID", "")).split())
    return "sha256:" + hashlib.sha256(value.encode("utf-8", "surrogateescape")).hexdigest() \
        if value else ""


def _safe(folder: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in folder)[:40] or "folder"
