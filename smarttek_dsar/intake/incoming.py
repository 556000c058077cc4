"""What every intake parser hands back: one incoming request as plain data.

No database and no Qt here: the case services turn an `IncomingRequest` into a `Case`.
An `IncomingRequest` is only ever built complete; any problem raises `IntakeError` instead,
so a caller never sees a half-read request (STYLE 12).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal

from smarttek_dsar.domain.errors import DomainError
from smarttek_dsar.domain.messages import Message
from smarttek_dsar.domain.rights import Channel, Right
from smarttek_dsar.intake.non_request import NotARequest
from smarttek_dsar.intake.rights_guess import guess_rights
from smarttek_dsar.intake.signature_verdict import SignatureVerdict

Source = Literal["email", "msg", "portal", "scan", "signed"]

# The phrases below are stored with the case as the proof of receipt (GDPR 12(3), DOMAIN §2),
# so they are fixed strings that the case view and reports can rely on.
EVIDENCE_RECEIVED_HEADER = "first Received header"
EVIDENCE_DATE_HEADER = "Date header"
EVIDENCE_MSG_DELIVERY_TIME = "Outlook delivery time (PR_MESSAGE_DELIVERY_TIME)"
EVIDENCE_MSG_SUBMIT_TIME = "Outlook client submit time (PR_CLIENT_SUBMIT_TIME)"
EVIDENCE_PORTAL = "portal submitted_at"
EVIDENCE_LETTER = "delivery date of the letter, entered by staff"

IDENTITY_PORTAL_LOGIN = "portal_login"

MiB = 1024 * 1024
DEFAULT_MAX_ATTACHMENT_BYTES = 25 * MiB

NUL_REMOVED = Message(
    "The request contained NUL characters (0x00), which no text may hold; they were removed "
    "from its text. The original file is kept unchanged as evidence."
)
# The text fields a request is stored with. PostgreSQL refuses a NUL in any text value, so one
# NUL in a display name made the import fail on every retry of `import --watch`.
_TEXT_FIELDS = (
    "external_id", "received_evidence", "sender_name", "sender_email", "subject", "body_text",
    "original_filename", "portal_customer_id", "personal_code", "identity_method", "sender_phone",
    "recipients",
)


class IntakeError(DomainError):
    """An incoming file cannot be taken in. The message names the file and says what to do."""


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class IncomingAttachment:
    """One file that came with a request. `filename` is already safe to write to disk."""

    filename: str
    # Kept out of repr(): attachments are personal data and must not end up in logs. A view
    # (memoryview) of the request file's bytes when the file holds it whole (Outlook .msg),
    # so that a large message is not held twice.
    content: bytes | memoryview = field(repr=False)
    sha256: str
    media_type: str

    def __post_init__(self) -> None:
        for name in ("filename", "media_type"):
            object.__setattr__(self, name, getattr(self, name).replace("\0", ""))

    @property
    def size(self) -> int:
        return len(self.content)


@dataclass(frozen=True)
class IncomingRequest:
    """A request as it arrived, before anyone has looked at it.

    `received_at` is the legal receipt time (timezone-aware UTC) and `received_evidence` says
    which header or field proves it. `original_bytes` is the file exactly as received: it is the
    evidence the case file keeps (DOMAIN §5, intake).
    """

    source: Source
    channel: Channel
    external_id: str
    received_at: datetime
    received_evidence: str
    sender_name: str
    sender_email: str
    subject: str
    body_text: str
    attachments: tuple[IncomingAttachment, ...]
    original_filename: str
    original_bytes: bytes = field(repr=False)
    original_sha256: str
    portal_customer_id: str | None = None
    personal_code: str | None = None
    rights: tuple[Right, ...] = ()
    # True when `rights` is a keyword guess from free text that a person must confirm.
    rights_guessed: bool = False
    identity_method: str | None = None
    # Things the DPO should look at before relying on the request, e.g. a forwarded request
    # that may have reached the company earlier than this copy did. A Message is said in the
    # reader's language (domain/messages.py); str() of it is the English sentence.
    warnings: tuple[str | Message, ...] = field(default=())
    # A phone number the request states (a scanned letter's text); portal phones are read
    # from the portal document itself.
    sender_phone: str | None = None
    # A signed request's (.edoc) check of its e-signature; None for every other kind of file.
    signature: SignatureVerdict | None = None
    # Set when the mail is a bounce, auto-reply, newsletter, ...: intake holds it for the DPO
    # instead of registering a case (intake/non_request.py).
    not_a_request: NotARequest | None = None
    # The To line of an e-mail, as written (shown in the e-mail viewer; not used by intake).
    recipients: str = ""

    def __post_init__(self) -> None:
        # A naive or non-UTC time here would silently shift deadlines by hours; refuse it
        # loudly as a programming error rather than as a user error.
        if self.received_at.tzinfo is None or self.received_at.utcoffset() != timedelta(0):
            raise ValueError("IncomingRequest.received_at must be timezone-aware UTC")
        # Every parser builds its request here, so this is the one place NULs are removed.
        removed = False
        for name in _TEXT_FIELDS:
            value = getattr(self, name)
            if value is not None and "\0" in value:
                object.__setattr__(self, name, value.replace("\0", ""))
                removed = True
        warnings = tuple(w.replace("\0", "") if isinstance(w, str) else w for w in self.warnings)
        if removed:
            warnings += (NUL_REMOVED,)
        object.__setattr__(self, "warnings", warnings)


@contextmanager
def reading(filename: str, kind: str) -> Iterator[None]:
    """Turn any failure of a third-party parser into an IntakeError naming the file.

    The stdlib e-mail package and olefile both raise a zoo of exceptions
    (IndexError, KeyError, struct.error, ...) on malformed input, and some of those are known
    parser bugs. A user who picks a damaged file must get a message, not a traceback; the
    original exception is chained for the log.
    """
    try:
        yield
    except IntakeError:
        raise
    except (MemoryError, RecursionError) as exc:
        raise IntakeError(
            "{filename}: the {kind} is too large or too deeply nested to read safely. "
            "Register the request by hand and keep the file as evidence.", filename=filename, kind=kind
        ) from exc
    except Exception as exc:  # noqa: BLE001 - see docstring: any parser failure is a bad file
        raise IntakeError(
            "{filename}: the {kind} is damaged and could not be read ({error}). Ask the "
            "sender to send it again, or register the request by hand and keep the file as "
            "evidence.", filename=filename, kind=kind, error=type(exc).__name__
        ) from exc


def mail_request(
    *,
    source: Source,
    data: bytes,
    filename: str,
    message_id: str,
    received_at: datetime,
    evidence: str,
    sender_name: str,
    sender_email: str,
    subject: str,
    body_text: str,
    attachments: tuple[IncomingAttachment, ...],
    warnings: list[str | Message] | tuple[str | Message, ...],
    not_a_request: NotARequest | None = None,
    recipients: str = "",
) -> IncomingRequest:
    """An e-mail request, however it was saved (.eml or Outlook .msg): identified by its
    Message-ID, else by the file's hash, with the rights guessed from its words."""
    digest = sha256_hex(data)
    return IncomingRequest(
        source=source,
        channel=Channel.EMAIL,
        external_id=message_id or f"sha256:{digest}",
        received_at=received_at,
        received_evidence=evidence,
        sender_name=sender_name,
        sender_email=sender_email,
        subject=subject,
        body_text=body_text,
        attachments=attachments,
        original_filename=filename,
        original_bytes=data,
        original_sha256=digest,
        rights=guess_rights(subject, body_text),
        rights_guessed=True,
        warnings=tuple(warnings),
        not_a_request=not_a_request,
        recipients=recipients,
    )
