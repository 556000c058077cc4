"""Words that come from libraries or from stored English summaries, inside otherwise Latvian
sentences (issue 14): an OCSP service's failure, a refused signature's problems, tomllib's
reason for broken TOML and a sender's detail that was not stored. Each is built for real (a
local OCSP responder, a signed container, tomllib, the intake), kept in English as the case's
record, and read back: English as it was written, Latvian without the app's English."""

from __future__ import annotations

import ast
from datetime import timedelta
from pathlib import Path

import pytest

import smarttek_dsar
from smarttek_dsar.domain.identity import INVALID
from smarttek_dsar.domain.phrasebook import PhrasebookError
from smarttek_dsar.intake import signer_certificate, xades_signature
from smarttek_dsar.intake.signed_request import parse_signed_request
from smarttek_dsar.services.intake.case_words import receipt_proof_said, signature_said
from smarttek_dsar.services.intake.incoming_case import incoming_case
from smarttek_dsar.services.message_catalogue import error_in, message_in
from smarttek_dsar.sources.config_error import SourcesConfigError
from smarttek_dsar.sources.config_file import parse_sources_text
from smarttek_dsar.storage.phrasebook_file import phrasebook_from_text
from smarttek_dsar.storage.register_file import RegisterFileError, register_from_text
from tests.fixed_clock import NOW_UTC, TODAY
from tests.intake.asice_builder import make_pki, signed_request
from tests.intake.ocsp_responder import running_responder
from tests.mail_servers import free_port

PACKAGE = Path(smarttek_dsar.__file__).parent


def _signed(pki, *anchors, **kwargs):
    data, _ = signed_request(pki, **kwargs)
    return parse_signed_request(data, "iesniegums.edoc", TODAY, trust_anchors=anchors,
                                now=NOW_UTC)


def _said(stored: str) -> tuple[str, str]:
    """A stored signature summary read back: (English, Latvian)."""
    said = signature_said(stored)
    return message_in(said, "en"), message_in(said, "lv")


def _latvian_only(latvian: str, *english: str) -> None:
    for words in english:
        assert words not in latvian, latvian


# --- 1. the OCSP service's detail -----------------------------------------------------------

def test_an_unreachable_ocsp_service_is_said_in_latvian():
    pki = make_pki(ocsp_url=f"http://127.0.0.1:{free_port()}/ocsp")  # nothing listens there
    stored = _signed(pki, pki.root.pem).signature.summary()
    assert "could not be reached (connection refused)" in stored

    english, latvian = _said(stored)

    assert english == stored
    assert "OCSP pakalpojumu (http://127.0.0.1:" in latvian
    assert "(savienojums atteikts)" in latvian
    _latvian_only(latvian, "connection refused", "Revocation", "signed by", "Riga time")


def test_an_ocsp_answer_that_cannot_be_trusted_is_said_in_latvian():
    with running_responder() as responder:
        pki = make_pki(ocsp_url=responder.url)
        responder.serve(pki)
        responder.forged = True
        stored = _signed(pki, pki.root.pem).signature.summary()
    assert "Revocation UNKNOWN" in stored and "signature does not verify" in stored

    english, latvian = _said(stored)

    assert english == stored
    assert f"OCSP pakalpojums ({responder.url}): nosūtīja atbildi, kuras paraksts " \
           "neapstiprinās;" in latvian
    _latvian_only(latvian, "sent an answer", "does not verify", "Revocation", "UNKNOWN")


def test_a_revoked_certificate_and_its_reason_are_said_in_latvian_in_the_case():
    with running_responder() as responder:
        pki = make_pki(ocsp_url=responder.url)
        responder.serve(pki)
        responder.status = "revoked"
        new = incoming_case(_signed(pki, pki.root.pem)).new
    line = next(line for line in new.receipt_proof.splitlines()
                if line.startswith("E-signature: "))
    assert "(reason: key compromise)" in line

    said = receipt_proof_said(new.receipt_proof)
    latvian = next(message_in(s, "lv") for s in said if message_in(s, "en") == line)

    assert "ATSAUKTS" in latvian and "(iemesls: atslēga kompromitēta)" in latvian
    _latvian_only(latvian, "key compromise", "REVOKED", "Signature NOT valid", "Riga time")
    assert [message_in(s, "en") for s in said] == new.receipt_proof.split("\n")


@pytest.mark.parametrize(("old", "latvian"), [
    ("gaierror", "pakalpojuma resursdatora nosaukums nav atrasts"),
    ("SSLCertVerificationError", "drošais savienojums (TLS) neizdevās"),
    ("ConnectionResetError", "tīkla kļūda ConnectionResetError"),
    ("HTTP 503", "HTTP statuss 503"),
    ("no answer in time", "laikā nav atbildes"),
])
def test_an_old_rows_network_error_is_said_in_latvian(old, latvian):
    # As versions before the templates stored it: the error's class name or English words.
    stored = ("Signature verified, revocation NOT confirmed: signed by Jānis Bērziņš (personal "
              "code 010190-10001) on 02.12.2026 10:00 Riga time. Revocation NOT checked: the "
              "CA's OCSP service (http://ocsp.example.lv/) could not be reached "
              f"({old}); check again later before relying on the signature.")

    said = message_in(signature_said(stored), "lv")

    assert f"(http://ocsp.example.lv/) neizdevās sasniegt ({latvian})" in said
    _latvian_only(said, "Revocation", "could not be reached", "no answer", "gaierror", "SSL")


def test_an_old_rows_refusal_without_the_services_address_is_said_in_latvian():
    stored = ("Signature verified, revocation NOT confirmed: signed by an unknown signer. "
              "Revocation UNKNOWN: the CA's OCSP service refused to answer (unauthorized); do "
              "not rely on the signature before the CA confirms the certificate.")

    english, latvian = _said(stored)

    assert english == stored
    assert "OCSP pakalpojums: atteicās atbildēt (unauthorized);" in latvian
    _latvian_only(latvian, "refused to answer", "unknown signer", "Revocation")


# --- 2. a refused signature's problems --------------------------------------------------------

def test_two_problems_of_a_refused_signature_are_said_in_latvian():
    # Signed "tomorrow", and no trust anchor installed: two sentences joined in the summary.
    pki = make_pki()
    stored = _signed(pki, signing_time=NOW_UTC + timedelta(days=1)).signature.summary()
    assert "is in the future. No trust anchors are installed" in stored

    english, latvian = _said(stored)

    assert english == stored
    assert "Jānis Bērziņš" in latvian and "`smarttek-dsar trust add`" in latvian
    _latvian_only(latvian, "Signature NOT valid", "is in the future", "No trust anchors",
                  "personal code", "UTC is")


def test_a_file_changed_after_signing_keeps_its_name_in_the_latvian_sentence():
    pki = make_pki()
    stored = _signed(pki, pki.root.pem, tamper="Lūdzu dzēst.".encode()).signature.summary()

    english, latvian = _said(stored)

    assert english == stored
    assert "“iesniegums.txt”" in latvian
    _latvian_only(latvian, "was changed after signing", "digest does not match")


def test_a_problem_with_a_signature_file_keeps_the_files_name():
    stored = ("Signature NOT valid (an unknown signer): META-INF/signatures0.xml: The signature "
              "has no SignedInfo element.")

    english, latvian = _said(stored)

    assert english == stored
    assert "META-INF/signatures0.xml: " in latvian and "SignedInfo" in latvian
    _latvian_only(latvian, "The signature has no", "unknown signer", "NOT valid")


def _raised_templates(path: Path, raiser: str) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.args[0].value for node in ast.walk(tree)
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == raiser
            and node.args and isinstance(node.args[0], ast.Constant)}


@pytest.mark.parametrize(("module", "raiser", "known"), [
    ("intake/xades_signature.py", "SignatureProblem", xades_signature.PROBLEMS),
    ("intake/signer_certificate.py", "UntrustedCertificate", signer_certificate.PROBLEMS),
    ("domain/identity.py", "InvalidIdentifier", INVALID),
])
def test_every_sentence_a_check_says_reads_back(module, raiser, known):
    # A sentence added to a check without its read-back would stay English in a stored summary.
    assert _raised_templates(PACKAGE / module, raiser) <= set(known)


# --- 3. tomllib's reason ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "english", "latvian"), [
    ("a = \n", "Invalid value", "Nederīga vērtība"),
    ("a 1\n", "Expected '=' after a key in a key/value pair",
     "Pārī atslēga/vērtība pēc atslēgas gaidīts '='"),
    ("a = [1 2]\n", "Unclosed array", "Neaizvērts masīvs"),
    ("a = 1\na = 2\n", "Cannot overwrite a value", "Vērtību nevar pārrakstīt"),
    ("a = \"x\x01\"\n", "Illegal character '\\x01'", "Neatļauta rakstzīme '\\x01'"),
])
def test_broken_toml_is_said_in_latvian_by_every_reader(text, english, latvian):
    for read, error in ((lambda t: register_from_text(t, "versija 3"), RegisterFileError),
                        (parse_sources_text, SourcesConfigError),
                        (phrasebook_from_text, PhrasebookError)):
        with pytest.raises(error) as raised:
            read(text)
        said = error_in(raised.value, "lv")
        assert english in str(raised.value), str(raised.value)
        assert latvian in said and "nav derīgs TOML" in said, said
        _latvian_only(said, english, "at line", "at end", "not valid")


def test_a_toml_reason_this_version_does_not_know_is_quoted_as_written():
    from smarttek_dsar.domain.toml_reasons import toml_reason

    assert message_in(toml_reason("Something new"), "lv") == "“Something new”"


# --- 4. a sender's detail that was not stored -------------------------------------------------

def test_an_old_proofs_note_on_a_detail_not_stored_is_said_in_latvian():
    stored = ("To check:\n"
              "- The personal code in the request was not stored because it is not valid: "
              "Personal code 010190-10002 is not valid: the check digit does not match. Please "
              "check the code for a typing error.\n"
              "- The e-mail address in the request was not stored because it is not valid: "
              "E-mail address 'janis@' has an invalid domain after '@' (it needs a dot, as in "
              "example.lv), e.g. janis.berzins@example.lv.\n"
              "- The personal code in the request was not stored because it is not valid: "
              "Personal code 010199-10001 is not valid: its birth date 01.01.2099 is in the "
              "future.")

    said = receipt_proof_said(stored)
    latvian = [message_in(line, "lv") for line in said]

    assert [message_in(line, "en") for line in said] == stored.split("\n")
    assert "'janis@'" in latvian[2] and "010190-10002" in latvian[1]
    assert "01.01.2099" in latvian[3]
    for line in latvian[1:]:
        _latvian_only(line, "was not stored", "personal code", "e-mail address", "is not valid",
                      "check digit", "invalid domain", "birth date")
