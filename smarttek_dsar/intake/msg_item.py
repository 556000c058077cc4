"""One Outlook item of a .msg file as plain data: who sent it, when, its text and its files.

Read from the MS-OXMSG properties (msg_properties). Sender: Exchange often gives the sender
only as an X.500 address ("/O=EXCHANGELABS/OU=..."); the SMTP address is then taken from
PR_SENDER_SMTP_ADDRESS, the transport headers' From, or the sent-representing SMTP address.
Body: PR_BODY, else the HTML body as text, else the compressed RTF body as text.
"""

from __future__ import annotations

import email.header
import email.policy
import email.utils
import re
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage, Message
from email.parser import HeaderParser

from smarttek_dsar.domain import messages as words
from smarttek_dsar.intake.code_pages import codec_for
from smarttek_dsar.intake.embedded_msg import standalone_msg
from smarttek_dsar.intake.html_text import html_to_text
from smarttek_dsar.intake.mail_headers import clean_line
from smarttek_dsar.intake.mime_parts import RawFile, decode_text, open_tnef_parts, read_mime
from smarttek_dsar.intake.msg_properties import (
    MAX_STRING_BYTES,
    MAX_TEXT_BYTES,
    Folder,
    with_code_page,
)
from smarttek_dsar.intake.rtf_text import RtfError, decompress_rtf, rtf_to_text
from smarttek_dsar.intake.safety import safe_filename

_MAX_DEPTH = 10  # attached items inside attached items
# A signed message's MIME content is read only up to this size (the stdlib parser needs many
# times a part's size in memory); larger ones stay an attachment, with a warning.
_MAX_SIGNED_BYTES = 2 * 1024 * 1024
_TO, _CC = 1, 2


@dataclass
class Recipient:
    name: str
    address: str
    kind: int  # PR_RECIPIENT_TYPE: 1 To, 2 Cc, 3 Bcc


@dataclass
class OutlookItem:
    message_class: str
    subject: str
    sender_name: str
    sender_email: str
    recipients: list[Recipient]
    message_id: str
    delivered_at: datetime | None
    submitted_at: datetime | None
    headers: Message | None
    body: str
    # Files and attached Outlook items, in the order of the message's attachments.
    parts: list[RawFile | OutlookItem] = field(default_factory=list)
    warnings: list[words.Message | str] = field(default_factory=list)
    # An attached item's own .msg (intake/embedded_msg.py): the original beside its .eml.
    original: bytes | None = None

    @property
    def is_mail(self) -> bool:
        kind = self.message_class.lower()
        # Outlook always names the class; a tool that writes a .msg without one writes mail.
        return kind in ("", "ipm.note") or kind.startswith("ipm.note.")

    def all_files(self) -> list[RawFile]:
        """Every file: attachments, and each attached item as an .eml (readable anywhere)
        and as its original .msg (evidence: all it held), plus its own files."""
        files: list[RawFile] = []
        for part in self.parts:
            if isinstance(part, RawFile):
                files.append(part)
                continue
            stem = part.subject or "attached message"
            eml = part.as_eml()
            if eml is not None:
                files.append(RawFile(f"{stem}.eml", eml, "message/rfc822"))
            if part.original is not None:
                files.append(RawFile(f"{stem}.msg", part.original, "application/vnd.ms-outlook"))
            files.extend(part.all_files())
        return files

    def full_text(self) -> str:
        texts = [self.body]
        for part in self.parts:
            if isinstance(part, OutlookItem):
                sent = part.submitted_at or part.delivered_at
                summary = (
                    f"From: {email.utils.formataddr((part.sender_name, part.sender_email))}\n"
                    f"Date: {email.utils.format_datetime(sent) if sent else ''}\n"
                    f"Subject: {part.subject}"
                )
                texts.append(
                    f"---------- Forwarded message ----------\n{summary}\n\n{part.full_text()}"
                )
        return "\n\n".join(text for text in texts if text.strip()).strip()

    def all_warnings(self) -> list[str]:
        found = list(self.warnings)
        for part in self.parts:
            if isinstance(part, OutlookItem):
                found.extend(part.all_warnings())
        return found

    def as_eml(self) -> bytes | None:
        """The item as an RFC 5322 message, or None (with a warning) if it cannot be."""
        try:
            return self._email().as_bytes()
        except Exception:  # noqa: BLE001 - a header the stdlib cannot write; text is kept
            self.warnings.append(words.message(
                "The attached Outlook message “{subject}” could not be converted to an .eml "
                "file; its text is in the body. The original .msg is kept as evidence.",
                subject=self.subject))
            return None

    def _email(self) -> EmailMessage:
        message = EmailMessage(policy=email.policy.default)
        if self.sender_email or self.sender_name:
            message["From"] = email.utils.formataddr((self.sender_name, self.sender_email))
        for kind, header in ((_TO, "To"), (_CC, "Cc")):
            people = [email.utils.formataddr((r.name, r.address))
                      for r in self.recipients if r.kind == kind and r.address]  # fmt: skip
            if people:
                message[header] = ", ".join(people)
        if self.subject:
            message["Subject"] = self.subject
        sent = self.submitted_at or self.delivered_at
        if sent is not None:
            message["Date"] = email.utils.format_datetime(sent)
        if self.message_id:
            message["Message-ID"] = self.message_id
        message.set_content(self.body or "")
        for part in self.parts:
            if isinstance(part, OutlookItem):
                message.add_attachment(part._email())
            else:
                main, _, sub = part.media_type.partition("/")
                if main in ("text", "multipart", "message") or not sub:
                    main, sub = "application", "octet-stream"
                message.add_attachment(part.content, maintype=main, subtype=sub,
                                       filename=part.name or "attachment")  # fmt: skip
        return message


def read_item(folder: Folder, *, max_attachment_bytes: int, depth: int = 0) -> OutlookItem:
    headers = _headers(folder)
    item = OutlookItem(
        message_class=clean_line(folder.string(0x001A, what="message class")),
        subject=clean_line(folder.string(0x0037, what="subject")),
        sender_name="",
        sender_email="",
        recipients=_recipients(folder),
        message_id=clean_line(folder.string(0x1035, what="Message-ID")
                              or (headers.get("Message-ID", "") if headers else "")),
        delivered_at=folder.time(0x0E06),
        submitted_at=folder.time(0x0039),
        headers=headers,
        body="",
    )  # fmt: skip
    item.sender_name, item.sender_email = _sender(folder, headers)
    item.body = _body(folder, item.warnings)
    if item.message_class.lower().startswith("ipm.note.smime") and "multipartsigned" not in \
            item.message_class.lower():
        item.warnings.append(words.message(
            "The message is encrypted (S/MIME); its text and attachments cannot be read here. "
            "Open it in Outlook and add the request text to the case by hand."))
    _attachments(folder, item, max_attachment_bytes, depth)
    return item


def _smtp(value: str) -> str:
    value = clean_line(value)
    return value if "@" in value and not value.startswith("/") else ""


def _headers(folder: Folder) -> Message | None:
    text = folder.string(0x007D, cap=MAX_STRING_BYTES, what="transport headers")
    if not text.strip():
        return None
    # Exchange 2003 starts them with "Microsoft Mail Internet Headers Version 2.0", which is
    # no header: the parser would take everything after it for the body.
    first, _, rest = text.lstrip().partition("\n")
    if not re.match(r"[!-9;-~]+:", first):
        text = rest
    return HeaderParser(policy=email.policy.compat32).parsestr(text, headersonly=True)


def _sender(folder: Folder, headers: Message | None) -> tuple[str, str]:
    header_name, header_address = email.utils.parseaddr(str(headers.get("From", ""))
                                                        if headers else "")  # fmt: skip
    candidates = (
        folder.string(0x5D01, what="sender address"),  # PR_SENDER_SMTP_ADDRESS
        folder.string(0x0C1F, what="sender address"),  # PR_SENDER_EMAIL_ADDRESS (or X.500)
        header_address,
        folder.string(0x5D02, what="sender address"),  # PR_SENT_REPRESENTING_SMTP_ADDRESS
        folder.string(0x0065, what="sender address"),  # PR_SENT_REPRESENTING_EMAIL_ADDRESS
    )
    address = next((smtp for smtp in map(_smtp, candidates) if smtp), "")
    name = (folder.string(0x0C1A, what="sender name") or folder.string(0x0042, what="sender name")
            or _decoded(header_name))  # fmt: skip
    return clean_line(name), address


def _decoded(words: str) -> str:
    """RFC 2047 encoded words ("=?utf-8?q?J=C4=81nis?=") as text; as they are if broken."""
    try:
        return str(email.header.make_header(email.header.decode_header(words)))
    except (ValueError, LookupError, UnicodeError):
        return words


def _recipients(folder: Folder) -> list[Recipient]:
    found = []
    for name in folder.children("__recip_version1.0_#"):
        recip = folder.child(name, 8)
        address = _smtp(recip.string(0x39FE, what="recipient")) or _smtp(
            recip.string(0x3003, what="recipient")
        )
        found.append(Recipient(clean_line(recip.string(0x3001, what="recipient")), address,
                               recip.long(0x0C15) or _TO))  # fmt: skip
    return found


def _body(folder: Folder, warnings: list[words.Message | str]) -> str:
    body = folder.string(0x1000, cap=MAX_TEXT_BYTES, what="body")
    if body.strip():
        return body.replace("\r\n", "\n").replace("\r", "\n").strip()
    html = folder.binary(0x1013, cap=MAX_TEXT_BYTES, what="HTML body")
    if html is None:
        html_text = folder.string(0x1013, cap=MAX_TEXT_BYTES, what="HTML body")
    else:
        code_page = folder.long(0x3FDE)
        html_text = decode_text(html, codec_for(code_page) if code_page else None)
    if html_text.strip():
        return html_to_text(html_text)
    rtf = folder.binary(0x1009, cap=MAX_TEXT_BYTES, what="RTF body")
    if rtf:
        try:
            return rtf_to_text(decompress_rtf(rtf))
        except RtfError:
            warnings.append(words.message(
                "The message's text is stored as RTF that could not be read; the case has no "
                "body text. Open the message in Outlook and add the request text by hand."))
    return ""


def _attachments(folder: Folder, item: OutlookItem, max_bytes: int, depth: int) -> None:
    for index, storage in enumerate(folder.children("__attach_version1.0_#"), start=1):
        attach = folder.child(storage, 8)
        method = attach.long(0x3705) or 1
        raw_name = (attach.string(0x3707, what="attachment name")
                    or attach.string(0x3704, what="attachment name")
                    or attach.string(0x3001, what="attachment name"))  # fmt: skip
        if method == 5 and attach.has_object(0x3701) and depth < _MAX_DEPTH:
            inner = with_code_page(attach.child("__substg1.0_3701000D", 24))
            attached = read_item(inner, max_attachment_bytes=max_bytes, depth=depth + 1)
            attached.original = standalone_msg(inner, cap=max_bytes, warnings=attached.warnings,
                                               subject=attached.subject)
            item.parts.append(attached)
            continue
        if method != 1 or attach.binary_size(0x3701) is None:
            item.warnings.append(_not_taken(index, method))
            continue
        name = safe_filename(raw_name, fallback_stem=f"attachment-{index}")
        # A view of the file's bytes where it can be (msg_properties.read_view): the file is
        # kept whole as evidence, so the attachments cost nothing more (issue 13).
        content = attach.binary_view(0x3701, cap=max_bytes, what=f"attachment “{name}”") or b""
        media_type = clean_line(attach.string(0x370E, what="attachment type")).lower()
        if _take_signed(item, content, media_type):
            continue
        if not raw_name and media_type == "multipart/signed":
            raw_name = "smime.p7m"  # the name Outlook shows for a signed message's content
        item.parts.append(RawFile(raw_name or None, content,
                                  media_type or "application/octet-stream"))  # fmt: skip


def _not_taken(index: int, method: int) -> words.Message:
    if method == 7:  # ATTACH_BY_WEB_REFERENCE
        return words.message("Attachment {index} is a link to a cloud file and was not taken "
                             "in; open the message in Outlook to save it.", index=index)
    if method in (2, 3, 4):  # by reference: a path on the sender's computer
        return words.message("Attachment {index} is only a link to a file on the sender's "
                             "computer and was not taken in; ask the sender for the file.",
                             index=index)
    return words.message("Attachment {index} is an embedded object (e.g. a picture or document "
                         "placed in the text) and was not taken in; open the message in "
                         "Outlook to save it.", index=index)


def _take_signed(item: OutlookItem, content: bytes | memoryview, media_type: str) -> bool:
    """A signed message keeps its MIME body in one attachment: read its text and files."""
    if "multipartsigned" not in item.message_class.lower() or item.body.strip():
        return False
    head = bytes(content[:64 * 1024]).lstrip()[:200]  # a view has no lstrip; its head will do
    if media_type != "multipart/signed" and not head.lower().startswith(
        b"content-type: multipart/signed"
    ):
        return False
    if len(content) > _MAX_SIGNED_BYTES:
        item.warnings.append(words.message(
            "The signed message is too large to read its text here; it is kept as an "
            "attachment (smime.p7m). Open it in Outlook to read the request."))
        return False
    mime = read_mime(email.message_from_bytes(bytes(content), policy=email.policy.default),
                     filename="smime.p7m")  # fmt: skip
    open_tnef_parts(mime)
    item.body = mime.body_text
    item.warnings.extend(mime.warnings)
    item.parts.extend(f for f in mime.files
                      if f.media_type not in ("application/pkcs7-signature",
                                              "application/x-pkcs7-signature"))
    return True
