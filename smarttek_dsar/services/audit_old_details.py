"""Purge and the audit events written before the anchored trail (before migration 0007).

Until then an event's details carried personal free text themselves (a pause or extension
reason, a task recipient, the delivery proof, delivered file names, a search typed in the
case list). Those details are hashed into the chain, so removing the text changes what the
event's hash was computed from. Purge removes it all the same (GDPR 17 and 5(1)(e) outweigh
keeping a reason in a log), and says so in the chain itself:

- In each such event of the purged case (and in each event of no case whose text names the
  subject, e.g. a search), every detail that is not a known fact (services/timeline_facts.py)
  becomes "(purged)". The event keeps its seq, its hash and its place in the chain.
- One new event, `audit.old_details_forgotten`, hashed and sealed like every other, lists per
  changed event its hash (unchanged, still the link the next event points to) and the digest
  of all its fields as they are now.
- Verify accepts an old event whose fields no longer give its hash only when a later
  `audit.old_details_forgotten` vouches for exactly that hash and exactly those fields; any
  other change is still named ("event N was altered"). What the old event said before purge
  can no longer be proven: that is the point of purging it.

On PostgreSQL nobody may update an audit event; the owner's function
dsar_audit_forget_old_details (migration 0009) changes only the details of an event written
before the upgrade."""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from smarttek_dsar.services import audit_chain as chain
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.storage.models import AuditEvent
from smarttek_dsar.storage.timestamps import as_utc

FORGOTTEN = "(purged)"
OLD_DETAILS_FORGOTTEN = "audit.old_details_forgotten"
# The markers migration 0007 wrote where the anchored trail began.
UPGRADE_MARKERS = ("audit.rehashed", "audit.old_chain_broken")


def fields_digest(event: AuditEvent) -> str:
    """Every stored field of an event except its hash and seal, as they are now."""
    body = chain.canonical([event.seq, as_utc(event.at).isoformat(), event.username,
                            event.action, event.case_id, event.case_number, event.details,
                            event.personal_digest, event.sealed_by, event.prev_hash])
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def upgrade_boundary(session: Session) -> int:
    """The seq of the event migration 0007 wrote; events before it are old. 0: none."""
    return session.scalar(
        select(AuditEvent.seq).where(AuditEvent.action.in_(UPGRADE_MARKERS))
        .order_by(AuditEvent.seq).limit(1)) or 0


def vouchers(session: Session) -> dict[int, tuple[str, str]]:
    """seq -> (hash, fields digest) as the audit.old_details_forgotten events state them."""
    found: dict[int, tuple[str, str]] = {}
    rows = session.scalars(select(AuditEvent.details)
                           .where(AuditEvent.action == OLD_DETAILS_FORGOTTEN)
                           .order_by(AuditEvent.seq))
    for details in rows:
        try:
            for entry in json.loads(details or "{}").get("events", []):
                found[int(entry["seq"])] = (str(entry["hash"]), str(entry["fields"]))
        except (ValueError, KeyError, TypeError, AttributeError):
            continue  # a damaged voucher vouches for nothing; the walk names the event
    return found


def forget_old_details(session: Session, actor: Actor, case_id: int, case_number: str,
                       terms: tuple[str, ...] = ()) -> int:
    """Replace the personal details of the case's events written before the upgrade, and of
    old events of no case whose text names one of `terms`; record one vouching event.
    Returns how many events were changed."""
    from smarttek_dsar.services import audit
    from smarttek_dsar.services.timeline_facts import FACT_DETAILS

    boundary = upgrade_boundary(session)
    if not boundary:
        return 0
    wanted = [t.casefold() for t in terms if t and t.strip()]
    events = session.scalars(
        select(AuditEvent).where(AuditEvent.seq < boundary,
                                 (AuditEvent.case_id == case_id) | AuditEvent.case_id.is_(None))
        .order_by(AuditEvent.seq)).all()
    entries = []
    for event in events:
        try:
            details = json.loads(event.details or "{}")
        except ValueError:
            continue
        if not isinstance(details, dict):
            continue
        personal = {key for key, value in details.items()
                    if key not in FACT_DETAILS and value not in (None, "", [], {})
                    and not isinstance(value, bool) and value != FORGOTTEN}
        if not personal:
            continue
        if event.case_id is None:
            said = chain.canonical([details[k] for k in sorted(personal)]).casefold()
            if not any(term in said for term in wanted):
                continue  # another person's search, or a user name: not this subject's
        forgotten = chain.canonical({key: FORGOTTEN if key in personal else value
                                     for key, value in details.items()})
        _replace_details(session, event.seq, forgotten)
        set_committed_value(event, "details", forgotten)  # written above, not again at flush
        entries.append({"seq": event.seq, "hash": event.hash, "fields": fields_digest(event)})
    if entries:
        audit.record(session, actor, OLD_DETAILS_FORGOTTEN, case_id=case_id,
                     case_number=case_number, details={"events": entries})
    return len(entries)


def _replace_details(session: Session, seq: int, details: str) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT dsar_audit_forget_old_details(:seq, :details)"),
                        {"seq": seq, "details": details})
    else:
        session.execute(update(AuditEvent).where(AuditEvent.seq == seq)
                        .values(details=details).execution_options(synchronize_session=False))
