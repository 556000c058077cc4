"""Outlook's winmail.dat (TNEF): the body text and the files inside reach the case."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from smarttek_dsar.domain.rights import Right
from smarttek_dsar.intake import parse_eml
from smarttek_dsar.intake.tnef import TnefError, read_tnef
from tests.intake.conftest import NOW, assert_complete
from tests.intake.mail_builder import RECEIVED_OURS, base_message
from tests.intake.tnef_builder import TnefFile, tnef

BODY = "Labdien! Lūdzu dzēst visus manus personas datus.\r\nAr cieņu, Jānis Bērziņš"
PDF = b"%PDF-1.4 " + bytes(range(256)) * 100  # over 16 KiB: lifted out before parsing


def tnef_mail(winmail: bytes, *, outer_text: str = "") -> bytes:
    """What Outlook sends in "rich text" mode: a near-empty shell and a winmail.dat."""
    message: EmailMessage = base_message(received=(RECEIVED_OURS,), subject="Pieprasījums")
    message.set_content(outer_text)
    message.add_attachment(winmail, maintype="application", subtype="ms-tnef",
                           filename="winmail.dat")  # fmt: skip
    return message.as_bytes()


def test_tnef_body_and_files_are_read() -> None:
    content = read_tnef(tnef(body=BODY, files=[
        TnefFile("iesniegums_Bērziņš.pdf", PDF, "application/pdf"),
        TnefFile("pase.jpg", b"\xff\xd8\xff\xe0jpeg")]))
    assert content.subject == "Pieprasījums"
    assert content.body_text == BODY.replace("\r\n", "\n")
    (pdf, photo) = content.files
    assert (pdf.name, pdf.content, pdf.media_type) == (
        "iesniegums_Bērziņš.pdf", PDF, "application/pdf")
    assert (photo.name, photo.content, photo.media_type) == (
        "pase.jpg", b"\xff\xd8\xff\xe0jpeg", "application/octet-stream")


def test_tnef_only_mail_gives_its_text_and_attachments() -> None:
    data = tnef_mail(tnef(body=BODY, files=[TnefFile("iesniegums.pdf", PDF, "application/pdf")]))
    request = parse_eml(data, "winmail.eml", now=NOW)
    assert_complete(request)
    assert request.body_text == BODY.replace("\r\n", "\n")
    assert request.rights == (Right.ERASURE,)
    assert [a.filename for a in request.attachments] == ["iesniegums.pdf"]
    assert request.attachments[0].content == PDF
    assert request.warnings == ()


def test_outer_text_equal_to_the_tnef_text_is_not_doubled() -> None:
    data = tnef_mail(tnef(body=BODY), outer_text=BODY)
    assert parse_eml(data, "a.eml", now=NOW).body_text == BODY.replace("\r\n", "\n")


def test_tnef_html_body_becomes_text() -> None:
    html = "<html><body><p>Lūdzu <b>piekļuvi</b> datiem</p></body></html>".encode()
    assert read_tnef(tnef(html=html)).body_text == "Lūdzu piekļuvi datiem"


def test_tnef_rtf_body_becomes_text() -> None:
    rtf = rb"{\rtf1\ansi\ansicpg1257{\fonttbl{\f0 Arial;}}L\'fbdzu labot manu adresi.\par}"
    assert read_tnef(tnef(rtf=rtf)).body_text == "Lūdzu labot manu adresi."


def test_unreadable_rtf_body_is_said_plainly() -> None:
    data = tnef(rtf=b"{\\rtf1 x}").replace(b"LZFu", b"XXXX", 1)
    content = read_tnef(data)
    assert content.body_text == ""
    assert "RTF that could not be read" in content.warnings[0]


def test_attached_outlook_item_inside_tnef_is_read() -> None:
    inner = tnef(subject="Sākotnējais", body="Lūdzu kopiju.",
                 files=[TnefFile("a.txt", b"hello", "text/plain")])
    content = read_tnef(tnef(body="Pārsūtu.", embedded=inner))
    assert content.body_text == ("Pārsūtu.\n\n---------- Attached message ----------\n"
                                 "Subject: Sākotnējais\n\nLūdzu kopiju.")
    assert [f.name for f in content.files] == ["a.txt"]


def test_damaged_tnef_is_kept_as_a_file_with_a_warning() -> None:
    broken = tnef(body=BODY, files=[TnefFile("iesniegums.pdf", PDF)])[:-3000]
    request = parse_eml(tnef_mail(broken), "a.eml", now=NOW)
    assert_complete(request)
    assert [a.filename for a in request.attachments] == ["winmail.dat"]
    assert request.attachments[0].content == broken
    assert "winmail.dat (TNEF) part, which could not be read" in request.warnings[0]


def test_every_truncation_is_a_tnef_error_or_a_result() -> None:
    data = tnef(body=BODY, html=b"<p>x</p>", files=[TnefFile("a.pdf", b"%PDF" * 50)])
    for end in range(len(data)):
        try:
            read_tnef(data[:end])
        except TnefError:
            pass


def test_not_tnef_is_refused() -> None:
    with pytest.raises(TnefError):
        read_tnef(b"PK\x03\x04 not tnef at all")


def test_flipped_bytes_give_a_tnef_error_or_a_result() -> None:
    import random

    data = bytearray(tnef(body=BODY, rtf=b"{\\rtf1 x\\par}", files=[TnefFile("a.pdf", b"%PDF")]))
    chance = random.Random(15)
    for _ in range(2000):
        spoiled = bytearray(data)
        for _ in range(3):
            spoiled[chance.randrange(6, len(data))] = chance.randrange(256)
        try:
            read_tnef(bytes(spoiled))
        except TnefError:
            pass


def test_winmail_dat_that_is_not_tnef_is_kept_and_said() -> None:
    request = parse_eml(tnef_mail(b"MZ not what it claims"), "a.eml", now=NOW)
    assert [a.filename for a in request.attachments] == ["winmail.dat"]
    assert "could not be read" in request.warnings[0]


def test_line_break_after_the_last_attribute_is_no_damage() -> None:
    assert read_tnef(tnef(body=BODY) + b"\r\n").body_text.startswith("Labdien!")
    with pytest.raises(TnefError):
        read_tnef(tnef(body=BODY) + b"garbage after the end")


def test_rtf_body_ending_in_nul_gives_clean_text() -> None:
    rtf = rb"{\rtf1\ansi\ansicpg1257 L\'fbdzu\par}" + b"\0"
    assert read_tnef(tnef(rtf=rtf)).body_text == "Lūdzu"
