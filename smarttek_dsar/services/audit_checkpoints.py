"""Signed checkpoints of the audit chain: written daily, on every backup, dossier and annual
report, kept in the database and (after commit) in this desk's own copy, and found again to
check the chain against (services/audit.py appends; services/audit_anchor.py signs)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import event as sa_event
from sqlalchemy import select
from sqlalchemy.orm import Session

from smarttek_dsar.domain.clock import RIGA
from smarttek_dsar.services import audit_anchor as anchor
from smarttek_dsar.services.audit_anchor import AuditKey
from smarttek_dsar.storage.models import AuditCheckpoint
from smarttek_dsar.storage.timestamps import as_utc


def last_anchor(session: Session, key: AuditKey | None,
                 latest: AuditCheckpoint | None) -> tuple[int, str] | None:
    """The newest checkpoint this desk signed: its own copy wins over the table (which anyone
    with write access may empty)."""
    if key is None:
        return None
    try:
        newest = anchor.newest_local_checkpoint(place(session))
    except OSError:
        newest = None
    if (newest is not None and newest.key_id == key.key_id
            and anchor.signature_valid(key, newest)
            and (latest is None or newest.at >= _stamp(latest.at))):
        return newest.seq, newest.hash
    if latest is not None:
        return latest.seq, latest.hash
    return None


def latest_own_checkpoint(session: Session, key: AuditKey | None) -> AuditCheckpoint | None:
    if key is None:
        return None
    return session.scalar(
        select(AuditCheckpoint).where(AuditCheckpoint.key_id == key.key_id)
        .order_by(AuditCheckpoint.id.desc()).limit(1)
    )


def checkpoint_due(latest: AuditCheckpoint | None, at: datetime) -> bool:
    if latest is None:
        return True
    return as_utc(latest.at).astimezone(RIGA).date() < at.astimezone(RIGA).date()


def _stamp(value: datetime) -> str:
    return as_utc(value).replace(microsecond=0).isoformat()


def place(session: Session) -> str:
    return anchor.database_place(session.get_bind().url)


def write_checkpoint(session: Session, key: AuditKey | None, seq: int, digest: str,
                      reason: str) -> AuditCheckpoint | None:
    if key is None or seq == 0:
        return None
    signed = anchor.sign_checkpoint(key, seq, digest, datetime.now(UTC), reason)
    row = AuditCheckpoint(seq=signed.seq, hash=signed.hash, at=datetime.fromisoformat(signed.at),
                          reason=reason, key_id=signed.key_id, signature=signed.signature)
    session.add(row)
    session.flush()
    _after_commit(session, signed)
    return row


def _after_commit(session: Session, signed: anchor.SignedCheckpoint) -> None:
    """The desk's copy gets the checkpoint only once the transaction has committed: a copy of
    a rolled-back checkpoint would later look like a cut trail."""
    pending = session.info.setdefault(_PENDING, [])
    pending.append((place(session), signed))
    if not session.info.get(_LISTENING):
        session.info[_LISTENING] = True
        sa_event.listen(session, "after_commit", _publish_pending)
        sa_event.listen(session, "after_rollback", _drop_pending)


_PENDING = "audit.pending_checkpoints"
_LISTENING = "audit.listening"


def _publish_pending(session: Session) -> None:
    for place, signed in session.info.pop(_PENDING, []):
        try:
            anchor.append_local(place, signed)
        except OSError:  # the table still holds it; verify notes the missing copy
            pass


def _drop_pending(session: Session) -> None:
    session.info.pop(_PENDING, None)
