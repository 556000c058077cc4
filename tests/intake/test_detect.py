from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from smarttek_dsar.domain.rights import Channel
from smarttek_dsar.intake import IntakeError, parse_incoming_file, parse_scanned_letter
from tests.intake.conftest import NOW, assert_complete
from tests.intake.mail_builder import plain_mail
from tests.intake.msg_builder import outlook_message
from tests.intake.portal_builder import portal_document, to_bytes

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n"


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _msg() -> bytes:
    return outlook_message(
        subject="Piekļuve", sender_name="A", sender_email="a@example.lv", body="x",
        delivery_time=datetime(2024, 9, 2, 7, tzinfo=UTC),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("name", "data", "source"),
    [
        ("request.eml", plain_mail(), "email"),
        ("saved mail.txt", plain_mail(), "email"),
        ("no-extension", plain_mail(), "email"),
        ("request.msg", _msg(), "msg"),
        ("outlook-named-wrongly.eml", _msg(), "msg"),
        ("plain mail saved as.msg", plain_mail(), "email"),
        ("plain mail saved as.pdf", plain_mail(), "email"),
        ("mbox export.dat", b"From janis@example.lv Mon Sep  2 10:00:00 2024\n" + plain_mail(),
         "email"),
        ("PR-1.json", to_bytes(portal_document()), "portal"),
    ],
)
def test_content_picks_the_reader(tmp_path: Path, name: str, data: bytes, source: str) -> None:
    request = parse_incoming_file(_write(tmp_path, name, data), now=NOW)
    assert_complete(request)
    assert request.source == source
    assert request.original_filename == name


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("letter.pdf", PDF),
        ("letter.PNG", b"\x89PNG\r\n\x1a\n" + b"\0" * 20),
        ("letter.jpg", b"\xff\xd8\xff\xe0" + b"\0" * 20),
        ("letter.tif", b"II*\x00" + b"\0" * 20),
    ],
)
def test_scans_become_letters_received_on_the_given_day(
    tmp_path: Path, name: str, data: bytes
) -> None:
    request = parse_incoming_file(
        _write(tmp_path, name, data), received_on=date(2024, 9, 3), now=NOW
    )
    assert_complete(request)
    assert request.source == "scan" and request.channel is Channel.LETTER
    # The day must survive any time-zone view: Riga and UTC show the same date.
    assert request.received_at.date() == date(2024, 9, 3)
    assert request.received_evidence == "delivery date of the letter, entered by staff"
    assert request.external_id == f"sha256:{request.original_sha256}"
    assert request.attachments[0].content == data


def test_scan_needs_the_delivery_date(tmp_path: Path) -> None:
    with pytest.raises(IntakeError, match="date it was delivered"):
        parse_incoming_file(_write(tmp_path, "letter.pdf", PDF), now=NOW)


def test_scan_delivered_in_the_future_is_refused() -> None:
    with pytest.raises(IntakeError, match="in the future"):
        parse_scanned_letter(PDF, "letter.pdf", date(2024, 9, 11), now=NOW)


def test_scan_that_is_not_an_image_is_refused() -> None:
    with pytest.raises(IntakeError, match="not a PDF, PNG, JPEG or TIFF"):
        parse_scanned_letter(b"hello", "letter.pdf", date(2024, 9, 3), now=NOW)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("letter.pdf", b"not really a pdf", "called .pdf but its content is not"),
        ("mail.msg", b"Hello, this is a note, not a mail", "called .msg but its content is not"),
        ("mail.msg", b"From: x\n\nhello", "no readable sender address"),
        ("contract.docx", b"PK\x03\x04zipzip", "cannot be imported"),
        ("empty.eml", b"", "empty"),
    ],
)
def test_unsupported_or_mislabelled_files(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    with pytest.raises(IntakeError, match=message):
        parse_incoming_file(_write(tmp_path, name, data), received_on=date(2024, 9, 3), now=NOW)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(IntakeError, match="gone.eml: the file cannot be read"):
        parse_incoming_file(tmp_path / "gone.eml", now=NOW)


def test_too_large_file(tmp_path: Path) -> None:
    with pytest.raises(IntakeError, match="more than"):
        parse_incoming_file(_write(tmp_path, "big.eml", plain_mail()), max_file_bytes=100, now=NOW)
