"""A paper letter, scanned (PDF or image), as an IncomingRequest.

Nothing in a scan proves when the letter arrived, so the delivery date is entered by staff
from the envelope or the post register (DOMAIN §2: keep the envelope scan as proof).
The letter's words are read (its PDF text layer, else OCR: intake/scan_text.py) and used as
an e-mail's are: the rights, the sender's identifiers and the language are suggested from them,
for a person to check against the scan.
"""

from __future__ import annotations

from datetime import date, datetime

from smarttek_dsar.domain.messages import Message
from smarttek_dsar.domain.rights import Channel
from smarttek_dsar.intake.incoming import (
    DEFAULT_MAX_ATTACHMENT_BYTES,
    EVIDENCE_LETTER,
    IncomingRequest,
    IntakeError,
    sha256_hex,
)
from smarttek_dsar.intake.letter_details import letter_details
from smarttek_dsar.intake.receipt import letter_receipt
from smarttek_dsar.intake.rights_guess import guess_rights
from smarttek_dsar.intake.safety import make_attachment
from smarttek_dsar.intake.scan_text import DEFAULT_TIME_LIMIT, read_scan_text

# Said whenever OCR read the letter; a template so the stored note reads back (case_words.py).
OCR_MAY_MISREAD = ("The letter's text was read by OCR and may contain misread characters: "
                   "check names, codes and rights against the scan.")

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
    read_text: bool = True,
    ocr_time_limit: float = DEFAULT_TIME_LIMIT,
) -> IncomingRequest:
    """A scanned letter delivered on `received_on` (the date in Riga); `read_text` False skips
    reading its words (then a person reads the scan)."""
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
    text, warnings = "", []
    if read_text:
        read = read_scan_text(data, media_type, filename, time_limit=ocr_time_limit)
        text = read.text
        warnings.extend(read.notes)
        if read.how == "OCR":
            warnings.append(Message(OCR_MAY_MISREAD))
    details = letter_details(text)
    return IncomingRequest(
        source="scan",
        channel=Channel.LETTER,
        external_id=f"sha256:{digest}",
        received_at=received_at,
        received_evidence=EVIDENCE_LETTER,
        sender_name=details.name,
        sender_email=details.email or "",
        subject=f"Letter received {received_on:%d.%m.%Y}",
        body_text=text,
        attachments=(scan,),
        original_filename=filename,
        original_bytes=data,
        original_sha256=digest,
        personal_code=details.personal_code,
        sender_phone=details.phone,
        rights=guess_rights(text) if text else (),
        rights_guessed=bool(text),
        warnings=tuple(warnings),
    )
