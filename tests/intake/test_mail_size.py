"""Files that would make the desk read without end or run out of memory: a device, an e-mail
over the limits (whole, text, parts), and a large attachment that must still arrive byte for
byte while the parser never holds it (smaller caps than in production, same code)."""

from __future__ import annotations

import hashlib
import os
import random
import tracemalloc
from email.message import EmailMessage
from pathlib import Path

import pytest

from smarttek_dsar.intake import IntakeError, detect, mail_size, parse_eml, parse_incoming_file
from smarttek_dsar.intake.incoming import MiB
from tests.intake.conftest import NOW
from tests.intake.mail_builder import RECEIVED_OURS, base_message, with_attachment


def random_bytes(size: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(size)


def write(tmp_path: Path, data: bytes, name: str = "pieprasījums.eml") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero on this system")
def test_a_device_or_a_folder_is_refused_not_read_without_end(tmp_path):
    for path in (Path("/dev/zero"), tmp_path):
        with pytest.raises(IntakeError, match="not an ordinary file"):
            parse_incoming_file(path, now=NOW)


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path):
    path = write(tmp_path, b"From: a@b.lv\r\n\r\n" + b"x" * 3 * MiB)
    with pytest.raises(IntakeError, match=r"3\.0 MB or more, more than the 2 MB"):
        parse_incoming_file(path, now=NOW, max_file_bytes=2 * MiB)


def test_an_email_over_the_mail_limit_is_refused_with_its_size(tmp_path, monkeypatch):
    monkeypatch.setattr(detect, "MAX_MAIL_BYTES", MiB)
    monkeypatch.setattr(mail_size, "MAX_MAIL_BYTES", MiB)
    message = with_attachment(base_message(received=(RECEIVED_OURS,)), "a.pdf",
                              random_bytes(2 * MiB, 1))
    path = write(tmp_path, message.as_bytes())
    with pytest.raises(IntakeError, match=r"pieprasījums\.eml: the e-mail is 2\.\d MB, more "
                                          r"than the 1\.0 MB the desk reads"):
        parse_incoming_file(path, now=NOW)


def test_too_much_text_or_too_many_parts_is_refused(monkeypatch):
    monkeypatch.setattr(mail_size, "MAX_TEXT_BYTES", 100_000)
    long_text = base_message()
    long_text.set_content("Lūdzu dzēst manus datus.\n" * 10_000)
    with pytest.raises(IntakeError, match=r"the text of the e-mail is 0\.\d MB, more than the 0\.1 MB"):
        parse_eml(long_text.as_bytes(), "garš.eml", now=NOW)
    monkeypatch.setattr(mail_size, "MAX_PARTS", 20)
    many = base_message()
    many.set_content("Pielikumi.")
    for index in range(25):
        many.add_attachment(b"x", maintype="application", subtype="pdf", filename=f"{index}.pdf")
    with pytest.raises(IntakeError, match="more than 20 parts"):
        parse_eml(many.as_bytes(), "daudz.eml", now=NOW)


def test_an_attachment_over_the_limit_is_named_before_the_mail_is_parsed():
    message = with_attachment(base_message(), "skenējums.pdf", random_bytes(3 * MiB, 2))
    with pytest.raises(IntakeError, match="“skenējums.pdf” is about 3.0 MB, over the "
                                          "attachment limit of 2.0 MB"):
        parse_eml(message.as_bytes(), "liels.eml", now=NOW, max_attachment_bytes=2 * MiB)


def forwarded_with_files() -> tuple[bytes, dict[str, bytes]]:
    files = {"pase.pdf": random_bytes(3 * MiB, 3), "foto.jpg": random_bytes(200_000, 4),
             "piezīmes.txt": "Rīga\n".encode() * 20_000, "mazs.pdf": b"%PDF-1.4 x"}
    inner = base_message(subject="Sākotnējais pieprasījums", message_id="<inner@example.lv>")
    inner.set_content("Lūdzu piekļuvi.")
    inner.add_attachment(random_bytes(100_000, 5), maintype="application", subtype="pdf",
                         filename="iekšā.pdf")
    outer = base_message(received=(RECEIVED_OURS,))
    outer.set_content("Pārsūtu pieprasījumu un pielikumus.")
    for name, content in files.items():
        kind = ("text", "plain") if name.endswith(".txt") else ("application", "octet-stream")
        if kind[0] == "text":
            outer.add_attachment(content.decode(), subtype="plain", filename=name, cte="base64")
        else:
            outer.add_attachment(content, maintype=kind[0], subtype=kind[1], filename=name)
    outer.add_attachment(inner)
    return outer.as_bytes(), files


def test_large_attachments_arrive_byte_for_byte_and_the_forward_stays_whole():
    data, files = forwarded_with_files()
    request = parse_eml(data, "pārsūtīts.eml", now=NOW, max_attachment_bytes=5 * MiB)
    got = {a.filename: a.content for a in request.attachments}
    for name, content in files.items():
        assert hashlib.sha256(got[name]).hexdigest() == hashlib.sha256(content).hexdigest(), name
    assert request.body_text.startswith("Pārsūtu pieprasījumu un pielikumus.")
    assert "Lūdzu piekļuvi." in request.body_text
    assert got["iekšā.pdf"] == random_bytes(100_000, 5)
    forwarded = next(a for a in request.attachments if a.filename.endswith(".eml"))
    assert b"smarttek-dsar-lifted" not in forwarded.content
    assert request.original_bytes == data


def test_reading_a_large_attachment_holds_it_about_twice_not_ten_times():
    message: EmailMessage = with_attachment(base_message(received=(RECEIVED_OURS,)),
                                            "pase.pdf", random_bytes(8 * MiB, 6))
    data = message.as_bytes()
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        request = parse_eml(data, "pase.eml", now=NOW)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert request.attachments[0].size == 8 * MiB
    # The decoded file (8 MB) and the short copy the parser sees; the stdlib alone took ~10x.
    assert peak < 2.5 * len(data), f"{peak / MiB:.0f} MB for an {len(data) / MiB:.0f} MB mail"


def test_a_portal_file_larger_than_the_portal_can_write_is_refused_before_parsing():
    from smarttek_dsar.intake import parse_portal_request
    from smarttek_dsar.intake.portal_json import MAX_PORTAL_BYTES

    huge = b'{"text": "' + b"a" * MAX_PORTAL_BYTES + b'"}'
    with pytest.raises(IntakeError, match="a portal request is at most 16 MB"):
        parse_portal_request(huge, "PR-1.json", now=NOW)
