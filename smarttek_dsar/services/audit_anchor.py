"""What anchors the audit trail outside the database: the desk's audit key and its own copy of
every checkpoint it signed.

Someone who can write the database can rewrite the whole hash chain; they cannot compute the
seals and checkpoint signatures without the key, and cannot reach this desk's copy of the
checkpoints. The key lives in the OS keyring where there is one, else in a file only the user
may read (0600) in the user's config folder; SMARTTEK_DSAR_AUDIT_KEY names a key file instead
(tests, scripted desks). The checkpoint copy is one JSON Lines file per database in the user's
data folder (SMARTTEK_DSAR_AUDIT_ANCHORS names another folder).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import threading
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from smarttek_dsar.paths import user_config_dir, user_data_dir
from smarttek_dsar.storage.timestamps import as_utc

KEY_ENV = "SMARTTEK_DSAR_AUDIT_KEY"
ANCHORS_ENV = "SMARTTEK_DSAR_AUDIT_ANCHORS"
KEYRING_SERVICE = "smarttek-dsar"
KEYRING_ENTRY = "audit-checkpoint-key"

_lock = threading.Lock()
_cached: dict[str, bytes] = {}


@dataclass(frozen=True)
class AuditKey:
    secret: bytes

    @property
    def key_id(self) -> str:
        return hashlib.sha256(b"smarttek-dsar audit key id:" + self.secret).hexdigest()[:16]

    def mac(self, message: str) -> str:
        return hmac.new(self.secret, message.encode("utf-8"), hashlib.sha256).hexdigest()

    def matches(self, message: str, mac: str | None) -> bool:
        return mac is not None and hmac.compare_digest(self.mac(message), mac)


def desk_key() -> AuditKey:
    """The desk's audit key, created on first use. A key file is read on every use (a few
    microseconds); the keyring, slower, once per process."""
    explicit = os.environ.get(KEY_ENV)
    with _lock:
        if explicit:
            return AuditKey(_file_key(Path(explicit)))
        if "keyring" not in _cached:
            stored = _keyring_key()
            if stored is None:
                return AuditKey(_file_key(user_config_dir() / "audit.key"))
            _cached["keyring"] = stored
        return AuditKey(_cached["keyring"])


def forget_cached_key() -> None:
    """For a desk whose key file was replaced while the app runs (and for tests of that)."""
    with _lock:
        _cached.clear()


def _keyring_key() -> bytes | None:
    from smarttek_dsar.sources.credentials import keyring_available

    if not keyring_available():
        return None
    import keyring

    try:
        value = keyring.get_password(KEYRING_SERVICE, KEYRING_ENTRY)
        if not value:
            value = secrets.token_hex(32)
            keyring.set_password(KEYRING_SERVICE, KEYRING_ENTRY, value)
            # A keyring that swallows what it is given would hand out a new key next time.
            if keyring.get_password(KEYRING_SERVICE, KEYRING_ENTRY) != value:
                return None
        return bytes.fromhex(value)
    except Exception:  # locked keyring, D-Bus gone, a value not written by us: use the file
        return None


def _file_key(path: Path) -> bytes:
    try:
        return bytes.fromhex(path.read_text(encoding="ascii").strip())
    except (FileNotFoundError, ValueError):
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    value = secrets.token_hex(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as out:
        out.write(value + "\n")
    os.chmod(path, 0o600)
    return bytes.fromhex(value)


@dataclass(frozen=True)
class SignedCheckpoint:
    seq: int
    hash: str
    at: str  # ISO 8601, UTC, whole seconds
    reason: str
    key_id: str
    signature: str

    @staticmethod
    def message(seq: int, digest: str, at: str) -> str:
        return json.dumps(["audit-checkpoint", seq, digest, at], separators=(",", ":"))


def sign_checkpoint(key: AuditKey, seq: int, digest: str, at: datetime,
                    reason: str) -> SignedCheckpoint:
    stamp = as_utc(at).replace(microsecond=0).isoformat()
    return SignedCheckpoint(seq, digest, stamp, reason, key.key_id,
                            key.mac(SignedCheckpoint.message(seq, digest, stamp)))


def signature_valid(key: AuditKey, checkpoint: SignedCheckpoint) -> bool:
    message = SignedCheckpoint.message(checkpoint.seq, checkpoint.hash, checkpoint.at)
    return key.matches(message, checkpoint.signature)


def anchors_dir() -> Path:
    explicit = os.environ.get(ANCHORS_ENV)
    path = Path(explicit) if explicit else user_data_dir() / "audit-checkpoints"
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def anchor_file(database_place: str) -> Path:
    """One file per database this desk works on, named by where the database is."""
    name = hashlib.sha256(database_place.encode("utf-8")).hexdigest()[:24]
    return anchors_dir() / f"{name}.jsonl"


def append_local(database_place: str, checkpoint: SignedCheckpoint) -> None:
    """Add a committed checkpoint to this desk's copy (called after the commit, so the copy
    never holds a checkpoint of a rolled-back transaction)."""
    path = anchor_file(database_place)
    line = json.dumps(asdict(checkpoint), separators=(",", ":")) + "\n"
    with _lock:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as out:
            out.write(line)


def newest_local_checkpoint(database_place: str) -> SignedCheckpoint | None:
    """The last line of this desk's copy, read from the end of the file: asked before every
    audit event, so it must not read years of checkpoints each time."""
    path = anchor_file(database_place)
    try:
        with path.open("rb") as copy:
            size = copy.seek(0, os.SEEK_END)
            copy.seek(max(0, size - 4096))
            tail = copy.read().decode("utf-8", errors="replace")
    except FileNotFoundError:
        return None
    lines = [line for line in tail.splitlines() if line.strip()]
    if not lines:
        return None
    try:
        return SignedCheckpoint(**json.loads(lines[-1]))
    except (ValueError, TypeError):
        return None  # verify reads the whole copy and reports a damaged line


def set_aside_local(database_place: str) -> None:
    """A new database was created where an old one was: its copy no longer applies. Kept
    beside, renamed, not deleted: it is evidence of the old trail."""
    path = anchor_file(database_place)
    stamp = datetime.now().strftime("%Y%m%dT%H%M%S")
    try:
        path.rename(path.with_name(f"{path.stem}.replaced-{stamp}{path.suffix}.old"))
    except FileNotFoundError:
        pass


def local_checkpoints(database_place: str) -> list[SignedCheckpoint]:
    path = anchor_file(database_place)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []
    result = []
    for line in lines:
        try:
            result.append(SignedCheckpoint(**json.loads(line)))
        except (ValueError, TypeError):
            # A damaged line is reported by verify as a checkpoint that does not verify.
            result.append(SignedCheckpoint(0, "", "", "damaged", "", ""))
    return result


def database_place(url: object) -> str:
    """Where a database is, without credentials: the SQLite file's full path, or the server,
    port and database name."""
    from sqlalchemy.engine import make_url

    parsed = make_url(str(url)) if not hasattr(url, "drivername") else url
    if parsed.get_backend_name() == "sqlite":
        name = parsed.database or ":memory:"
        return "sqlite:" + (str(Path(name).resolve()) if name != ":memory:" else name)
    return f"{parsed.get_backend_name()}://{parsed.host or ''}:{parsed.port or ''}/{parsed.database}"
