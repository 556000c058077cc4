"""Test e-mails built with the stdlib, so no real mail (personal data) is committed."""

from __future__ import annotations

from email.message import EmailMessage

SENDER = "Jānis Bērziņš <janis.berzins@example.lv>"
DATE = "Mon, 02 Sep 2024 10:00:00 +0300"  # 07:00 UTC
RECEIVED_OURS = (
    "from mx.example.lv (mx.example.lv [192.0.2.10]) by mx.smarttek.eu with ESMTPS "
    "id 4Wx; Tue, 03 Sep 2024 08:15:00 +0300"
)
RECEIVED_THEIRS = (
    "from client.example.lv by mx.example.lv with ESMTPSA; Mon, 02 Sep 2024 10:00:05 +0300"
)


def base_message(
    *,
    subject: str = "Piekļuves pieprasījums",
    sender: str = SENDER,
    date: str | None = DATE,
    received: tuple[str, ...] = (),
    message_id: str | None = "<req-1@example.lv>",
) -> EmailMessage:
    message = EmailMessage()
    for line in received:
        message["Received"] = line
    message["From"] = sender
    message["To"] = "privacy@smarttek.eu"
    message["Subject"] = subject
    if date is not None:
        message["Date"] = date
    if message_id is not None:
        message["Message-ID"] = message_id
    return message


def plain_mail(
    body: str = "Labdien! Lūdzu sniegt piekļuvi maniem personas datiem.",
    *,
    charset: str = "utf-8",
    cte: str | None = None,
    **headers: object,
) -> bytes:
    message = base_message(**headers)  # type: ignore[arg-type]
    message.set_content(body, charset=charset, cte=cte)
    return message.as_bytes()


def with_attachment(
    message: EmailMessage, filename: str, content: bytes, media: str = "application/pdf"
) -> EmailMessage:
    maintype, subtype = media.split("/")
    if message.get_payload() is None:
        message.set_content("Pielikumā iesniegums.")
    message.add_attachment(content, maintype=maintype, subtype=subtype, filename=filename)
    return message


def q_word(text: str, charset: str) -> str:
    """An RFC 2047 Q-encoded word, written out by hand so the test shows the bytes."""
    encoded = "".join(
        chr(b) if b < 128 and chr(b).isalnum() else ("_" if b == 0x20 else f"={b:02X}")
        for b in text.encode(charset)
    )
    return f"=?{charset}?Q?{encoded}?="


def raw_mail(headers: list[str], body: bytes) -> bytes:
    """A mail assembled byte by byte, for charsets and encodings the builder would normalise."""
    return ("\r\n".join(headers) + "\r\n\r\n").encode("ascii") + body
