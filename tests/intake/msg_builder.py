"""A test-only writer of Outlook .msg files, so tests need no binary fixtures.

Two layers, both written from the specifications:
* `compound_file()`: the OLE2 Compound File (MS-CFB) writer, which the program itself uses to
  save an attached Outlook item as a .msg of its own (smarttek_dsar/intake/compound_file.py);
* `outlook_message()`: the MSG layout inside it (MS-OXMSG): `__substg1.0_<tag>` property
  streams, a `__properties_version1.0` stream for fixed-size properties, recipient and
  attachment storages, and an empty named-property map.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from datetime import UTC, datetime

from smarttek_dsar.intake.compound_file import SECTOR, Storage, compound_file

# ---- MS-OXMSG -------------------------------------------------------------------------

PT_LONG, PT_SYSTIME, PT_STRING8, PT_UNICODE, PT_OBJECT, PT_BINARY = (
    0x0003, 0x0040, 0x001E, 0x001F, 0x000D, 0x0102
)


def _filetime(moment: datetime) -> int:
    # FILETIME: 100-ns ticks since 1601-01-01 UTC.
    delta = moment.astimezone(UTC) - datetime(1601, 1, 1, tzinfo=UTC)
    return (delta.days * 86400 + delta.seconds) * 10_000_000 + delta.microseconds * 10


def _fixed_props(props: dict[int, tuple[int, int]], header: bytes) -> bytes:
    """A __properties_version1.0 stream: header, then 16 bytes per fixed-size property."""
    body = b""
    for prop_id, (prop_type, value) in sorted(props.items()):
        tag = (prop_id << 16) | prop_type
        body += struct.pack("<IIQ", tag, 0x6, value)  # flags: readable | writable
    return header + body


def _strings(props: dict[int, str], code_page: str | None = None) -> dict[str, bytes | Storage]:
    """Unicode (001F) string streams, or ANSI (001E) ones in `code_page` (e.g. "cp1257")."""
    kind = PT_UNICODE if code_page is None else PT_STRING8
    return {
        f"__substg1.0_{prop_id:04X}{kind:04X}": (
            value.encode("utf-16-le") if code_page is None else value.encode(code_page)
        )
        for prop_id, value in props.items()
    }


@dataclass
class MsgAttachment:
    filename: str
    content: bytes
    mime_type: str = "application/octet-stream"
    # An attached Outlook item (ATTACH_EMBEDDED_MSG): a storage from `message_storage()`.
    embedded: Storage | None = None
    method: int = 1  # PR_ATTACH_METHOD: 1 by value, 5 embedded message, 6 OLE, 7 web link


def outlook_message(*, sector: int = SECTOR, **fields: object) -> bytes:
    """A whole .msg file; see `message_storage` for the fields."""
    return compound_file(message_storage(**fields), sector=sector)  # type: ignore[arg-type]


def message_storage(
    *,
    subject: str,
    sender_name: str,
    sender_email: str,
    body: str | None = None,
    html_body: bytes | None = None,
    rtf_body: bytes | None = None,
    message_id: str | None = None,
    delivery_time: datetime | None = None,
    submit_time: datetime | None = None,
    attachments: list[MsgAttachment] | tuple[MsgAttachment, ...] = (),
    recipient: str = "privacy@smarttek.eu",
    message_class: str = "IPM.Note",
    sender_smtp: str | None = None,
    sender_address_type: str = "SMTP",
    representing_smtp: str | None = None,
    transport_headers: str | None = None,
    code_page: str | None = None,
    top: bool = True,
) -> Storage:
    """The MSG layout. `sender_email` goes into PR_SENDER_EMAIL_ADDRESS (an X.500 one with
    sender_address_type="EX"); PR_SENDER_SMTP_ADDRESS gets `sender_smtp`, by default the
    same address when it is an SMTP one. `code_page` writes ANSI strings instead of Unicode;
    `rtf_body` is written compressed (PR_RTF_COMPRESSED). `top=False` builds an attached
    message's storage (a 24-byte property header instead of 32)."""
    strings = {
        0x001A: message_class,
        0x0037: subject,
        0x0C1A: sender_name,
        0x0C1E: sender_address_type,
        0x0C1F: sender_email,
        0x0E04: recipient,
    }
    smtp = sender_smtp if sender_smtp is not None else (
        sender_email if sender_address_type == "SMTP" else None
    )
    if smtp:
        strings[0x5D01] = smtp
    if representing_smtp is not None:
        strings[0x5D02] = representing_smtp
    if body is not None:
        strings[0x1000] = body
    if message_id is not None:
        strings[0x1035] = message_id
    if transport_headers is not None:
        strings[0x007D] = transport_headers
    root = Storage(_strings(strings, code_page))
    if html_body is not None:
        root.children[f"__substg1.0_1013{PT_BINARY:04X}"] = html_body
    if rtf_body is not None:
        import compressed_rtf  # MIT; only the builder compresses

        root.children[f"__substg1.0_1009{PT_BINARY:04X}"] = compressed_rtf.compress(rtf_body)

    fixed: dict[int, tuple[int, int]] = {
        # PR_STORE_SUPPORT_MASK: STORE_UNICODE_OK only when the strings are Unicode.
        0x340D: (PT_LONG, 0x00040000 if code_page is None else 0),
        0x0E07: (PT_LONG, 0x1),  # PR_MESSAGE_FLAGS: MSGFLAG_READ (and not unsent)
    }
    if code_page is not None:
        fixed[0x3FFD] = (PT_LONG, int(code_page.removeprefix("cp")))  # PR_MESSAGE_CODEPAGE
    if delivery_time is not None:
        fixed[0x0E06] = (PT_SYSTIME, _filetime(delivery_time))
    if submit_time is not None:
        fixed[0x0039] = (PT_SYSTIME, _filetime(submit_time))
    # Top-level header: 8 reserved, next recipient id, next attachment id, counts, 8 reserved;
    # an attached message has the same without the last 8 reserved bytes.
    header = struct.pack("<8sIIII", b"", 1, len(attachments), 1, len(attachments))
    root.children["__properties_version1.0"] = _fixed_props(
        fixed, header + (b"\0" * 8 if top else b"")
    )

    if top:
        root.children["__nameid_version1.0"] = Storage(
            {"__substg1.0_00020102": b"", "__substg1.0_00030102": b"", "__substg1.0_00040102": b""}
        )
    recip = Storage(
        _strings({0x3001: recipient, 0x39FE: recipient, 0x3003: recipient}, code_page)
    )
    recip.children["__properties_version1.0"] = _fixed_props(
        {0x0C15: (PT_LONG, 1), 0x3000: (PT_LONG, 0)}, b"\0" * 8
    )
    root.children["__recip_version1.0_#00000000"] = recip

    for number, attachment in enumerate(attachments):
        storage = Storage(
            _strings(
                {
                    0x3707: attachment.filename,
                    0x3704: attachment.filename[:12],
                    0x370E: attachment.mime_type,
                    0x3703: "." + attachment.filename.rpartition(".")[2],
                },
                code_page,
            )
        )
        method = 5 if attachment.embedded is not None else attachment.method
        if attachment.embedded is not None:
            storage.children[f"__substg1.0_3701{PT_OBJECT:04X}"] = attachment.embedded
        else:
            storage.children[f"__substg1.0_3701{PT_BINARY:04X}"] = attachment.content
        storage.children["__properties_version1.0"] = _fixed_props(
            {0x3705: (PT_LONG, method), 0x0E21: (PT_LONG, number)},
            b"\0" * 8,
        )
        root.children[f"__attach_version1.0_#{number:08X}"] = storage
    return root
