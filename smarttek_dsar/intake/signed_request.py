"""A request signed with eParaksts (.edoc, ASiC-E) as an IncomingRequest with its verdict.

The container is opened, every signature checked (intake/xades_signature.py) and its signer's
certificate chained to the trust anchors the administrator installed
(intake/signer_certificate.py). The signed files become the request's documents and their text
its request text; the rights, identifiers and language are suggested from that text as for a
scanned letter. The signer's name and personal code come from the certificate and are taken as
the subject only when the signature is valid; the case services then decide whether the
signature also proves the subject's identity (the signer must be the person the request is
about). Like a letter, the file shows when it was signed, not when it reached the company, so
the delivery date is entered by staff.
"""

from __future__ import annotations

import mimetypes
from dataclasses import replace
from datetime import date, datetime

from cryptography import x509

from smarttek_dsar.domain.clock import RIGA
from smarttek_dsar.domain.messages import Message, message
from smarttek_dsar.domain.rights import Channel
from smarttek_dsar.intake.incoming import (
    DEFAULT_MAX_ATTACHMENT_BYTES,
    IncomingRequest,
    IntakeError,
    sha256_hex,
)
from smarttek_dsar.intake.letter_details import letter_details
from smarttek_dsar.intake.ocsp_check import REVOKED, check_revocation
from smarttek_dsar.intake.receipt import letter_receipt, utc_now
from smarttek_dsar.intake.rights_guess import guess_rights
from smarttek_dsar.intake.safety import make_attachment, unique_names
from smarttek_dsar.intake.scan_text import UNREADABLE, read_scan_text
from smarttek_dsar.intake.signature_verdict import SignatureVerdict
from smarttek_dsar.intake.signed_container import open_container
from smarttek_dsar.intake.signer_certificate import PROBLEMS as CHAIN_PROBLEMS
from smarttek_dsar.intake.signer_certificate import (
    UntrustedCertificate,
    describe,
    fingerprint,
    is_qualified,
    signer_name,
    signer_personal_code,
    trust_chain,
)
from smarttek_dsar.intake.xades_signature import PROBLEMS as XML_PROBLEMS
from smarttek_dsar.intake.xades_signature import (
    SignatureProblem,
    check_signature,
    parse_signature_document,
    signer_certificate,
)

EVIDENCE_SIGNED = "delivery date of the signed document, entered by staff"
# A refused signature's problems (signature_verdict.NOT_VALID joins them with a space): one of
# a container's signature files, or those of one signature. Named so that a stored summary
# reads back to them (services/intake/case_words.py).
IN_FILE = "{name}: {problem}"  # {problem}: one of XML_PROBLEMS
HOLDS_NONE = "{name} holds no signature."
SIGNED_IN_FUTURE = "The signing time {when} UTC is in the future."
SIGNATURE_PROBLEMS = (*XML_PROBLEMS, *CHAIN_PROBLEMS, SIGNED_IN_FUTURE, REVOKED, HOLDS_NONE)
_TEXT_TYPES = ("text/plain", "text/markdown", "text/csv")
_READABLE_TYPES = ("application/pdf", "image/png", "image/jpeg", "image/tiff")


def load_trust_anchors(pems: tuple[bytes, ...]) -> tuple[x509.Certificate, ...]:
    anchors = []
    for data in pems:
        try:
            anchors.append(x509.load_pem_x509_certificate(data) if b"-----BEGIN" in data
                           else x509.load_der_x509_certificate(data))
        except ValueError:
            continue  # the trust store only ever holds certificates it could read (trust add)
    return tuple(anchors)


def verify_container(data: bytes, filename: str, trust_anchors: tuple[bytes, ...], *,
                     now: datetime) -> tuple[dict[str, bytes], list[SignatureVerdict]]:
    container = open_container(data, filename)
    anchors = load_trust_anchors(trust_anchors)
    verdicts = []
    for name, xml in container.signatures:
        try:
            signatures = parse_signature_document(xml)
        except SignatureProblem as exc:
            verdicts.append(_failed((message(IN_FILE, name=name, problem=exc.message),)))
            continue
        if not signatures:
            verdicts.append(_failed((message(HOLDS_NONE, name=name),)))
        for signature in signatures:
            verdicts.append(_verdict(signature, container.files, anchors, now))
    return container.files, verdicts


def _verdict(signature, files: dict[str, bytes], anchors, now: datetime) -> SignatureVerdict:
    try:
        checked = check_signature(signature, files)
    except SignatureProblem as exc:
        # Who the signature claims to be from, so the DPO can contact them; only the name,
        # as nothing of a broken signature is taken as proven.
        return replace(_failed((exc.message,)), signer_name=_claimed_signer(signature))
    certificate = checked.certificate
    problems: list[Message | str] = []
    anchor = ""
    revocation = None
    if checked.signing_time is not None and checked.signing_time > now:
        problems.append(message(SIGNED_IN_FUTURE, when=f"{checked.signing_time:%d.%m.%Y %H:%M}"))
    try:
        chain = trust_chain(certificate, checked.carried, anchors,
                            signing_time=checked.signing_time, now=now)
        anchor = describe(chain.anchor.subject)
    except UntrustedCertificate as exc:
        problems.append(exc.message)
    else:
        # Asked only of a chain that holds: the issuer is then the CA that answers for it.
        revocation = check_revocation(certificate, chain.path[1], now=now)
        if revocation.status == "revoked":
            problems.append(revocation.said())
    return SignatureVerdict(
        valid=not problems,
        signer_name=signer_name(certificate),
        personal_code=signer_personal_code(certificate),
        signing_time=checked.signing_time,
        issuer=describe(certificate.issuer),
        certificate_serial=format(certificate.serial_number, "x"),
        certificate_sha256=fingerprint(certificate),
        trust_anchor=anchor,
        qualified=is_qualified(certificate),
        signed_files=checked.signed_files,
        problems=tuple(problems),
        revocation=revocation.status if revocation else "not_checked",
        revocation_note=revocation.said() if revocation else "",
    )


def _claimed_signer(signature) -> str:
    try:
        return signer_name(signer_certificate(signature))
    except SignatureProblem:
        return ""


def _failed(problems: tuple[Message | str, ...]) -> SignatureVerdict:
    return SignatureVerdict(False, "", None, None, "", "", "", "", False, (), problems)


def parse_signed_request(
    data: bytes, filename: str, received_on: date, *, trust_anchors: tuple[bytes, ...] = (),
    max_attachment_bytes: int = DEFAULT_MAX_ATTACHMENT_BYTES, now: datetime | None = None,
) -> IncomingRequest:
    received_at = letter_receipt(received_on, filename=filename, now=now)
    files, verdicts = verify_container(data, filename, trust_anchors, now=utc_now(now))
    verdict = next((v for v in verdicts if v.valid), verdicts[0])
    warnings: list[Message | str] = [verdict.said()]
    if verdict.signing_time is not None and \
            verdict.signing_time.astimezone(RIGA).date() > received_on:
        warnings.append(message(
            "The document claims to be signed on {signed}, after the delivery date entered "
            "({received}); check the delivery date.",
            signed=verdict.signing_time.astimezone(RIGA).date(), received=received_on))
    if len(verdicts) > 1:
        warnings.append(message("The container holds {count} signatures; the desk reports "
                                "the first valid one. Open it in eParaksts to see all signers.",
                                count=len(verdicts)))
    unsigned = sorted(set(files) - set(verdict.signed_files)) if verdict.valid else []
    if unsigned:
        warnings.append(message("Not covered by the signature (do not rely on them as "
                                "signed): {files}.", files=unsigned))
    texts = []
    attachments = []
    for index, (name, content) in enumerate(sorted(files.items()), start=1):
        media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        attachments.append(make_attachment(name, content, media_type, source_filename=filename,
                                           index=index, max_bytes=max_attachment_bytes))
        text, notes = _text_of(content, media_type, name)
        if text:
            texts.append(text)
        warnings.extend(notes)
    body = "\n\n".join(texts)
    details = letter_details(body)
    code = details.personal_code
    name = details.name
    if verdict.valid:
        # The certificate's name and code are what the signature proves; the text's only
        # stand in when they differ (then the signer is someone else: see incoming_case).
        code = code or verdict.personal_code
        if code == verdict.personal_code:
            name = verdict.signer_name
    digest = sha256_hex(data)
    return IncomingRequest(
        source="signed",
        channel=Channel.OTHER,
        external_id=f"sha256:{digest}",
        received_at=received_at,
        received_evidence=EVIDENCE_SIGNED,
        sender_name=name,
        sender_email=details.email or "",
        subject=f"Signed request received {received_on:%d.%m.%Y}",
        body_text=body,
        attachments=unique_names(attachments),
        original_filename=filename,
        original_bytes=data,
        original_sha256=digest,
        personal_code=code,
        sender_phone=details.phone,
        rights=guess_rights(body) if body else (),
        rights_guessed=bool(body),
        warnings=tuple(warnings),
        signature=verdict,
    )


def _text_of(content: bytes, media_type: str, name: str
             ) -> tuple[str, tuple[Message | str, ...]]:
    if media_type in _TEXT_TYPES:
        for encoding in ("utf-8-sig", "windows-1257"):
            try:
                return content.decode(encoding).strip(), ()
            except UnicodeDecodeError:
                continue
    if media_type in _READABLE_TYPES:
        read = read_scan_text(content, media_type, name)
        return read.text, read.notes
    return "", (Message(UNREADABLE, {"name": name}),)


def require_delivery_date(received_on: date | None, filename: str) -> date:
    if received_on is None:
        raise IntakeError("{filename}: a signed document shows when it was signed, not when it "
                          "reached us; enter the date it was delivered.", filename=filename)
    return received_on
