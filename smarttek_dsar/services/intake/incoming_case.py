"""An incoming request file as intake registers it: the parties, rights, proof of receipt,
files and language of the new case, with a note for everything a person must still check.

Nothing here refuses a request that the parser accepted. The one-month clock runs from
receipt whatever the quality of the sender's details (GDPR 12(3)), so a detail that does not
validate (an e-mail address without a domain, a personal code with a wrong check digit) is
left out of the party and named in the notes instead of blocking the case.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from smarttek_dsar.domain.clock import RIGA
from smarttek_dsar.domain.errors import InvalidIdentifier
from smarttek_dsar.domain.identity import normalize_email, normalize_phone, parse_personal_code
from smarttek_dsar.domain.messages import Message, message
from smarttek_dsar.intake.incoming import IncomingRequest
from smarttek_dsar.intake.language_guess import guess_language
from smarttek_dsar.intake.safety import safe_filename
from smarttek_dsar.intake.signature_verdict import SignatureVerdict
from smarttek_dsar.services.cases import NewCase
from smarttek_dsar.services.intake.case_words import (
    E_SIGNATURE,
    KEPT,
    MESSAGE_ID,
    NOT_STORED,
    NOTE,
    PORTAL_ID,
    RECEIVED,
    RIGHT,
    RIGHTS_GUESSED,
    SCANNED,
    SCANNED_WITH_TEXT,
    SIGNED,
    SIGNED_WITH_TEXT,
    SIGNED_WITH_VERDICT,
    SIGNED_WITH_VERDICT_TEXT,
    SIGNER_NOT_SUBJECT,
    SIGNER_WITHOUT_CODE,
    TO_CHECK,
    UNKNOWN,
    UNKNOWN_SENDER,
)
from smarttek_dsar.services.views import AttachmentInput, PartyInput

# Column widths of the case store (storage/models.py): longer values are kept in the notes.
_MAX_NAME = 300
_MAX_CUSTOMER_NO = 40
_MAX_EXTERNAL_ID = 300
_MAX_MEDIA_TYPE = 100

_EVIDENCE_MEDIA_TYPES = {
    "email": "message/rfc822",
    "msg": "application/vnd.ms-outlook",
    "portal": "application/json",
    "signed": "application/vnd.etsi.asic-e+zip",
}



@dataclass(frozen=True)
class IncomingCase:
    new: NewCase
    # What the DPO must check before relying on the case; also written into receipt_proof.
    notes: tuple[str | Message, ...]
    # A valid e-signature of the very person the request is about: intake records it as the
    # identity check (see signed_by_subject).
    proves_identity: SignatureVerdict | None = None


def incoming_case(request: IncomingRequest) -> IncomingCase:
    notes: list[str | Message] = list(request.warnings)
    portal = _portal_fields(request)
    subject = _subject(request, portal, notes)
    requester, proves_identity = signed_by_subject(request, subject, notes)
    language = _language(request, portal, notes)
    _rights_note(request, notes)
    new = NewCase(
        channel=request.channel,
        received_at=request.received_at,
        subject=subject,
        requester=requester,
        rights=list(request.rights),
        request_text=_request_text(request),
        receipt_proof=_receipt_proof(request, notes),
        attachments=_attachments(request),
        language=language,
        external_id=_external_id(request.external_id),
        identity_method=request.identity_method,
        imported_from=request.source,
        content_sha256=request.original_sha256,
    )
    return IncomingCase(new, tuple(notes), proves_identity)


def signed_by_subject(request: IncomingRequest, subject: PartyInput, notes: list[Message | str]
                      ) -> tuple[PartyInput | None, SignatureVerdict | None]:
    """Whether a valid e-signature proves the subject's identity: only when the signer's
    personal code is the subject's. A signature proves who signed, not that the signer may ask
    for someone else's data; a signer who is not the subject becomes the requester, and the
    DPO asks for their authority (GDPR 12(6)) instead of taking the signature as the check."""
    verdict = request.signature
    if verdict is None or not verdict.valid:
        return None, None
    if verdict.personal_code and verdict.personal_code == subject.personal_code:
        return None, verdict
    if verdict.personal_code is None:
        notes.append(Message(SIGNER_WITHOUT_CODE, {"signer": verdict.signer_name}))
        return None, None
    notes.append(Message(SIGNER_NOT_SUBJECT, {"signer": verdict.signer_name,
                                              "signer_code": verdict.personal_code,
                                              "subject_code": subject.personal_code}))
    return PartyInput(name=verdict.signer_name, personal_code=verdict.personal_code), None


def _portal_fields(request: IncomingRequest) -> dict:
    """Portal fields the parser checks but does not carry (phone, language).

    The parser has already validated the whole document, so reading it again cannot fail on
    shape; the guards only keep a surprise from becoming a traceback.
    """
    if request.source != "portal":
        return {}
    try:
        document = json.loads(request.original_bytes)
    except ValueError:
        return {}
    customer = document.get("customer") if isinstance(document, dict) else None
    return {
        "phone": customer.get("phone") if isinstance(customer, dict) else None,
        "language": document.get("language") if isinstance(document, dict) else None,
    }


def _subject(request: IncomingRequest, portal: dict, notes: list[Message | str]) -> PartyInput:
    name = " ".join(request.sender_name.split())[:_MAX_NAME]
    email = _valid(normalize_email, request.sender_email, message("e-mail address"), notes)
    code = _valid(lambda text: parse_personal_code(text).value, request.personal_code,
                  message("personal code"), notes)
    phone = _valid(normalize_phone, portal.get("phone") or request.sender_phone,
                   message("phone number"), notes)
    customer_no = request.portal_customer_id
    if customer_no and len(customer_no) > _MAX_CUSTOMER_NO:
        notes.append(message("The portal customer number “{customer_no}” is longer than "
                             "{limit} characters and was not stored with the subject.",
                             customer_no=customer_no, limit=_MAX_CUSTOMER_NO))
        customer_no = None
    if not name and not email:
        name = UNKNOWN_SENDER.get(request.source, UNKNOWN)
        notes.append(message("The request names no sender; enter the data subject from the "
                             "document."))
    # The sender is taken to be the data subject. A representative (e.g. a lawyer writing for
    # a client) is recognised by a person reading the request, who then adds the authority.
    return PartyInput(name=name, personal_code=code, email=email, phone=phone,
                      customer_no=customer_no)


def _valid(normalise, value: str | None, what: Message, notes: list[Message | str]
           ) -> str | None:
    if not value or not value.strip():
        return None
    try:
        return normalise(value)
    except (InvalidIdentifier, ValueError) as exc:
        notes.append(message(NOT_STORED, what=what,
                             problem=getattr(exc, "message", None) or str(exc)))
        return None


def _language(request: IncomingRequest, portal: dict, notes: list[Message | str]) -> str:
    chosen = portal.get("language")
    language = chosen if chosen in ("lv", "en", "ru") else None
    if language is None and request.source not in ("scan", "signed"):
        language = guess_language(request.subject, request.body_text)
    elif language is None and request.body_text:
        # A scan's "subject" is our own line; only the letter's words tell its language.
        language = guess_language(request.body_text)
    if language == "ru":
        # Letters exist in Latvian and English only; Latvian is the language of the state.
        notes.append(message("The request is in Russian; the answer language was set to "
                             "Latvian. Change it if the subject should be answered in English."))
        return "lv"
    return language or "lv"


def _rights_note(request: IncomingRequest, notes: list[Message | str]) -> None:
    if request.rights_guessed and request.rights:
        rights = [Message(RIGHT, {"right": r, "number": r.article.removeprefix("Art. ")})
                  for r in request.rights]
        notes.append(Message(RIGHTS_GUESSED, {"rights": rights}))
    elif not request.rights:
        notes.append(message("No right was recognised in the request; read it and set the "
                             "rights."))


def _receipt_proof(request: IncomingRequest, notes: list[Message | str]) -> str:
    riga = request.received_at.astimezone(RIGA)
    # Kept in English as the case's evidence; the window reads it back (case_words.py).
    lines = [
        Message(RECEIVED, {"when": f"{riga:%d.%m.%Y %H:%M}",
                           "iso": request.received_at.isoformat(),
                           "evidence": request.received_evidence,
                           "filename": request.original_filename}),
        Message(KEPT, {"filename": request.original_filename,
                       "sha256": request.original_sha256}),
    ]
    if request.source in ("email", "msg"):
        lines.append(Message(MESSAGE_ID, {"message_id": request.external_id}))
    elif request.source == "portal":
        lines.append(Message(PORTAL_ID, {"request_id": request.external_id}))
    elif request.source == "signed" and request.signature is not None:
        lines.append(Message(E_SIGNATURE, {"signature": request.signature.summary()}))
    if notes:
        lines.append(Message(TO_CHECK))
        lines.extend(Message(NOTE, {"note": note}) for note in notes)
    return "\n".join(map(str, lines))


def _request_text(request: IncomingRequest) -> str:
    if request.source in ("email", "msg"):
        return f"Subject: {request.subject}\n\n{request.body_text}".strip()
    if request.source == "scan":
        if request.body_text:
            return str(Message(SCANNED_WITH_TEXT, {"filename": request.original_filename,
                                                   "text": request.body_text}))
        return str(Message(SCANNED, {"filename": request.original_filename}))
    if request.source == "signed":
        # Kept in English as the case's record; the window reads it back (case_words.py).
        fields = {"filename": request.original_filename, "text": request.body_text.strip()}
        if request.signature is not None:
            fields["signature"] = request.signature.summary()
        template = {(True, True): SIGNED_WITH_VERDICT_TEXT, (True, False): SIGNED_WITH_VERDICT,
                    (False, True): SIGNED_WITH_TEXT, (False, False): SIGNED}[
            ("signature" in fields, bool(fields["text"]))]
        return str(Message(template, fields))
    return request.body_text


def _attachments(request: IncomingRequest) -> list[AttachmentInput]:
    evidence_name = safe_filename(request.original_filename, fallback_stem="request")
    media_type = _EVIDENCE_MEDIA_TYPES.get(request.source)
    files = [
        AttachmentInput(
            evidence_name,
            request.original_bytes,
            media_type or (request.attachments[0].media_type if request.attachments else
                           "application/octet-stream"),
            kind="evidence",
        )
    ]
    for attachment in request.attachments:
        if attachment.sha256 == request.original_sha256:
            continue  # a scan is its own request document; one copy is enough
        files.append(
            AttachmentInput(
                attachment.filename,
                attachment.content,
                _media_type(attachment.media_type),
                kind="request",
            )
        )
    return files


def _media_type(value: str) -> str:
    return value if len(value) <= _MAX_MEDIA_TYPE else "application/octet-stream"


def _external_id(value: str) -> str:
    # A Message-ID has no length limit in RFC 5322; a digest of a long one identifies it as well.
    if len(value) <= _MAX_EXTERNAL_ID:
        return value
    return "id-sha256:" + hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()
