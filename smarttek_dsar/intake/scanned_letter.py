"""A paper letter, scanned (PDF or image), as an IncomingRequest.

Nothing in a scan proves when the letter arrived, so the delivery date is entered by staff
from the envelope or the post register (DOMAIN §2: keep the envelope scan as proof).
"""

from __future__ import annotations

from datetime import date, datetime

from smarttek_dsar.domain.rights import Channel
from smarttek_dsar.intake.incoming import (
    DEFAULT_MAX_ATTACHMENT_BYTES,
    EVIDENCE_LETTER,
    IncomingRequest,
    IntakeError,
    sha256_hex,
)
from smarttek_dsar.intake.receipt import letter_receipt
from smarttek_dsar.intake.safety import make_attachment

# Content signatures, checked so a renamed file of another kind is not filed as a scan.
SCAN_SIGNATURES: dict[str, tuple[str, tuple[bytes, ...]]] = {
    "pdf": ("application/pdf", (b"%PDF-",)),
    "png": ("image/png", (b"\x89PNG\r\n\x1a\n",)),
    "jpg": ("image/jpeg", (b"\xff\xd8\xff",)),
    "jpeg": ("image/jpeg", (b"\xff\xd8\xff",)),
    "tif": ("image/tiff", (b"II*\x00", b"MM\x00*")),
    "tiff": ("image/tiff", (b"II*\x00", b"MM\x00*")),
}


def scan_media_type(data: bytes) -> str | None:
    """The media type of a supported scan, judged by content alone."""
    for media_type, signatures in SCAN_SIGNATURES.values():
        if data.startswith(signatures):
            return media_type
    return None


def parse_scanned_letter(
    data: bytes,
    filename: str,
    received_on: date,
    *,
    max_attachment_bytes: int = DEFAULT_MAX_ATTACHMENT_BYTES,
    now: datetime | None = None,
) -> IncomingRequest:
    """A scanned letter delivered on `received_on` (the date in Riga)."""
    media_type = scan_media_type(data)
    if media_type is None:
        raise IntakeError(
            "{filename}: this is not a PDF, PNG, JPEG or TIFF scan. Scan the letter again "
            "and save it in one of those formats.", filename=filename
        )
    received_at = letter_receipt(received_on, filename=filename, now=now)
    # The scan is both the evidence and the request's only document; listing it as an
    # attachment lets the case view show it like any other file.
    scan = make_attachment(
        filename, data, media_type,
        source_filename=filename, index=1, max_bytes=max_attachment_bytes,
    )  # fmt: skip
    digest = sha256_hex(data)
    return IncomingRequest(
        source="scan",
        channel=Channel.LETTER,
        external_id=f"sha256:{digest}",
        received_at=received_at,
        received_evidence=EVIDENCE_LETTER,
        sender_name="",
        sender_email="",
        subject=f"Letter received {received_on:%d.%m.%Y}",
        body_text="",
        attachments=(scan,),
        original_filename=filename,
        original_bytes=data,
        original_sha256=digest,
    )
