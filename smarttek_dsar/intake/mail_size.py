"""Sizing up an e-mail before it is parsed, so that no file can make the desk run out of memory.

The stdlib e-mail parser holds a part several times over while it reads it (lines, the joined
payload, the decoded bytes, the text): a 78 MB body once took 2.4 GB. A line-by-line scan of the
MIME structure, which keeps nothing but a few counters, finds out first whether the mail is one
the desk can read within its limits, and refuses it with a clear message otherwise:

* the whole mail: MAX_MAIL_BYTES (mail servers refuse larger messages long before this);
* the text of the request (all text parts that are not attachments): MAX_TEXT_BYTES;
* any other part: what the attachment limit allows once base64 is decoded;
* the number of parts: MAX_PARTS.

Nothing is lost by a refusal: the file stays where it was, and the DPO registers the request by
hand and keeps the file as evidence (the deadline runs from its arrival either way).
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
from smarttek_dsar.intake.safety import safe_filename

MAX_MAIL_BYTES = 40 * MiB
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
    start: int = 0  # where the part's body starts in the mail
    size: int = 0  # bytes of the part's body as it is in the mail (still encoded)

    @property
    def end(self) -> int:
        return self.start + self.size


def scan_parts(data: bytes, trimmer: FieldTrimmer | None = None) -> list[PartSize]:
    """The leaf parts of the mail with their encoded sizes, read line by line; `trimmer`
    collects the header fields too long to parse (intake/header_limits.py)."""
    parts: list[PartSize] = []
    boundaries: list[bytes] = []  # delimiters of the multiparts we are inside, outermost first
    header_lines: list[bytes] = []
    header_bytes = 0
    in_headers = True
    current: PartSize | None = None
    offset = 0
    forward_level: int | None = None  # inside a forwarded mail opened at this depth
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
                continue  # the forwarded mail's own headers follow
            in_headers = False
            boundary = headers.get_param("boundary") if media_type.startswith("multipart/") \
                else None
            if isinstance(boundary, str) and boundary:
                boundaries.append(b"--" + boundary.encode("ascii", "replace"))
                current = None  # the preamble belongs to no part
            else:
                current = PartSize(media_type, _is_file(headers), _name(headers), encoding,
                                   forwarded=forward_level is not None, start=offset)
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
                current = None
                if forward_level is not None and level < forward_level:
                    forward_level = None
                if closing:
                    boundaries.pop()
                else:
                    in_headers = True
                continue
        if current is not None:
            current.size = offset - current.start
    return parts


# A base64 file larger than this is decoded here, straight from the mail's bytes, and the
# stdlib parser sees a short marker instead: the parser would hold it as lines, a joined
# string and decoded bytes at once (10 times its size in all). The body text is never lifted.
LIFT_BYTES = 16 * 1024
_MARKER = "smarttek-dsar-lifted-part-{}"


def lift_large_parts(
    data: bytes, parts: list[PartSize], cuts: list[tuple[int, int]] = ()
) -> tuple[bytes, dict[bytes, bytes]]:
    """The mail with each large base64 body replaced by a marker and the byte ranges `cuts`
    left out (header fields too long to parse), and marker -> content."""
    lifted: dict[bytes, bytes] = {}
    changes: list[tuple[int, int, bytes]] = [(start, end, b"") for start, end in cuts]
    view = memoryview(data)
    for part in parts:
        body_text = part.media_type in ("text/plain", "text/html") and not part.is_file
        if part.transfer_encoding != "base64" or part.size <= LIFT_BYTES or part.forwarded \
                or body_text or part.media_type.startswith("message/"):
            continue
        marker = _MARKER.format(len(lifted)).encode()
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


def check_mail_size(
    data: bytes, filename: str, *, max_attachment_bytes: int, size: int | None = None,
    trimmer: FieldTrimmer | None = None,
) -> list[PartSize]:
    """The mail's parts, or IntakeError for a mail the desk cannot read within its limits.
    `size` is the file's size when the mail has not been read yet."""
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
    largest_file = max_attachment_bytes * _ENCODED_PER_BYTE + 64 * 1024
    text = sum(part.size for part in parts
               if not part.is_file and part.media_type.startswith("text/"))
    if text > MAX_TEXT_BYTES:
        raise IntakeError(
            "{filename}: the text of the e-mail is {text}, more than the {max_text_bytes} "
            "the desk reads as a request. Register the request by hand and keep the file as "
            "evidence.", filename=filename, text=_mb(text), max_text_bytes=_mb(MAX_TEXT_BYTES)
        )
    for part in parts:
        if part.size > largest_file:
            what = message("the attachment “{name}”",
                           name=safe_filename(part.name, fallback_stem="attachment")) \
                if part.name else message("a file in the e-mail ({media_type})",
                                          media_type=part.media_type)
            raise IntakeError(
                "{filename}: {what} is about {value}, over the attachment limit of "
                "{max_attachment_bytes}. Ask the sender for a smaller file or a link, or "
                "register the request by hand.", filename=filename, what=what, value=_mb(int(part.size / _ENCODED_PER_BYTE)), max_attachment_bytes=_mb(max_attachment_bytes)
            )
    return parts


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
