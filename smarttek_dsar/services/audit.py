"""The audit trail: every action on a case, hash-chained so that editing, deleting or
reordering an event is detectable (accountability, GDPR 5(2))."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.storage import audit_append
from smarttek_dsar.storage.database import Database
from smarttek_dsar.storage.models import AuditEvent, AuditHead
from smarttek_dsar.storage.timestamps import as_utc

GENESIS = "0" * 64


def _canonical(value: object) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def event_hash(
    prev_hash: str,
    seq: int,
    at: datetime,
    username: str,
    action: str,
    case_number: str | None,
    details: str,
) -> str:
    body = _canonical([seq, as_utc(at).isoformat(), username, action, case_number, details])
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def record(
    session: Session,
    actor: Actor,
    action: str,
    *,
    case_id: int | None = None,
    case_number: str | None = None,
    details: dict | None = None,
) -> AuditEvent:
    """Append one event in the caller's transaction: it commits or rolls back with the change.
    The caller must be a write unit (Database.unit_of_work): the head is read and advanced
    under its lock, so concurrent writers line up one after the other on the chain."""
    postgresql = session.get_bind().dialect.name == "postgresql"
    if postgresql:
        # Team mode: no login may touch the head; the owner's function locks it for us.
        last_seq, last_hash = audit_append.lock_head(session)
    else:
        head = _locked_head(session)
        last_seq, last_hash = head.last_seq, head.last_hash
    # Microsecond precision is dropped so the stored value hashes the same on every database.
    at = datetime.now(UTC).replace(microsecond=0)
    text = _canonical(details or {})
    seq = last_seq + 1
    digest = event_hash(last_hash, seq, at, actor.username, action, case_number, text)
    event = AuditEvent(
        seq=seq,
        at=at,
        username=actor.username,
        action=action,
        case_id=case_id,
        case_number=case_number,
        details=text,
        prev_hash=last_hash,
        hash=digest,
    )
    if postgresql:
        # Appended by the schema owner's function (migration 0008), which moves the head;
        # every mapped column is passed by name, so new columns need no change here.
        session.flush()  # the caller's pending changes first, in the order they were made
        audit_append.append(session, {c.key: getattr(event, c.key)
                                      for c in AuditEvent.__table__.columns})
        return event
    session.add(event)
    head.last_seq, head.last_hash = seq, digest
    session.flush()
    return event


def _locked_head(session: Session) -> AuditHead:
    query = select(AuditHead).where(AuditHead.id == 1).with_for_update()
    head = session.scalar(query)
    if head is None:
        # The first event of a new store. Two first writers may get here together (on
        # PostgreSQL; SQLite's write lock already lines them up): ON CONFLICT DO NOTHING makes
        # the second wait for the first and then lock the row the first created.
        dialect = session.get_bind().dialect.name
        insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
        session.execute(
            insert(AuditHead).values(id=1, last_seq=0, last_hash=GENESIS).on_conflict_do_nothing()
        )
        head = session.scalar(query.execution_options(populate_existing=True))
    return head


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    events: int
    first_bad_seq: int | None = None
    problem: str = ""


@dataclass(frozen=True)
class EventView:
    seq: int
    at: datetime
    username: str
    action: str
    case_number: str | None
    details: dict


class AuditService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def verify(self, actor: Actor) -> ChainReport:
        actor.require(Permission.AUDIT, "verify the audit trail")
        with self.db.unit_of_work() as session:
            report = verify_chain(session)
            record(session, actor, "audit.verified", details={"ok": report.ok})
        return report

    def export(self, actor: Actor, path: Path) -> int:
        """Write every event as JSON Lines (with hashes, so the copy can be verified later).

        Written in private staging, published only after the "audit.exported" entry is
        committed (exporters/atomic.py)."""
        from smarttek_dsar.exporters.atomic import staged_file

        actor.require(Permission.AUDIT, "export the audit trail")
        path = Path(path)
        count = 0
        with staged_file(path) as staged, self.db.unit_of_work() as session:
            with staged.open("w", encoding="utf-8") as out:
                for event in _events(session):
                    out.write(_canonical(_export_row(event)) + "\n")
                    count += 1
            record(session, actor, "audit.exported", details={"file": path.name, "events": count})
        return count

    def case_timeline(self, actor: Actor, case_id: int) -> list[EventView]:
        actor.require(Permission.VIEW_CASE_METADATA, "see a case's timeline")
        personal = actor.can(Permission.VIEW_PERSONAL_DATA)
        with self.db.unit_of_work() as session:
            rows = session.scalars(
                select(AuditEvent).where(AuditEvent.case_id == case_id).order_by(AuditEvent.seq)
            )
            views = [_view(e) for e in rows]
        if personal:
            return views
        from smarttek_dsar.services.timeline_facts import without_personal_data

        return [without_personal_data(v) for v in views]

    def recent(self, actor: Actor, limit: int = 500) -> list[EventView]:
        actor.require(Permission.AUDIT, "read the audit log")
        with self.db.unit_of_work() as session:
            rows = session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(limit))
            return [_view(e) for e in rows]


def _view(event: AuditEvent) -> EventView:
    return EventView(
        event.seq,
        as_utc(event.at),
        event.username,
        event.action,
        event.case_number,
        json.loads(event.details or "{}"),
    )


def _export_row(event: AuditEvent) -> dict:
    return {
        "seq": event.seq,
        "at": as_utc(event.at).isoformat(),
        "user": event.username,
        "action": event.action,
        "case": event.case_number,
        "details": json.loads(event.details or "{}"),
        "prev_hash": event.prev_hash,
        "hash": event.hash,
    }


def _events(session: Session) -> Iterator[AuditEvent]:
    # Streamed in pages: the trail can hold millions of events.
    last = 0
    while True:
        page = session.scalars(
            select(AuditEvent).where(AuditEvent.seq > last).order_by(AuditEvent.seq).limit(5000)
        ).all()
        if not page:
            return
        yield from page
        last = page[-1].seq
        session.expunge_all()


def verify_chain(session: Session) -> ChainReport:
    """Walk the chain from the start; name the first event that does not fit."""
    expected_seq, prev, count = 1, GENESIS, 0
    for event in _events(session):
        if event.seq != expected_seq:
            return ChainReport(
                False, count, expected_seq, f"event {expected_seq} is missing (deleted)"
            )
        if event.prev_hash != prev:
            return ChainReport(
                False, count, event.seq, f"event {event.seq} does not follow event {event.seq - 1}"
            )
        digest = event_hash(
            prev, event.seq, event.at, event.username, event.action, event.case_number,
            event.details,
        )
        if digest != event.hash:
            return ChainReport(False, count, event.seq, f"event {event.seq} was altered")
        prev, expected_seq, count = event.hash, expected_seq + 1, count + 1
    head = session.get(AuditHead, 1)
    if head is not None and (head.last_seq != count or head.last_hash != prev):
        return ChainReport(
            False, count, count + 1, f"events after {count} are missing (the trail was cut)"
        )
    return ChainReport(True, count)
