"""One header field may be at most MAX_FIELD_BYTES long; the rest of it is cut before the
stdlib parser sees it.

CPython's e-mail header parser is quadratic in the length of a folded field: a real mail with
a 210 KB folded Subject took 440 MB to read, twice that 1.4 GB and four times 5.5 GB. No mail
program writes a field anywhere near 64 KB (RFC 5322 2.1.1 asks for lines under 1000
characters), so the field is cut and the DPO is told which field was cut and how long it was.
The file kept as evidence is the original, uncut.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from smarttek_dsar.domain.messages import Message, message
from smarttek_dsar.intake.incoming import MiB

MAX_FIELD_BYTES = 64 * 1024


@dataclass
class CutField:
    """A header field `name` of `size` bytes, of which the byte ranges `cuts` are left out."""

    name: str
    size: int = 0
    cuts: list[list[int]] = field(default_factory=list)  # [start, end) offsets in the mail

    def note(self) -> Message:
        size = f"{self.size / MiB:.1f} MB" if self.size >= MiB else f"{self.size // 1024} KB"
        return message("The mail's {name} header is {size} long, more than the {limit} KB the "
                       "desk reads of one header; only its start was read. The original file "
                       "is kept unchanged as evidence.", name=self.name, size=size,
                       limit=MAX_FIELD_BYTES // 1024)


class FieldTrimmer:
    """Fed the lines of the header blocks in order: says which bytes of each to keep, and
    collects the fields it cut in `fields`."""

    def __init__(self) -> None:
        self.fields: list[CutField] = []
        self.size = 0
        self.current: CutField | None = None

    def keep(self, line: bytes, end: int) -> bytes:
        """The part of `line`, which ends at offset `end` of the mail, the parser may see."""
        continuation = line[:1] in (b" ", b"\t")
        if not continuation:
            self.size, self.current = 0, None
            self.name = line.split(b":", 1)[0].decode("ascii", "replace").strip()[:60]
        self.size += len(line)
        if self.current is not None:  # the field is over the limit: drop the rest of it
            self.current.size = self.size
            last = self.current.cuts[-1]
            if last[1] == end - len(line):
                last[1] = end
            else:
                self.current.cuts.append([end - len(line), end])
            return b""
        if self.size <= MAX_FIELD_BYTES:
            return line
        self.current = CutField(self.name or "unnamed", self.size)
        self.fields.append(self.current)
        if continuation:
            self.current.cuts.append([end - len(line), end])
            return b""
        # One unfolded line over the limit: keep its start and its line break.
        text_end = len(line.rstrip(b"\r\n"))
        start = end - len(line)
        self.current.cuts.append([start + MAX_FIELD_BYTES, start + text_end])
        return line[:MAX_FIELD_BYTES] + line[text_end:]

    def ranges(self) -> list[tuple[int, int]]:
        return [(start, end) for f in self.fields for start, end in f.cuts]

    def notes(self) -> list[Message]:
        return [f.note() for f in self.fields]
