"""Appending to the audit trail on PostgreSQL through the schema owner's functions
(migration 0008): in team mode no login may change audit_head or an event, so the head is
locked and moved only by dsar_audit_head() / dsar_audit_append(audit_events)."""

from __future__ import annotations

import json
from datetime import date, datetime

from sqlalchemy import text
from sqlalchemy.orm import Session


def lock_head(session: Session) -> tuple[int, str]:
    """The head (last seq, last hash), locked until the caller's transaction ends; created
    on the first event."""
    row = session.execute(text("SELECT last_seq, last_hash FROM dsar_audit_head()")).one()
    return int(row.last_seq), row.last_hash


def append(session: Session, values: dict) -> None:
    """Insert one event (every column of audit_events by name) and move the head; the
    function refuses an event that does not follow the head."""
    row = json.dumps({k: _plain(v) for k, v in values.items()})
    session.execute(
        text("SELECT dsar_audit_append(jsonb_populate_record(NULL::audit_events, "
             "CAST(:row AS jsonb)))"),
        {"row": row},
    )


def _plain(value):
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value
