"""Verify the audit trail: the chain itself, its seals, the personal texts beside it, the head,
and every checkpoint this desk signed (its own copy and the database's table).

A finding names the first event that can no longer be trusted. Events sealed with this desk's
key are vouched for one by one; a checkpoint that no longer matches the chain, with no event
finding to explain it, names the first event after the last matching checkpoint that this desk
cannot vouch for (sealed elsewhere, or not at all)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from smarttek_dsar.services import audit_anchor as anchor
from smarttek_dsar.services import audit_chain as chain
from smarttek_dsar.services import audit_old_details as old_details
from smarttek_dsar.services.audit_anchor import AuditKey, SignedCheckpoint
from smarttek_dsar.storage.models import (
    AuditCheckpoint,
    AuditEvent,
    AuditHead,
    AuditPersonalText,
)
from smarttek_dsar.storage.timestamps import as_utc

OLD_CHAIN_BROKEN = "audit.old_chain_broken"
REHASHED = "audit.rehashed"
TRAIL_DAMAGED = "audit.trail_damaged"


@dataclass(frozen=True)
class Finding:
    seq: int
    problem: str
    # A finding about a checkpoint (forged, deleted, signed with another key) rather than about
    # the events: it names an event only when nothing is found wrong with the events themselves.
    about_checkpoint: bool = False


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    events: int
    first_bad_seq: int | None = None
    problem: str = ""
    findings: tuple[Finding, ...] = ()
    checkpoints: int = 0  # checkpoints of this desk checked against the chain
    purged_texts: int = 0  # personal texts deleted by purge (their digests stay in the chain)
    not_sealed_here: int = 0  # events this desk's key cannot vouch for (other desks, old ones)
    last_checkpoint_at: str = ""


def events_in_order(session: Session, page_size: int = 5000) -> Iterator[list[AuditEvent]]:
    """Pages of events by seq; streamed because the trail can hold millions of events."""
    last = None
    while True:
        query = select(AuditEvent).order_by(AuditEvent.seq).limit(page_size)
        if last is not None:
            query = query.where(AuditEvent.seq > last)
        page = session.scalars(query).all()
        if not page:
            return
        yield page
        last = page[-1].seq
        session.expunge_all()


@dataclass
class _Walk:
    count: int = 0
    last_seq: int = 0
    last_hash: str = chain.GENESIS
    broken_at: int | None = None
    purged: int = 0
    unvouched: list[int] = field(default_factory=list)
    hashes: dict[int, str] = field(default_factory=dict)  # at checkpoint seqs only
    findings: list[Finding] = field(default_factory=list)
    # Events up to this seq were written before sealing existed (migration 0007).
    unsealed_until: int = 0
    # Other desks' keys this desk accepts seals of (team mode on PostgreSQL); None: no others.
    other_desks: frozenset[str] | None = None
    # Old events whose personal details purge replaced: seq -> (hash, fields digest).
    forgotten: dict[int, tuple[str, str]] = field(default_factory=dict)


def verify_chain(session: Session, key: AuditKey | None = None) -> ChainReport:
    """Walk the chain from the start and check it against the checkpoints; name the first
    event that does not fit."""
    if key is None:
        try:
            key = anchor.desk_key()
        except OSError:
            key = None
    place = anchor.database_place(session.get_bind().url)
    try:
        copies = anchor.local_checkpoints(place)
    except OSError:
        copies = []
    table = [_signed(row) for row in session.scalars(
        select(AuditCheckpoint).order_by(AuditCheckpoint.id))]
    wanted = {c.seq for c in copies} | {c.seq for c in table}
    other_desks = None
    if session.get_bind().dialect.name != "sqlite":
        # Several desks share a server database, each sealing with its own key: a seal this
        # desk cannot check is accepted from a desk that has signed checkpoints here. An SQLite
        # file belongs to one desk: another key there means the key was replaced.
        other_desks = frozenset(c.key_id for c in table)
    walk = _walk(session, key, wanted, other_desks)
    findings = walk.findings
    if walk.broken_at is None:
        findings.extend(_head_findings(session, walk))
        findings.extend(_texts_beyond_the_trail(session, walk))
    own = key.key_id if key is not None else None
    checked = _checkpoint_findings(walk, key, copies, table)
    findings.extend(checked)
    mine = [c for c in copies if c.key_id == own] + [c for c in table if c.key_id == own]
    last_at = max((c.at for c in mine), default="")
    if not findings:
        return ChainReport(True, walk.count, checkpoints=len(mine), purged_texts=walk.purged,
                           not_sealed_here=len(walk.unvouched), last_checkpoint_at=last_at)
    about_events = [f for f in findings if not f.about_checkpoint]
    first = min(about_events or findings, key=lambda f: f.seq)
    return ChainReport(False, walk.count, first.seq, first.problem,
                       tuple(sorted(findings, key=lambda f: f.seq)), len(mine), walk.purged,
                       len(walk.unvouched), last_at)


def _signed(row: AuditCheckpoint) -> SignedCheckpoint:
    stamp = as_utc(row.at).replace(microsecond=0).isoformat()
    return SignedCheckpoint(row.seq, row.hash, stamp, row.reason, row.key_id, row.signature)


def _legacy_end(session: Session) -> tuple[int, dict]:
    """Events before the marker that migration 0007 wrote when the old chain did not verify
    are kept as they were (old scheme) and reported, not re-hashed."""
    marker = session.scalar(
        select(AuditEvent).where(AuditEvent.action == OLD_CHAIN_BROKEN).order_by(AuditEvent.seq)
        .limit(1)
    )
    if marker is None:
        return 0, {}
    return marker.seq, json.loads(marker.details or "{}")


def _walk(session: Session, key: AuditKey | None, wanted: set[int],
          other_desks: frozenset[str] | None) -> _Walk:
    walk = _Walk(other_desks=other_desks, forgotten=old_details.vouchers(session))
    legacy_end, legacy = _legacy_end(session)
    walk.unsealed_until = session.scalar(
        select(AuditEvent.seq).where(AuditEvent.action.in_((REHASHED, OLD_CHAIN_BROKEN)))
        .order_by(AuditEvent.seq).limit(1)
    ) or 0
    if legacy_end:
        walk.findings.append(Finding(
            int(legacy.get("first_bad_seq") or 1),
            f"before the upgrade to the anchored trail, the old chain was already broken: "
            f"{legacy.get('problem', 'it did not verify')}",
        ))
    expected, prev = 1, chain.GENESIS
    for page in events_in_order(session):
        texts = {
            row.seq: row for row in session.scalars(
                select(AuditPersonalText).where(
                    AuditPersonalText.seq.in_([e.seq for e in page])))
        }
        for event in page:
            problem = _event_problem(event, expected, prev, legacy_end, key, texts, walk)
            if problem is not None:
                walk.broken_at = problem.seq
                walk.findings.append(problem)
                return walk
            if event.seq in wanted:
                walk.hashes[event.seq] = event.hash
            if event.action == TRAIL_DAMAGED:
                walk.findings.append(_damage_finding(event))
            prev, expected = event.hash, event.seq + 1
            walk.count, walk.last_seq, walk.last_hash = walk.count + 1, event.seq, event.hash
    return walk


def _event_problem(event: AuditEvent, expected: int, prev: str, legacy_end: int,
                   key: AuditKey | None, texts: dict[int, AuditPersonalText],
                   walk: _Walk) -> Finding | None:
    seq = event.seq
    if legacy_end and seq < legacy_end:
        return None  # old scheme, reported as a whole above
    if seq != expected:
        return Finding(expected, f"event {expected} is missing (deleted)")
    if event.prev_hash != prev:
        return Finding(seq, f"event {seq} does not follow event {seq - 1}")
    digest = chain.event_hash(prev, seq, event.at, event.username, event.action, event.case_id,
                              event.case_number, event.details, event.personal_digest,
                              event.sealed_by)
    if digest != event.hash:
        # Purged personal text of an event from before the anchored trail: accepted only as
        # a later sealed event vouches for this hash and these fields (audit_old_details.py).
        if seq >= walk.unsealed_until or walk.forgotten.get(seq) != (
                event.hash, old_details.fields_digest(event)):
            return Finding(seq, f"event {seq} was altered")
        walk.purged += 1
    if key is not None and event.sealed_by == key.key_id:
        if not key.matches(chain.seal_message(event.hash), event.seal):
            return Finding(seq, f"event {seq} was rewritten: its seal does not match this "
                                f"desk's audit key")
    elif event.sealed_by is None:
        if seq > walk.unsealed_until:
            return Finding(seq, f"event {seq} carries no seal: it was not written by the "
                                f"application")
        walk.unvouched.append(seq)
    elif walk.other_desks is None or event.sealed_by not in walk.other_desks:
        return Finding(seq, f"event {seq} is sealed with a key this desk does not hold (the "
                            f"key was replaced, or the event forged)")
    else:
        walk.unvouched.append(seq)
    text = texts.get(seq)
    if event.personal_digest is None:
        if text is not None:
            return Finding(seq, f"personal text was added to event {seq} afterwards")
    elif text is None:
        walk.purged += 1  # deleted by purge: the digest stays, the text is gone
    elif chain.personal_digest(text.salt, text.text) != event.personal_digest:
        return Finding(seq, f"the personal text of event {seq} was changed")
    return None


def _damage_finding(event: AuditEvent) -> Finding:
    details = json.loads(event.details or "{}")
    first = int(details.get("first_bad_seq") or event.seq)
    return Finding(first, f"event {first}: the trail was found damaged on "
                          f"{event.at:%Y-%m-%d} ({details.get('found', 'unknown damage')}; "
                          f"recorded as event {event.seq})")


def _head_findings(session: Session, walk: _Walk) -> list[Finding]:
    head = session.get(AuditHead, 1)
    last = walk.last_seq
    if head is None:
        return [Finding(last + 1, f"event {last + 1} and later may have been deleted: the "
                                  f"chain's head is missing")] if last else []
    if head.last_seq > last:
        return [Finding(last + 1, f"event {last + 1} and later are missing: the head says the "
                                  f"trail reached event {head.last_seq} (the trail was cut)")]
    if head.last_seq < last:
        first = head.last_seq + 1
        return [Finding(first, f"event {first} and later are not covered by the head (added "
                               f"afterwards, or the head was moved back)")]
    if head.last_hash != walk.last_hash:
        return [Finding(last, f"the head does not match event {last}")]
    return []


def _texts_beyond_the_trail(session: Session, walk: _Walk) -> list[Finding]:
    beyond = session.scalar(
        select(AuditPersonalText.seq).where(AuditPersonalText.seq > walk.last_seq)
        .order_by(AuditPersonalText.seq).limit(1)
    )
    if beyond is None:
        return []
    return [Finding(beyond, f"a personal text is stored for event {beyond}, which does not "
                            f"exist (planted, or its event was deleted)")]


def _checkpoint_findings(walk: _Walk, key: AuditKey | None, copies: list[SignedCheckpoint],
                         table: list[SignedCheckpoint]) -> list[Finding]:
    own = key.key_id if key is not None else None
    findings: list[Finding] = []
    stored = {(c.seq, c.hash, c.signature) for c in table}
    good: list[int] = [0]  # seqs of checkpoints that still match the chain
    suspects: list[SignedCheckpoint] = []
    for copy in copies:
        if key is None or copy.key_id != own or not anchor.signature_valid(key, copy):
            findings.append(Finding(
                _unvouched_upto(walk, copy.seq),
                f"this desk's copy of the checkpoint of event {copy.seq} ({copy.at}) does not "
                f"verify with its audit key: the key was replaced or the copy edited",
                about_checkpoint=True,
            ))
            continue
        if (copy.seq, copy.hash, copy.signature) not in stored:
            findings.append(Finding(copy.seq, f"the checkpoint of event {copy.seq} "
                                              f"({copy.at}) was deleted from the database",
                                    about_checkpoint=True))
        suspects.append(copy)
    for row in table:
        if row.key_id == own and not anchor.signature_valid(key, row):
            findings.append(Finding(row.seq,
                                    f"the checkpoint of event {row.seq} in the database is "
                                    f"forged (its signature does not verify)",
                                    about_checkpoint=True))
            continue
        suspects.append(row)
    for cp in suspects:
        if walk.broken_at is not None and cp.seq >= walk.broken_at:
            continue  # already named by the walk
        if walk.hashes.get(cp.seq) == cp.hash:
            good.append(cp.seq)
    for cp in sorted(suspects, key=lambda c: c.seq):
        if walk.broken_at is not None and cp.seq >= walk.broken_at:
            continue
        if walk.hashes.get(cp.seq) == cp.hash:
            continue
        before = max(s for s in good if s < cp.seq) if any(s < cp.seq for s in good) else 0
        if any(before < f.seq <= cp.seq for f in walk.findings):
            continue  # explained by an event finding in the same stretch
        if cp.seq > walk.last_seq:
            findings.append(Finding(walk.last_seq + 1, f"event {walk.last_seq + 1} and later "
                                    f"are missing: the trail ends at event {walk.last_seq}, but "
                                    f"event {cp.seq} was signed on {cp.at} (the trail was cut)"))
        else:
            findings.append(Finding(
                _unvouched_after(walk, before, cp.seq),
                f"the chain was rewritten: event {cp.seq} no longer matches the checkpoint "
                f"signed on {cp.at}",
            ))
    return findings


def _unvouched_upto(walk: _Walk, seq: int) -> int:
    """A checkpoint copy that does not verify: the first event this desk cannot vouch for
    (a replaced key leaves all of them), else the checkpoint's own event (an edited copy)."""
    for unvouched in walk.unvouched:
        if unvouched <= seq:
            return unvouched
    return max(seq, 1)


def _unvouched_after(walk: _Walk, after: int, upto: int) -> int:
    for seq in walk.unvouched:
        if after < seq <= upto:
            return seq
    return after + 1
