"""The audit trail: every action on a case, hash-chained, sealed with a key kept outside the
database and anchored by signed checkpoints, so that editing, deleting, reordering or
rewriting events is detectable even by someone with write access (accountability, GDPR 5(2)).
Personal free text is kept beside the events, so purge can delete it (GDPR 5(1)(e)).

Hashing: audit_chain.py; the key and the desk's checkpoint copy: audit_anchor.py; verify:
audit_verify.py."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.services import audit_anchor as anchor
from smarttek_dsar.services import audit_chain as chain
from smarttek_dsar.services.actor import SYSTEM, Actor
from smarttek_dsar.services.audit_anchor import AuditKey, desk_key
from smarttek_dsar.services.audit_checkpoints import (
    checkpoint_due,
    last_anchor,
    latest_own_checkpoint,
    place,
    write_checkpoint,
)
from smarttek_dsar.services.audit_query import PAGE, AuditQuery, narrowed
from smarttek_dsar.services.audit_verify import ChainReport, events_in_order, verify_chain
from smarttek_dsar.storage import audit_append
from smarttek_dsar.storage.database import Database
from smarttek_dsar.storage.models import (
    AuditCheckpoint,
    AuditEvent,
    AuditHead,
    AuditPersonalText,
    Case,
)
from smarttek_dsar.storage.nul_bytes import strip_nul
from smarttek_dsar.storage.timestamps import as_utc

event_hash = chain.event_hash  # where callers (and the demo, formerly) looked for it

__all__ = ["ChainReport", "verify_chain", "record", "checkpoint", "forget_personal_text",
           "event_hash"]

GENESIS = chain.GENESIS
# A change_case() change may return its personal free text under this key (see record()).
PERSONAL = "personal"
# Details that carry what a specialist typed (which may quote the subject) rather than facts
# such as dates, stages or article numbers. record() moves them beside the event whatever the
# caller passed, so no call site can put them into the hashed record by mistake.
FREE_TEXT_DETAILS = frozenset({"reason", "note", "notes", "overrides", "filter", "file", "files",
                               "proof", "recipient"})
_canonical = chain.canonical


def record(
    session: Session,
    actor: Actor,
    action: str,
    *,
    case_id: int | None = None,
    case_number: str | None = None,
    details: dict | None = None,
    personal: dict | None = None,
) -> AuditEvent:
    """Append one event in the caller's transaction: it commits or rolls back with the change.
    The caller must be a write unit (Database.unit_of_work): the head is read and advanced
    under its lock, so concurrent writers line up one after the other on the chain.

    `personal` is free text about a person (a search, a reason, file names, a recipient): kept
    beside the event, only its salted digest is hashed, and purge can delete it. A damaged
    trail never stops the act: the damage is recorded as an event of its own and verify
    reports it."""
    # A pasted NUL would break the trail on PostgreSQL (text and jsonb refuse it).
    facts = strip_nul(dict(details or {}))
    text = strip_nul(dict(personal or {}))
    for key in FREE_TEXT_DETAILS & facts.keys():
        text[key] = facts.pop(key)
    text = {k: v for k, v in text.items() if v not in (None, "", [], {})}
    if _reads_through_views(session):
        return _append_as_restricted_login(session, actor.username, action, case_id,
                                           case_number, facts, text)
    state = _continue_chain(session)
    return _append(session, state, actor.username, action, case_id, case_number, facts, text)


def _reads_through_views(session: Session) -> bool:
    """Team mode, a manager's own login: it reads only the views without personal data, so
    it can neither inspect the stored trail nor keep personal text (storage/team_roles.py)."""
    options = session.get_bind().get_execution_options()
    return bool(options.get("schema_translate_map"))


def _append_as_restricted_login(session: Session, username: str, action: str,
                                case_id: int | None, case_number: str | None, details: dict,
                                personal: dict) -> AuditEvent:
    """The owner's functions lock the head and append; checking the trail for damage and
    writing checkpoints are left to the desks that may read it (verify reports any damage)."""
    last_seq, last_hash = audit_append.lock_head(session)
    if personal:  # a manager types no personal data; if one did, it is not kept
        details = {**details, "personal_text": "not kept: this login keeps no personal text"}
    at = datetime.now(UTC).replace(microsecond=0)
    columns = chain.chain_link(_desk_key(), last_hash, last_seq + 1, at, username, action,
                               case_id, case_number, _canonical(details), None)
    event = AuditEvent(**columns)
    session.flush()
    audit_append.append(session, {c.key: getattr(event, c.key)
                                  for c in AuditEvent.__table__.columns})
    return event


@dataclass
class _ChainState:
    head: AuditHead
    key: AuditKey | None
    last_checkpoint: AuditCheckpoint | None


def _append(session: Session, state: _ChainState, username: str, action: str,
            case_id: int | None, case_number: str | None, details: dict,
            personal: dict) -> AuditEvent:
    head = state.head
    # Microsecond precision is dropped so the stored value hashes the same on every database.
    at = datetime.now(UTC).replace(microsecond=0)
    seq = head.last_seq + 1
    side = None
    digest = None
    if personal and not _seq_free_for_text(session, seq):
        details = {**details, "personal_text": "not kept: a planted text held its place"}
        personal = {}
    if personal:
        side = AuditPersonalText(seq=seq, case_id=case_id, salt=chain.new_salt(),
                                 text=_canonical(personal))
        digest = chain.personal_digest(side.salt, side.text)
    columns = chain.chain_link(state.key, head.last_hash, seq, at, username, action, case_id,
                               case_number, _canonical(details), digest)
    event = AuditEvent(**columns)
    if _postgresql(session):
        # The owner's function checks that the event follows the head, inserts it whole and
        # moves the head (every column by name, so new columns travel through unchanged).
        session.flush()  # the caller's pending changes first, in the order they were made
        audit_append.append(session, {c.key: getattr(event, c.key)
                                      for c in AuditEvent.__table__.columns})
        set_committed_value(head, "last_seq", seq)
        set_committed_value(head, "last_hash", event.hash)
        if side is not None:
            session.add(side)
    else:
        session.add(event)
        if side is not None:
            session.add(side)
        head.last_seq, head.last_hash = seq, event.hash
    session.flush()
    if action != "audit.trail_damaged" and checkpoint_due(state.last_checkpoint, at):
        state.last_checkpoint = write_checkpoint(session, state.key, seq, event.hash, "daily")
    return event


def _seq_free_for_text(session: Session, seq: int) -> bool:
    """A text left at this seq by someone who deleted its event (or planted it) would make the
    act fail on the key. It is removed where this user may delete; where the team's database
    roles allow only appends, the new event keeps no text instead. Either way the act goes on
    and verify reports the planted text."""
    if session.get(AuditPersonalText, seq) is None:
        return True
    try:
        with session.begin_nested():
            session.execute(delete(AuditPersonalText).where(AuditPersonalText.seq == seq))
        return True
    except Exception:  # no DELETE grant on the audit tables (team mode)
        return False


def _desk_key() -> AuditKey | None:
    try:
        return desk_key()
    except OSError:  # no writable config folder: the chain still works, unsealed
        return None


def _continue_chain(session: Session) -> _ChainState:
    """Lock the head and make sure the next event follows the last one really stored.

    Someone with write access may have deleted the head, cut or extended the tail, or moved
    the head: appending after the head would then collide with a stored event (every sign-in
    failing) or leave a gap. The next event follows the last stored event instead, and an
    "audit.trail_damaged" event first says what was found, so verify names it for good."""
    head, created = _locked_head(session)
    key = _desk_key()
    last = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    last_seq, last_hash = (last.seq, last.hash) if last else (0, GENESIS)
    latest = latest_own_checkpoint(session, key)
    damage = _damage(session, head, created, last_seq, last_hash, key, latest)
    state = _ChainState(head, key, latest)
    if damage is None:
        return state
    head.last_seq, head.last_hash = last_seq, last_hash
    _append(session, state, SYSTEM.username, "audit.trail_damaged", None, None, damage, {})
    # A fresh checkpoint marks the damage as seen, so the next act does not report it again;
    # the older checkpoint keeps showing it to verify.
    if last_seq + 1 == head.last_seq:
        state.last_checkpoint = write_checkpoint(session, key, head.last_seq, head.last_hash,
                                                  "damage")
    return state


def _damage(session: Session, head: AuditHead, created: bool, last_seq: int, last_hash: str,
            key: AuditKey | None, latest: AuditCheckpoint | None) -> dict | None:
    if created and last_seq > 0:
        return {"found": "head row missing", "last_seq": last_seq, "first_bad_seq": last_seq + 1}
    if head.last_seq > last_seq:
        return {"found": "events missing after the last one stored", "head_seq": head.last_seq,
                "last_seq": last_seq, "first_bad_seq": last_seq + 1}
    if head.last_seq < last_seq:
        return {"found": "events stored beyond the head", "head_seq": head.last_seq,
                "last_seq": last_seq, "first_bad_seq": head.last_seq + 1}
    if head.last_hash != last_hash:
        return {"found": "head hash differs from the last event", "last_seq": last_seq,
                "first_bad_seq": last_seq}
    found = last_anchor(session, key, latest)
    if found is None:
        return None
    seq, digest = found
    if created and last_seq == 0 and session.scalar(select(Case.id).limit(1)) is None:
        # A new, empty database where an old one was (the DPO started over): the desk's copy
        # belongs to the old trail. With cases stored, an emptied trail is damage instead.
        anchor.set_aside_local(place(session))
        return None
    if seq > last_seq:
        return {"found": "trail ends before the last signed checkpoint", "checkpoint_seq": seq,
                "last_seq": last_seq, "first_bad_seq": last_seq + 1}
    # An older checkpoint event that differs is verify's to find (it names the edited event by
    # its seal); here only the cheap case, the checkpoint at the very end, is compared.
    if seq == last_seq and digest != last_hash:
        return {"found": "event of the last signed checkpoint differs", "checkpoint_seq": seq,
                "first_bad_seq": seq}
    return None


def checkpoint(session_or_db: Session | Database, reason: str) -> AuditCheckpoint | None:
    """Sign the chain's current end and keep the signature in the database and in this desk's
    data folder. Called on every backup, dossier and annual report (and daily by record())."""
    if isinstance(session_or_db, Database):
        with session_or_db.unit_of_work() as session:
            return checkpoint(session, reason)
    session = session_or_db
    if _reads_through_views(session):
        return None  # a manager's login cannot read the chain it would sign; others sign it
    state = _continue_chain(session)
    return write_checkpoint(session, state.key, state.head.last_seq, state.head.last_hash,
                             reason[:40])


def forget_personal_text(session: Session, case_id: int, *, terms: tuple[str, ...] = ()) -> int:
    """Delete the personal free text kept beside the audit events of a case (purge). The
    events and their digests stay, so the chain still verifies; verify counts the texts as
    purged. `terms` (the subject's name, codes, e-mail) also removes the searches typed in the
    case list that named them, which belong to no case. Returns how many texts were deleted."""
    gone = session.execute(
        delete(AuditPersonalText).where(AuditPersonalText.case_id == case_id)
    ).rowcount or 0
    wanted = [t.casefold() for t in terms if t and t.strip()]
    if wanted:
        loose = session.scalars(
            select(AuditPersonalText).where(AuditPersonalText.case_id.is_(None))
        ).all()
        for row in loose:
            if any(t in row.text.casefold() for t in wanted):
                session.delete(row)
                gone += 1
    session.flush()
    return gone


def _locked_head(session: Session) -> tuple[AuditHead, bool]:
    if _postgresql(session):
        return _locked_head_through_owner(session)
    query = select(AuditHead).where(AuditHead.id == 1).with_for_update()
    head = session.scalar(query)
    if head is not None:
        return head, False
    # The first event of a new store (or a deleted head row). SQLite's write lock already lines
    # two first writers up; ON CONFLICT DO NOTHING keeps the insert harmless all the same.
    session.execute(
        sqlite_insert(AuditHead).values(id=1, last_seq=0, last_hash=GENESIS)
        .on_conflict_do_nothing()
    )
    head = session.scalar(query.execution_options(populate_existing=True))
    # Still at the start: this writer made the row; with events stored, it had been deleted.
    return head, head.last_seq == 0


def _postgresql(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _locked_head_through_owner(session: Session) -> tuple[AuditHead, bool]:
    """PostgreSQL: the schema owner's dsar_audit_head() (migration 0008) locks the head and
    creates it for the first event; in team mode no login may lock or change it itself."""
    audit_append.lock_head(session)
    head = session.scalar(select(AuditHead).where(AuditHead.id == 1)
                          .execution_options(populate_existing=True))
    # At the start: a new store, or a deleted head row the function made again (with events
    # stored, that is damage). A first writer that waited for another sees the moved head.
    return head, head.last_seq == 0


@dataclass(frozen=True)
class EventView:
    seq: int
    at: datetime
    username: str
    action: str
    case_number: str | None
    details: dict
    # The event had personal free text that purge has deleted since.
    purged: bool = False


class AuditService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def verify(self, actor: Actor) -> ChainReport:
        actor.require(Permission.AUDIT, "verify the audit trail")
        with self.db.unit_of_work() as session:
            report = verify_chain(session)
            record(session, actor, "audit.verified",
                   details={"ok": report.ok, "first_bad_seq": report.first_bad_seq})
        return report

    def trail_warning(self, actor: Actor) -> int | None:
        """The first bad event, when the trail is known to be damaged: found while writing
        (an "audit.trail_damaged" event) or by the latest verify. Cheap (two indexed reads), so
        the window asks at every sign-in; None when nothing is known to be wrong."""
        del actor  # every signed-in user is told: the damage concerns them all
        with self.db.read() as session:
            verified = session.scalar(
                select(AuditEvent).where(AuditEvent.action == "audit.verified")
                .order_by(AuditEvent.seq.desc()).limit(1)
            )
            damaged = session.scalar(
                select(AuditEvent).where(AuditEvent.action.in_(
                    ("audit.trail_damaged", "audit.old_chain_broken")))
                .order_by(AuditEvent.seq.desc()).limit(1)
            )
            last_verify = json.loads(verified.details) if verified is not None else {}
            if verified is not None and not last_verify.get("ok", True):
                return int(last_verify.get("first_bad_seq") or verified.seq)
            if damaged is not None and (verified is None or damaged.seq > verified.seq):
                return int(json.loads(damaged.details).get("first_bad_seq") or damaged.seq)
        return None

    def checkpoint(self, actor: Actor, reason: str = "manual") -> int | None:
        """Sign the trail's end now (the command line's `audit checkpoint`)."""
        actor.require(Permission.AUDIT, "sign an audit checkpoint")
        with self.db.unit_of_work() as session:
            record(session, actor, "audit.checkpointed", details={"reason": reason[:40]})
            row = checkpoint(session, reason)
            return row.seq if row is not None else None

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
                for page in events_in_order(session):
                    texts = _personal_texts(session, [e.seq for e in page])
                    for event in page:
                        out.write(chain.canonical(_export_row(event, texts.get(event.seq)))
                                  + "\n")
                        count += 1
            record(session, actor, "audit.exported", details={"events": count},
                   personal={"file": path.name})
        return count

    def case_timeline(self, actor: Actor, case_id: int) -> list[EventView]:
        actor.require(Permission.VIEW_CASE_METADATA, "see a case's timeline")
        personal = actor.can(Permission.VIEW_PERSONAL_DATA)
        with self.db.unit_of_work() as session:
            views = case_events(session, case_id)
        if personal:
            return views
        from smarttek_dsar.services.timeline_facts import without_personal_data

        return [without_personal_data(v) for v in views]

    def recent(self, actor: Actor, limit: int = PAGE, query: AuditQuery | None = None
               ) -> list[EventView]:
        """The newest events, or those `query` asks for (user, action, case, Riga days, the
        page before an event), newest first."""
        actor.require(Permission.AUDIT, "read the audit log")
        wanted = query or AuditQuery()
        with self.db.read() as session:
            rows = session.scalars(
                narrowed(select(AuditEvent), wanted).order_by(AuditEvent.seq.desc())
                .limit(max(1, min(limit, PAGE)))
            ).all()
            return _views(session, rows)


def case_events(session: Session, case_id: int) -> list[EventView]:
    """A case's events with their personal text where purge has not deleted it (the dossier);
    the caller has checked the reader's role."""
    rows = session.scalars(
        select(AuditEvent).where(AuditEvent.case_id == case_id).order_by(AuditEvent.seq)
    ).all()
    return _views(session, rows)


def _personal_texts(session: Session, seqs: list[int]) -> dict[int, dict]:
    if not seqs:
        return {}
    rows = session.scalars(select(AuditPersonalText).where(AuditPersonalText.seq.in_(seqs)))
    result = {}
    for row in rows:
        try:
            result[row.seq] = json.loads(row.text)
        except ValueError:
            result[row.seq] = {"text": row.text}
    return result


def _views(session: Session, rows: list[AuditEvent]) -> list[EventView]:
    texts = _personal_texts(session, [e.seq for e in rows])
    return [_view(e, texts.get(e.seq)) for e in rows]


def _view(event: AuditEvent, personal: dict | None) -> EventView:
    details = json.loads(event.details or "{}")
    if personal:
        details.update(personal)
    return EventView(
        event.seq,
        as_utc(event.at),
        event.username,
        event.action,
        event.case_number,
        details,
        purged=event.personal_digest is not None and personal is None,
    )


def _export_row(event: AuditEvent, personal: dict | None) -> dict:
    return {
        "seq": event.seq,
        "at": as_utc(event.at).isoformat(),
        "user": event.username,
        "action": event.action,
        "case_id": event.case_id,
        "case": event.case_number,
        "details": json.loads(event.details or "{}"),
        "personal": personal,
        "personal_digest": event.personal_digest,
        "prev_hash": event.prev_hash,
        "hash": event.hash,
        "sealed_by": event.sealed_by,
        "seal": event.seal,
    }
