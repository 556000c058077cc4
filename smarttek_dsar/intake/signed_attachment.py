"""An e-mail that brings a signed request (.edoc / .asice) as an attachment: the usual way an
eParaksts-signed request reaches privacy@smarttek.eu. The attachment's signature is checked as
for an imported .edoc, and the request carries the verdict, so the same rules decide whether it
proves the subject's identity. The e-mail's own receipt time stays the legal receipt.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from smarttek_dsar.domain.messages import message
from smarttek_dsar.intake.incoming import IncomingRequest, IntakeError
from smarttek_dsar.intake.receipt import utc_now
from smarttek_dsar.intake.signed_container import looks_like_asic
from smarttek_dsar.intake.signed_request import verify_container


def with_signed_attachment(request: IncomingRequest, trust_anchors: tuple[bytes, ...], *,
                           now: datetime | None = None) -> IncomingRequest:
    """`request` with the verdict of its first signed attachment; unchanged without one."""
    if request.source not in ("email", "msg") or request.signature is not None:
        return request
    attachment = next((a for a in request.attachments if looks_like_asic(a.content)), None)
    if attachment is None:
        return request
    try:
        # bytes(): an Outlook attachment may be a view of the .msg (no copy when it is not).
        _files, verdicts = verify_container(bytes(attachment.content), attachment.filename,
                                            trust_anchors, now=utc_now(now))
    except IntakeError as exc:
        return replace(request, warnings=(*request.warnings, exc.message))
    verdict = next((v for v in verdicts if v.valid), verdicts[0])
    changes: dict = {"signature": verdict,
                     "warnings": (*request.warnings, message(
                         "{filename}: {summary}", filename=attachment.filename,
                         summary=verdict.said()))}
    if verdict.signing_time is not None and verdict.signing_time > request.received_at:
        # A document cannot be signed after the mail carrying it arrived: the receipt headers
        # or the claimed signing time are wrong. Either way a person looks before relying.
        changes["warnings"] += (
            f"{attachment.filename} claims to be signed after the e-mail arrived; check the "
            "receipt time and the signature before relying on either.",)
    if verdict.valid and verdict.personal_code and not request.personal_code:
        # The sender signed the attached request: the certificate names them better than the
        # mail's display name does.
        changes |= {"personal_code": verdict.personal_code, "sender_name": verdict.signer_name}
    return replace(request, **changes)
