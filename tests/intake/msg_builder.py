"""A test-only writer of Outlook .msg files, so tests need no binary fixtures.

Two layers, both written from the specifications:
* `compound_file()`: an OLE2 Compound File (MS-CFB), version 3 (512-byte sectors), with a
  mini stream for streams under 4096 bytes, one FAT, no DIFAT (files up to ~7 MB);
* `outlook_message()`: the MSG layout inside it (MS-OXMSG): `__substg1.0_<tag>` property
  streams, a `__properties_version1.0` stream for fixed-size properties, recipient and
  attachment storages, and an empty named-property map.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from datetime import UTC, datetime

SECTOR = 512
MINI_SECTOR = 64
MINI_CUTOFF = 4096
FREESECT, ENDOFCHAIN, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")


@dataclass
class Storage:
    """A folder in the compound file: name -> bytes (stream) or Storage."""

    children: dict[str, bytes | Storage] = field(default_factory=dict)


@dataclass
class _Entry:
    name: str
    kind: int  # 1 storage, 2 stream, 5 root
    data: bytes = b""
    children: list[int] = field(default_factory=list)
    left: int = NOSTREAM
    right: int = NOSTREAM
    child: int = NOSTREAM
    red: bool = False
    start: int = ENDOFCHAIN


def _sort_key(name: str) -> tuple[int, str]:
    # MS-CFB 2.6.4: siblings compare by name length first, then by upper-cased name.
    return len(name), name.upper()


def _flatten(root: Storage) -> list[_Entry]:
    entries = [_Entry("Root Entry", 5)]

    def add(storage: Storage, parent: int) -> None:
        for name, item in storage.children.items():
            index = len(entries)
            if isinstance(item, Storage):
                entries.append(_Entry(name, 1))
                entries[parent].children.append(index)
                add(item, index)
            else:
                entries.append(_Entry(name, 2, data=item))
                entries[parent].children.append(index)

    add(root, 0)
    for entry in entries:
        ordered = sorted(entry.children, key=lambda i: _sort_key(entries[i].name))
        entry.child = _balanced(ordered, entries, depth=0, max_depth=_depth(len(ordered)))
    return entries


def _depth(count: int) -> int:
    depth = 0
    while (1 << depth) - 1 < count:
        depth += 1
    return depth - 1


def _balanced(ordered: list[int], entries: list[_Entry], depth: int, max_depth: int) -> int:
    """A red-black tree: balanced by construction, nodes on a partial last level red."""
    if not ordered:
        return NOSTREAM
    middle = len(ordered) // 2
    node = entries[ordered[middle]]
    node.red = depth == max_depth and depth > 0
    node.left = _balanced(ordered[:middle], entries, depth + 1, max_depth)
    node.right = _balanced(ordered[middle + 1 :], entries, depth + 1, max_depth)
    return ordered[middle]


def _pad(data: bytes, size: int) -> bytes:
    return data + b"\0" * (-len(data) % size)


def compound_file(root: Storage) -> bytes:
    entries = _flatten(root)
    # Small streams live in 64-byte mini sectors inside the mini stream.
    mini_stream = b""
    mini_fat: list[int] = []
    big_streams: list[_Entry] = []
    for entry in entries:
        if entry.kind != 2 or not entry.data:
            continue
        if len(entry.data) < MINI_CUTOFF:
            first = len(mini_stream) // MINI_SECTOR
            count = -(-len(entry.data) // MINI_SECTOR)
            mini_fat.extend(list(range(first + 1, first + count)) + [ENDOFCHAIN])
            entry.start = first
            mini_stream += _pad(entry.data, MINI_SECTOR)
        else:
            big_streams.append(entry)

    directory = b""
    sectors_for = lambda size: -(-size // SECTOR)  # noqa: E731 - local shorthand
    dir_count = sectors_for(len(entries) * 128)
    minifat_count = sectors_for(len(mini_fat) * 4)
    ministream_count = sectors_for(len(mini_stream))
    big_counts = [sectors_for(len(e.data)) for e in big_streams]
    payload = dir_count + minifat_count + ministream_count + sum(big_counts)
    fat_count = 1
    while fat_count * (SECTOR // 4) < payload + fat_count:
        fat_count += 1
    if fat_count > 109:
        raise ValueError("test .msg too large for a header-only FAT")

    fat: list[int] = [FATSECT] * fat_count
    layout: list[bytes] = []

    def chain(data: bytes, count: int) -> int:
        if count == 0:
            return ENDOFCHAIN
        first = fat_count + sum(len(blob) for blob in layout) // SECTOR
        for i in range(count):
            fat.append(first + i + 1 if i < count - 1 else ENDOFCHAIN)
        layout.append(_pad(data, SECTOR))
        return first

    dir_start_placeholder = len(layout)
    # The directory is written last, once start sectors are known; reserve its space now.
    layout.append(b"\0" * dir_count * SECTOR)
    fat.extend([fat_count + i + 1 if i < dir_count - 1 else ENDOFCHAIN for i in range(dir_count)])
    minifat_start = chain(b"".join(struct.pack("<I", v) for v in mini_fat), minifat_count)
    entries[0].start = chain(mini_stream, ministream_count)
    for entry, count in zip(big_streams, big_counts, strict=True):
        entry.start = chain(entry.data, count)

    for entry in entries:
        name = entry.name.encode("utf-16-le")
        size = len(mini_stream) if entry.kind == 5 else len(entry.data)
        start = entry.start if (entry.kind == 5 or entry.data) else ENDOFCHAIN
        if entry.kind == 1:
            start, size = 0, 0
        directory += struct.pack(
            "<64sHBBIII16sIQQIQ",
            name, len(name) + 2, entry.kind, 0 if entry.red else 1,
            entry.left, entry.right, entry.child, b"\0" * 16, 0, 0, 0, start, size,
        )  # fmt: skip
    layout[dir_start_placeholder] = _pad(directory, SECTOR)
    # Unused directory slots must be empty entries with NOSTREAM links.
    empty = struct.pack("<64sHBBIII16sIQQIQ", b"", 0, 0, 0, NOSTREAM, NOSTREAM, NOSTREAM,
                        b"\0" * 16, 0, 0, 0, 0, 0)  # fmt: skip
    spare = (len(layout[dir_start_placeholder]) - len(directory)) // 128
    layout[dir_start_placeholder] = directory + empty * spare

    fat.extend([FREESECT] * (fat_count * (SECTOR // 4) - len(fat)))
    difat = list(range(fat_count)) + [FREESECT] * (109 - fat_count)
    header = struct.pack(
        "<8s16sHHHHH6sIIIIIIIII",
        MAGIC, b"\0" * 16, 0x3E, 3, 0xFFFE, 9, 6, b"\0" * 6,
        0, fat_count, fat_count, 0, MINI_CUTOFF,
        minifat_start if mini_fat else ENDOFCHAIN, minifat_count, ENDOFCHAIN, 0,
    ) + struct.pack("<109I", *difat)  # fmt: skip
    fat_bytes = struct.pack(f"<{len(fat)}I", *fat)
    return header + fat_bytes + b"".join(layout)


# ---- MS-OXMSG -------------------------------------------------------------------------

PT_LONG, PT_SYSTIME, PT_UNICODE, PT_BINARY = 0x0003, 0x0040, 0x001F, 0x0102


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


def _strings(props: dict[int, str]) -> dict[str, bytes | Storage]:
    return {
        f"__substg1.0_{prop_id:04X}{PT_UNICODE:04X}": value.encode("utf-16-le")
        for prop_id, value in props.items()
    }


@dataclass
class MsgAttachment:
    filename: str
    content: bytes
    mime_type: str = "application/octet-stream"


def outlook_message(
    *,
    subject: str,
    sender_name: str,
    sender_email: str,
    body: str | None = None,
    html_body: bytes | None = None,
    message_id: str | None = None,
    delivery_time: datetime | None = None,
    submit_time: datetime | None = None,
    attachments: list[MsgAttachment] | tuple[MsgAttachment, ...] = (),
    recipient: str = "privacy@smarttek.eu",
    message_class: str = "IPM.Note",
) -> bytes:
    strings = {
        0x001A: message_class,
        0x0037: subject,
        0x0C1A: sender_name,
        0x0C1E: "SMTP",
        0x0C1F: sender_email,
        0x5D01: sender_email,
        0x0E04: recipient,
    }
    if body is not None:
        strings[0x1000] = body
    if message_id is not None:
        strings[0x1035] = message_id
    root = Storage(_strings(strings))
    if html_body is not None:
        root.children[f"__substg1.0_1013{PT_BINARY:04X}"] = html_body

    fixed: dict[int, tuple[int, int]] = {
        0x340D: (PT_LONG, 0x00040000),  # PR_STORE_SUPPORT_MASK: STORE_UNICODE_OK
        0x0E07: (PT_LONG, 0x1),  # PR_MESSAGE_FLAGS: MSGFLAG_READ (and not unsent)
    }
    if delivery_time is not None:
        fixed[0x0E06] = (PT_SYSTIME, _filetime(delivery_time))
    if submit_time is not None:
        fixed[0x0039] = (PT_SYSTIME, _filetime(submit_time))
    # Top-level header: 8 reserved, next recipient id, next attachment id, counts, 8 reserved.
    header = struct.pack("<8sIIII8s", b"", 1, len(attachments), 1, len(attachments), b"")
    root.children["__properties_version1.0"] = _fixed_props(fixed, header)

    root.children["__nameid_version1.0"] = Storage(
        {"__substg1.0_00020102": b"", "__substg1.0_00030102": b"", "__substg1.0_00040102": b""}
    )
    recip = Storage(_strings({0x3001: recipient, 0x39FE: recipient, 0x3003: recipient}))
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
                }
            )
        )
        storage.children[f"__substg1.0_3701{PT_BINARY:04X}"] = attachment.content
        storage.children["__properties_version1.0"] = _fixed_props(
            {0x3705: (PT_LONG, 1), 0x0E21: (PT_LONG, number)},  # ATTACH_BY_VALUE
            b"\0" * 8,
        )
        root.children[f"__attach_version1.0_#{number:08X}"] = storage
    return compound_file(root)
