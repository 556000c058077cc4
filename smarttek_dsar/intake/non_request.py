"""Mail that is not a request: bounces, auto-replies, newsletters, read receipts, calendar
invites and abuse reports. A privacy mailbox receives all of these; none of them is a data
subject asking for anything, and a bounce that quotes "you can delete your own text" must not
become an erasure case with a running deadline.

Such a mail is recognised from the marks the standards make senders put on it, never from its
words, and it is held for the DPO to dismiss or import; it is never dropped silently (a real
request with an odd header must still reach a person).

* RFC 3464 delivery status notifications: multipart/report; report-type=delivery-status,
  or a message/delivery-status part;
* RFC 8098 message disposition notifications (read receipts): report-type=
  disposition-notification, or a message/disposition-notification part. The header
  Disposition-Notification-To is the sender *asking* for a receipt and is no such mark;
* RFC 5965 abuse reports (ARF): report-type=feedback-report, or message/feedback-report;
* RFC 3834 automatic replies: Auto-Submitted other than "no"; the older X-Autoreply,
  X-Autorespond and Precedence: auto_reply;
* mass mail: Precedence bulk or junk, RFC 2919 List-Id, RFC 2369 List-Unsubscribe;
* RFC 5321 4.5.5: an empty return path (Return-Path: <>) is what servers and auto-responders
  send with, so that nobody answers them;
* iCalendar invitations (text/calendar, application/ics).
"""

from __future__ import annotations

from dataclasses import dataclass
from email.message import Message

from smarttek_dsar.intake.mail_headers import raw_headers

BOUNCE = "bounce"
READ_RECEIPT = "read_receipt"
ABUSE_REPORT = "abuse_report"
AUTO_REPLY = "auto_reply"
MAILING_LIST = "mailing_list"
SERVER_MESSAGE = "server_message"
CALENDAR = "calendar"


@dataclass(frozen=True)
class NotARequest:
    """Why a mail is held instead of registered: `kind` for lists and counts, `reason` in
    words for the DPO (no personal data: it names headers and standards only)."""

    kind: str
    reason: str


_REPORTS = {
    "delivery-status": (BOUNCE, "a delivery failure report (bounce, RFC 3464)"),
    "disposition-notification": (READ_RECEIPT, "a read receipt (RFC 8098)"),
    "feedback-report": (ABUSE_REPORT, "an abuse report (RFC 5965)"),
}
_CALENDAR_TYPES = ("text/calendar", "application/ics")
_MAX_PARTS_LOOKED_AT = 200


def not_a_request(message: Message) -> NotARequest | None:
    """The reason to hold `message`, or None when it may be a request."""
    report = _report(message)
    if report is not None:
        kind, what = report
        return NotARequest(kind, f"The mail is {what}, not a request.")
    automatic = _automatic(message)
    if automatic is not None:
        return NotARequest(AUTO_REPLY, f"The mail was sent automatically ({automatic}), "
                                       "e.g. an out-of-office reply, not by a person.")
    mass = _mass_mail(message)
    if mass is not None:
        return NotARequest(MAILING_LIST, f"The mail came from a mailing list or newsletter "
                                         f"({mass}), not from a person writing to us.")
    if any(value.strip() == "<>" for value in raw_headers(message, "Return-Path")):
        return NotARequest(SERVER_MESSAGE, "The mail has an empty return path (Return-Path: "
                                           "<>), which only mail servers and automatic "
                                           "senders use.")
    if _has_calendar(message):
        return NotARequest(CALENDAR, "The mail is a calendar invitation (text/calendar), "
                                     "not a request.")
    return None


# Outlook names what an item is in its message class (MS-OXCMSG): reports, meeting requests
# and out-of-office templates are not mail a person wrote. Prefixes, lower case.
_OUTLOOK_CLASSES = (
    ("report.ipm.note.ndr", BOUNCE, "an Outlook delivery failure report (REPORT.IPM.Note.NDR)"),
    ("report.ipm.note.dr", BOUNCE, "an Outlook delivery report (REPORT.IPM.Note.DR)"),
    ("report.ipm.note.ipnrn", READ_RECEIPT, "an Outlook read receipt (REPORT.IPM.Note.IPNRN)"),
    ("report.ipm.note.ipnnrn", READ_RECEIPT,
     "an Outlook not-read notice (REPORT.IPM.Note.IPNNRN)"),
    ("report.", SERVER_MESSAGE, "an Outlook report"),
    ("ipm.schedule.meeting.", CALENDAR, "an Outlook meeting request or answer"),
    ("ipm.note.rules.ooftemplate.", AUTO_REPLY, "an Outlook out-of-office reply"),
)


def outlook_not_a_request(message_class: str, headers: Message | None) -> NotARequest | None:
    """The reason to hold an Outlook item: its message class first, then the internet headers
    it kept (a bounce or auto-reply that arrived from outside carries the same marks)."""
    kind = message_class.lower()
    for prefix, held_kind, what in _OUTLOOK_CLASSES:
        if kind.startswith(prefix):
            return NotARequest(held_kind, f"The Outlook item is {what}, not a request.")
    return not_a_request(headers) if headers is not None else None


def _report(message: Message) -> tuple[str, str] | None:
    if message.get_content_type() == "multipart/report":
        report_type = str(message.get_param("report-type") or "").strip().lower()
        if report_type in _REPORTS:
            return _REPORTS[report_type]
    for part in _parts(message):
        media_type = part.get_content_type()
        if media_type.startswith("message/") and media_type[8:] in _REPORTS:
            return _REPORTS[media_type[8:]]
        if media_type == "message/global-delivery-status":  # RFC 6533, the UTF-8 variant
            return _REPORTS["delivery-status"]
    return None


def _automatic(message: Message) -> str | None:
    for value in raw_headers(message, "Auto-Submitted"):
        word = value.split(";", 1)[0].strip().lower()
        # "auto-forwarded" marks a person's mail passed on by a forwarding rule (e.g. from
        # info@ to privacy@): still that person's words, possibly a request.
        if word and word not in ("no", "auto-forwarded"):
            return f"Auto-Submitted: {word}"
    for name in ("X-Autoreply", "X-Autorespond"):
        values = raw_headers(message, name)
        if values and values[0].strip().lower() not in ("no", "false", "0"):
            return name
    if _precedence(message) == "auto_reply":
        return "Precedence: auto_reply"
    return None


def _mass_mail(message: Message) -> str | None:
    precedence = _precedence(message)
    if precedence in ("bulk", "junk", "list"):
        return f"Precedence: {precedence}"
    for name in ("List-Id", "List-Unsubscribe"):
        if raw_headers(message, name):
            return name
    return None


def _precedence(message: Message) -> str:
    return next(iter(raw_headers(message, "Precedence")), "").strip().lower()


def _has_calendar(message: Message) -> bool:
    return any(part.get_content_type() in _CALENDAR_TYPES for part in _parts(message))


def _parts(message: Message):
    """The parts of the mail, the forwarded mails inside it excluded: a request may forward
    a bounce or an invitation as its evidence."""
    stack, seen = [message], 0
    while stack and seen < _MAX_PARTS_LOOKED_AT:
        part = stack.pop()
        seen += 1
        yield part
        if part.get_content_type() in ("message/rfc822", "message/global"):
            continue
        payload = part.get_payload()
        if isinstance(payload, list):
            stack.extend(p for p in reversed(payload) if isinstance(p, Message))
