"""Mails a privacy mailbox receives that are not requests, built as real senders build them:
bounces (RFC 3464), read receipts (RFC 8098), abuse reports (RFC 5965), automatic replies
(RFC 3834), newsletters (RFC 2369/2919), server mail with an empty return path and calendar
invitations. Each quotes words that would otherwise be guessed as a right."""

from __future__ import annotations

from email.message import EmailMessage, Message

from tests.intake.mail_builder import DATE, RECEIVED_OURS

# A bounce that quotes this got the erasure right (issue 15).
QUOTED = "Jūs varat dzēst savus datus. You can delete your own text."


def _headers(message: Message, *, sender: str, subject: str, message_id: str) -> None:
    message["Received"] = RECEIVED_OURS
    message["From"] = sender
    message["To"] = "privacy@smarttek.eu"
    message["Subject"] = subject
    message["Date"] = DATE
    message["Message-ID"] = message_id


def _original() -> EmailMessage:
    original = EmailMessage()
    original["From"] = "privacy@smarttek.eu"
    original["To"] = "nobody@example.lv"
    original["Subject"] = "Atbilde uz jūsu pieprasījumu"
    original.set_content(QUOTED)
    return original


def _report(report_type: str, status_type: str, status: str, *, subject: str,
            message_id: str, sender: str) -> bytes:
    """Written out by hand: the stdlib cannot generate a message/delivery-status body."""
    boundary = "==report-boundary=="
    headers = EmailMessage()
    _headers(headers, sender=sender, subject=subject, message_id=message_id)
    head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    original = _original().as_bytes().decode("utf-8").replace("\n", "\r\n")
    return (
        f"{head}MIME-Version: 1.0\r\n"
        f'Content-Type: multipart/report; report-type={report_type}; boundary="{boundary}"'
        f"\r\n\r\n--{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n"
        f"Content-Transfer-Encoding: 8bit\r\n\r\nThis is an automatically generated "
        f"message.\r\n\r\n{QUOTED}\r\n--{boundary}\r\nContent-Type: {status_type}\r\n\r\n"
        f"{status.replace(chr(10), chr(13) + chr(10))}\r\n--{boundary}\r\n"
        f"Content-Type: message/rfc822\r\n\r\n{original}\r\n--{boundary}--\r\n"
    ).encode()


def bounce(sender: str = "MAILER-DAEMON@mx.smarttek.eu (Mail Delivery System)") -> bytes:
    return _report(
        "delivery-status", "message/delivery-status",
        "Reporting-MTA: dns; mx.smarttek.eu\n\nFinal-Recipient: rfc822; nobody@example.lv\n"
        "Action: failed\nStatus: 5.1.1\n",
        subject="Undelivered Mail Returned to Sender", message_id="<bounce-1@mx.smarttek.eu>",
        sender=sender)


def read_receipt() -> bytes:
    return _report(
        "disposition-notification", "message/disposition-notification",
        "Reporting-UA: mail.example.lv\nFinal-Recipient: rfc822; janis@example.lv\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n",
        subject="Izlasīts: Atbilde uz jūsu pieprasījumu", message_id="<mdn-1@example.lv>",
        sender="Jānis Bērziņš <janis.berzins@example.lv>")


def abuse_report() -> bytes:
    return _report(
        "feedback-report", "message/feedback-report",
        "Feedback-Type: abuse\nUser-Agent: SomeGenerator/1.0\nVersion: 1\n",
        subject="Abuse report", message_id="<arf-1@isp.example>", sender="abuse@isp.example")


def _simple(extra: dict[str, str], *, subject: str, message_id: str,
            sender: str = "Jānis Bērziņš <janis.berzins@example.lv>") -> bytes:
    message = EmailMessage()
    _headers(message, sender=sender, subject=subject, message_id=message_id)
    for name, value in extra.items():
        message[name] = value
    message.set_content(f"Esmu atvaļinājumā līdz 20. septembrim.\n\n{QUOTED}")
    return message.as_bytes()


def auto_reply(header: str = "Auto-Submitted", value: str = "auto-replied", *,
               subject: str = "Automātiskā atbilde: Pieprasījums",
               sender: str = "Jānis Bērziņš <janis.berzins@example.lv>") -> bytes:
    return _simple({header: value}, subject=subject, sender=sender,
                   message_id=f"<auto-{header.lower()}-{value}@example.lv>")


def newsletter(header: str = "List-Unsubscribe",
               value: str = "<mailto:unsubscribe@news.example.lv>") -> bytes:
    return _simple({header: value}, subject="Jaunumi septembrī",
                   message_id=f"<news-{header.lower()}@news.example.lv>",
                   sender="Jaunumi <news@news.example.lv>")


def empty_return_path() -> bytes:
    data = _simple({}, subject="Delivery delayed", message_id="<delay-1@mx.smarttek.eu>",
                   sender="postmaster@mx.smarttek.eu")
    return b"Return-Path: <>\r\n" + data


def calendar_invite() -> bytes:
    message = EmailMessage()
    _headers(message, sender="Jānis Bērziņš <janis.berzins@example.lv>",
             subject="Uzaicinājums: Tikšanās par datu dzēšanu", message_id="<ics-1@example.lv>")
    message.set_content(f"Uzaicinājums uz tikšanos.\n{QUOTED}")
    message.add_alternative(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
        "SUMMARY:Datu dzēšana\r\nDTSTART:20240905T090000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        subtype="calendar", params={"method": "REQUEST"})
    return message.as_bytes()


ALL = {
    "bounce": bounce,
    "read_receipt": read_receipt,
    "abuse_report": abuse_report,
    "auto_reply": auto_reply,
    "mailing_list": newsletter,
    "server_message": empty_return_path,
    "calendar": calendar_invite,
}
