"""Real request files written to a test folder: e-mails, Outlook messages, portal JSON and
scans, as the desk receives them. Built with the stdlib and the intake tests' builders, so no
real mail (personal data) is committed."""

from __future__ import annotations

import base64
import os
import quopri
import time
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

from tests.fixed_clock import NOW_UTC
from tests.intake.mail_builder import (
    RECEIVED_OURS,
    base_message,
    q_word,
    raw_mail,
    with_attachment,
)
from tests.intake.msg_builder import MsgAttachment, outlook_message
from tests.intake.portal_builder import portal_attachment, portal_document, to_bytes
from tests.services.case_factory import JANIS_CODE

# Received by mx.smarttek.eu on Tuesday 3 September 2024, 08:15 Riga time.
RECEIVED_AT = datetime(2024, 9, 3, 5, 15, tzinfo=UTC)


def mail(
    *,
    message_id: str = "<req-1@example.lv>",
    sender: str = "Jānis Bērziņš <janis.berzins@example.lv>",
    subject: str = "Piekļuves pieprasījums",
    body: str = "Labdien! Lūdzu sniegt piekļuvi maniem personas datiem un to kopiju.",
    received: tuple[str, ...] = (RECEIVED_OURS,),
    date: str | None = "Mon, 02 Sep 2024 10:00:00 +0300",
    attachments: tuple[tuple[str, bytes], ...] = (("iesniegums_Bērziņš.pdf", b"%PDF-1.4 x"),),
) -> bytes:
    message: EmailMessage = base_message(subject=subject, sender=sender, date=date,
                                         received=received, message_id=message_id)
    message.set_content(body)
    for name, content in attachments:
        with_attachment(message, name, content)
    return message.as_bytes()


def future_mail() -> bytes:
    later = NOW_UTC + timedelta(days=3)
    stamp = later.strftime("%a, %d %b %Y %H:%M:%S +0000")
    return mail(message_id="<future@example.lv>", received=(), date=stamp)


def alternative_mail() -> bytes:
    """multipart/mixed › (multipart/alternative › text/plain + text/html) + a PDF."""
    message = base_message(message_id="<alt-1@example.lv>", received=(RECEIVED_OURS,),
                           subject="Datu dzēšana")
    message.set_content("Lūdzu dzēst visus manus personas datus.")
    message.add_alternative("<html><body><p>Lūdzu <b>dzēst</b> visus manus personas datus."
                            "</p></body></html>", subtype="html")
    message.add_attachment(b"%PDF-1.4 pilnvara", maintype="application", subtype="pdf",
                           filename="pilnvara_Ķēniņš.pdf")
    return message.as_bytes()


def windows_1257_mail() -> bytes:
    """Quoted-printable windows-1257 body and RFC 2047 headers, as older Outlook sends them."""
    body = "Lūdzu izdzēst manus datus. Ar cieņu, Līga Ķeņģe".encode("cp1257")
    return raw_mail(
        [
            f"Received: {RECEIVED_OURS}",
            f"From: {q_word('Līga Ķeņģe', 'windows-1257')} <liga.kenge@example.lv>",
            "To: privacy@smarttek.eu",
            f"Subject: {q_word('Datu dzēšana', 'windows-1257')}",
            "Date: Mon, 02 Sep 2024 10:00:00 +0300",
            "Message-ID: <cp1257@example.lv>",
            "MIME-Version: 1.0",
            'Content-Type: text/plain; charset="windows-1257"',
            "Content-Transfer-Encoding: quoted-printable",
        ],
        quopri.encodestring(body),
    )


def iso_8859_13_mail() -> bytes:
    """A base64 ISO-8859-13 body inside multipart/mixed, with a Latvian attachment name."""
    body = base64.encodebytes("Vēlos saņemt savu datu kopiju (piekļuve).".encode("iso-8859-13"))
    attachment = base64.encodebytes(b"%PDF-1.4 Ozoli\xc5\x86\xc5\xa1")
    return raw_mail(
        [
            f"Received: {RECEIVED_OURS}",
            "From: =?iso-8859-13?B?" + base64.b64encode("Ēriks Ozoliņš".encode("iso-8859-13"))
            .decode() + "?= <eriks.ozolins@example.lv>",
            "To: privacy@smarttek.eu",
            "Subject: =?utf-8?B?" + base64.b64encode(b"Datu kopija").decode() + "?=",
            "Date: Mon, 02 Sep 2024 10:00:00 +0300",
            "Message-ID: <iso13@example.lv>",
            "MIME-Version: 1.0",
            'Content-Type: multipart/mixed; boundary="XX"',
        ],
        b"--XX\r\n"
        b'Content-Type: text/plain; charset="iso-8859-13"\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\n" + body + b"\r\n"
        b"--XX\r\n"
        b"Content-Type: application/pdf\r\n"
        b"Content-Transfer-Encoding: base64\r\n"
        b"Content-Disposition: attachment; filename*=utf-8''pieteikums_Ozoli%C5%86%C5%A1.pdf"
        b"\r\n\r\n" + attachment + b"\r\n--XX--\r\n",
    )


def outlook_file(message_id: str = "<msg-1@example.lv>") -> bytes:
    delivered = datetime(2024, 9, 2, 7, 0, 12, tzinfo=UTC)
    return outlook_message(
        subject="Datu dzēšana",
        sender_name="Jānis Bērziņš",
        sender_email="janis@example.lv",
        body="Lūdzu dzēst manus personas datus.\r\nAr cieņu, Jānis",
        message_id=message_id,
        delivery_time=delivered,
        submit_time=delivered - timedelta(seconds=30),
        attachments=[MsgAttachment("iesniegums_Bērziņš.pdf", b"%PDF-1.4 " + b"x" * 6000,
                                   "application/pdf")],
    )


def portal_file(*, authenticated: bool = True, request_id: str = "PR-2024-000123",
                personal_code: str | None = JANIS_CODE, **overrides) -> bytes:
    document = portal_document(request_id=request_id, **overrides)
    document["customer"] = {**document["customer"], "authenticated": authenticated,
                            "personal_code": personal_code}
    return to_bytes(document)


def portal_with_attachment(name: str, content: bytes) -> bytes:
    return to_bytes(portal_document(attachments=[portal_attachment(name, content)]))


def scan_file() -> bytes:
    return b"%PDF-1.4\n% scanned letter\n" + b"0" * 200


def write(folder: Path, name: str, data: bytes) -> Path:
    """Write a file that looks just written: the file system stamps the machine's real time, the
    tests run on a fixed clock (tests/fixed_clock.py), so stamp the test clock's now."""
    path = folder / name
    path.write_bytes(data)
    now = time.time()
    os.utime(path, (now, now))
    return path
