"""Held mail: what intake recognised as no request (a bounce, an auto-reply, a newsletter, a
read receipt, a calendar invitation, an abuse report; intake/non_request.py), kept whole for
the DPO instead of becoming a case with a deadline and guessed rights.

Nothing is dropped: the DPO sees every held mail with the reason in words, and either
dismisses it (the raw mail is deleted, the decision stays on record and in the audit trail) or
imports it as a request through the normal path, with its receipt time from the mail itself
(GDPR 12(3): a request held by mistake still counts from when it arrived). A manager sees how
many mails wait, nothing of what they say.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from smarttek_dsar.domain.clock import RIGA
from smarttek_dsar.domain.messages import Message
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.intake.incoming import IncomingRequest, IntakeError, MiB
from smarttek_dsar.intake.non_request import reason_message
from smarttek_dsar.services import audit
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.errors import NotFound, ServiceError
from smarttek_dsar.storage.database import Database
from smarttek_dsar.storage.held_models import DISMISSED, HELD, IMPORTED, HeldMessage
from smarttek_dsar.storage.timestamps import as_utc, now_utc

if TYPE_CHECKING:
    from smarttek_dsar.services.intake.intake_import import FileResult, ImportService


@dataclass(frozen=True)
class Held:
    """A mail intake has just held (or had held before: `again`)."""

    id: int
    reason: str
    again: bool = False


@dataclass(frozen=True)
class HeldMail:
    """One held mail as the DPO's list shows it."""

    id: int
    kind: str
    reason: str
    status: str
    held_at: datetime
    received_at: datetime | None
    filename: str
    sender: str
    subject: str
    size: int
    case_number: str | None

    @property
    def said(self) -> Message:
        """Why it was held, in words the window puts in its language (the English is stored)."""
        return reason_message(self.reason)


@dataclass(frozen=True)
class HeldCounts:
    """How many mails wait for the DPO, by kind: all a manager may see of them."""

    waiting: int
    by_kind: dict[str, int]


def hold(session: Session, actor: Actor, request: IncomingRequest) -> Held:
    """Keep `request` as a held mail in the caller's transaction; the same file held twice
    is held once."""
    reason = request.not_a_request
    assert reason is not None
    earlier = session.scalar(select(HeldMessage).where(
        HeldMessage.sha256 == request.original_sha256, HeldMessage.status == HELD))
    if earlier is not None:
        return Held(earlier.id, earlier.reason, again=True)
    sender = f"{request.sender_name} <{request.sender_email}>" \
        if request.sender_name and request.sender_email \
        else request.sender_name or request.sender_email
    row = HeldMessage(
        status=HELD, kind=reason.kind, reason=reason.reason, held_at=now_utc(),
        received_at=request.received_at, filename=request.original_filename[:300],
        sender=sender[:400], subject=request.subject, sha256=request.original_sha256,
        size=len(request.original_bytes), raw=request.original_bytes,
    )
    session.add(row)
    session.flush()
    audit.record(session, actor, "mail.held",
                 details={"held_id": row.id, "kind": row.kind, "sha256": row.sha256})
    return Held(row.id, row.reason)


@dataclass(frozen=True)
class HeldDue:
    """Held mail past its retention (the purge's dry-run list shows these counts)."""

    dismissed: tuple[int, ...]
    undecided: tuple[int, ...]
    dismissed_before: datetime
    undecided_before: datetime


def held_due(session: Session, now: datetime, *, dismissed_days: int,
             undecided_days: int) -> HeldDue:
    """Dismissed mail `dismissed_days` after the dismissal; undecided mail `undecided_days`
    after it was held (counted from when we began keeping it, not from the date the mail
    claims, so the DPO always has the full period to look at it). Imported mail is the
    case's and goes with the case file's own retention."""
    dismissed_before = now - timedelta(days=dismissed_days)
    undecided_before = now - timedelta(days=undecided_days)
    dismissed = session.scalars(
        select(HeldMessage.id).where(HeldMessage.status == DISMISSED,
                                     HeldMessage.decided_at < dismissed_before)
        .order_by(HeldMessage.id)).all()
    undecided = session.scalars(
        select(HeldMessage.id).where(HeldMessage.status == HELD,
                                     HeldMessage.held_at < undecided_before)
        .order_by(HeldMessage.id)).all()
    return HeldDue(tuple(dismissed), tuple(undecided), dismissed_before, undecided_before)


def delete_held(session: Session, due: HeldDue) -> None:
    """Rows and raw mail go together: nothing of a purged held mail stays in the tables (the
    audit trail keeps its number, kind and digest, which name nobody)."""
    ids = due.dismissed + due.undecided
    if ids:
        session.execute(delete(HeldMessage).where(HeldMessage.id.in_(ids)))


def held_message(held: Held, request: IncomingRequest) -> Message:
    received = f"{request.received_at.astimezone(RIGA):%d.%m.%Y %H:%M}"
    # One sentence per case, so that Latvian can word each one itself.
    template = ("Held before as held mail no. {held_id}; nothing new was created. {reason} "
                "Dismiss it, or import it as a request if it is one: its deadline then counts "
                "from its receipt on {received} (Riga time)." if held.again else
                "Held as mail no. {held_id}, not registered as a case. {reason} Dismiss it, or "
                "import it as a request if it is one: its deadline then counts from its receipt "
                "on {received} (Riga time).")
    return Message(template, {"held_id": held.id, "reason": reason_message(held.reason),
                              "received": received})


def release_as_case(session: Session, actor: Actor, held_id: int, case_id: int,
                    case_number: str) -> None:
    """The held mail became case `case_number`, in the same transaction as the case."""
    row = _waiting(session, held_id)
    row.status, row.case_number = IMPORTED, case_number
    _forget(row, actor)
    session.flush()
    audit.record(session, actor, "mail.held_imported", case_id=case_id, case_number=case_number,
                 details={"held_id": held_id, "kind": row.kind})


class HeldMailService:
    def __init__(self, db: Database, imports: ImportService) -> None:
        self.db = db
        self.imports = imports

    def list(self, actor: Actor, *, decided: bool = False) -> list[HeldMail]:
        """The mails waiting for a decision, oldest receipt first; with `decided`, also those
        dismissed or imported (without their content, which is gone)."""
        actor.require(Permission.WORK_CASES, "read held mail")
        query = select(HeldMessage).order_by(HeldMessage.received_at, HeldMessage.id)
        if not decided:
            query = query.where(HeldMessage.status == HELD)
        with self.db.read() as session:
            return [_view(row) for row in session.scalars(query)]

    def counts(self, actor: Actor) -> HeldCounts:
        actor.require(Permission.VIEW_CASE_METADATA, "count held mail")
        with self.db.read() as session:
            kinds = session.scalars(
                select(HeldMessage.kind).where(HeldMessage.status == HELD)).all()
        by_kind = dict(sorted(Counter(kinds).items()))
        return HeldCounts(len(kinds), by_kind)

    def dismiss(self, actor: Actor, held_id: int) -> HeldMail:
        """Not a request: the raw mail and what it said are deleted, the decision is kept."""
        actor.require(Permission.WORK_CASES, "dismiss held mail")
        with self.db.unit_of_work() as session:
            row = _waiting(session, held_id)
            row.status = DISMISSED
            _forget(row, actor)
            session.flush()
            audit.record(session, actor, "mail.held_dismissed",
                         details={"held_id": row.id, "kind": row.kind, "sha256": row.sha256})
            return _view(row)

    def import_as_request(self, actor: Actor, held_id: int) -> FileResult:
        """The DPO judged the held mail a request: register it as a case (the normal path,
        duplicates included); the held mail is released in the same transaction."""
        actor.require(Permission.WORK_CASES, "import held mail")
        from smarttek_dsar.intake.detect import parse_mail

        with self.db.read() as session:
            row = _waiting(session, held_id)
            raw, filename = row.raw or b"", row.filename or f"held-{held_id}.eml"
        max_mb = self.imports.organisation.settings().max_attachment_mb
        try:
            # Held from a .msg file too (an Outlook auto-reply): read as what it is.
            request = parse_mail(raw, filename, max_attachment_bytes=max_mb * MiB)
        except IntakeError as exc:
            raise ServiceError("Held mail no. {held_id} cannot be read as a request: {exc}",
                               held_id=held_id, exc=exc.message) from None
        return self.imports.register_request(actor, request, Path(filename), held_id=held_id)


def _waiting(session: Session, held_id: int) -> HeldMessage:
    row = session.get(HeldMessage, held_id)
    if row is None:
        raise NotFound("There is no held mail no. {held_id}.", held_id=held_id)
    # One sentence per decision, so that Latvian can word each one itself.
    if row.status == IMPORTED and row.case_number:
        raise ServiceError("Held mail no. {held_id} was imported already (as {case_number}).",
                           held_id=held_id, case_number=row.case_number)
    if row.status == IMPORTED:
        raise ServiceError("Held mail no. {held_id} was imported already.", held_id=held_id)
    if row.status == DISMISSED:
        raise ServiceError("Held mail no. {held_id} was dismissed already.", held_id=held_id)
    if row.status != HELD:
        raise ServiceError("Held mail no. {held_id} was {status} already.", held_id=held_id,
                           status=row.status)
    return row


def _forget(row: HeldMessage, actor: Actor) -> None:
    # Decided: the mail itself is personal data with no purpose left here.
    row.raw, row.sender, row.subject, row.filename = None, "", "", ""
    row.decided_at, row.decided_by_id = now_utc(), actor.user_id


def _view(row: HeldMessage) -> HeldMail:
    return HeldMail(
        id=row.id, kind=row.kind, reason=row.reason, status=row.status,
        held_at=as_utc(row.held_at),
        received_at=as_utc(row.received_at) if row.received_at else None,
        filename=row.filename, sender=row.sender, subject=row.subject, size=row.size,
        case_number=row.case_number,
    )
