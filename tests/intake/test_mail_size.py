"""Files that would make the desk read without end or run out of memory: a device, an e-mail
over the limits (whole, parts, headers: refused), a file over the attachment limit (left in
the original, named in a note, never decoded), a text over its limit (cut before parsing, with
a note), and a large attachment that must still arrive byte for byte while the parser never
holds it (smaller caps than in production, same code)."""

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


def test_too_many_parts_or_too_long_headers_are_refused(monkeypatch):
    monkeypatch.setattr(mail_size, "MAX_PARTS", 20)
    many = base_message()
    many.set_content("Pielikumi.")
    for index in range(25):
        many.add_attachment(b"x", maintype="application", subtype="pdf", filename=f"{index}.pdf")
    with pytest.raises(IntakeError, match="more than 20 parts"):
        parse_eml(many.as_bytes(), "daudz.eml", now=NOW)
    monkeypatch.setattr(mail_size, "_MAX_HEADER_BYTES", 10_000)
    headers = base_message()
    for index in range(300):
        headers[f"X-Line-{index}"] = "x" * 60
    headers.set_content("Lūdzu dzēst manus datus.")
    with pytest.raises(IntakeError, match=r"headers are more than"):
        parse_eml(headers.as_bytes(), "galvas.eml", now=NOW)


def test_an_attachment_over_the_limit_stays_in_the_original_and_is_never_decoded():
    content = random_bytes(8 * MiB, 2)
    message = with_attachment(base_message(received=(RECEIVED_OURS,)), "skenējums.pdf", content)
    message.add_attachment(b"%PDF-1.4 mazs", maintype="application", subtype="pdf",
                           filename="mazs.pdf")
    data = message.as_bytes()
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        request = parse_eml(data, "liels.eml", now=NOW, max_attachment_bytes=2 * MiB)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [a.filename for a in request.attachments] == ["mazs.pdf"]
    assert request.body_text == "Pielikumā iesniegums."
    assert request.original_bytes == data  # the evidence: the file is in there, whole
    (note,) = request.warnings
    assert str(note) == (
        "The attachment “skenējums.pdf” is about 8.0 MB, over the attachment limit of 2.0 MB: "
        "it is not stored as a separate file and is kept only inside the original e-mail "
        "(evidence). Save it from there if the case needs it.")
    # Neither decoded (8 MB) nor read by the stdlib parser (~10 times its size).
    assert peak < 2 * MiB, f"{peak / MiB:.1f} MB"


def test_a_file_without_a_name_over_the_limit_is_named_by_its_type():
    message = base_message()
    message.set_content("Skat. pielikumu.")
    message.add_attachment(random_bytes(3 * MiB, 7), maintype="image", subtype="tiff")
    del message.get_payload()[1]["Content-Disposition"]
    request = parse_eml(message.as_bytes(), "bez-nosaukuma.eml", now=NOW,
                        max_attachment_bytes=2 * MiB)
    assert request.attachments == ()
    assert [str(w) for w in request.warnings] == [
        "A file in the e-mail (image/tiff) is about 3.0 MB, over the attachment limit of "
        "2.0 MB: it is not stored as a separate file and is kept only inside the original "
        "e-mail (evidence). Save it from there if the case needs it."]


CUT_NOTE = ("The text of the e-mail is longer than the 0.1 MB the desk reads as a request: it "
            "was cut at 0.1 MB. The whole text is in the original e-mail, kept as evidence.")


@pytest.mark.parametrize("cte", ["8bit", "quoted-printable", "base64"])
def test_too_much_text_is_cut_at_a_character_before_parsing(monkeypatch, cte):
    monkeypatch.setattr(mail_size, "MAX_TEXT_BYTES", 100_000)
    line = "Lūdzu dzēst manus datus, ŠĶŪŅĢ žņ.\n"
    long_text = base_message()
    long_text.set_content(line * 20_000, cte=cte)  # 0.8 MB of text
    request = parse_eml(long_text.as_bytes(), "garš.eml", now=NOW)
    text = request.body_text
    assert 99_000 < len(text.encode()) <= 100_000
    assert (line * 20_000).startswith(text) and "\ufffd" not in text
    (note,) = request.warnings
    assert str(note) == CUT_NOTE
    assert request.original_bytes == long_text.as_bytes()


def test_a_cut_text_on_one_long_line_ends_on_a_whole_character(monkeypatch):
    monkeypatch.setattr(mail_size, "MAX_TEXT_BYTES", 100_000)
    data = (b"From: a@example.lv\r\nDate: Mon, 02 Sep 2024 10:00:00 +0300\r\n"
            b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n"
            b"\r\n" + "ā".encode() * 300_000 + b"\r\n")
    text = parse_eml(data, "rinda.eml", now=NOW).body_text
    assert text == "ā" * 50_000


def test_the_text_parts_share_one_budget_and_the_other_version_is_cut_away(monkeypatch):
    monkeypatch.setattr(mail_size, "MAX_TEXT_BYTES", 100_000)
    both = base_message()
    both.set_content("Lūdzu piekļuvi.\n" * 50_000)
    both.add_alternative("<p>" + "Lūdzu piekļuvi HTML.</p><p>" * 50_000 + "</p>",
                         subtype="html")
    request = parse_eml(both.as_bytes(), "abi.eml", now=NOW)
    assert request.body_text.startswith("Lūdzu piekļuvi.\n")
    assert "HTML" not in request.body_text
    assert len(request.body_text.encode()) <= 100_000
    assert len(request.warnings) == 1


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


def test_a_huge_preamble_or_epilogue_never_reaches_the_parser():
    message = with_attachment(base_message(received=(RECEIVED_OURS,)), "iesniegums.pdf",
                              b"%PDF-1.4 iesniegums")
    head, _, rest = message.as_bytes().partition(b"\n\n")
    filler = b"Nevienam nerakstits teksts.\n" * 300_000  # 8 MB
    data = head + b"\n\n" + filler + rest + filler
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        request = parse_eml(data, "ievads.eml", now=NOW)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert request.body_text == "Pielikumā iesniegums."
    assert [(a.filename, a.content) for a in request.attachments] == [
        ("iesniegums.pdf", b"%PDF-1.4 iesniegums")]
    assert request.warnings == ()
    assert peak < 2 * MiB, f"{peak / MiB:.1f} MB"


def test_a_forward_over_the_limit_stays_in_the_original_and_its_files_arrive_whole():
    files = {f"dok-{n}.pdf": random_bytes(1536 * 1024, 20 + n) for n in range(1, 4)}
    inner = base_message(subject="Sākotnējais pieprasījums", message_id="<inner@example.lv>")
    inner.set_content("Lūdzu piekļuvi.")
    for name, content in files.items():
        inner.add_attachment(content, maintype="application", subtype="pdf", filename=name)
    outer = base_message(received=(RECEIVED_OURS,))
    outer.set_content("Pārsūtu pieprasījumu.")
    outer.add_attachment(inner)
    data = outer.as_bytes()
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        request = parse_eml(data, "pārsūtīts.eml", now=NOW, max_attachment_bytes=2 * MiB)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    got = {a.filename: a.content for a in request.attachments}
    assert got == files  # the forwarded .eml (6 MB) is not among them
    assert "Lūdzu piekļuvi." in request.body_text
    assert any("“Sākotnējais pieprasījums.eml” is about 6.1 MB, over the attachment limit of "
               "2.0 MB" in str(w) for w in request.warnings), request.warnings
    # The files decoded once, straight from the mail's bytes (4.5 MB); the stdlib parser
    # holding them took ~10 times that.
    assert peak < 2 * len(data), f"{peak / MiB:.1f} MB for a {len(data) / MiB:.1f} MB mail"


@pytest.mark.parametrize(("cte", "size"), [("8bit", "3.4"), ("quoted-printable", "4.8")])
def test_a_file_over_the_limit_in_any_encoding_is_left_in_the_original(cte, size):
    message = base_message()
    message.set_content("Sveiki.")
    if cte == "8bit":
        message.add_attachment("rinda\n" * 600_000, subtype="plain", filename="žurnāls.txt",
                               cte=cte)
    else:
        message.add_attachment("ā=b ".encode() * 1_000_000, maintype="application",
                               subtype="octet-stream", filename="žurnāls.txt", cte=cte)
    request = parse_eml(message.as_bytes(), "a.eml", now=NOW, max_attachment_bytes=2 * MiB)
    assert request.attachments == () and request.body_text == "Sveiki."
    (note,) = request.warnings
    assert f"“žurnāls.txt” is about {size} MB, over the attachment limit of 2.0 MB" in str(note)
