"""Read an Outlook message saved as .msg (MS-OXMSG in an OLE2 compound file).

The file is read with olefile (BSD) through msg_properties; no GPL reader is bundled.

Receipt time, most to least direct evidence of arrival at the company (GDPR 12(3)):
1. PR_MESSAGE_DELIVERY_TIME: stamped by our mail store when the message landed in the
   mailbox, i.e. arrival at the company's channel;
2. the topmost Received header of the transport headers, when Outlook kept them (the same
   reasoning as for .eml files: the last hop is our own server);
3. PR_CLIENT_SUBMIT_TIME: the sender's clock when they pressed Send. Arrival is normally
   seconds later, so this can only give an earlier deadline, never a later one;
4. the transport headers' Date header (the sender's clock too), for a message saved without
   any of the above.

An attached Outlook item (a forwarded message) is taken in as an .eml file, which any mail
program opens, and its text is added to the body under a "Forwarded message" line, as for
an e-mail forwarded as an attachment (mime_parts). The .msg itself is kept whole as evidence.
"""

from __future__ import annotations

import email.utils
from datetime import datetime

from smarttek_dsar.domain.messages import Message, message
from smarttek_dsar.intake.incoming import (
    DEFAULT_MAX_ATTACHMENT_BYTES,
    EVIDENCE_DATE_HEADER,
    EVIDENCE_MSG_DELIVERY_TIME,
    EVIDENCE_MSG_SUBMIT_TIME,
    EVIDENCE_RECEIVED_HEADER,
    IncomingAttachment,
    IncomingRequest,
    IntakeError,
    MiB,
    mail_request,
    reading,
)
from smarttek_dsar.intake.msg_item import OutlookItem, read_item
from smarttek_dsar.intake.msg_properties import PropertyTooLarge, open_message
from smarttek_dsar.intake.non_request import outlook_not_a_request
from smarttek_dsar.intake.receipt import checked_receipt, parse_mail_date
from smarttek_dsar.intake.safety import make_attachment, unique_names

OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")


def parse_msg(
    data: bytes,
    filename: str,
    *,
    max_attachment_bytes: int = DEFAULT_MAX_ATTACHMENT_BYTES,
    now: datetime | None = None,
) -> IncomingRequest:
    """The request in an Outlook .msg file, or IntakeError saying what is wrong with it."""
    if not data.startswith(OLE_MAGIC):
        raise IntakeError(
            "{filename}: this is not an Outlook message (.msg) file. In Outlook, use File › "
            "Save As › Outlook Message Format, or save the mail as .eml.", filename=filename
        )
    with reading(filename, "Outlook message"):
        try:
            ole, top = open_message(data)
            try:
                item = read_item(top, max_attachment_bytes=max_attachment_bytes)
            finally:
                ole.close()
        except PropertyTooLarge as exc:
            raise IntakeError(_too_large(filename, exc, max_attachment_bytes)) from exc
        return _build(item, data, filename, max_attachment_bytes, now)


def _too_large(filename: str, exc: PropertyTooLarge, max_attachment_bytes: int) -> Message:
    size, limit = f"{exc.size / MiB:.1f}", f"{max_attachment_bytes / MiB:.1f}"
    if exc.what.startswith("attachment "):
        return message(
            "{filename}: the {what} is {size} MB, over the limit of {limit} MB. Ask the sender "
            "for a smaller file or a link, or register the request by hand.",
            filename=filename, what=exc.what, size=size, limit=limit,
        )
    return message(
        "{filename}: the {what} of the Outlook message is {size} MB, far more than any request "
        "needs. Register the request by hand and keep the file as evidence.",
        filename=filename, what=exc.what, size=size,
    )


def _build(
    item: OutlookItem, data: bytes, filename: str, max_bytes: int, now: datetime | None
) -> IncomingRequest:
    # Reports, meeting requests and out-of-office replies are held for the DPO, as their .eml
    # cousins are; other items that are no mail (contacts, tasks) are refused.
    held = outlook_not_a_request(item.message_class, item.headers)
    if held is None and not item.is_mail:
        raise IntakeError(
            "{filename}: this Outlook item is a “{kind}”, not an e-mail. Save the e-mail that "
            "carries the request instead.", filename=filename, kind=item.message_class or "unknown"
        )
    if held is None and "@" not in item.sender_email:
        raise IntakeError(
            "{filename}: the Outlook message has no readable sender e-mail address, so it "
            "cannot be answered. Register the request by hand with the sender's address.",
            filename=filename,
        )
    received_at, evidence = _receipt(item, filename, now)
    files = [
        make_attachment(
            raw.name, raw.content, raw.media_type,
            source_filename=filename, index=index, max_bytes=max_bytes,
        )
        for index, raw in enumerate(item.all_files(), start=1)
    ]  # fmt: skip
    attachments: tuple[IncomingAttachment, ...] = unique_names(files)
    return mail_request(
        source="msg", data=data, filename=filename,
        message_id=item.message_id, received_at=received_at,
        evidence=evidence, sender_name=item.sender_name, sender_email=item.sender_email,
        subject=item.subject, body_text=item.full_text(),
        attachments=attachments, warnings=item.all_warnings(),
        recipients=", ".join(email.utils.formataddr((r.name, r.address))
                             for r in item.recipients if r.kind == 1 and r.address),
        not_a_request=held,
    )  # fmt: skip


def _receipt(item: OutlookItem, filename: str, now: datetime | None) -> tuple[datetime, str]:
    if item.delivered_at is not None:
        at = checked_receipt(
            item.delivered_at, filename=filename, evidence=EVIDENCE_MSG_DELIVERY_TIME, now=now
        )
        return at, EVIDENCE_MSG_DELIVERY_TIME
    received = item.headers.get_all("Received") if item.headers is not None else None
    moment = parse_mail_date(str(received[0]).rpartition(";")[2]) if received else None
    if moment is not None:
        at = checked_receipt(moment, filename=filename, evidence=EVIDENCE_RECEIVED_HEADER, now=now)
        return at, EVIDENCE_RECEIVED_HEADER
    if item.submitted_at is not None:
        at = checked_receipt(
            item.submitted_at, filename=filename, evidence=EVIDENCE_MSG_SUBMIT_TIME, now=now
        )
        return at, EVIDENCE_MSG_SUBMIT_TIME
    sent = parse_mail_date(str(item.headers.get("Date", ""))) if item.headers else None
    if sent is not None:
        at = checked_receipt(sent, filename=filename, evidence=EVIDENCE_DATE_HEADER, now=now)
        return at, EVIDENCE_DATE_HEADER
    raise IntakeError(
        "{filename}: the Outlook message shows no delivery or sending time (it may be an "
        "unsent draft). Register the request by hand with the arrival time in the mailbox.", filename=filename
    )
