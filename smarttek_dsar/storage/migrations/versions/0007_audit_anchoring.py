"""Audit trail anchored outside the database (issue 13)

- audit_events: personal_digest (the salted SHA-256 of the personal free text now kept beside
  the event), sealed_by and seal (an HMAC of the event's hash under the desk's audit key).
  Every stored field is hashed from now on, case_id included.
- audit_personal_texts: the personal free text of an event, deletable by purge.
- audit_checkpoints: signed (seq, hash, time) of the chain.
- The existing chain is re-hashed under the new scheme only if it verifies under the old one;
  otherwise it is left as it was and an "audit.old_chain_broken" event records where it broke,
  which verify keeps reporting. Personal free text already in old events' details stays there
  (re-hashing cannot move it without losing what the old chain proved).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

import hashlib
import json
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

GENESIS = "0" * 64


def upgrade() -> None:
    with op.batch_alter_table("audit_events") as batch:
        batch.add_column(sa.Column("personal_digest", sa.String(64), nullable=True))
        batch.add_column(sa.Column("sealed_by", sa.String(16), nullable=True))
        batch.add_column(sa.Column("seal", sa.String(64), nullable=True))
    op.create_table(
        "audit_personal_texts",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("case_id", sa.Integer, nullable=True),
        sa.Column("salt", sa.String(32), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
    )
    op.create_index("ix_audit_personal_texts_case_id", "audit_personal_texts", ["case_id"])
    op.create_table(
        "audit_checkpoints",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reason", sa.String(40), nullable=False),
        sa.Column("key_id", sa.String(16), nullable=False),
        sa.Column("signature", sa.String(64), nullable=False),
    )
    _rehash_existing_chain()


def downgrade() -> None:
    op.drop_table("audit_checkpoints")
    op.drop_index("ix_audit_personal_texts_case_id", "audit_personal_texts")
    op.drop_table("audit_personal_texts")
    with op.batch_alter_table("audit_events") as batch:
        batch.drop_column("seal")
        batch.drop_column("sealed_by")
        batch.drop_column("personal_digest")


# The hashing of both schemes is copied here on purpose: a migration must keep doing what it did
# on the day it was written, whatever services/audit_chain.py becomes later.
def _canonical(value: object) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _old_hash(prev: str, row) -> str:
    body = _canonical([row.seq, _utc(row.at).isoformat(), row.username, row.action,
                       row.case_number, row.details])
    return hashlib.sha256((prev + body).encode("utf-8")).hexdigest()


def _new_hash(prev: str, seq: int, at: datetime, username: str, action: str, case_id, case_number,
              details: str) -> str:
    body = _canonical(["v2", seq, _utc(at).isoformat(), username, action, case_id, case_number,
                       details, None, None])
    return hashlib.sha256((prev + body).encode("utf-8")).hexdigest()


def _old_chain_problem(rows) -> tuple[int, str] | None:
    expected, prev = 1, GENESIS
    for row in rows:
        if row.seq != expected:
            return expected, f"event {expected} was missing"
        if row.prev_hash != prev or _old_hash(prev, row) != row.hash:
            return row.seq, f"event {row.seq} did not fit the chain"
        prev, expected = row.hash, expected + 1
    return None


def _rehash_existing_chain() -> None:
    bind = op.get_bind()
    # Typed, so SQLite's stored text comes back as the datetime the old chain hashed.
    events = sa.table(
        "audit_events", sa.column("seq", sa.Integer), sa.column("at", sa.DateTime(timezone=True)),
        sa.column("username", sa.String), sa.column("action", sa.String),
        sa.column("case_id", sa.Integer), sa.column("case_number", sa.String),
        sa.column("details", sa.Text), sa.column("prev_hash", sa.String),
        sa.column("hash", sa.String),
    )
    head = sa.table("audit_head", sa.column("id", sa.Integer), sa.column("last_seq", sa.Integer),
                    sa.column("last_hash", sa.String))
    rows = bind.execute(sa.select(events).order_by(events.c.seq)).all()
    if not rows:
        return
    head_row = bind.execute(sa.select(head).where(head.c.id == 1)).first()
    problem = _old_chain_problem(rows)
    if problem is None and head_row is not None and (
        head_row.last_seq != rows[-1].seq or head_row.last_hash != rows[-1].hash
    ):
        problem = (rows[-1].seq + 1, "the head did not match the last event (the trail was cut "
                                     "or extended)")
    if problem is None:
        prev = GENESIS
        for row in rows:
            digest = _new_hash(prev, row.seq, row.at, row.username, row.action, row.case_id,
                               row.case_number, row.details)
            bind.execute(events.update().where(events.c.seq == row.seq)
                         .values(prev_hash=prev, hash=digest))
            prev = digest
        last_seq, last_hash = rows[-1].seq, prev
        action, details = "audit.rehashed", {"events": len(rows), "old_chain": "verified"}
    else:
        last_seq, last_hash = rows[-1].seq, rows[-1].hash
        action = "audit.old_chain_broken"
        details = {"events": len(rows), "first_bad_seq": problem[0], "problem": problem[1]}
    # One event says what the upgrade did; it follows the last event, under the new scheme.
    at = datetime.now(UTC).replace(microsecond=0)
    text = _canonical(details)
    seq = last_seq + 1
    digest = _new_hash(last_hash, seq, at, "system", action, None, None, text)
    bind.execute(events.insert().values(seq=seq, at=at, username="system", action=action,
                                        case_id=None, case_number=None, details=text,
                                        prev_hash=last_hash, hash=digest))
    if head_row is None:
        bind.execute(head.insert().values(id=1, last_seq=seq, last_hash=digest))
    else:
        bind.execute(head.update().where(head.c.id == 1).values(last_seq=seq, last_hash=digest))
