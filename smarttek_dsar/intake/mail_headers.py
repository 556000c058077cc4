"""Reading e-mail headers without tripping over malformed ones."""

from __future__ import annotations

import re
from email.message import Message

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
    try:
        value = message.get(name)
    except HEADER_PARSER_FAILURES:
        # The raw text still carries what a person needs to read.
        value = next(iter(raw_headers(message, name)), None)
    return "" if value is None else clean_line(str(value))
