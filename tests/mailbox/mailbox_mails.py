"""Requests as they arrive in the privacy mailbox, built with the stdlib (no real mail)."""

from __future__ import annotations

from datetime import timedelta
from email.message import EmailMessage
from email.utils import format_datetime

from tests.fixed_clock import NOW_UTC

# When the test server "received" the mails (IMAP INTERNALDATE, set by APPEND): this morning.
ARRIVED = (NOW_UTC - timedelta(hours=2)).replace(microsecond=0)
# Our own mail server's stamp, a minute before the mailbox took the message in.
RECEIVED_HEADER = ("from mx.example.lv by mx.smarttek.eu with ESMTPS id 4Wx; "
                   + format_datetime(ARRIVED - timedelta(minutes=1)))


def request_mail(n: int, *, sender: str | None = None) -> bytes:
    message = EmailMessage()
    message["Received"] = RECEIVED_HEADER
    message["From"] = sender or f"Klients {n} <klients{n}@example.lv>"
    message["To"] = "privacy@smarttek.eu"
    message["Subject"] = f"Piekļuves pieprasījums {n}"
    message["Date"] = "Tue, 03 Sep 2024 08:10:00 +0300"
    message["Message-ID"] = f"<req-{n}@example.lv>"
    message.set_content("Labdien! Lūdzu sniegt piekļuvi maniem personas datiem un to kopiju.")
    message.add_attachment(b"%PDF-1.4 iesniegums", maintype="application", subtype="pdf",
                           filename=f"iesniegums-{n}.pdf")
    return message.as_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def broken_mail() -> bytes:
    """A message without any sender: it cannot be answered, so it cannot become a case."""
    return (b"To: privacy@smarttek.eu\r\nSubject: bez sutitaja\r\n"
            b"Message-ID: <broken@example.lv>\r\n\r\nDzest manus datus.\r\n")
