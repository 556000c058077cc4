"""A test-only writer of TNEF streams (winmail.dat), written from MS-OXTNEF, so the tests
need no binary fixtures: attributes with their checksums, and MAPI property lists."""

from __future__ import annotations

import struct
from dataclasses import dataclass

import compressed_rtf

SIGNATURE = 0x223E9F78
PT_LONG, PT_STRING8, PT_UNICODE, PT_BINARY, PT_OBJECT = 0x0003, 0x001E, 0x001F, 0x0102, 0x000D


def attribute(level: int, attribute_id: int, data: bytes) -> bytes:
    checksum = sum(data) & 0xFFFF
    return struct.pack("<BII", level, attribute_id, len(data)) + data + struct.pack("<H", checksum)


def _pad(data: bytes) -> bytes:
    return data + b"\0" * (-len(data) % 4)


def mapi_props(props: list[tuple[int, int, object]]) -> bytes:
    """(type, id, value) triples; a named property (id >= 0x8000) gets a made-up GUID."""
    out = struct.pack("<I", len(props))
    for prop_type, prop_id, value in props:
        out += struct.pack("<HH", prop_type, prop_id)
        if prop_id >= 0x8000:
            name = _pad("Keywords".encode("utf-16-le") + b"\0\0")
            out += b"G" * 16 + struct.pack("<II", 1, len(name)) + name
        if prop_type == PT_LONG:
            out += struct.pack("<I", value)
        else:
            if prop_type == PT_UNICODE:
                raw = str(value).encode("utf-16-le") + b"\0\0"
            elif prop_type == PT_STRING8:
                raw = str(value).encode("cp1257") + b"\0"
            else:
                raw = bytes(value)  # type: ignore[call-overload]
            out += struct.pack("<II", 1, len(raw)) + _pad(raw)
    return out


@dataclass
class TnefFile:
    name: str
    content: bytes
    mime_type: str = ""


def tnef(
    *,
    subject: str = "Pieprasījums",
    body: str | None = None,
    html: bytes | None = None,
    rtf: bytes | None = None,
    files: list[TnefFile] | tuple[TnefFile, ...] = (),
    embedded: bytes | None = None,
    code_page: int = 1257,
) -> bytes:
    out = struct.pack("<IH", SIGNATURE, 0x0001)
    out += attribute(1, 0x00089006, struct.pack("<I", 0x00010000))  # attTnefVersion
    out += attribute(1, 0x00069007, struct.pack("<II", code_page, 0))  # attOemCodepage
    out += attribute(1, 0x00078008, b"IPM.Microsoft Mail.Note\0")
    out += attribute(1, 0x00018004, subject.encode("cp1257") + b"\0")
    props: list[tuple[int, int, object]] = [(PT_LONG, 0x0E07, 1), (PT_UNICODE, 0x8001, "x")]
    if body is not None:
        props.append((PT_UNICODE, 0x1000, body))
    if html is not None:
        props.append((PT_BINARY, 0x1013, html))
    if rtf is not None:
        props.append((PT_BINARY, 0x1009, compressed_rtf.compress(rtf)))
    out += attribute(1, 0x00069003, mapi_props(props))
    for file in files:
        out += attribute(2, 0x00069002, bytes(14))  # attAttachRenddata starts an attachment
        out += attribute(2, 0x00018010, file.name.encode("latin-1", "replace")[:12] + b"\0")
        out += attribute(2, 0x0006800F, file.content)
        attach = [(PT_UNICODE, 0x3707, file.name), (PT_LONG, 0x3705, 1)]
        if file.mime_type:
            attach.append((PT_STRING8, 0x370E, file.mime_type))
        out += attribute(2, 0x00069005, mapi_props(attach))
    if embedded is not None:
        out += attribute(2, 0x00069002, bytes(14))
        out += attribute(2, 0x00069005, mapi_props(
            [(PT_LONG, 0x3705, 5), (PT_OBJECT, 0x3701, b"I" * 16 + embedded)]))
    return out
