"""Signed requests imported as cases, on SQLite and PostgreSQL, with trust anchors an
administrator installs: a valid signature of the subject is recorded as the identity check;
a signer who is not the subject, and an invalid or untrusted signature, record nothing."""

from __future__ import annotations

from datetime import timedelta

import pytest

from smarttek_dsar.domain.identity import VerificationMethod
from smarttek_dsar.domain.workflow import Stage
from smarttek_dsar.services.errors import PermissionDenied, ServiceError
from tests.fixed_clock import TODAY
from tests.intake.asice_builder import SIGNER_CODE, make_pki, signed_request


def _import(services, specialist, tmp_path, data, name="iesniegums.edoc"):
    path = tmp_path / name
    path.write_bytes(data)
    (result,) = services.imports.import_files(specialist, [path], received_on=TODAY - timedelta(days=1))
    assert result.status == "created", result.message
    return result, services.cases.detail(specialist, result.case_number)


def _trust(services, admin, tmp_path, pki):
    ca = tmp_path / "root.pem"
    ca.write_bytes(pki.root.pem)
    return services.trust.add(admin, ca)


def test_administrator_installs_lists_and_removes_trust_anchors_in_the_audit_trail(
    services, admin, specialist, tmp_path
):
    pki = make_pki()
    anchor = _trust(services, admin, tmp_path, pki)
    assert anchor.subject == "Test eParaksts Root CA"
    assert [a.sha256 for a in services.trust.list(admin)] == [anchor.sha256]
    with pytest.raises(ServiceError, match="already trusted"):
        _trust(services, admin, tmp_path, pki)
    signer = tmp_path / "person.pem"
    signer.write_bytes(pki.signer.pem)
    with pytest.raises(ServiceError, match="not a certificate authority"):
        services.trust.add(admin, signer)
    with pytest.raises(PermissionDenied):
        services.trust.add(specialist, tmp_path / "root.pem")
    removed = services.trust.remove(admin, anchor.sha256[:12])
    assert removed.sha256 == anchor.sha256 and services.trust.list(admin) == []
    actions = [e.action for e in services.audit.recent(admin) if e.action.startswith("trust")]
    assert sorted(actions) == ["trust_anchor.added", "trust_anchor.removed"]


def test_a_valid_signature_of_the_subject_is_recorded_as_the_identity_check(
    services, admin, specialist, tmp_path
):
    data, pki = signed_request()
    _trust(services, admin, tmp_path, pki)
    result, case = _import(services, specialist, tmp_path, data)
    assert "revocation NOT confirmed: signed by Jānis Bērziņš" in result.message
    assert "Identity verified by the qualified e-signature." in result.message
    (subject,) = case.parties
    assert (subject.name, subject.personal_code) == ("Jānis Bērziņš", SIGNER_CODE)
    (check,) = case.identity_checks
    assert check.method == VerificationMethod.E_SIGNATURE.value and check.result == "verified"
    assert SIGNER_CODE in check.notes and "Test eParaksts Root CA" in check.notes
    assert "Revocation NOT checked: the signer's certificate names no OCSP service" in \
        check.notes
    assert case.summary.stage is Stage.IDENTITY
    assert "Lūdzu sniegt piekļuvi" in case.request_text
    assert [a.kind for a in case.attachments] == ["evidence", "request"]
    events = [e for e in services.audit.recent(admin) if e.action == "identity.checked"]
    assert events and events[0].details.get("method") == "e_signature"


def test_a_signer_who_is_not_the_subject_is_the_requester_and_nothing_is_recorded(
    services, admin, specialist, tmp_path
):
    text = ("Lūdzu izsniegt kopiju par manu māti.\nPersonas kods: 010150-10004\n")
    data, pki = signed_request(text=text)
    _trust(services, admin, tmp_path, pki)
    result, case = _import(services, specialist, tmp_path, data)
    assert case.identity_checks == ()
    roles = {p.role: p for p in case.parties}
    assert roles["subject"].personal_code == "010150-10004"
    assert roles["requester"].personal_code == SIGNER_CODE
    assert any("Ask for the authority" in note for note in map(str, result.notes))
    assert "No identity check was recorded." in result.message


def test_an_untrusted_or_tampered_signature_is_reported_and_records_nothing(
    services, admin, specialist, tmp_path
):
    data, _pki = signed_request()
    result, case = _import(services, specialist, tmp_path, data)  # no anchor installed
    assert "Signature NOT valid" in result.message and "No trust anchors" in result.message
    assert case.identity_checks == () and case.summary.stage is Stage.INTAKE
    tampered, pki = signed_request(tamper=b"Ludzu dzest visu.")
    _trust(services, admin, tmp_path, pki)
    result, case = _import(services, specialist, tmp_path, tampered, name="otrs.asice")
    assert "changed after signing" in result.message and case.identity_checks == ()


def test_an_email_bringing_a_signed_request_is_verified_by_its_attachment(
    services, admin, specialist, tmp_path
):
    from tests.services.intake_files import mail, write

    data, pki = signed_request()
    _trust(services, admin, tmp_path, pki)
    message = mail(sender="J. B. <janis.berzins@example.lv>",
                   attachments=(("iesniegums.edoc", data),))
    (result,) = services.imports.import_files(specialist, [write(tmp_path, "m.eml", message)])
    assert result.status == "created", result.message
    assert "Identity verified by the qualified e-signature." in result.message
    case = services.cases.detail(specialist, result.case_number)
    (subject,) = case.parties
    assert (subject.name, subject.personal_code, subject.email) == (
        "Jānis Bērziņš", SIGNER_CODE, "janis.berzins@example.lv")
    (check,) = case.identity_checks
    assert check.method == VerificationMethod.E_SIGNATURE.value
    # The test mail arrived in 2024 and the test CA signs today: the desk notices.
    assert any("claims to be signed after the e-mail arrived" in n for n in map(str, result.notes))


def test_the_ocsp_answer_is_recorded_with_the_identity_check(services, admin, specialist,
                                                             tmp_path):
    from tests.intake.ocsp_responder import running_responder

    with running_responder() as responder:
        pki = make_pki(ocsp_url=responder.url)
        responder.serve(pki)
        _trust(services, admin, tmp_path, pki)
        data, _ = signed_request(pki)
        result, case = _import(services, specialist, tmp_path, data)
        assert "Signature valid: signed by Jānis Bērziņš" in result.message
        (check,) = case.identity_checks
        assert f"Not revoked: the CA's OCSP service ({responder.url}) answered “good”" in \
            check.notes
        events = [e for e in services.audit.recent(admin) if e.action == "identity.checked"]
        assert events[0].details["revocation"] == "good"

        responder.status = "revoked"
        again, _ = signed_request(pki, text="Lūdzu dzēst manus datus.\n")
        revoked, case = _import(services, specialist, tmp_path, again, name="otrs.edoc")
        assert "Signature NOT valid" in revoked.message and "REVOKED" in revoked.message
        assert case.identity_checks == () and case.parties[0].personal_code is None
