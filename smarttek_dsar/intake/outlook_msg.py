"""Read an Outlook message saved as .msg (MS-OXMSG in an OLE2 compound file).

Receipt time, most to least direct evidence of arrival at the company (GDPR 12(3)):
1. PR_MESSAGE_DELIVERY_TIME: stamped by our mail store when the message landed in the
   mailbox, i.e. arrival at the company's channel;
2. the topmost Received header of the transport headers, when Outlook kept them (the same
   reasoning as for .eml files: the last hop is our own server);
3. PR_CLIENT_SUBMIT_TIME: the sender's clock when they pressed Send. Arrival is normally
   seconds later, so this can only give an earlier deadline, never a later one.
"""

from __future__ import annotations

import email.utils
import io
import logging
from datetime import datetime
from typing import Any

import extract_msg
from extract_msg.enums import AttachmentType
from extract_msg.null_date import NullDate

from smarttek_dsar.intake.html_text import html_to_text
from smarttek_dsar.intake.incoming import (
    DEFAULT_MAX_ATTACHMENT_BYTES,
    EVIDENCE_MSG_DELIVERY_TIME,
    EVIDENCE_MSG_SUBMIT_TIME,
    EVIDENCE_RECEIVED_HEADER,
    IncomingAttachment,
    IncomingRequest,
    IntakeError,
    mail_request,
    reading,
)
from smarttek_dsar.intake.mime_parts import decode_text
from smarttek_dsar.intake.receipt import checked_receipt, parse_mail_date
from smarttek_dsar.intake.safety import make_attachment, unique_names

OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")

# extract-msg logs every oddity of a file at WARNING or worse; for the desk these are
# either harmless or turned into an IntakeError, so they must not reach the user's log.
logging.getLogger("extract_msg").setLevel(logging.ERROR)


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
        message = extract_msg.openMsg(io.BytesIO(data), strict=True)
        try:
            return _build(message, data, filename, max_attachment_bytes, now)
        finally:
            message.close()


def _build(
    message: Any, data: bytes, filename: str, max_bytes: int, now: datetime | None
) -> IncomingRequest:
    # Only e-mails (plain or S/MIME signed); contacts, meetings and tasks are MessageBase too.
    if not isinstance(message, (extract_msg.Message, extract_msg.msg_classes.MessageSigned)):
        kind = getattr(message, "classType", None) or "unknown"
        raise IntakeError(
            "{filename}: this Outlook item is a “{kind}”, not an e-mail. Save the e-mail "
            "that carries the request instead.", filename=filename, kind=kind
        )
    sender_name, sender_email = _sender(message, filename)
    received_at, evidence = _receipt(message, filename, now)
    attachments, warnings = _attachments(message, filename, max_bytes)
    return mail_request(
        source="msg", data=data, filename=filename,
        message_id=" ".join((message.messageId or "").split()), received_at=received_at,
        evidence=evidence, sender_name=sender_name, sender_email=sender_email,
        subject=" ".join((message.subject or "").split()), body_text=_body(message),
        attachments=attachments, warnings=warnings,
    )


def _string(message: Any, prop_id: str) -> str:
    return (message.getStringStream(f"__substg1.0_{prop_id}") or "").strip()


def _sender(message: Any, filename: str) -> tuple[str, str]:
    name, address = email.utils.parseaddr(message.sender or "")
    if "@" not in address:
        # Exchange senders often carry an X.500 address ("/O=EXCHANGE..."); the SMTP one is
        # in PR_SENDER_SMTP_ADDRESS or, for "on behalf of", the sent-representing address.
        candidates = (_string(message, p) for p in ("5D01", "0C1F", "5D02", "0065"))
        address = next((c for c in candidates if "@" in c), "")
    if "@" not in address:
        raise IntakeError(
            "{filename}: the Outlook message has no readable sender e-mail address, so it "
            "cannot be answered. Register the request by hand with the sender's address.", filename=filename
        )
    name = name or _string(message, "0C1A") or _string(message, "0042")
    return " ".join(name.split()), address.strip()


def _usable(moment: Any) -> datetime | None:
    if not isinstance(moment, datetime) or isinstance(moment, NullDate):
        return None
    return moment


def _receipt(message: Any, filename: str, now: datetime | None) -> tuple[datetime, str]:
    delivered = _usable(message.receivedTime)
    if delivered is not None:
        at = checked_receipt(
            delivered, filename=filename, evidence=EVIDENCE_MSG_DELIVERY_TIME, now=now
        )
        return at, EVIDENCE_MSG_DELIVERY_TIME
    if message.headerText:
        received = message.header.get_all("Received") or []
        moment = parse_mail_date(str(received[0]).rpartition(";")[2]) if received else None
        if moment is not None:
            at = checked_receipt(
                moment, filename=filename, evidence=EVIDENCE_RECEIVED_HEADER, now=now
            )
            return at, EVIDENCE_RECEIVED_HEADER
    submitted = _usable(message.date)
    if submitted is not None:
        at = checked_receipt(
            submitted, filename=filename, evidence=EVIDENCE_MSG_SUBMIT_TIME, now=now
        )
        return at, EVIDENCE_MSG_SUBMIT_TIME
    raise IntakeError(
        "{filename}: the Outlook message shows no delivery or sending time (it may be an "
        "unsent draft). Register the request by hand with the arrival time in the mailbox.", filename=filename
    )


def _body(message: Any) -> str:
    body = message.body
    if body and body.strip():
        return body.replace("\r\n", "\n").strip()
    html = message.htmlBody
    if html:
        return html_to_text(decode_text(html, None))
    return ""


def _attachments(
    message: Any, filename: str, max_bytes: int
) -> tuple[tuple[IncomingAttachment, ...], list[str]]:
    found: list[IncomingAttachment] = []
    warnings: list[str] = []
    for index, attachment in enumerate(message.attachments, start=1):
        kind = attachment.type
        if kind == AttachmentType.DATA:
            name = attachment.longFilename or attachment.shortFilename
            content = attachment.data or b""
            media_type = attachment.mimetype or "application/octet-stream"
        elif kind == AttachmentType.MSG:
            inner = attachment.data
            name = f"{(inner.subject or 'attached message').strip()}.msg"
            content = inner.exportBytes()
            media_type = "application/vnd.ms-outlook"
        elif kind == AttachmentType.WEB:
            # A cloud link has no content in the file; the DPO must fetch it from Outlook.
            warnings.append(
                f"Attachment {index} is a link to a cloud file and was not taken in; "
                "open the message in Outlook to save it."
            )
            continue
        else:
            raise IntakeError(
                "{filename}: attachment {index} of the Outlook message cannot be read. Save "
                "the attachment from Outlook and register the request by hand.", filename=filename, index=index
            )
        found.append(
            make_attachment(
                name, content, media_type,
                source_filename=filename, index=index, max_bytes=max_bytes,
            )
        )  # fmt: skip
    return unique_names(found), warnings
