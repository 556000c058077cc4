"""The identity check a valid e-signature of the subject gives, recorded when the signed
request (.edoc) is imported, in the import's own transaction.

EDPB Guidelines 01/2022: a qualified electronic signature (eIDAS Art. 25(2): the equivalent of
a handwritten one) identifies the person strongly; asking a subject who signed with eParaksts
for an ID copy as well would be excessive (GDPR 12(6), 5(1)(c)). Only called for a signature
the intake found valid and whose signer is the subject (incoming_case.signed_by_subject).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from smarttek_dsar.domain.clock import RIGA
from smarttek_dsar.domain.identity import VerificationMethod
from smarttek_dsar.domain.workflow import Stage
from smarttek_dsar.intake.signature_verdict import SignatureVerdict
from smarttek_dsar.services import audit
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.storage.models import Case, IdentityCheck
from smarttek_dsar.storage.timestamps import now_utc


def e_signature_notes(verdict: SignatureVerdict) -> str:
    when = (f"{verdict.signing_time.astimezone(RIGA):%d.%m.%Y %H:%M} Riga time"
            if verdict.signing_time else "an unstated time")
    kind = "Qualified e-signature" if verdict.qualified else \
        "E-signature (the certificate does not state it is qualified)"
    return (f"{kind} of {verdict.signer_name}, personal code {verdict.personal_code}, signed "
            f"{when} over {', '.join(verdict.signed_files)}; certificate {verdict.certificate_serial}"
            f" issued by {verdict.issuer}, chain to the trusted “{verdict.trust_anchor}” checked "
            f"at import. {verdict.revocation_note or 'Revocation (OCSP) was not checked.'}")


def record_e_signature(session: Session, actor: Actor, case: Case,
                       verdict: SignatureVerdict) -> None:
    case.identity_checks.append(IdentityCheck(
        method=VerificationMethod.E_SIGNATURE.value,
        result="verified",
        notes=e_signature_notes(verdict),
        verifier_id=actor.user_id,
        checked_at=now_utc(),
    ))
    case.stage = Stage.IDENTITY.value
    session.flush()
    # The certificate identifies a person: its fingerprint goes beside the event, not into it.
    audit.record(session, actor, "identity.checked", case_id=case.id, case_number=case.number,
                 details={"method": VerificationMethod.E_SIGNATURE.value, "result": "verified",
                          "at_import": True, "qualified": verdict.qualified,
                          "revocation": verdict.revocation},
                 personal={"certificate_sha256": verdict.certificate_sha256})
