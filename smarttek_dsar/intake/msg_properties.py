"""The properties of an Outlook .msg file (MS-OXMSG), read from its OLE2 structure with olefile.

An .msg file is a compound file (MS-CFB). Each MAPI property of the message, of a recipient or
of an attachment is either a stream named `__substg1.0_<id><type>` (strings, binary data) or a
16-byte entry in that folder's `__properties_version1.0` stream (numbers, times). Recipients
and attachments are sub-storages; an attached Outlook item is a storage inside an attachment.

Every stream is measured in the directory before it is read, so no property, however large
the file claims it to be, is read beyond the cap its use allows (memory stays bounded).
"""

from __future__ import annotations

import logging
import struct
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import olefile

from smarttek_dsar.intake.code_pages import decode_ansi

# olefile logs every oddity of a damaged file; those become IntakeErrors, not log noise.
logging.getLogger("olefile").setLevel(logging.ERROR)

PT_LONG, PT_BOOLEAN, PT_SYSTIME = 0x0003, 0x000B, 0x0040
PT_STRING8, PT_UNICODE, PT_BINARY, PT_OBJECT = 0x001E, 0x001F, 0x0102, 0x000D

MAX_STRING_BYTES = 1024 * 1024  # a subject, a name or an address; transport headers
MAX_TEXT_BYTES = 16 * 1024 * 1024  # a body in UTF-16 or HTML
# The directory (128 bytes an entry; olefile builds an object of ~1.4 KB for each) and the
# mini stream (olefile holds it three times while loading it). A real message with a thousand
# attachments needs a few MB of each; a crafted 100 MB directory would take over 1 GB.
MAX_DIRECTORY_BYTES = 8 * 1024 * 1024
MAX_MINI_STREAM_BYTES = 48 * 1024 * 1024

_EPOCH_1601 = datetime(1601, 1, 1, tzinfo=UTC)
# Outlook writes 4501-01-01 for "no date" (e.g. an unsent draft); anything after 3000 is that.
_LATEST_REAL = datetime(3000, 1, 1, tzinfo=UTC)


class PropertyTooLarge(ValueError):
    def __init__(self, what: str, size: int) -> None:
        super().__init__(what)
        self.what, self.size = what, size


class _MeasuredOleFile(olefile.OleFileIO):  # type: ignore[misc]
    """olefile, with the directory's length measured on the FAT before olefile loads it."""

    def loaddirectory(self, sect: int) -> None:
        limit = MAX_DIRECTORY_BYTES // self.sectorsize
        count, start = 0, sect
        while 0 <= sect < len(self.fat):  # ends at ENDOFCHAIN (or a broken link)
            count += 1
            if count > limit:  # also ends a chain that loops
                raise PropertyTooLarge("directory", count * self.sectorsize)
            sect = self.fat[sect]
        super().loaddirectory(start)

    def close(self) -> None:
        super().close()
        # olefile leaves open a stream it was handed, and its directory entries refer back to
        # it: the stream (sharing the file's bytes) would stay in memory until the garbage
        # collector ran, and a batch of large .msg files would add up (issue 13).
        self.fp.close()


@dataclass(frozen=True)
class Folder:
    """One storage of the .msg (the message, a recipient, an attachment, an attached item)."""

    ole: olefile.OleFileIO
    raw: memoryview  # the whole file, for reading large streams without copies
    path: tuple[str, ...]
    header_size: int  # of __properties_version1.0: 32 message, 24 attached message, 8 others
    code_page: int | None  # for ANSI (001E) strings, inherited from the message

    def _entry(self, name: str) -> object | None:
        entry = self.ole.root
        for part in (*self.path, name):
            entry = getattr(entry, "kids_dict", {}).get(part.lower())
            if entry is None:
                return None
        return entry

    def size(self, name: str) -> int | None:
        entry = self._entry(name)
        if entry is None or entry.entry_type != olefile.STGTY_STREAM:  # type: ignore[attr-defined]
            return None
        return int(entry.size)  # type: ignore[attr-defined]

    def read(self, name: str, cap: int, what: str) -> bytes | None:
        data = self.read_view(name, cap, what)
        return data if data is None or isinstance(data, bytes) else data.tobytes()

    def read_view(self, name: str, cap: int, what: str) -> bytes | memoryview | None:
        """The stream, as a read-only view of the file's bytes when its sectors follow one
        another (as every writer lays out a large stream), else as bytes. A view costs no
        memory: the file's bytes are held anyway, as the evidence of the request."""
        size = self.size(name)
        if size is None:
            return None
        if size > cap:
            raise PropertyTooLarge(what, size)
        if size < self.ole.minisectorcutoff:
            return self.ole.openstream([*self.path, name]).read(cap + 1)[:cap]
        return self._read_chain(self._entry(name).isectStart, size)  # type: ignore[union-attr]

    def _read_chain(self, sector: int, size: int) -> bytes | memoryview:
        """A large stream read straight from its sectors: one view of the file when they
        are contiguous, else their slices joined once into one bytes object.

        olefile's openstream holds a stream three times over (its sectors, their join, the
        join cut to size): 72 MB at once for a 24 MB attachment."""
        fat, sector_size, raw = self.ole.fat, self.ole.sectorsize, self.raw
        pieces: list[memoryview] = []
        first, contiguous = (sector + 1) * sector_size, True
        remaining = size
        while remaining > 0:
            if not 0 <= sector < len(fat):
                raise ValueError("broken sector chain in the Outlook file")
            start = (sector + 1) * sector_size
            piece = raw[start : start + min(sector_size, remaining)]
            if len(piece) == 0:
                raise ValueError("Outlook file cut off inside a stream")
            contiguous = contiguous and start == first + (size - remaining)
            pieces.append(piece)
            remaining -= len(piece)
            sector = fat[sector]
        return raw[first : first + size] if contiguous else b"".join(pieces)

    def has_storage(self, name: str) -> bool:
        entry = self._entry(name)
        return entry is not None and entry.entry_type == olefile.STGTY_STORAGE  # type: ignore[attr-defined]

    def child(self, name: str, header_size: int, code_page: int | None = None) -> Folder:
        return Folder(self.ole, self.raw, (*self.path, name), header_size,
                      code_page or self.code_page)

    def children(self, prefix: str) -> list[str]:
        entry = self.ole.root
        for part in self.path:
            entry = entry.kids_dict[part.lower()]
        names = [kid.name for kid in entry.kids if kid.entry_type == olefile.STGTY_STORAGE]
        return sorted(name for name in names if name.lower().startswith(prefix.lower()))

    def whole(self, cap: int, what: str) -> dict[str, bytes | dict]:
        """This storage as it is stored: every stream by its name, every sub-storage as a
        dict of the same; `cap` bytes in all at most (PropertyTooLarge beyond)."""
        entry = self.ole.root
        for part in self.path:
            entry = entry.kids_dict[part.lower()]
        found: dict[str, bytes | dict] = {}
        budget = cap
        for kid in entry.kids:
            if kid.entry_type == olefile.STGTY_STORAGE:
                inner = self.child(kid.name, 8).whole(budget, what)
                budget -= _stored_size(inner)
                found[kid.name] = inner
            elif kid.entry_type == olefile.STGTY_STREAM:
                data = self.read(kid.name, budget, what) or b""
                budget -= len(data)
                found[kid.name] = data
        return found

    # -- fixed-size properties ------------------------------------------------------------

    def fixed(self) -> dict[int, bytes]:
        """Property tag (id << 16 | type) -> its 8 value bytes."""
        data = self.read("__properties_version1.0", MAX_STRING_BYTES, "property list") or b""
        values: dict[int, bytes] = {}
        for offset in range(self.header_size, len(data) - 15, 16):
            tag, _flags, value = struct.unpack_from("<II8s", data, offset)
            values[tag] = value
        return values

    def long(self, prop_id: int) -> int | None:
        value = self.fixed().get(prop_id << 16 | PT_LONG)
        return None if value is None else struct.unpack_from("<i", value)[0]

    def time(self, prop_id: int) -> datetime | None:
        value = self.fixed().get(prop_id << 16 | PT_SYSTIME)
        if value is None:
            return None
        ticks = struct.unpack("<Q", value)[0]
        if ticks == 0:
            return None
        try:
            moment = _EPOCH_1601 + timedelta(microseconds=ticks // 10)
        except OverflowError:
            return None
        return None if moment >= _LATEST_REAL else moment

    # -- variable-size properties ---------------------------------------------------------

    def string(self, prop_id: int, *, cap: int = MAX_STRING_BYTES, what: str = "") -> str:
        """A string property, Unicode (001F) or ANSI (001E) in the message's code page."""
        what = what or f"property {prop_id:04X}"
        unicode = self.read(f"__substg1.0_{prop_id:04X}{PT_UNICODE:04X}", cap * 2, what)
        if unicode is not None:
            return unicode[: len(unicode) // 2 * 2].decode("utf-16-le", "replace").rstrip("\0")
        ansi = self.read(f"__substg1.0_{prop_id:04X}{PT_STRING8:04X}", cap, what)
        if ansi is not None:
            return decode_ansi(ansi, self.code_page).rstrip("\0")
        return ""

    def binary(self, prop_id: int, *, cap: int, what: str) -> bytes | None:
        return self.read(f"__substg1.0_{prop_id:04X}{PT_BINARY:04X}", cap, what)

    def binary_view(self, prop_id: int, *, cap: int, what: str) -> bytes | memoryview | None:
        """A binary property as `read_view` gives it: for attachments, which are only hashed
        and stored, so that a 100 MB message is not held twice (issue 13)."""
        return self.read_view(f"__substg1.0_{prop_id:04X}{PT_BINARY:04X}", cap, what)

    def binary_size(self, prop_id: int) -> int | None:
        return self.size(f"__substg1.0_{prop_id:04X}{PT_BINARY:04X}")

    def has_object(self, prop_id: int) -> bool:
        return self.has_storage(f"__substg1.0_{prop_id:04X}{PT_OBJECT:04X}")


def _stored_size(tree: dict[str, bytes | dict]) -> int:
    return sum(_stored_size(v) if isinstance(v, dict) else len(v) for v in tree.values())


def open_message(data: bytes) -> tuple[olefile.OleFileIO, Folder]:
    """The compound file and its top-level message folder (with its ANSI code page)."""
    import io

    ole = _MeasuredOleFile(io.BytesIO(data))
    if ole.root.size > MAX_MINI_STREAM_BYTES:
        ole.close()
        raise PropertyTooLarge("store of small properties", ole.root.size)
    top = Folder(ole, memoryview(data), (), 32, None)
    return ole, with_code_page(top)


def with_code_page(folder: Folder) -> Folder:
    """`folder` reading ANSI strings in its own code page (PR_MESSAGE_CODEPAGE, else
    PR_INTERNET_CPID), or in its parent's when it names none."""
    code_page = folder.long(0x3FFD) or folder.long(0x3FDE) or folder.code_page
    return Folder(folder.ole, folder.raw, folder.path, folder.header_size, code_page)
