"""The MIME tree of an e-mail read into what a case needs: body text and attachment files.

Rules (RFC 2045-2049 as real clients use them):
* multipart/alternative: one version is read, text/plain preferred (the sender's own words,
  no layout guessing), HTML turned into text only when there is no usable plain version;
* multipart/mixed, related, ... : every part is read in order, so a body split around an
  inline image keeps all of its text;
* message/rfc822 (a forwarded or attached e-mail): kept whole as an .eml attachment (it is
  the evidence of when and to whom the original was sent), its text appended to the body
  under a "Forwarded message" line, and its own attachments taken in too;
* application/ms-tnef (Outlook's winmail.dat): its text joins the body and its files are
  taken in (`open_tnef_parts`); one that cannot be read is kept as a file, with a warning;
* any other leaf, or a text part marked as an attachment or carrying a file name, is a file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from email.message import Message

from smarttek_dsar.domain import messages as words
from smarttek_dsar.intake.charsets import decode_text
from smarttek_dsar.intake.encoded_parts import decoded_forward, smime_warning
from smarttek_dsar.intake.html_text import html_to_text
from smarttek_dsar.intake.incoming import IntakeError
from smarttek_dsar.intake.mail_headers import header_text, raw_filename
from smarttek_dsar.intake.tnef import TnefError, is_tnef, read_tnef

_MAX_DEPTH = 25


@dataclass
class RawFile:
    name: str | None
    content: bytes | memoryview  # a view of an Outlook file's bytes (msg_properties)
    media_type: str


@dataclass
class MimeContent:
    texts: list[str] = field(default_factory=list)
    files: list[RawFile] = field(default_factory=list)
    forwarded: list[Message] = field(default_factory=list)
    # Parts whose text cannot be read (S/MIME encrypted, ...), said plainly to the DPO.
    warnings: list[words.Message | str] = field(default_factory=list)

    @property
    def body_text(self) -> str:
        return "\n\n".join(text for text in self.texts if text.strip()).strip()


def read_mime(message: Message, *, filename: str) -> MimeContent:
    content = MimeContent()
    _walk(message, content, filename=filename, depth=0, top=True)
    return content


@dataclass(frozen=True)
class _Part:
    """A MIME part with its headers parsed once: policy.default re-parses on every access."""

    message: Message
    media_type: str
    filename: str | None
    is_body_text: bool

    @classmethod
    def of(cls, message: Message) -> _Part:
        media_type = message.get_content_type()
        filename = message.get_filename() if not message.is_multipart() else None
        if filename and "\ufffd" in filename:  # raw 8-bit bytes in the name
            filename = raw_filename(message) or filename
        is_body_text = (
            media_type in ("text/plain", "text/html")
            and not filename
            and message.get_content_disposition() != "attachment"
        )
        return cls(message, media_type, filename, is_body_text)

    def text(self) -> str:
        payload = self.message.get_payload(decode=True)
        if not isinstance(payload, bytes):
            payload = b""
        text = decode_text(payload, self.message.get_content_charset())
        if self.media_type == "text/html":
            return html_to_text(text)
        return text.replace("\r\n", "\n").replace("\r", "\n")


def _best_alternative(parts: list[_Part]) -> tuple[_Part | None, str | None]:
    """The alternative to read, with its text when already decoded."""
    for part in parts:
        if part.is_body_text and part.media_type == "text/plain":
            text = part.text()
            # Some clients send an empty text/plain next to the real HTML body.
            if text.strip():
                return part, text
    for part in parts:
        if part.is_body_text and part.media_type == "text/html":
            return part, None
    # RFC 2046 5.1.4: the last alternative is the richest, e.g. a multipart/related HTML.
    return (parts[-1], None) if parts else (None, None)


def _walk(message: Message, out: MimeContent, *, filename: str, depth: int, top: bool) -> None:
    if depth > _MAX_DEPTH:
        raise IntakeError(
            "{filename}: the e-mail is nested more than {max_depth} levels deep, which no "
            "mail program produces. Ask IT to check it; register the request by hand.", filename=filename, max_depth=_MAX_DEPTH
        )
    part = _Part.of(message)
    if part.media_type in ("message/rfc822", "message/global") and not top:
        _take_forwarded(message, part.filename, out, filename=filename, depth=depth)
        return
    if message.is_multipart():
        subparts = [p for p in message.get_payload() if isinstance(p, Message)]
        if part.media_type == "multipart/alternative":
            chosen, text = _best_alternative([_Part.of(p) for p in subparts])
            if chosen is not None and text is not None:
                out.texts.append(text)
                return
            subparts = [chosen.message] if chosen is not None else []
        for sub in subparts:
            _walk(sub, out, filename=filename, depth=depth + 1, top=False)
        return
    if part.is_body_text:
        out.texts.append(part.text())
        return
    unreadable = smime_warning(message, part.media_type)
    if unreadable and unreadable not in out.warnings:
        out.warnings.append(unreadable)
    payload = message.get_payload(decode=True)
    out.files.append(
        RawFile(
            name=part.filename,
            content=payload if isinstance(payload, bytes) else b"",
            media_type=part.media_type,
        )
    )


def open_tnef_parts(out: MimeContent) -> None:
    """Outlook's winmail.dat parts opened (tnef.py): their text joins the body and their files
    replace them. Called once the files hold their real content (mail_size lifts large ones
    out before parsing). One that cannot be read stays a file, and the DPO is told."""
    files: list[RawFile] = []
    for raw in out.files:
        if not is_tnef(raw.media_type, raw.name, raw.content):
            files.append(raw)
            continue
        try:
            tnef = read_tnef(raw.content)
        except TnefError:
            out.warnings.append(words.message(
                "The mail carries Outlook's winmail.dat (TNEF) part, which could not be read; "
                "it is kept as an attachment. Its text may be missing from the case: ask the "
                "sender to send the request again as plain text."))
            files.append(raw)
            continue
        known = {" ".join(text.split()) for text in out.texts}
        if tnef.body_text.strip() and " ".join(tnef.body_text.split()) not in known:
            out.texts.append(tnef.body_text)
        files.extend(RawFile(f.name, f.content, f.media_type) for f in tnef.files)
        out.warnings.extend(tnef.warnings)
    out.files = files


def _take_forwarded(
    part: Message, part_filename: str | None, out: MimeContent, *, filename: str, depth: int
) -> None:
    payload = part.get_payload()
    inner = payload[0] if isinstance(payload, list) and payload else None
    if not isinstance(inner, Message):
        return
    inner, cut = decoded_forward(part, inner)
    out.warnings.extend(cut)
    out.forwarded.append(inner)
    subject = header_text(inner, "Subject")
    out.files.append(
        RawFile(
            name=part_filename or f"{subject or 'forwarded message'}.eml",
            content=inner.as_bytes(),
            media_type="message/rfc822",
        )
    )
    nested = MimeContent()
    _walk(inner, nested, filename=filename, depth=depth + 1, top=True)
    summary = "\n".join(
        f"{name}: {header_text(inner, name)}" for name in ("From", "Date", "Subject")
    )
    out.texts.append(f"---------- Forwarded message ----------\n{summary}\n\n{nested.body_text}")
    out.files.extend(nested.files)
    out.forwarded.extend(nested.forwarded)
    out.warnings.extend(w for w in nested.warnings if w not in out.warnings)
