"""A scanned Latvian letter imported as a case (SQLite and PostgreSQL): the text read by OCR is
the request text, the sender's identifiers become the subject, the rights and the language are
suggested as for an e-mail, and the case is found by a word of the letter."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from smarttek_dsar.domain.rights import Channel, Right
from smarttek_dsar.services.case_query import CaseFilter
from tests.intake.letter_scans import LETTER_CODE, LETTER_EMAIL, LETTER_NAME, scanned

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None,
                                reason="tesseract-ocr is not installed")


def test_scanned_letter_becomes_a_case_with_its_text_subject_rights_and_language(
    services, specialist, tmp_path
):
    path = tmp_path / "vēstule.tiff"
    path.write_bytes(scanned("tiff"))
    (result,) = services.imports.import_files(specialist, [path], received_on=date(2024, 9, 3))
    assert result.status == "created", result.message
    case = services.cases.detail(specialist, result.case_number)
    assert case.summary.channel is Channel.LETTER
    assert "Lūdzu izdzēst visus manus personas datus" in case.request_text
    assert case.request_text.startswith("Paper letter, scanned as vēstule.tiff")
    (subject,) = case.parties
    assert (subject.name, subject.personal_code, subject.email, subject.phone) == (
        LETTER_NAME, LETTER_CODE, LETTER_EMAIL, "+37126123456")
    assert case.summary.rights == (Right.ACCESS, Right.ERASURE)
    assert case.language == "lv"
    assert any("read by OCR" in note for note in map(str, result.notes))
    assert any("Rights guessed" in note for note in map(str, result.notes))
    # Searchable by a word only the letter's text holds, diacritics included.
    found = services.cases.list(specialist, CaseFilter(text="izdzēst"))
    assert [c.number for c in found] == [result.case_number]
