"""A signed request (.edoc) is written into its case in English, as the record: the request
text's head line with the signature's summary, the "E-signature:" proof line and the notes on
whose identity the signature proves; so are the notes a scan's reading leaves. A Latvian reader
sees all of them in Latvian."""

from __future__ import annotations

import hashlib
import io
from datetime import UTC, date, datetime

import pytest
from PIL import Image

from smarttek_dsar.domain.messages import Message
from smarttek_dsar.domain.rights import Channel, Right
from smarttek_dsar.intake import parse_scanned_letter
from smarttek_dsar.intake.incoming import IncomingRequest
from smarttek_dsar.intake.signature_verdict import SignatureVerdict
from smarttek_dsar.intake.signed_request import EVIDENCE_SIGNED
from smarttek_dsar.services.intake.case_words import receipt_proof_said, request_text_said
from smarttek_dsar.services.intake.incoming_case import incoming_case
from smarttek_dsar.services.mailbox.mailbox import FetchedMessage, FetchReport
from smarttek_dsar.services.message_catalogue import error_in, message_in
from smarttek_dsar.storage.register_file import RegisterFileError, register_from_text

ENGLISH = ("E-signed", "E-signature", "Signature valid", "signed by", "personal code",
           "Riga time", "Signed by", "power of attorney", "To check", "Received")


def _signed(signer_code: str | None, subject_code: str = "010190-10001") -> IncomingRequest:
    original = b"edoc container"
    verdict = SignatureVerdict(
        valid=True, signer_name="Jānis Bērziņš", personal_code=signer_code,
        signing_time=datetime(2026, 11, 2, 8, 30, tzinfo=UTC), issuer="EID CA",
        certificate_serial="01", certificate_sha256="ab" * 32, trust_anchor="EID Root",
        qualified=True, signed_files=("pieprasijums.pdf",), revocation="good",
        revocation_note="")
    return IncomingRequest(
        source="signed", channel=Channel.EMAIL, external_id="", sender_name="", sender_email="",
        received_at=datetime(2026, 11, 3, 9, 0, tzinfo=UTC), received_evidence=EVIDENCE_SIGNED,
        subject="", body_text="Lūdzu izsniegt manus datus.", attachments=(),
        original_filename="pieprasijums.edoc", original_bytes=original,
        original_sha256=hashlib.sha256(original).hexdigest(), personal_code=subject_code,
        rights=(Right.ACCESS,), signature=verdict)


def _latvian(said) -> list[str]:
    return [message_in(line, "lv") for line in said]


def test_a_signed_requests_text_and_proof_are_said_in_latvian():
    new = incoming_case(_signed("010190-10001")).new
    assert new.request_text.startswith("E-signed document pieprasijums.edoc (Signature valid")

    text = message_in(request_text_said(new.request_text), "lv")
    proof = _latvian(receipt_proof_said(new.receipt_proof))

    assert text.startswith("E-parakstīts dokuments pieprasijums.edoc (")
    assert "Jānis Bērziņš" in text and "010190-10001" in text and "02.11.2026 10:30" in text
    assert text.endswith("Lūdzu izsniegt manus datus.")
    signature_line = next(line for line in proof if line.startswith("E-paraksts: "))
    assert "Jānis Bērziņš" in signature_line
    for said in (text, *proof):
        assert not any(word in said for word in ENGLISH), said


def test_the_notes_on_a_signer_who_is_not_the_subject_are_said_in_latvian():
    for signer_code in ("329999-12345", None):
        new = incoming_case(_signed(signer_code)).new
        notes = [line for line in new.receipt_proof.splitlines() if line.startswith("- ")]
        assert notes, new.receipt_proof

        said = _latvian(receipt_proof_said(new.receipt_proof))

        assert not any(word in line for line in said for word in ENGLISH), said
        assert any("Jānis Bērziņš" in line and line.startswith("- ") for line in said)


def test_a_broken_register_text_names_its_line_in_latvian():
    with pytest.raises(RegisterFileError) as raised:
        register_from_text("a = 1\nb = [\n", "versija 3")
    said = error_in(raised.value, "lv")
    assert "nav derīgs TOML" in said and "versija 3" in said
    assert "line" not in said.split(":")[0] and "not valid" not in said


def test_a_scans_ocr_notes_are_said_in_latvian():
    poster = io.BytesIO()
    Image.new("1", (12_000, 9_000)).save(poster, "PNG")  # too large to read: a note, no OCR
    request = parse_scanned_letter(poster.getvalue(), "plakāts.png", date(2026, 11, 3))
    new = incoming_case(request).new
    assert "far larger than a letter" in new.receipt_proof

    said = _latvian(receipt_proof_said(new.receipt_proof))

    note = next(line for line in said if "plakāts.png:" in line)
    assert "daudz lielākas par vēstuli" in note
    assert not any("read the scan" in line or "To check" in line for line in said), said


def test_the_mailbox_fetch_report_is_said_in_latvian():
    report = FetchReport("INBOX", [FetchedMessage(1, "created", "DSAR-2026-0001"),
                                   FetchedMessage(2, "held"), FetchedMessage(3, "error")])
    report.stopped = Message("Cancelled; what was imported before is kept.")

    assert report.summary().startswith("1 new request, 1 held (not requests), 1 could not")
    said = message_in(report.said(), "lv")

    assert said.startswith("1 jauns pieprasījums, aizturēti (nav pieprasījumi): 1, ")
    assert said.endswith("Atcelts; iepriekš importētais ir saglabāts.")
