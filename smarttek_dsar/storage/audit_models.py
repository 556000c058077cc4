"""The audit trail's tables: the hash-chained events, the personal text kept beside them (so
purge can delete it), the signed checkpoints and the chain's head (services/audit.py)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    DateTime,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from smarttek_dsar.storage.base import Base


class AuditEvent(Base):
    """One entry of the hash-chained audit trail. Never updated, never deleted."""

    __tablename__ = "audit_events"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    username: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(60), index=True)
    case_id: Mapped[int | None] = mapped_column(Integer, index=True)  # no FK: outlives purges
    case_number: Mapped[str | None] = mapped_column(String(20))
    details: Mapped[str] = mapped_column(Text, default="{}")  # canonical JSON, no free text
    # SHA-256 of the salted personal free text kept beside the event (AuditPersonalText), so
    # purge can delete the text while the chain, which hashes only this digest, still verifies.
    personal_digest: Mapped[str | None] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    # HMAC-SHA256 of `hash` under the desk's audit key (kept outside the database): whoever can
    # write the database but lacks the key cannot recompute a chain that still carries seals.
    sealed_by: Mapped[str | None] = mapped_column(String(16))  # key id; hashed with the event
    seal: Mapped[str | None] = mapped_column(String(64))


class AuditPersonalText(Base):
    """The personal free text of one audit event (a search typed in the case list, a pause or
    extension reason, delivered file names, task recipients), kept out of the hashed record.
    Deleted by purge; the event's digest stays, and verify reports the text as purged."""

    __tablename__ = "audit_personal_texts"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    case_id: Mapped[int | None] = mapped_column(Integer, index=True)
    salt: Mapped[str] = mapped_column(String(32))  # so a purged short text cannot be guessed
    text: Mapped[str] = mapped_column(Text)  # canonical JSON object


class AuditCheckpoint(Base):
    """A signed (seq, hash, time) of the chain, written daily and on every backup, dossier and
    annual report; the desk keeps a copy of each in its data folder too."""

    __tablename__ = "audit_checkpoints"

    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    reason: Mapped[str] = mapped_column(String(40))
    key_id: Mapped[str] = mapped_column(String(16))
    signature: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    """The chain's tip, one row, locked while appending so concurrent writers line up and a
    deleted tail is detectable."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_hash: Mapped[str] = mapped_column(String(64))
