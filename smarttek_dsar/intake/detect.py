"""Pick the right reader for a file the user dropped on the desk.

The content decides, the extension only breaks ties: mail programs and users rename files
("Save as .eml" on an Outlook item, ".txt" on a mail), and a file must be read as what it is.
"""

from __future__ import annotations

import stat
from datetime import date, datetime
from pathlib import Path

from smarttek_dsar.intake.email_file import parse_eml
from smarttek_dsar.intake.incoming import (
    DEFAULT_MAX_ATTACHMENT_BYTES,
    IncomingRequest,
    IntakeError,
    MiB,
)
from smarttek_dsar.intake.mail_size import MAX_MAIL_BYTES, check_mail_size
from smarttek_dsar.intake.outlook_msg import OLE_MAGIC, parse_msg
from smarttek_dsar.intake.portal_json import parse_portal_request
from smarttek_dsar.intake.scanned_letter import parse_scanned_letter, scan_media_type
from smarttek_dsar.intake.signed_container import ZIP_MAGIC, looks_like_asic
from smarttek_dsar.intake.signed_request import parse_signed_request, require_delivery_date

DEFAULT_MAX_FILE_BYTES = 100 * MiB
SUPPORTED = ".eml, .msg, .json (portal), .pdf, .png, .jpg, .tif, .edoc/.asice (signed)"


def parse_incoming_file(
    path: Path,
    *,
    received_on: date | None = None,
    max_attachment_bytes: int = DEFAULT_MAX_ATTACHMENT_BYTES,
    max_file_bytes: int | None = None,
    now: datetime | None = None,
    trust_anchors: tuple[bytes, ...] = (),
) -> IncomingRequest:
    """The request in `path`; `received_on` is needed only for scanned letters and signed
    documents, `trust_anchors` (CA certificates) only for signed documents. `max_file_bytes`
    is the largest file read: by default MAX_MAIL_BYTES for an e-mail, whose parts the desk
    reads within its own limits (intake/mail_size.py), DEFAULT_MAX_FILE_BYTES for the rest."""
    name = path.name
    data = _read(path, max_file_bytes, mail_limit=MAX_MAIL_BYTES)
    extension = path.suffix.lower().lstrip(".")
    if data.startswith(OLE_MAGIC):
        return parse_msg(data, name, max_attachment_bytes=max_attachment_bytes, now=now)
    if scan_media_type(data) is not None:
        if received_on is None:
            raise IntakeError(
                "{name}: a scanned letter needs the date it was delivered; enter it from the "
                "envelope or the post register.", name=name
            )
        return parse_scanned_letter(
            data, name, received_on, max_attachment_bytes=max_attachment_bytes, now=now
        )
    if looks_like_asic(data) or (extension in ("edoc", "asice", "bdoc")
                                 and data.startswith(ZIP_MAGIC)):
        return parse_signed_request(
            data, name, require_delivery_date(received_on, name), trust_anchors=trust_anchors,
            max_attachment_bytes=max_attachment_bytes, now=now,
        )
    if extension == "json" or data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return parse_portal_request(data, name, max_attachment_bytes=max_attachment_bytes, now=now)
    # Mail headers decide before the name: a plain-text e-mail saved as ".msg" is an e-mail.
    if _looks_like_mail(data) or extension in ("eml", "txt", ""):
        return parse_eml(data, name, max_attachment_bytes=max_attachment_bytes, now=now)
    if extension in ("msg", "pdf", "png", "jpg", "jpeg", "tif", "tiff", "edoc", "asice"):
        raise IntakeError(
            "{name}: the file is called .{extension} but its content is not; it may be "
            "damaged. Save or scan it again.", name=name, extension=extension
        )
    raise IntakeError("{name}: this kind of file cannot be imported. Supported: {supported}.",
                      name=name, supported=SUPPORTED)


def parse_mail(data: bytes, name: str, *, max_attachment_bytes: int = DEFAULT_MAX_ATTACHMENT_BYTES,
               now: datetime | None = None) -> IncomingRequest:
    """A mail kept as bytes (held for the DPO): an Outlook item or an RFC 5322 message, by its
    content, as parse_incoming_file reads them."""
    if data.startswith(OLE_MAGIC):
        return parse_msg(data, name, max_attachment_bytes=max_attachment_bytes, now=now)
    return parse_eml(data, name, max_attachment_bytes=max_attachment_bytes, now=now)


def _read(path: Path, max_file_bytes: int | None, *, mail_limit: int) -> bytes:
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            # A device (/dev/zero), a pipe or a folder never ends or never was a request.
            raise IntakeError(
                "{name}: this is not an ordinary file (a device, pipe or folder). Import the "
                "request file itself.", name=path.name
            )
        with path.open("rb") as stream:
            mail = _would_read_as_mail(path, stream.read(4096))
            if max_file_bytes is None:
                max_file_bytes = mail_limit if mail else DEFAULT_MAX_FILE_BYTES
            if mail and status.st_size > mail_limit:
                # Refused before it is read: an e-mail this large is never read anyway.
                check_mail_size(b"", path.name, max_attachment_bytes=0,
                                size=status.st_size)
            stream.seek(0)
            # Read one byte past the limit: a file that grows while it is read (or whose size
            # the file system misreports) is still refused instead of read without end.
            data = stream.read(max_file_bytes + 1)
        if len(data) > max_file_bytes or status.st_size > max_file_bytes:
            size = max(len(data), status.st_size)
            raise IntakeError(
                "{name}: the file is {value:.1f} MB or more, more than the {value2:.0f} MB "
                "the desk imports. Register it by hand.", name=path.name, value=size / MiB, value2=max_file_bytes / MiB
            )
        return data
    except OSError as exc:
        raise IntakeError("{name}: the file cannot be read ({strerror}).", name=path.name, strerror=exc.strerror) from exc


def _would_read_as_mail(path: Path, head: bytes) -> bool:
    extension = path.suffix.lower().lstrip(".")
    if head.startswith(OLE_MAGIC) or scan_media_type(head) is not None or extension == "json" \
            or head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return False
    return extension in ("eml", "txt", "") or _looks_like_mail(head)


_MAIL_MARKERS = (b"from:", b"received:", b"message-id:", b"date:", b"subject:", b"to:",
                 b"mime-version:", b"return-path:", b"delivered-to:")  # fmt: skip


def _looks_like_mail(data: bytes) -> bool:
    """RFC 5322 text: it starts with a header field and names a mail header near the top."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf\r\n").lower()
    if head.startswith(b"from "):  # an mbox separator line before the headers
        head = head.partition(b"\n")[2]
    field_name = head.split(b":", 1)[0] if b":" in head[:80] else b""
    if not field_name or not all(33 <= c <= 126 for c in field_name):
        return False
    starts = head.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0].split(b"\n")
    return any(line.startswith(_MAIL_MARKERS) for line in starts)
