"""A message read from the privacy mailbox (IMAP), as bytes rather than a saved file.

It is read exactly as the same message saved as .eml would be (intake/email_file.py). The one
difference is the receipt time: the mail server states when it took the message in (IMAP
INTERNALDATE, RFC 3501 2.3.3), which is the moment the request reached the company's channel
(GDPR 12(3)) and needs no header to be trusted. Without it, the topmost Received header
decides, as for a file.

When the topmost Received header is clearly earlier than INTERNALDATE (a message copied into the
folder later by a rule, a colleague or a migration keeps its old Received lines but gets a new
INTERNALDATE), the request reached the company at the earlier time: that one is used, which can
only make the deadline earlier, and the DPO is asked to check.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from smarttek_dsar.intake.email_file import parse_eml
from smarttek_dsar.intake.incoming import (
    DEFAULT_MAX_ATTACHMENT_BYTES,
    EVIDENCE_RECEIVED_HEADER,
    IncomingRequest,
    IntakeError,
)
from smarttek_dsar.intake.receipt import RIGA, checked_receipt

EVIDENCE_INTERNALDATE = "IMAP INTERNALDATE of the privacy mailbox"
# Mail servers' clocks and delivery queues differ by minutes; more than this is another story.
CLOCK_TOLERANCE = timedelta(minutes=15)


def parse_incoming_message(
    raw: bytes,
    name: str,
    *,
    received_at: datetime | None = None,
    received_evidence: str = "",
    max_attachment_bytes: int = DEFAULT_MAX_ATTACHMENT_BYTES,
    now: datetime | None = None,
) -> IncomingRequest:
    """The request in one e-mail given as bytes, or IntakeError saying what is wrong."""
    if not isinstance(raw, bytes | bytearray):
        raise IntakeError("{filename}: the mail server sent no message body.", filename=name)
    request = parse_eml(bytes(raw), name, max_attachment_bytes=max_attachment_bytes, now=now)
    if received_at is None:
        return request
    evidence = received_evidence or EVIDENCE_INTERNALDATE
    at = checked_receipt(received_at, filename=name, evidence=evidence, now=now)
    if request.received_evidence == EVIDENCE_RECEIVED_HEADER \
            and request.received_at < at - CLOCK_TOLERANCE:
        return replace(request, warnings=request.warnings + (
            f"The mailbox took this message in on {_riga(at)}, but its topmost Received "
            f"header says {_riga(request.received_at)}; the earlier time was used as the "
            "receipt (GDPR 12(3)). Check when it first reached the company.",))
    return replace(request, received_at=at, received_evidence=evidence)


def _riga(moment: datetime) -> str:
    return f"{moment.astimezone(RIGA):%d.%m.%Y %H:%M} (Riga time)"
