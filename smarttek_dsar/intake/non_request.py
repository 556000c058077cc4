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
from email.message import Message as EmailMessage

from smarttek_dsar.domain.messages import Message, read_back
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
    """Why a mail is held instead of registered: `kind` for lists and counts, `said` in words
    for the DPO (no personal data: it names headers and standards only). `reason` is the
    English sentence, the one kept with the held mail."""

    kind: str
    said: Message

    @property
    def reason(self) -> str:
        return str(self.said)


# Every reason as its own sentence, so that Latvian can word each one itself. The stored
# English is read back to its sentence by reason_message (held mail kept before stays Latvian
# in the window too).
_BOUNCE = "The mail is a delivery failure report (bounce, RFC 3464), not a request."
_READ_RECEIPT = "The mail is a read receipt (RFC 8098), not a request."
_ABUSE_REPORT = "The mail is an abuse report (RFC 5965), not a request."
_AUTOMATIC = ("The mail was sent automatically ({header}), e.g. an out-of-office reply, not by "
              "a person.")
_MASS_MAIL = ("The mail came from a mailing list or newsletter ({header}), not from a person "
              "writing to us.")
_EMPTY_RETURN_PATH = ("The mail has an empty return path (Return-Path: <>), which only mail "
                      "servers and automatic senders use.")
_CALENDAR_INVITATION = "The mail is a calendar invitation (text/calendar), not a request."

_REPORTS = {
    "delivery-status": (BOUNCE, _BOUNCE),
    "disposition-notification": (READ_RECEIPT, _READ_RECEIPT),
    "feedback-report": (ABUSE_REPORT, _ABUSE_REPORT),
}
_CALENDAR_TYPES = ("text/calendar", "application/ics")
_MAX_PARTS_LOOKED_AT = 200


def not_a_request(message: EmailMessage) -> NotARequest | None:
    """The reason to hold `message`, or None when it may be a request."""
    report = _report(message)
    if report is not None:
        kind, sentence = report
        return NotARequest(kind, Message(sentence))
    automatic = _automatic(message)
    if automatic is not None:
        return NotARequest(AUTO_REPLY, Message(_AUTOMATIC, {"header": automatic}))
    mass = _mass_mail(message)
    if mass is not None:
        return NotARequest(MAILING_LIST, Message(_MASS_MAIL, {"header": mass}))
    if any(value.strip() == "<>" for value in raw_headers(message, "Return-Path")):
        return NotARequest(SERVER_MESSAGE, Message(_EMPTY_RETURN_PATH))
    if _has_calendar(message):
        return NotARequest(CALENDAR, Message(_CALENDAR_INVITATION))
    return None


# Outlook names what an item is in its message class (MS-OXCMSG): reports, meeting requests
# and out-of-office templates are not mail a person wrote. Prefixes, lower case.
_OUTLOOK_CLASSES = (
    ("report.ipm.note.ndr", BOUNCE, "The Outlook item is an Outlook delivery failure report "
                                    "(REPORT.IPM.Note.NDR), not a request."),
    ("report.ipm.note.dr", BOUNCE, "The Outlook item is an Outlook delivery report "
                                   "(REPORT.IPM.Note.DR), not a request."),
    ("report.ipm.note.ipnrn", READ_RECEIPT, "The Outlook item is an Outlook read receipt "
                                            "(REPORT.IPM.Note.IPNRN), not a request."),
    ("report.ipm.note.ipnnrn", READ_RECEIPT, "The Outlook item is an Outlook not-read notice "
                                             "(REPORT.IPM.Note.IPNNRN), not a request."),
    ("report.", SERVER_MESSAGE, "The Outlook item is an Outlook report, not a request."),
    ("ipm.schedule.meeting.", CALENDAR, "The Outlook item is an Outlook meeting request or "
                                        "answer, not a request."),
    ("ipm.note.rules.ooftemplate.", AUTO_REPLY, "The Outlook item is an Outlook out-of-office "
                                                "reply, not a request."),
)


def outlook_not_a_request(message_class: str, headers: EmailMessage | None
                          ) -> NotARequest | None:
    """The reason to hold an Outlook item: its message class first, then the internet headers
    it kept (a bounce or auto-reply that arrived from outside carries the same marks)."""
    kind = message_class.lower()
    for prefix, held_kind, sentence in _OUTLOOK_CLASSES:
        if kind.startswith(prefix):
            return NotARequest(held_kind, Message(sentence))
    return not_a_request(headers) if headers is not None else None


_SENTENCES = (_BOUNCE, _READ_RECEIPT, _ABUSE_REPORT, _AUTOMATIC, _MASS_MAIL, _EMPTY_RETURN_PATH,
              _CALENDAR_INVITATION, *(sentence for _, _, sentence in _OUTLOOK_CLASSES))


def reason_message(stored: str) -> Message:
    """The stored English reason of a held mail as its sentence with parameters, so the window
    says it in its language; a text this version does not know is shown as it is."""
    return read_back(stored, _SENTENCES)


def _report(message: EmailMessage) -> tuple[str, str] | None:
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


def _automatic(message: EmailMessage) -> str | None:
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


def _mass_mail(message: EmailMessage) -> str | None:
    precedence = _precedence(message)
    if precedence in ("bulk", "junk", "list"):
        return f"Precedence: {precedence}"
    for name in ("List-Id", "List-Unsubscribe"):
        if raw_headers(message, name):
            return name
    return None


def _precedence(message: EmailMessage) -> str:
    return next(iter(raw_headers(message, "Precedence")), "").strip().lower()


def _has_calendar(message: EmailMessage) -> bool:
    return any(part.get_content_type() in _CALENDAR_TYPES for part in _parts(message))


def _parts(message: EmailMessage):
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
            stack.extend(p for p in reversed(payload) if isinstance(p, EmailMessage))
