"""Sizing up an e-mail before it is parsed, so that no file can make the desk run out of memory.

The stdlib e-mail parser holds a part several times over while it reads it (lines, the joined
payload, the decoded bytes, the text): a 78 MB body once took 2.4 GB. A line-by-line scan of the
MIME structure, which keeps nothing but a few counters, finds out first whether the mail is one
the desk can read within its limits, and refuses it with a clear message otherwise:

* the whole mail: MAX_MAIL_BYTES, for a saved file and a mailbox message alike (mail servers
  refuse larger messages long before this);
* the number of parts: MAX_PARTS, and the headers: a megabyte.

Nothing is lost by a refusal: the file stays where it was, and the DPO registers the request by
hand and keeps the file as evidence (the deadline runs from its arrival either way).

Within those, a mail is always taken in, as a refusal would leave the request to be registered
by hand. The whole mail is kept as evidence, so what the desk does not read from it is not lost:

* a file over the attachment limit is not stored on its own and never decoded (the parser sees
  a marker instead); the DPO is told it is only inside the original e-mail;
* the text of the request (all text parts that are not attachments) is read up to
  MAX_TEXT_BYTES; the rest is cut from the mail's bytes before parsing, and the DPO is told.
"""

from __future__ import annotations

import base64
import binascii
import io
from dataclasses import dataclass
from email.header import decode_header, make_header
from email.parser import BytesHeaderParser
from email.policy import compat32

from smarttek_dsar.domain.messages import Message, message
from smarttek_dsar.intake.header_limits import FieldTrimmer
from smarttek_dsar.intake.incoming import IntakeError, MiB
from smarttek_dsar.intake.mail_headers import raw_filename
from smarttek_dsar.intake.safety import safe_filename

MAX_MAIL_BYTES = 128 * MiB
MAX_TEXT_BYTES = 2 * MiB
MAX_PARTS = 500
_MAX_HEADER_BYTES = 1 * MiB
# base64 needs 4 characters for 3 bytes, plus a line break every 76 characters.
_ENCODED_PER_BYTE = 4 / 3 * 78 / 76


@dataclass
class PartSize:
    media_type: str
    is_file: bool  # an attachment, or a part with a file name
    name: str | None = None
    transfer_encoding: str = ""
    forwarded: bool = False  # inside a forwarded mail, which is kept whole as an .eml file
    forward: int = -1  # which forwarded mail (0, 1, ... in the mail's order), if forwarded
    # Set by check_mail_size: the size of that forwarded mail's parts. Over the attachment
    # limit its .eml is not stored, so its large files are lifted like any other.
    forward_size: int = 0
    start: int = 0  # where the part's body starts in the mail
    size: int = 0  # bytes of the part's body as it is in the mail (still encoded)
    # Set by check_mail_size: a file over the attachment limit, left in the original only...
    over_limit: bool = False
    # ... or the bytes of a text part the desk reads, when the text is over MAX_TEXT_BYTES.
    kept: int | None = None
    decoded: int = 0  # about how large a file over the limit is once decoded
    outside: bool = False  # a long preamble or epilogue of a multipart, left out unread

    @property
    def is_text(self) -> bool:
        """Part of the request's text (an attachment is a file whatever its type)."""
        return not self.is_file and self.media_type.startswith("text/")

    @property
    def end(self) -> int:
        return self.start + self.size


def scan_parts(data: bytes, trimmer: FieldTrimmer | None = None) -> list[PartSize]:
    """The leaf parts of the mail with their encoded sizes, read line by line, then the long
    preambles and epilogues (PartSize.outside); `trimmer` collects the header fields too long
    to parse (intake/header_limits.py)."""
    parts: list[PartSize] = []
    boundaries: list[bytes] = []  # delimiters of the multiparts we are inside, outermost first
    header_lines: list[bytes] = []
    header_bytes = 0
    in_headers = True
    current: PartSize | None = None
    offset = 0
    stretch: PartSize | None = None  # the preamble or epilogue being read
    outside: list[PartSize] = []
    forward_level: int | None = None  # inside a forwarded mail opened at this depth
    forwards = 0
    for line in iter(io.BytesIO(data).readline, b""):
        offset += len(line)
        bare = line.rstrip(b"\r\n")
        if in_headers:
            if bare:
                header_bytes += len(line)
                if header_bytes > _MAX_HEADER_BYTES:
                    raise _Refused("headers", header_bytes)
                header_lines.append(trimmer.keep(line, offset) if trimmer else line)
                continue
            headers = BytesHeaderParser(policy=compat32).parsebytes(b"".join(header_lines))
            header_lines, header_bytes = [], 0
            media_type = headers.get_content_type()
            encoding = str(headers.get("Content-Transfer-Encoding", "")).strip().lower()
            # A forwarded mail sent base64 or quoted-printable is one encoded body, no headers
            # (intake/encoded_parts.py decodes it after parsing).
            if media_type in ("message/rfc822", "message/global") \
                    and encoding not in ("base64", "quoted-printable"):
                if forward_level is None:
                    forward_level = len(boundaries)
                    forwards += 1
                continue  # the forwarded mail's own headers follow
            in_headers = False
            boundary = headers.get_param("boundary") if media_type.startswith("multipart/") \
                else None
            if isinstance(boundary, str) and boundary:
                boundaries.append(b"--" + boundary.encode("ascii", "replace"))
                current = stretch = None  # the preamble belongs to no part
            else:
                current = PartSize(media_type, _is_file(headers), _name(headers), encoding,
                                   forwarded=forward_level is not None, start=offset,
                                   forward=forwards - 1 if forward_level is not None else -1)
                parts.append(current)
                if len(parts) > MAX_PARTS:
                    raise _Refused("parts", len(parts))
            continue
        if boundaries and bare.startswith(b"--"):
            delimiter = bare.rstrip(b" \t")
            level = next((i for i in range(len(boundaries) - 1, -1, -1)
                          if delimiter in (boundaries[i], boundaries[i] + b"--")), None)
            if level is not None:
                closing = delimiter == boundaries[level] + b"--"
                del boundaries[level + 1:]
                current = stretch = None
                if forward_level is not None and level < forward_level:
                    forward_level = None
                if closing:
                    boundaries.pop()
                else:
                    in_headers = True
                continue
        if current is not None:
            current.size = offset - current.start
            continue
        # A preamble or epilogue: no part, and nobody reads it, but the parser would.
        if stretch is None:
            stretch = PartSize("", False, start=offset - len(line), outside=True)
            outside.append(stretch)
        stretch.size = offset - stretch.start
    return parts + [stretch for stretch in outside if stretch.size > LIFT_BYTES]


# A base64 file larger than this is decoded here, straight from the mail's bytes, and the
# stdlib parser sees a short marker instead: the parser would hold it as lines, a joined
# string and decoded bytes at once (10 times its size in all). The body text is never lifted.
LIFT_BYTES = 16 * 1024
_MARKER = "smarttek-dsar-lifted-part-{}"
# A file over the attachment limit is not decoded at all: the parser sees this marker instead,
# and the file it stood for is dropped after parsing (is_left_out).
_LEFT_OUT = "smarttek-dsar-left-in-original-{}"
# Both markers in base64 start so ("smarttek-dsa" is 12 characters, a whole number of 3).
_MARKER_START = base64.b64encode(b"smarttek-dsa")
# At most this many encoded bytes per byte of text (quoted-printable: "=C4=81" for "ā"), to
# read at least MAX_TEXT_BYTES of text from a part; the text is cut exactly once decoded
# (cut_text).
_TEXT_ENCODED = {"base64": _ENCODED_PER_BYTE, "quoted-printable": 3.0}


def lift_large_parts(
    data: bytes, parts: list[PartSize], cuts: list[tuple[int, int]] = (), *,
    largest_file: float = float("inf"),
) -> tuple[bytes, dict[bytes, bytes]]:
    """The mail with each large base64 body replaced by a marker, each file over the limit
    by a marker that stands for nothing, each cut text part shortened, and the byte ranges
    `cuts` left out (header fields too long to parse); and marker -> content. A forwarded mail
    up to `largest_file` (check_mail_size) is kept whole as an .eml, so its files are not
    lifted."""
    lifted: dict[bytes, bytes] = {}
    changes: list[tuple[int, int, bytes]] = [(start, end, b"") for start, end in cuts]
    view = memoryview(data)
    for number, part in enumerate(parts):
        if part.outside:
            changes.append((part.start, part.end, b""))
            continue
        if part.over_limit:
            marker = _LEFT_OUT.format(number).encode()
            body = base64.b64encode(marker) if part.transfer_encoding == "base64" else marker
            changes.append((part.start, part.end, body + b"\r\n"))
            continue
        if part.kept is not None:
            changes.append((part.start + part.kept, part.end, b"\r\n"))
            continue
        body_text = part.media_type in ("text/plain", "text/html") and not part.is_file
        in_kept_forward = part.forwarded and part.forward_size <= largest_file
        if part.transfer_encoding != "base64" or part.size <= LIFT_BYTES or in_kept_forward \
                or body_text or part.media_type.startswith("message/"):
            continue
        marker = _MARKER.format(number).encode()
        # Non-strict decoding skips line breaks and stray characters, as mail programs do.
        lifted[marker] = binascii.a2b_base64(view[part.start:part.end])
        changes.append((part.start, part.end, base64.b64encode(marker) + b"\r\n"))
    if not changes:
        return data, lifted
    pieces: list[bytes | memoryview] = []
    taken = 0
    for start, end, replacement in sorted(changes):
        pieces += [view[taken:start], replacement]
        taken = end
    pieces.append(view[taken:])
    return b"".join(pieces), lifted


def encoded_limit(max_attachment_bytes: int) -> float:
    """The largest part, as it is in the mail, that a file within the limit takes."""
    return max_attachment_bytes * _ENCODED_PER_BYTE + 64 * 1024


def altered_forward(content: bytes | memoryview, parts: list[PartSize]) -> PartSize | None:
    """A part of the large forwarded mail whose .eml, as the parser wrote it again, holds the
    marker of a lifted file instead of the file: that .eml is not the forwarded mail."""
    content = bytes(content)
    at = content.find(_MARKER_START)
    if at < 0:
        return None
    end = content.find(b"\n", at)
    try:
        number = int(base64.b64decode(content[at:end if end > 0 else None].strip())
                     .rsplit(b"-", 1)[1])
        return parts[number]
    except (ValueError, IndexError, binascii.Error):
        return None


def is_left_out(content: bytes | memoryview) -> bool:
    """Whether a file read from the parsed mail is the marker of a file over the limit."""
    return len(content) < 64 and bytes(content).startswith(_LEFT_OUT.format("").encode())


def check_mail_size(
    data: bytes, filename: str, *, max_attachment_bytes: int, size: int | None = None,
    trimmer: FieldTrimmer | None = None,
) -> list[PartSize]:
    """The mail's parts, or IntakeError for a mail the desk cannot read within its limits.
    `size` is the file's size when the mail has not been read yet. The parts say which files
    are over the attachment limit and which text parts are cut (PartSize.over_limit, kept)."""
    size = len(data) if size is None else size
    if size > MAX_MAIL_BYTES:
        raise IntakeError(
            "{filename}: the e-mail is {size}, more than the {max_mail_bytes} the desk "
            "reads. Register the request by hand and keep the file as evidence; ask the "
            "sender for large files by another way.", filename=filename, size=_mb(size), max_mail_bytes=_mb(MAX_MAIL_BYTES)
        )
    try:
        parts = scan_parts(data, trimmer)
    except _Refused as refused:
        raise IntakeError("{filename}: {explain} Register the request by hand and keep the "
                          "file as evidence.", filename=filename, explain=refused.explain()) from None
    largest_file = encoded_limit(max_attachment_bytes)
    forwards: dict[int, int] = {}
    for part in parts:
        if part.forwarded:
            forwards[part.forward] = forwards.get(part.forward, 0) + part.size
    for part in parts:
        part.forward_size = forwards.get(part.forward, 0)
        part.over_limit = not part.is_text and not part.outside and part.size > largest_file
        if part.over_limit:
            part.decoded = _decoded_size(data, part)
    _cut_text(data, [part for part in parts if part.is_text])
    return parts


def _cut_text(data: bytes, texts: list[PartSize]) -> None:
    """Mark the text parts to cut so that about MAX_TEXT_BYTES of text is read in all: the
    parser would hold a long text several times over (a 78 MB body once took 2.4 GB)."""
    remaining = float(MAX_TEXT_BYTES)
    for part in texts:
        per_byte = _TEXT_ENCODED.get(part.transfer_encoding, 1.0)
        if part.size / per_byte <= remaining:
            remaining -= part.size / per_byte
            continue
        # A tenth more: line breaks (CRLF read as LF) and a charset's bytes shrink as the text
        # is read, and cut_text takes exactly MAX_TEXT_BYTES of it.
        budget = int(remaining * per_byte * 1.1) + 4096 if remaining > 0 else 0
        if budget < part.size:
            part.kept = _cut_point(data, part, budget)
        remaining = 0.0


def _cut_point(data: bytes, part: PartSize, budget: int) -> int:
    """How many bytes of the part to keep: whole lines when it has lines, so that an encoded
    text still decodes; else whole characters (UTF-8) or whole encoded units."""
    if budget <= 0:
        return 0
    end = part.start + budget
    line_end = data.rfind(b"\n", part.start, end)
    if line_end >= part.start + budget // 2:
        return line_end + 1 - part.start
    if part.transfer_encoding == "base64":
        return budget - budget % 4
    cut = end
    if part.transfer_encoding == "quoted-printable":
        cut -= next((n for n in (1, 2) if data[end - n:end - n + 1] == b"="), 0)
    while cut > part.start and data[cut] & 0xC0 == 0x80:  # inside a UTF-8 character
        cut -= 1
    return cut - part.start


# The notes a mail too large in part gets (also read back by services/intake/case_words.py,
# which says a stored receipt proof in the reader's language).
TEXT_CUT = ("The text of the e-mail is longer than the {max_text_bytes} the desk reads as a "
            "request: it was cut at {max_text_bytes}. The whole text is in the original e-mail, "
            "kept as evidence.")
LEFT_OUT_NAMED = ("The attachment “{name}” is about {size}, over the attachment limit of "
                  "{limit}: it is not stored as a separate file and is kept only inside the "
                  "original e-mail (evidence). Save it from there if the case needs it.")
LEFT_OUT_UNNAMED = ("A file in the e-mail ({media_type}) is about {size}, over the attachment "
                    "limit of {limit}: it is not stored as a separate file and is kept only "
                    "inside the original e-mail (evidence). Save it from there if the case "
                    "needs it.")


def cut_text(text: str) -> str:
    """The first MAX_TEXT_BYTES of a request's text (UTF-8), at a character boundary; a
    character that a cut part ended inside of is dropped too."""
    encoded = text.rstrip("\ufffd").encode("utf-8", "surrogatepass")
    return encoded[:MAX_TEXT_BYTES].decode("utf-8", "ignore")


def text_cut_note() -> Message:
    return message(TEXT_CUT, max_text_bytes=_mb(MAX_TEXT_BYTES))


def left_out_note(name: str | None, media_type: str, size: int, max_bytes: int) -> Message:
    """What the DPO is told of a file over the attachment limit (`size` bytes, decoded)."""
    if name:
        return message(
            LEFT_OUT_NAMED,
            name=safe_filename(name, fallback_stem="attachment"), size=_mb(size),
            limit=_mb(max_bytes))
    return message(
        LEFT_OUT_UNNAMED,
        media_type=media_type, size=_mb(size), limit=_mb(max_bytes))


def over_limit_notes(parts: list[PartSize], max_bytes: int) -> list[Message]:
    return [left_out_note(part.name, part.media_type, part.decoded, max_bytes)
            for part in parts if part.over_limit]


def _decoded_size(data: bytes, part: PartSize) -> int:
    """A file's size once decoded, from its first 64 KB: base64 has 3 bytes for 4 characters,
    not counting the line breaks (CRLF or LF) after each line; quoted-printable writes a byte
    as three characters ("=C4") where it must."""
    if part.transfer_encoding == "quoted-printable":
        sample = data[part.start:min(part.end, part.start + 65536)]
        return int(part.size * (len(sample) - 2 * sample.count(b"=")) / max(len(sample), 1))
    if part.transfer_encoding != "base64":
        return part.size
    line_end = data.find(b"\n", part.start, min(part.end, part.start + 4096))
    if line_end < 0:
        return part.size * 3 // 4
    line = data[part.start:line_end + 1]
    characters = len(line.rstrip(b"\r\n"))
    return int(part.size * characters / len(line) * 3 / 4)


class _Refused(Exception):
    def __init__(self, what: str, amount: int) -> None:
        super().__init__(what)
        self.what, self.amount = what, amount

    def explain(self) -> Message:
        if self.what == "parts":
            return message("the e-mail has more than {max_parts} parts, which no request needs "
                           "and the desk does not read.", max_parts=MAX_PARTS)
        return message("the e-mail's headers are more than {max_header_bytes}, which no mail "
                       "program writes.", max_header_bytes=_mb(_MAX_HEADER_BYTES))


def _name(headers) -> str | None:
    try:
        name = headers.get_filename() or headers.get_param("name")
        if isinstance(name, str) and "\ufffd" in name:  # raw 8-bit bytes, as mime_parts reads
            name = raw_filename(headers) or name
        return str(make_header(decode_header(name))) if isinstance(name, str) else None
    except (ValueError, LookupError):  # a name in a broken encoding: the type will do
        return None


def _is_file(headers) -> bool:
    # str(): compat32 hands back a Header object for a value with raw 8-bit bytes in it.
    disposition = str(headers.get("Content-Disposition") or "").split(";", 1)[0].strip().lower()
    return disposition == "attachment" or bool(headers.get_filename()) \
        or bool(headers.get_param("name"))


def _mb(size: float) -> str:
    return f"{size / MiB:.1f} MB"
