"""How one audit event is hashed, sealed and linked to the one before it.

Every stored field of an event is hashed (seq, time, user, action, case id and number, details,
the digest of its personal text, the id of the key that seals it) together with the previous
event's hash; the seal is an HMAC of that hash under the desk's audit key (audit_anchor.py)."""

from __future__ import annotations

import hashlib
import json
import secrets
from datetime import datetime

from smarttek_dsar.services.audit_anchor import AuditKey
from smarttek_dsar.storage.timestamps import as_utc

GENESIS = "0" * 64
SCHEME = "v2"


def canonical(value: object) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def event_hash(
    prev_hash: str,
    seq: int,
    at: datetime,
    username: str,
    action: str,
    case_id: int | None,
    case_number: str | None,
    details: str,
    personal_digest: str | None = None,
    sealed_by: str | None = None,
) -> str:
    body = canonical([SCHEME, seq, as_utc(at).isoformat(), username, action, case_id,
                      case_number, details, personal_digest, sealed_by])
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def seal_message(digest: str) -> str:
    return "audit-event:" + digest


def new_salt() -> str:
    return secrets.token_hex(16)


def personal_digest(salt: str, text: str) -> str:
    # Salted: after purge only the digest stays, and a short text (a name typed as a search)
    # must not be confirmable by hashing guesses.
    return hashlib.sha256((salt + text).encode("utf-8")).hexdigest()


def chain_link(
    key: AuditKey | None, prev_hash: str, seq: int, at: datetime, username: str, action: str,
    case_id: int | None, case_number: str | None, details: str,
    personal_digest: str | None = None,
) -> dict:
    """The columns of one new event (for record() and the demo's bulk writer)."""
    sealed_by = key.key_id if key is not None else None
    digest = event_hash(prev_hash, seq, at, username, action, case_id, case_number, details,
                        personal_digest, sealed_by)
    return dict(seq=seq, at=at, username=username, action=action, case_id=case_id,
                case_number=case_number, details=details, personal_digest=personal_digest,
                prev_hash=prev_hash, hash=digest, sealed_by=sealed_by,
                seal=key.mac(seal_message(digest)) if key is not None else None)
