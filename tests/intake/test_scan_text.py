"""Paper letters read by Tesseract: letters the tests typeset from known Latvian text
(diacritics included) and scan to PNG, JPEG, TIFF and an image-only PDF, read back by the real
`tesseract` program; what the DPO relies on is checked: the personal code, e-mail, phone, name,
the rights and the language, and that a missing Tesseract or a slow page costs only the text."""

from __future__ import annotations

import io
import shutil
from datetime import date

import pytest
from PIL import Image

from smarttek_dsar.domain.rights import Right
from smarttek_dsar.intake import parse_scanned_letter
from smarttek_dsar.intake.language_guess import guess_language
from smarttek_dsar.intake.letter_details import letter_details
from smarttek_dsar.intake.scan_text import read_scan_text, restore_at_signs
from tests.intake.conftest import NOW, assert_complete
from tests.intake.letter_scans import (
    LETTER_CODE,
    LETTER_EMAIL,
    LETTER_NAME,
    LETTER_PHONE,
    letter_image,
    letter_pdf,
    scanned,
)

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None,
                                     reason="tesseract-ocr is not installed")
DELIVERED = date(2024, 9, 3)


@needs_tesseract
@pytest.mark.parametrize("kind", ["png", "jpeg", "tiff", "pdf"])
def test_a_scanned_latvian_letter_is_read_with_its_identifiers_rights_and_language(kind):
    request = parse_scanned_letter(scanned(kind), f"vēstule.{kind}", DELIVERED, now=NOW)
    assert_complete(request)
    # The diacritics survive: this is the sentence a person would search for.
    assert "Lūdzu izdzēst visus manus personas datus" in request.body_text
    assert request.personal_code == LETTER_CODE
    assert request.sender_email == LETTER_EMAIL
    assert request.sender_phone == LETTER_PHONE
    assert request.sender_name == LETTER_NAME
    assert request.rights == (Right.ACCESS, Right.ERASURE) and request.rights_guessed
    assert guess_language(request.body_text) == "lv"
    assert any("read by OCR" in w for w in request.warnings)


def test_a_pdf_with_its_own_text_is_not_ocred():
    read = read_scan_text(letter_pdf(), "application/pdf", "iesniegums.pdf")
    assert read.how == "text layer" and read.note == ""
    assert "Vārds, uzvārds: Jānis Bērziņš" in read.text
    request = parse_scanned_letter(letter_pdf(), "iesniegums.pdf", DELIVERED, now=NOW)
    assert request.personal_code == LETTER_CODE
    assert not any("OCR" in w for w in request.warnings)


def test_without_tesseract_the_letter_is_still_taken_and_the_reason_given(monkeypatch, tmp_path):
    scan = scanned("png")
    monkeypatch.setenv("PATH", str(tmp_path))  # an empty folder: no tesseract, no pdftoppm
    request = parse_scanned_letter(scan, "vēstule.png", DELIVERED, now=NOW)
    assert_complete(request)
    assert request.body_text == "" and request.rights == () and request.personal_code is None
    (warning,) = request.warnings
    assert "Tesseract OCR is not installed" in warning
    assert "tesseract-ocr-lav" in warning and "vēstule.png" in warning


@needs_tesseract
def test_ocr_stops_at_its_time_limit_and_says_so():
    read = read_scan_text(scanned("png"), "image/png", "vēstule.png", time_limit=0.05)
    assert read.text == ""
    assert "OCR stopped after 0 seconds with 0 page(s) read" in read.note
    assert read.seconds < 5


@needs_tesseract
def test_an_image_without_text_gives_a_note_not_an_error():
    blank = letter_image(" ")
    out = io.BytesIO()
    blank.save(out, "PNG")
    read = read_scan_text(out.getvalue(), "image/png", "tukšs.png")
    assert read.text == "" and "found no text" in read.note


def test_an_at_sign_lost_by_the_latvian_model_is_taken_only_where_both_readings_agree():
    latvian = "E-pasts: janis.berzinsaexample.lv\nLūdzu"
    assert restore_at_signs(latvian, "E-pasts: janis.berzins@example.|v") == (
        "E-pasts: janis.berzins@example.lv\nLūdzu")
    # A different English reading is not trusted: the line stays as the Latvian model read it.
    assert restore_at_signs(latvian, "E-pasts: jani.berzins@example.lv") == latvian


def test_letter_details_take_only_valid_values_and_not_the_companys_address():
    text = ("Personas kods: 010190-10006\nPersonas kods: 010190 10001\n"
            "Rakstu uz privacy@smarttek.eu\nE-pasts: anna@example.lv\n"
            "Vārds, uzvārds: lūdzu dzēst\nName: Anna Ozola\nTālr. 6712 3456")
    details = letter_details(text)
    assert details.personal_code == "010190-10001"  # the first code fails its check digit
    assert details.email == "anna@example.lv"
    assert details.name == "Anna Ozola"
    assert details.phone == "+37167123456"


@needs_tesseract
def test_an_english_letter_is_taken_as_english():
    text = ("Dear Sir or Madam,\nPlease delete all my personal data (Article 17 GDPR).\n"
            "Name: John Smith\nE-mail: john.smith@example.com\nKind regards, John Smith")
    request = parse_scanned_letter(scanned("png", text), "letter.png", DELIVERED, now=NOW)
    assert guess_language(request.body_text) == "en"
    assert request.rights == (Right.ERASURE,)
    assert request.sender_email == "john.smith@example.com"
    assert request.sender_name == "John Smith"


def test_a_poster_sized_scan_is_imported_without_reading_it():
    poster = io.BytesIO()
    Image.new("1", (12_000, 9_000)).save(poster, "PNG")  # 108 megapixels, a few KB packed
    read = read_scan_text(poster.getvalue(), "image/png", "plakāts.png")
    assert read.text == "" and "far larger than a letter" in read.note


def test_a_decompression_bomb_is_not_read():
    bomb = io.BytesIO()
    Image.new("1", (20_000, 20_000)).save(bomb, "PNG")  # 400 megapixels
    read = read_scan_text(bomb.getvalue(), "image/png", "bumba.png")
    assert read.text == "" and "far larger than a letter" in read.note
