"""Read a saved e-mail (.eml, RFC 5322 / MIME) into an IncomingRequest.

Receipt time. GDPR 12(3) runs from when the request reached the company's channel, not from
when the sender wrote it nor when staff noticed it (DOMAIN §2). For a mail file that is:

1. the date of the *first* (topmost) Received header. Each server prepends its Received
   line, so the topmost one was written by the last hop: our own mail server, at the moment
   the message arrived in privacy@smarttek.eu. It is also the only Received line the sender
   cannot forge; the lower ones describe the sender's side of the journey.
2. the Date header, only when there is no Received header with a readable date (e.g. a mail
   exported from a client without transport headers). Date is the sender's clock at the
   moment of writing: usually minutes before arrival, so relying on it can only make the
   deadline earlier, never later than the law allows.

A time that cannot be right (unreadable, before 2000, in the future) is refused, not guessed.
"""

from __future__ import annotations

import email
import email.policy
import email.utils
from datetime import datetime
from email.message import Message

from smarttek_dsar.domain import messages as words
from smarttek_dsar.intake.charsets import decode_words, has_raw_bytes, header_from_raw
from smarttek_dsar.intake.header_limits import FieldTrimmer
from smarttek_dsar.intake.incoming import (
    DEFAULT_MAX_ATTACHMENT_BYTES,
    EVIDENCE_DATE_HEADER,
    EVIDENCE_RECEIVED_HEADER,
    IncomingRequest,
    IntakeError,
    mail_request,
    reading,
)
from smarttek_dsar.intake.mail_headers import (
    HEADER_PARSER_FAILURES,
    clean_line,
    header_text,
    raw_headers,
)
from smarttek_dsar.intake.mail_size import (
    MAX_TEXT_BYTES,
    altered_forward,
    check_mail_size,
    cut_text,
    encoded_limit,
    is_left_out,
    left_out_note,
    lift_large_parts,
    over_limit_notes,
    text_cut_note,
)
from smarttek_dsar.intake.mime_parts import RawFile, open_tnef_parts, read_mime
from smarttek_dsar.intake.non_request import not_a_request
from smarttek_dsar.intake.receipt import RIGA, checked_receipt, parse_mail_date
from smarttek_dsar.intake.safety import make_attachment, unique_names

# Headers every real e-mail carries at least one of; without them the file is something else.
_MAIL_HEADERS = ("from", "date", "received", "message-id")


def parse_eml(
    data: bytes,
    filename: str,
    *,
    max_attachment_bytes: int = DEFAULT_MAX_ATTACHMENT_BYTES,
    now: datetime | None = None,
) -> IncomingRequest:
    """The request in a saved e-mail file, or IntakeError saying what is wrong with it."""
    with reading(filename, "e-mail file"):
        return _parse(data, filename, max_attachment_bytes=max_attachment_bytes, now=now)


def _parse(
    data: bytes, filename: str, *, max_attachment_bytes: int, now: datetime | None
) -> IncomingRequest:
    if not data or data.isspace():  # data.strip() would copy the whole mail
        raise IntakeError("{filename}: the file is empty.", filename=filename)
    trimmer = FieldTrimmer()
    parts = check_mail_size(data, filename, max_attachment_bytes=max_attachment_bytes,
                            trimmer=trimmer)
    readable, lifted = lift_large_parts(data, parts, trimmer.ranges(),
                                        largest_file=encoded_limit(max_attachment_bytes))
    message = email.message_from_bytes(readable, policy=email.policy.default)
    del readable
    present = {key.lower() for key in message.keys()}
    # A NUL in the first line means a binary file; a NUL further on (a body or header that
    # carries one) is removed from the request's text when it is built (IncomingRequest).
    if not present.intersection(_MAIL_HEADERS) or b"\0" in data[:1024].split(b"\n", 1)[0]:
        raise IntakeError(
            "{filename}: this is not an e-mail file (it has no From, Date or Received "
            "header). In the mail program, save the message itself as .eml and import that.", filename=filename
        )
    held = not_a_request(message)
    try:
        sender_name, sender_email = _sender(message, filename)
    except IntakeError:
        if held is None:
            raise
        # A bounce often comes "From: MAILER-DAEMON <>": nobody to answer, and no need to,
        # as it is held for the DPO rather than registered.
        sender_name, sender_email = header_text(message, "From"), ""
    received_at, evidence, warnings = _receipt(message, filename, now)
    warnings.extend(trimmer.notes())
    content = read_mime(message, filename=filename)
    content.files = [RawFile(raw.name, lifted.pop(raw.content, raw.content), raw.media_type)
                     for raw in content.files if not is_left_out(raw.content)
                     and not _altered_forward(raw, parts, warnings, max_attachment_bytes)]
    open_tnef_parts(content)
    # Over the limit once decoded (no base64 line breaks, a file inside winmail.dat): kept
    # only in the original mail as well, as the files check_mail_size found.
    warnings.extend(over_limit_notes(parts, max_attachment_bytes))
    warnings.extend(left_out_note(raw.name, raw.media_type, len(raw.content),
                                  max_attachment_bytes)
                    for raw in content.files if len(raw.content) > max_attachment_bytes)
    content.files = [raw for raw in content.files if len(raw.content) <= max_attachment_bytes]
    attachments = unique_names(
        [
            make_attachment(
                raw.name,
                raw.content,
                raw.media_type,
                source_filename=filename,
                index=index,
                max_bytes=max_attachment_bytes,
            )
            for index, raw in enumerate(content.files, start=1)
        ]
    )
    for inner in content.forwarded:
        warnings.extend(_forward_warning(inner, received_at))
    warnings.extend(content.warnings)
    body_text = content.body_text
    if any(part.kept is not None for part in parts) or len(body_text) > MAX_TEXT_BYTES // 4 \
            and len(body_text.encode("utf-8", "surrogatepass")) > MAX_TEXT_BYTES:
        body_text = cut_text(body_text)
        warnings.append(text_cut_note())
    subject = header_text(message, "Subject")
    return mail_request(
        source="email", data=data, filename=filename,
        message_id=header_text(message, "Message-ID"), received_at=received_at,
        evidence=evidence, sender_name=sender_name, sender_email=sender_email, subject=subject,
        body_text=body_text, attachments=attachments, warnings=warnings,
        not_a_request=held,
        recipients=header_text(message, "To"),
    )


def _altered_forward(raw: RawFile, parts: list, warnings: list, max_bytes: int) -> bool:
    """Whether `raw` is a forwarded mail over the attachment limit, whose files were lifted
    out before parsing (so the parser's copy of it is not the mail): left in the original."""
    part = altered_forward(raw.content, parts) if raw.media_type == "message/rfc822" else None
    if part is not None:
        warnings.append(left_out_note(raw.name, raw.media_type, part.forward_size, max_bytes))
    return part is not None


def _sender(message: Message, filename: str) -> tuple[str, str]:
    raw = next(iter(raw_headers(message, "From")), None)
    if raw is not None and (has_raw_bytes(raw) or "=?" in raw):
        # RFC 6532 (or raw Latin-1): read the bytes as text first, then the address, so the
        # name keeps its letters and the address is not dropped; encoded words are decoded
        # after the address is found, with the body's charset rules (mislabels included).
        name, address = email.utils.parseaddr(header_from_raw(raw) if has_raw_bytes(raw)
                                              else raw)
        if "@" in address:
            return _checked_sender(decode_words(name), address, filename)
    try:
        header = message.get("From")
        addresses = getattr(header, "addresses", ()) if header is not None else ()
    except HEADER_PARSER_FAILURES:
        header, addresses = next(iter(raw_headers(message, "From")), None), ()
    if addresses:
        name, address = addresses[0].display_name, addresses[0].addr_spec
    else:
        name, address = email.utils.parseaddr(str(header or ""))
    return _checked_sender(name, address, filename)


def _checked_sender(name: str, address: str, filename: str) -> tuple[str, str]:
    address = clean_line(address)
    if "@" not in address:
        raise IntakeError(
            "{filename}: the e-mail has no readable sender address (From header), so it "
            "cannot be answered. Register the request by hand with the sender's address.", filename=filename
        )
    return clean_line(name or ""), address


def _receipt(
    message: Message, filename: str, now: datetime | None
) -> tuple[datetime, str, list[words.Message | str]]:
    warnings: list[words.Message | str] = []
    received = raw_headers(message, "Received")
    if received:
        moment = parse_mail_date(received[0].rpartition(";")[2])
        if moment is not None:
            at = checked_receipt(
                moment, filename=filename, evidence=EVIDENCE_RECEIVED_HEADER, now=now
            )
            return at, EVIDENCE_RECEIVED_HEADER, warnings
        warnings.append(words.message(
            "The topmost Received header has no readable date; the sender's Date header "
            "was used instead. Check the arrival time in the mailbox."
        ))
    date_header = next(iter(raw_headers(message, "Date")), None)
    if date_header is not None:
        moment = parse_mail_date(date_header)
        if moment is None:
            raise IntakeError(
                "{filename}: the Date header “{message}” is not a date, and no Received "
                "header shows when the mail arrived. Register the request by hand with the "
                "arrival time shown in the mailbox.", filename=filename, message=header_text(message, 'Date')
            )
        at = checked_receipt(moment, filename=filename, evidence=EVIDENCE_DATE_HEADER, now=now)
        return at, EVIDENCE_DATE_HEADER, warnings
    raise IntakeError(
        "{filename}: the e-mail has neither a Date nor a Received header, so its receipt "
        "time is unknown. Register the request by hand with the arrival time shown in the "
        "mailbox.", filename=filename
    )


def _forward_warning(inner: Message, received_at: datetime) -> list[words.Message]:
    sent = parse_mail_date(next(iter(raw_headers(inner, "Date")), ""))
    if sent is None or sent >= received_at:
        return []
    # GDPR 12(3): receipt at any company address counts. A request forwarded by a colleague
    # may have reached the company when the original arrived, which moves the deadline earlier.
    return [words.message(
        "The e-mail contains a forwarded message sent on {sent} (Riga time). If it first "
        "reached another company address, the request counts as received then: check and "
        "correct the receipt time.", sent=f"{sent.astimezone(RIGA):%d.%m.%Y %H:%M}")]
