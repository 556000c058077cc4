"""An OLE2 Compound File writer (MS-CFB): what an Outlook .msg is stored in.

Used to save an Outlook item attached inside a .msg as a .msg of its own (intake/
embedded_msg.py), and by the tests' .msg builder. Version 3 (512-byte sectors) or version 4
(4096-byte sectors, for large files), with a mini stream for streams under 4096 bytes and no
DIFAT: up to ~7 MB with 512-byte sectors, ~450 MB with 4096-byte ones (`sector_for` picks).
Red-black directory trees balanced by construction, siblings ordered as MS-CFB 2.6.4 says.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

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


def compound_file(root: Storage, *, sector: int = SECTOR) -> bytes:
    SECTOR = sector  # noqa: N806 - the module constant, overridden for version 4 files
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
        raise ValueError("compound file too large for a header-only FAT: use sector=4096")

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
        MAGIC, b"\0" * 16, 0x3E, 3 if SECTOR == 512 else 4, 0xFFFE, SECTOR.bit_length() - 1,
        6, b"\0" * 6, 0 if SECTOR == 512 else dir_count, fat_count, fat_count, 0, MINI_CUTOFF,
        minifat_start if mini_fat else ENDOFCHAIN, minifat_count, ENDOFCHAIN, 0,
    ) + struct.pack("<109I", *difat)  # fmt: skip
    fat_bytes = struct.pack(f"<{len(fat)}I", *fat)
    return _pad(header, SECTOR) + fat_bytes + b"".join(layout)


def sector_for(total_bytes: int) -> int:
    """The sector size a file of about `total_bytes` fits in without a DIFAT."""
    return SECTOR if total_bytes < 6 * 1024 * 1024 else 4096
