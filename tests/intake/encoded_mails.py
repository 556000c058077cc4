"""Forwarded mails sent base64 or quoted-printable encoded, and S/MIME encrypted mails."""

from __future__ import annotations

import base64
import quopri
from email.message import EmailMessage

from tests.intake.mail_builder import RECEIVED_OURS

FORWARDED_TEXT = "Lūdzu dzēst visus manus personas datus."


def original_request(*, attachment: bytes | None = None) -> bytes:
    inner = EmailMessage()
    inner["From"] = "Jānis Bērziņš <janis.berzins@example.lv>"
    inner["To"] = "info@smarttek.eu"
    inner["Subject"] = "Datu dzēšana"
    inner["Date"] = "Fri, 30 Aug 2024 09:00:00 +0300"  # before it was forwarded to us
    inner["Message-ID"] = "<original@example.lv>"
    inner.set_content(FORWARDED_TEXT)
    if attachment is not None:
        inner.add_attachment(attachment, maintype="application", subtype="pdf",
                             filename="iesniegums.pdf")
    return inner.as_bytes()


def _outer(content_type: str, encoding: str, body: bytes, *, first: bytes = b"") -> bytes:
    head = (f"Received: {RECEIVED_OURS}\r\nFrom: Kolēģe <kolege@smarttek.eu>\r\n"
            "To: privacy@smarttek.eu\r\nSubject: Fwd: Datu dzēšana\r\n"
            "Date: Mon, 02 Sep 2024 10:00:00 +0300\r\nMessage-ID: <fwd-enc@smarttek.eu>\r\n"
            "MIME-Version: 1.0\r\n").encode()
    if not first:
        return head + f"Content-Type: {content_type}\r\nContent-Transfer-Encoding: " \
            f"{encoding}\r\n\r\n".encode() + body
    return head + (b'Content-Type: multipart/mixed; boundary="F"\r\n\r\n--F\r\n'
                   b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + first + b"\r\n--F\r\n"
                   + f"Content-Type: {content_type}\r\nContent-Transfer-Encoding: "
                     f"{encoding}\r\n\r\n".encode() + body + b"\r\n--F--\r\n")


def encoded_forward(encoding: str, *, attachment: bytes | None = None) -> bytes:
    original = original_request(attachment=attachment)
    body = base64.encodebytes(original) if encoding == "base64" \
        else quopri.encodestring(original)
    return _outer("message/rfc822", encoding, body,
                  first="Pārsūtu klienta pieprasījumu.".encode())


def smime_encrypted(smime_type: str = "enveloped-data") -> bytes:
    der = bytes(range(256)) * 8  # stands for the CMS structure: unreadable without the key
    return _outer(f'application/pkcs7-mime; smime-type={smime_type}; name="smime.p7m"',
                  "base64", base64.encodebytes(der))
