"""Revocation of the signer's certificate checked with the CA's OCSP service: a real local
responder (tests/intake/ocsp_responder.py) the signer's certificate names, answering "good" or
"revoked" signed by the test's issuing CA or by a responder certificate it issued; a forged
answer, one from another CA, and a service that is not there."""

from __future__ import annotations

from datetime import timedelta

import pytest

from smarttek_dsar.intake.signed_request import parse_signed_request
from tests.fixed_clock import NOW_UTC, TODAY
from tests.intake.asice_builder import make_pki, signed_request
from tests.intake.ocsp_responder import REVOKED_AT, ocsp_signer, running_responder
from tests.mail_servers import free_port


@pytest.fixture
def responder():
    with running_responder() as running:
        yield running


def _parsed(pki):
    data, _ = signed_request(pki)
    return parse_signed_request(data, "iesniegums.edoc", TODAY, trust_anchors=(pki.root.pem,),
                                now=NOW_UTC)


def test_a_good_answer_makes_the_signature_valid_and_says_so(responder):
    pki = make_pki(ocsp_url=responder.url)
    responder.serve(pki)
    verdict = _parsed(pki).signature
    assert verdict.valid and verdict.revocation == "good"
    (request,) = responder.requests
    assert request.serial_number == pki.signer.certificate.serial_number
    assert verdict.summary().startswith("Signature valid: signed by Jānis Bērziņš")
    assert "Not revoked: the CA's OCSP service (" + responder.url + ") answered “good”" in \
        verdict.summary()


def test_a_revoked_certificate_refuses_the_signature_with_the_date_and_reason(responder):
    pki = make_pki(ocsp_url=responder.url)
    responder.serve(pki)
    responder.status = "revoked"
    request = _parsed(pki)
    verdict = request.signature
    assert not verdict.valid and verdict.revocation == "revoked"
    (problem,) = map(str, verdict.problems)
    riga = REVOKED_AT + timedelta(hours=2)  # the fixed clock's date is in Riga winter time
    assert f"REVOKED on {riga:%d.%m.%Y %H:%M} Riga time (reason: key compromise)" in problem
    assert verdict.summary().startswith("Signature NOT valid (Jānis Bērziņš")
    # Nothing of a refused signature is taken as proven: the signer is not the subject.
    assert request.personal_code is None


def test_an_unreachable_service_is_said_plainly_and_not_called_valid():
    pki = make_pki(ocsp_url=f"http://127.0.0.1:{free_port()}/ocsp")  # nothing listens there
    verdict = _parsed(pki).signature
    assert verdict.revocation == "unreachable"
    summary = verdict.summary()
    assert not summary.startswith("Signature valid")
    assert summary.startswith("Signature verified, revocation NOT confirmed")
    assert "could not be reached (connection refused)" in summary


def test_an_answer_whose_signature_does_not_verify_is_not_taken(responder):
    pki = make_pki(ocsp_url=responder.url)
    responder.serve(pki)
    responder.status = "revoked"  # a forger could as well say "good"
    responder.forged = True
    verdict = _parsed(pki).signature
    assert verdict.revocation == "unknown" and verdict.valid
    assert "Revocation UNKNOWN" in verdict.summary()
    assert "signature does not verify" in verdict.summary()


def test_a_responder_certificate_the_ca_issued_for_ocsp_may_answer(responder):
    pki = make_pki(ocsp_url=responder.url)
    responder.serve(pki)
    responder.delegate = ocsp_signer(pki.intermediate)
    responder.status = "revoked"
    verdict = _parsed(pki).signature
    assert verdict.revocation == "revoked" and not verdict.valid
    # One the CA issued without the OCSP-signing purpose may not.
    responder.delegate = ocsp_signer(pki.intermediate, purpose=False)
    assert _parsed(pki).signature.revocation == "unknown"


def test_an_answer_from_another_ca_is_not_taken(responder):
    pki = make_pki(ocsp_url=responder.url)
    responder.serve(make_pki())  # another CA answers, naming our certificate's serial
    responder.signer = pki.signer.certificate
    verdict = _parsed(pki).signature
    assert verdict.revocation == "unknown" and "answered about another certificate" in \
        verdict.summary()


def test_a_certificate_naming_no_service_is_reported_as_not_checked():
    pki = make_pki()
    verdict = _parsed(pki).signature
    assert verdict.valid and verdict.revocation == "no_responder"
    assert "Revocation NOT checked: the signer's certificate names no OCSP service" in \
        verdict.summary()


def test_a_service_that_does_not_answer_is_given_up_after_the_timeout():
    import socket
    import time

    from smarttek_dsar.intake.ocsp_check import check_revocation

    with socket.socket() as silent:  # accepts the connection, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        pki = make_pki(ocsp_url=f"http://127.0.0.1:{silent.getsockname()[1]}/ocsp")
        started = time.monotonic()
        result = check_revocation(pki.signer.certificate, pki.intermediate.certificate,
                                  now=NOW_UTC, timeout=0.5)
        assert time.monotonic() - started < 3
    assert (result.status, str(result.detail)) == ("unreachable", "no answer in time")
