"""Signed requests (.edoc / .asice) checked as the DPO needs: containers signed by a test CA
the tests create (root, intermediate, signer with a "PNOLV-" serialNumber), with ECDSA and RSA
keys, and the ways a signature fails: a file changed after signing, changed signed properties,
a forged signature value, an expired or not-yet-valid certificate, an authentication
certificate, an untrusted CA, no trust anchors installed, and a signature-wrapping attempt."""

from __future__ import annotations

import zipfile
from datetime import timedelta
from io import BytesIO

import pytest

from smarttek_dsar.domain.rights import Right
from smarttek_dsar.intake import IntakeError, parse_incoming_file
from smarttek_dsar.intake.signed_request import parse_signed_request
from tests.fixed_clock import NOW_UTC, TODAY
from tests.intake.asice_builder import (
    SIGNER_CODE,
    container,
    make_pki,
    signature_xml,
    signed_request,
)
from tests.intake.conftest import assert_complete


def parsed(data: bytes, *anchors: bytes, name: str = "iesniegums.edoc"):
    return parse_signed_request(data, name, TODAY, trust_anchors=anchors, now=NOW_UTC)


@pytest.mark.parametrize("kind", ["ec", "rsa"])
def test_a_valid_signature_names_the_signer_and_the_signed_text_is_the_request(kind):
    data, pki = signed_request(make_pki(signer_kind=kind))
    request = parsed(data, pki.root.pem)
    assert_complete(request)
    verdict = request.signature
    assert verdict.valid and verdict.problems == ()
    assert (verdict.signer_name, verdict.personal_code) == ("Jānis Bērziņš", SIGNER_CODE)
    assert verdict.qualified and verdict.trust_anchor == "Test eParaksts Root CA"
    assert verdict.signed_files == ("iesniegums.txt",)
    assert (request.sender_name, request.personal_code) == ("Jānis Bērziņš", SIGNER_CODE)
    assert request.sender_email == "janis.berzins@example.lv"
    assert "Lūdzu sniegt piekļuvi maniem personas datiem" in request.body_text
    assert request.rights == (Right.ACCESS,) and request.rights_guessed
    assert [a.filename for a in request.attachments] == ["iesniegums.txt"]
    # The test certificate names no OCSP service: verified, but not called valid outright.
    assert str(request.warnings[0]).startswith(
        "Signature verified, revocation NOT confirmed: signed by Jānis Bērziņš")


def test_the_intermediate_ca_may_be_the_trust_anchor():
    data, pki = signed_request()
    assert parsed(data, pki.intermediate.pem).signature.valid


def test_a_file_changed_after_signing_is_reported_and_proves_nothing():
    data, pki = signed_request(tamper="Lūdzu dzēst visus datus.".encode())
    request = parsed(data, pki.root.pem)
    assert not request.signature.valid
    assert "“iesniegums.txt” was changed after signing" in request.signature.summary()
    assert request.personal_code is None  # the certificate's code is not taken
    assert request.signature.signer_name == "Jānis Bērziņš"  # who it claims to be from
    assert request.signature.personal_code is None


def _rewritten(data: bytes, old: bytes, new: bytes) -> bytes:
    """The container with its signature file edited (as an attacker would)."""
    source = zipfile.ZipFile(BytesIO(data))
    files = {i.filename: source.read(i) for i in source.infolist()}
    signature = files.pop("META-INF/signatures0.xml")
    assert old in signature
    files.pop("mimetype"), files.pop("META-INF/manifest.xml")
    return container(files, signature.replace(old, new))


def test_changed_signed_properties_are_reported():
    data, pki = signed_request()
    later = (NOW_UTC - timedelta(days=1)).strftime("%Y-%m-%dT%H").encode()
    forged = _rewritten(data, later, (NOW_UTC - timedelta(days=400)).strftime(
        "%Y-%m-%dT%H").encode())
    verdict = parsed(forged, pki.root.pem).signature
    assert not verdict.valid and "signed properties (signer's certificate, signing time) were changed" in verdict.summary()


def test_a_signature_value_made_with_another_key_is_reported():
    data, pki = signed_request()
    other, _ = signed_request(make_pki())  # same text, another signer's key and certificate
    value = zipfile.ZipFile(BytesIO(other)).read("META-INF/signatures0.xml")
    start = value.index(b'Id="S0-SIG">') + len(b'Id="S0-SIG">')
    forged_value = value[start:value.index(b"<", start)]
    original = zipfile.ZipFile(BytesIO(data)).read("META-INF/signatures0.xml")
    start = original.index(b'Id="S0-SIG">') + len(b'Id="S0-SIG">')
    verdict = parsed(_rewritten(data, original[start:original.index(b"<", start)],
                                forged_value), pki.root.pem).signature
    assert not verdict.valid and "signature value does not match" in verdict.summary()


def test_an_untrusted_ca_or_no_anchors_is_reported_plainly():
    data, _pki = signed_request()
    stranger = make_pki(root_name="Some Other Root CA")
    verdict = parsed(data, stranger.root.pem).signature
    assert not verdict.valid and verdict.signer_name == "Jānis Bērziņš"
    assert "does not lead to an installed trust anchor" in verdict.summary()
    assert "No trust anchors are installed" in parsed(data).signature.summary()


def test_an_expired_certificate_is_refused():
    pki = make_pki(signer_valid_until=NOW_UTC - timedelta(days=10))
    # Signed while the certificate was valid, but the desk has no trusted timestamp to prove
    # that, so the claimed time alone does not rescue an expired certificate.
    data, _ = signed_request(pki, signing_time=NOW_UTC - timedelta(days=20))
    verdict = parsed(data, pki.root.pem).signature
    assert not verdict.valid and "has expired (" in str(verdict.summary())


def test_a_signing_time_before_the_certificate_is_refused():
    data, pki = signed_request(signing_time=NOW_UTC - timedelta(days=800))
    verdict = parsed(data, pki.root.pem).signature
    assert not verdict.valid and "not yet valid at the signing time" in str(verdict.summary())


def test_an_authentication_certificate_does_not_make_a_signature():
    data, pki = signed_request(make_pki(non_repudiation=False))
    verdict = parsed(data, pki.root.pem).signature
    assert not verdict.valid and "not a signing certificate" in verdict.summary()


def test_signature_wrapping_with_a_second_signed_properties_is_refused():
    data, pki = signed_request()
    wrapped = _rewritten(data, b"<xades:UnsignedProperties>",
                         b'<xades:UnsignedProperties><x Id="S0-SignedProperties"/>')
    verdict = parsed(wrapped, pki.root.pem).signature
    assert not verdict.valid and "holds 2 times instead of once" in verdict.summary()


def test_an_unsigned_file_added_to_the_container_is_named():
    files = {"iesniegums.txt": b"Ludzu piekluvi."}
    pki = make_pki()
    signature = signature_xml(files, pki, signing_time=NOW_UTC - timedelta(hours=2))
    data = container(files, signature, extra={"pielikums.txt": b"added later"})
    request = parsed(data, pki.root.pem)
    assert request.signature.valid
    assert any("Not covered by the signature" in w and "pielikums.txt" in w
               for w in map(str, request.warnings))


def test_external_entities_are_not_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    files = {"iesniegums.txt": b"x"}
    xxe = (f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e SYSTEM "file://{secret}">]>'
           '<r>&e;</r>').encode()
    verdict = parsed(container(files, xxe)).signature
    assert not verdict.valid and "TOP-SECRET" not in verdict.summary()


def test_detect_reads_edoc_by_content_and_asks_for_the_delivery_date(tmp_path):
    data, pki = signed_request()
    path = tmp_path / "pieprasījums.zip"  # renamed: the content decides
    path.write_bytes(data)
    with pytest.raises(IntakeError, match="enter the date it was delivered"):
        parse_incoming_file(path, now=NOW_UTC)
    request = parse_incoming_file(path, received_on=TODAY, now=NOW_UTC,
                                  trust_anchors=(pki.root.pem,))
    assert request.source == "signed" and request.signature.valid


def test_a_damaged_container_is_refused_with_a_message(tmp_path):
    data, _ = signed_request()
    path = tmp_path / "bojāts.edoc"
    path.write_bytes(data[:200])
    with pytest.raises(IntakeError, match="bojāts.edoc"):
        parse_incoming_file(path, received_on=TODAY, now=NOW_UTC)


def test_an_edoc_whose_mimetype_is_missing_is_refused_by_name(tmp_path):
    out = BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("iesniegums.txt", "x")
        archive.writestr("META-INF/signatures0.xml", "<x/>")
    path = tmp_path / "nepareizs.edoc"
    path.write_bytes(out.getvalue())
    with pytest.raises(IntakeError, match="not an ASiC-E signed container"):
        parse_incoming_file(path, received_on=TODAY, now=NOW_UTC)


def test_a_delivery_date_before_the_signing_is_questioned():
    data, pki = signed_request()
    request = parse_signed_request(data, "x.edoc", TODAY - timedelta(days=3),
                                   trust_anchors=(pki.root.pem,), now=NOW_UTC)
    assert request.signature.valid
    assert any("after the delivery date entered" in w for w in map(str, request.warnings))
