"""The IMAP and SMTP settings, shared by every desk (rows of the `settings` table).

Passwords never reach the database: each comes from an environment variable (scripted runs,
servers), then from the OS keyring (service "smarttek-dsar", user "imap:ACCOUNT" or
"smtp:ACCOUNT"), or is asked for by the window or the command line.
"""

from __future__ import annotations

import ipaddress
import os
from dataclasses import asdict, dataclass, fields, replace
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.services import audit
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.errors import ServiceError
from smarttek_dsar.sources.credentials import keyring_available, store_password
from smarttek_dsar.storage.database import Database
from smarttek_dsar.storage.models import Setting

SECURITY_MODES = ("tls", "starttls", "none")
IMAP_PASSWORD_ENV = "SMARTTEK_DSAR_IMAP_PASSWORD"
SMTP_PASSWORD_ENV = "SMARTTEK_DSAR_SMTP_PASSWORD"
DEFAULT_SENDER = "privacy@smarttek.eu"
# Fetching more often than this would only load the mail server; 24 h is the longest a request
# should wait unseen.
INTERVAL_LIMITS = (0, 1440)


@dataclass(frozen=True)
class ImapSettings:
    host: str = ""
    port: int = 993
    security: str = "tls"  # tls (implicit, port 993), starttls (port 143) or none
    user: str = ""
    folder: str = "INBOX"
    processed_folder: str = "Processed"
    # Minutes between the window's fetches; 0 = only when asked.
    interval_minutes: int = 0

    @property
    def configured(self) -> bool:
        return bool(self.host and self.user)

    @property
    def account(self) -> str:
        return f"{self.user}@{self.host}"


@dataclass(frozen=True)
class SmtpSettings:
    host: str = ""
    port: int = 587
    security: str = "starttls"
    user: str = ""
    sender: str = DEFAULT_SENDER

    @property
    def configured(self) -> bool:
        return bool(self.host and self.sender)

    @property
    def account(self) -> str:
        return f"{self.user or self.sender}@{self.host}"


_PREFIX = {ImapSettings: "imap.", SmtpSettings: "smtp."}
T = TypeVar("T", ImapSettings, SmtpSettings)
_DEFAULT_PORTS = {ImapSettings: {"tls": 993, "starttls": 143},
                  SmtpSettings: {"tls": 465, "starttls": 587}}


def load_mail_settings(session: Session, kind: type[T]) -> T:
    prefix = _PREFIX[kind]
    stored = {s.key[len(prefix):]: s.value for s in session.scalars(
        select(Setting).where(Setting.key.startswith(prefix)))}
    values: dict[str, object] = {}
    for f in fields(kind):
        if f.name in stored:
            try:
                values[f.name] = int(stored[f.name]) if f.type == "int" \
                    else stored[f.name]
            except ValueError:
                pass  # an unreadable value falls back to the default rather than block work
    return kind(**values)


def read_mail_settings(db: Database, kind: type[T]) -> T:
    with db.read() as session:
        return load_mail_settings(session, kind)


def save_mail_settings(db: Database, actor: Actor, kind: type[T], *, what: str,
                       password: str | None, changes: dict) -> T:
    """The one operation that changes the IMAP or the SMTP settings: checked, stored, audited
    as "settings.changed"; a `password` given goes to the OS keyring, never the database."""
    actor.require(Permission.MANAGE_SETTINGS, what)
    prefix = _PREFIX[kind]
    with db.unit_of_work() as session:
        updated = changed_settings(load_mail_settings(session, kind), changes)
        changed = store_mail_settings(session, updated)
        if changed:
            audit.record(session, actor, "settings.changed",
                         details={f"{prefix}{k}": v for k, v in changed.items()})
    if password and not remember_password(prefix.rstrip("."), updated.account, password):
        if kind is ImapSettings:
            raise ServiceError("The settings were saved, but this computer has no keyring to "
                               "keep the password in: it will be asked for at each fetch (or "
                               "set SMARTTEK_DSAR_IMAP_PASSWORD).")
        raise ServiceError("The settings were saved, but this computer has no keyring to "
                           "keep the password in: it will be asked for when sending (or "
                           "set SMARTTEK_DSAR_SMTP_PASSWORD).")
    return updated


def changed_settings(current: T, changes: dict) -> T:
    """`current` with `changes` applied, or ServiceError naming the first bad value."""
    known = {f.name for f in fields(current)}
    unknown = sorted(set(changes) - known)
    if unknown:
        raise ServiceError("Unknown mail setting '{setting}'. Known: {known}.",
                           setting=unknown[0], known=sorted(known))
    cleaned = {k: v.strip() if isinstance(v, str) else v for k, v in changes.items()
               if v is not None}
    ports = _DEFAULT_PORTS[type(current)]
    if "port" not in cleaned and cleaned.get("security") in ports \
            and current.port == ports.get(current.security):
        # Switching TLS to STARTTLS moves the usual port with it (993 -> 143, 465 -> 587).
        cleaned["port"] = ports[cleaned["security"]]
    updated = replace(current, **cleaned)
    if updated.security not in SECURITY_MODES:
        raise ServiceError("The connection security must be one of {modes}, not '{security}'.",
                           modes=list(SECURITY_MODES), security=updated.security)
    if not 1 <= int(updated.port) <= 65535:
        raise ServiceError("The port must be between 1 and 65535, not {port}.",
                           port=updated.port)
    if updated.security == "none" and updated.host and not _is_loopback(updated.host):
        raise ServiceError(
            "{host} is not this computer: the password and the requests would cross "
            "the network unencrypted. Choose TLS or STARTTLS.", host=updated.host)
    if any(c in str(v) for v in asdict(updated).values() for c in "\r\n\0"):
        raise ServiceError("A mail setting cannot contain line breaks.")
    if isinstance(updated, ImapSettings):
        low, high = INTERVAL_LIMITS
        if not low <= updated.interval_minutes <= high:
            raise ServiceError("The fetch interval must be between {low} and {high} minutes "
                               "(0 = only when asked).", low=low, high=high)
        if updated.folder and updated.folder == updated.processed_folder:
            raise ServiceError("The processed folder must differ from the folder read; "
                               "otherwise every message would be read again.")
    elif updated.sender and "@" not in updated.sender:
        raise ServiceError("The sender '{sender}' is not an e-mail address.",
                           sender=updated.sender)
    return updated


def store_mail_settings(session: Session, settings: ImapSettings | SmtpSettings) -> dict:
    """Write every field; the changed ones as {name: [old, new]} for the audit trail."""
    prefix = _PREFIX[type(settings)]
    changed = {}
    for name, value in asdict(settings).items():
        row = session.get(Setting, prefix + name) or Setting(key=prefix + name, value="")
        if row.value != str(value):
            changed[name] = [row.value, value]
        row.value = str(value)
        session.add(row)
    return changed


def mail_password(kind: str, account: str) -> str | None:
    """The stored password for `kind` ("imap" or "smtp"): the environment, then the keyring."""
    env = IMAP_PASSWORD_ENV if kind == "imap" else SMTP_PASSWORD_ENV
    value = os.environ.get(env)
    if value:
        return value
    if not keyring_available():
        return None
    import keyring

    try:
        return keyring.get_password("smarttek-dsar", f"{kind}:{account}")
    except Exception:  # a locked or broken keyring is as good as none: the caller asks
        return None


def remember_password(kind: str, account: str, password: str) -> bool:
    """Keep the password in the OS keyring; False when there is none to keep it in."""
    return store_password(f"{kind}:{account}", password)


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
