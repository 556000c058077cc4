"""Reading e-mail headers without tripping over malformed ones."""

from __future__ import annotations

import re
from email.message import Message

from smarttek_dsar.intake.charsets import decode_words, has_raw_bytes, header_from_raw

# CPython's header parser (policy.default) crashes with these on some malformed headers,
# e.g. an unclosed "<" in From or an empty local part in Message-ID.
HEADER_PARSER_FAILURES = (IndexError, AttributeError, ValueError, TypeError, LookupError)


def raw_headers(message: Message, name: str) -> list[str]:
    """Every value of header `name`, unparsed, in file order (topmost first)."""
    wanted = name.lower()
    return [str(value) for key, value in message.raw_items() if key.lower() == wanted]


def clean_line(text: str) -> str:
    # Undecodable bytes come through as lone surrogates, which no database can store.
    text = text.encode("utf-8", "replace").decode("utf-8")
    return re.sub(r"[\x00-\x1f\x7f\s]+", " ", text).strip()


def header_text(message: Message, name: str) -> str:
    """A header as one clean line, RFC 2047 words decoded."""
    raw = next(iter(raw_headers(message, name)), None)
    if raw is not None and has_raw_bytes(raw):
        # RFC 6532 UTF-8 or unencoded Latin-1: the parser would show each byte as "?" or "�".
        return clean_line(decode_words(header_from_raw(raw)))
    if raw is not None and "=?" in raw:
        # Encoded words with a mislabelled charset: read as the body's text is read.
        return clean_line(decode_words(raw))
    try:
        value = message.get(name)
    except HEADER_PARSER_FAILURES:
        # The raw text still carries what a person needs to read.
        value = next(iter(raw_headers(message, name)), None)
    return "" if value is None else clean_line(str(value))


def raw_filename(message: Message) -> str | None:
    """A part's file name written with raw 8-bit bytes (no RFC 2231 encoding), read as the
    text it was written in; None when the name is not written that way."""
    for name in ("Content-Disposition", "Content-Type"):
        raw = next(iter(raw_headers(message, name)), None)
        if raw is None or not has_raw_bytes(raw):
            continue
        holder = Message()  # compat32: reads parameters from the text as it is
        holder[name] = header_from_raw(raw)
        found = holder.get_filename() if name == "Content-Disposition" \
            else holder.get_param("name")
        if isinstance(found, str) and found:
            return found
    return None
