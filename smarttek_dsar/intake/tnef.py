"""Outlook's TNEF attachment (winmail.dat, application/ms-tnef) read into text and files.

Outlook sends "rich text" mail as a plain MIME shell whose real body and attachments sit in
one TNEF attachment. The format (MS-OXTNEF) is a signature, then attributes: a level byte
(message or attachment), a 32-bit attribute id, a length, the data and a checksum. Message
and attachment MAPI properties are packed inside the attMsgProps / attAttachment attributes.

Written here from the specification: the maintained Python reader (tnefparse) is LGPL-3.0,
which the installers of this proprietary application do not take in (docs/licences.md).
Every length is checked against what is left of the data, so a damaged file gives TnefError,
never an over-read; nested attached items are followed only a few levels deep.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

from smarttek_dsar.domain import messages as words
from smarttek_dsar.intake.code_pages import decode_ansi
from smarttek_dsar.intake.html_text import html_to_text
from smarttek_dsar.intake.rtf_text import RtfError, decompress_rtf, rtf_to_text

TNEF_SIGNATURE = 0x223E9F78
TNEF_MEDIA_TYPES = frozenset({"application/ms-tnef", "application/vnd.ms-tnef"})

LEVEL_MESSAGE, LEVEL_ATTACHMENT = 1, 2
ATT_SUBJECT = 0x00018004
ATT_MESSAGE_CLASS = 0x00078008
ATT_BODY = 0x0002800C
ATT_ATTACH_DATA = 0x0006800F
ATT_ATTACH_TITLE = 0x00018010
ATT_ATTACH_RENDDATA = 0x00069002
ATT_MSG_PROPS = 0x00069003
ATT_ATTACHMENT = 0x00069005
ATT_OEM_CODEPAGE = 0x00069007

PR_SUBJECT, PR_BODY, PR_HTML, PR_RTF_COMPRESSED = 0x0037, 0x1000, 0x1013, 0x1009
PR_INTERNET_CPID = 0x3FDE
PR_ATTACH_DATA, PR_ATTACH_METHOD = 0x3701, 0x3705
PR_ATTACH_LONG_FILENAME, PR_ATTACH_MIME_TAG, PR_DISPLAY_NAME = 0x3707, 0x370E, 0x3001
_PT_STRING8, _PT_UNICODE, _PT_BINARY, _PT_OBJECT = 0x001E, 0x001F, 0x0102, 0x000D
_FIXED_SIZES = {0x0001: 0, 0x0002: 4, 0x0003: 4, 0x0004: 4, 0x0005: 8, 0x0006: 8, 0x0007: 8,
                0x000A: 4, 0x000B: 4, 0x0014: 8, 0x0040: 8, 0x0048: 16}  # fmt: skip
_MAX_DEPTH = 5


@dataclass
class TnefFile:
    name: str | None
    content: bytes
    media_type: str


class TnefError(ValueError):
    """The TNEF data is damaged or not TNEF at all."""


@dataclass
class TnefContent:
    subject: str = ""
    body_text: str = ""
    files: list[TnefFile] = field(default_factory=list)
    warnings: list[words.Message | str] = field(default_factory=list)


def is_tnef(media_type: str, filename: str | None, payload: bytes) -> bool:
    """Labelled or named as TNEF (then read, or said to be unreadable), or signed as TNEF."""
    named = (filename or "").lower() in ("winmail.dat", "win.dat")
    return media_type in TNEF_MEDIA_TYPES or named or (
        media_type == "application/octet-stream"
        and payload[:4] == struct.pack("<I", TNEF_SIGNATURE)
    )


def read_tnef(data: bytes, *, depth: int = 0) -> TnefContent:
    """Body text and attachment files of a TNEF stream, or TnefError."""
    view = memoryview(data)
    if len(view) < 6 or struct.unpack_from("<I", view)[0] != TNEF_SIGNATURE:
        raise TnefError("no TNEF signature")
    content = TnefContent()
    code_page: int | None = None
    message_props: dict[int, tuple[int, bytes]] = {}
    body_attribute = b""
    attachments: list[_Attachment] = []
    offset = 6
    # A few bytes after the last attribute (a line break added by the mail program) are not
    # an attribute; anything longer that does not fit one is damage.
    while offset + 9 <= len(view) or (offset < len(view) and bytes(view[offset:]).strip()):
        if offset + 9 > len(view):
            raise TnefError("attribute header cut off")
        level, attribute, length = struct.unpack_from("<BII", view, offset)
        start = offset + 9
        end = start + length
        if end + 2 > len(view):
            raise TnefError("attribute runs past the end")
        value = view[start:end]
        offset = end + 2  # the checksum is not needed to read the content
        if attribute == ATT_OEM_CODEPAGE and length >= 4:
            code_page = struct.unpack_from("<I", value)[0]
        elif level == LEVEL_MESSAGE and attribute == ATT_SUBJECT:
            content.subject = decode_ansi(bytes(value), code_page).rstrip("\0").strip()
        elif level == LEVEL_MESSAGE and attribute == ATT_BODY:
            body_attribute = bytes(value)
        elif level == LEVEL_MESSAGE and attribute == ATT_MSG_PROPS:
            message_props.update(_mapi_props(value))
        elif attribute == ATT_ATTACH_RENDDATA:
            attachments.append(_Attachment())
        elif level == LEVEL_ATTACHMENT and attachments:
            attachments[-1].take(attribute, value)
    if PR_SUBJECT in message_props and not content.subject:
        content.subject = _text(message_props[PR_SUBJECT], code_page).strip()
    content.body_text = _body(message_props, body_attribute, code_page, content.warnings)
    for index, attachment in enumerate(attachments, start=1):
        attachment.add_to(content, index, code_page, depth)
    return content


def _body(
    props: dict[int, tuple[int, bytes]], body_attribute: bytes, code_page: int | None,
    warnings: list[words.Message | str],
) -> str:
    text = _text(props[PR_BODY], code_page) if PR_BODY in props else ""
    if not text.strip() and body_attribute:
        text = decode_ansi(body_attribute, code_page).rstrip("\0")
    if text.strip():
        return text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if PR_HTML in props:
        kind, raw = props[PR_HTML]
        # Binary HTML is in the message's Internet code page (PR_INTERNET_CPID), else UTF-8.
        cpid = props.get(PR_INTERNET_CPID, (0, b""))[1]
        html_page = struct.unpack_from("<I", cpid)[0] if len(cpid) >= 4 else 65001
        html = _text((kind, raw), code_page if kind != _PT_BINARY else html_page)
        if html.strip():
            return html_to_text(html)
    if PR_RTF_COMPRESSED in props:
        try:
            return rtf_to_text(decompress_rtf(props[PR_RTF_COMPRESSED][1]))
        except RtfError:
            warnings.append(words.message(
                "The text of the mail's winmail.dat part is RTF that could not be read; the "
                "case has no body text from it. Ask the sender to send the request as plain "
                "text, or add the text by hand."))
    return ""


@dataclass
class _Attachment:
    title: str = ""
    data: bytes | None = None
    props: dict[int, tuple[int, bytes]] = field(default_factory=dict)

    def take(self, attribute: int, value: memoryview) -> None:
        if attribute == ATT_ATTACH_TITLE:
            self.title = bytes(value).decode("latin-1").rstrip("\0")
        elif attribute == ATT_ATTACH_DATA:
            self.data = bytes(value)
        elif attribute == ATT_ATTACHMENT:
            self.props.update(_mapi_props(value))

    def add_to(self, content: TnefContent, index: int, code_page: int | None,
               depth: int) -> None:  # fmt: skip
        props = self.props
        name = next((_text(props[p], code_page) for p in (PR_ATTACH_LONG_FILENAME,
                     PR_DISPLAY_NAME) if p in props), "") or self.title  # fmt: skip
        kind, raw = props.get(PR_ATTACH_DATA, (0, b""))
        if kind == _PT_OBJECT and depth < _MAX_DEPTH and raw[16:20] == struct.pack(
            "<I", TNEF_SIGNATURE
        ):
            # An attached Outlook item: a TNEF stream after the 16-byte interface id.
            inner = read_tnef(raw[16:], depth=depth + 1)
            content.body_text = "\n\n".join(t for t in (
                content.body_text,
                f"---------- Attached message ----------\nSubject: {inner.subject}\n\n"
                f"{inner.body_text}") if t.strip())  # fmt: skip
            content.files.extend(inner.files)
            content.warnings.extend(inner.warnings)
            return
        data = self.data if self.data is not None else (raw if kind == _PT_BINARY else None)
        if data is None:
            content.warnings.append(words.message(
                "Attachment {index} of the mail's winmail.dat part has no content (a link or "
                "an embedded object) and was not taken in.", index=index))
            return
        media_type = _text(props[PR_ATTACH_MIME_TAG], code_page) if PR_ATTACH_MIME_TAG in \
            props else ""
        content.files.append(TnefFile(name or None, data,
                                     media_type.strip().lower() or "application/octet-stream"))


def _text(prop: tuple[int, bytes], code_page: int | None) -> str:
    kind, raw = prop
    if kind == _PT_UNICODE:
        return raw[: len(raw) // 2 * 2].decode("utf-16-le", "replace").rstrip("\0")
    return decode_ansi(raw, code_page).rstrip("\0")


def _mapi_props(data: memoryview) -> dict[int, tuple[int, bytes]]:
    """MAPI properties of attMsgProps / attAttachment: id -> (type, value bytes).

    Multi-valued and named properties are stepped over; only the first value of a property
    is kept (a body or a file name is single-valued)."""
    reader = _Reader(data)
    found: dict[int, tuple[int, bytes]] = {}
    for _ in range(reader.u32()):
        prop_type, prop_id = reader.u16(), reader.u16()
        if prop_id >= 0x8000:  # named property: GUID, then a number or a name
            reader.skip(16)
            if reader.u32() == 0:
                reader.skip(4)
            else:
                reader.skip(_padded(reader.u32()))
        multi = bool(prop_type & 0x1000)
        base = prop_type & ~0x1000
        if base in (_PT_STRING8, _PT_UNICODE, _PT_BINARY, _PT_OBJECT):
            values = [reader.take(reader.u32()) for _ in range(reader.u32())]
            if values and not multi:
                found.setdefault(prop_id, (base, values[0]))
        elif base in _FIXED_SIZES:
            count = reader.u32() if multi else 1
            value = reader.take_fixed(_FIXED_SIZES[base] * count)
            if not multi:
                found.setdefault(prop_id, (base, value))
        else:
            raise TnefError(f"unknown MAPI property type {prop_type:#06x}")
    return found


def _padded(size: int) -> int:
    return size + (-size % 4)


class _Reader:
    def __init__(self, data: memoryview) -> None:
        self.data, self.offset = data, 0

    def skip(self, size: int) -> None:
        if self.offset + size > len(self.data):
            raise TnefError("MAPI properties cut off")
        self.offset += size

    def u16(self) -> int:
        self.skip(2)
        return int(struct.unpack_from("<H", self.data, self.offset - 2)[0])

    def u32(self) -> int:
        self.skip(4)
        return int(struct.unpack_from("<I", self.data, self.offset - 4)[0])

    def take_fixed(self, size: int) -> bytes:
        start = self.offset
        self.skip(size)
        return bytes(self.data[start : start + size])

    def take(self, size: int) -> bytes:
        start = self.offset
        self.skip(_padded(size))
        return bytes(self.data[start : start + size])
