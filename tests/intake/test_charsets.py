"""Non-ASCII senders, subjects and file names come out as written, and mislabelled charsets
are read as mail readers read them: WHATWG labels, then UTF-8, Windows-1257, Windows-1252."""

from __future__ import annotations

import pytest

from smarttek_dsar.intake import parse_eml
from smarttek_dsar.intake.charsets import codec_for, decode_text

RECEIVED = b"Received: from mx.example.lv by mx.smarttek.eu; Tue, 03 Sep 2024 08:15:00 +0300"


def raw(sender: bytes = b"A <a@example.lv>", subject: bytes = b"Pieprasijums",
        body: bytes = b"Labdien", content_type: bytes = b"text/plain; charset=utf-8") -> bytes:
    return b"\r\n".join([
        RECEIVED, b"From: " + sender, b"To: privacy@smarttek.eu", b"Subject: " + subject,
        b"Message-ID: <cs@example.lv>", b"MIME-Version: 1.0", b"Content-Type: " + content_type,
        b"", body])


@pytest.mark.parametrize("encoding", ["utf-8", "cp1257", "iso-8859-13"])
def test_a_latvian_sender_and_subject_written_in_raw_bytes_keep_their_letters(encoding, now):
    data = raw(sender="Līga Ķeņģe <liga.kenge@example.lv>".encode(encoding),
               subject="Datu dzēšana – Bērziņš".encode(encoding) if encoding == "utf-8"
               else "Datu dzēšana Bērziņš".encode(encoding))
    request = parse_eml(data, "lv.eml", now=now)
    assert (request.sender_name, request.sender_email) == ("Līga Ķeņģe",
                                                           "liga.kenge@example.lv")
    assert request.subject.startswith("Datu dzēšana") and "Bērziņš" in request.subject


def test_rfc_6532_utf8_headers_keep_the_name_and_the_address(now):
    request = parse_eml(raw(sender="Jöhn Doe <john@example.com>".encode()), "u.eml", now=now)
    assert (request.sender_name, request.sender_email) == ("Jöhn Doe", "john@example.com")


def test_raw_latin1_from_and_subject_are_read_not_replaced(now):
    request = parse_eml(raw(sender="Jöhn Doe <john@example.com>".encode("latin-1"),
                            subject="Café résumé".encode("latin-1")), "l.eml", now=now)
    assert (request.sender_name, request.sender_email) == ("Jöhn Doe", "john@example.com")
    assert request.subject == "Café résumé"
    assert "\ufffd" not in request.subject + request.sender_name


@pytest.mark.parametrize(("name", "encoding"), [
    ("Bērziņš_iesniegums.pdf", "utf-8"), ("Bērziņš_iesniegums.pdf", "cp1257"),
    ("Café_iesniegums.pdf", "latin-1"),
])
def test_attachment_names_in_raw_bytes_are_read(name, encoding, now):
    encoded = name.encode(encoding)
    data = raw(content_type=b"multipart/mixed; boundary=B", body=b"\r\n".join([
        b"--B", b"Content-Type: text/plain; charset=utf-8", b"", b"Pielikuma iesniegums.",
        b"--B", b'Content-Type: application/pdf; name="' + encoded + b'"',
        b'Content-Disposition: attachment; filename="' + encoded + b'"',
        b"Content-Transfer-Encoding: base64", b"", b"JVBERi0xLjQ=", b"--B--", b""]))
    request = parse_eml(data, "a.eml", now=now)
    assert [a.filename for a in request.attachments] == [name]


@pytest.mark.parametrize(("text", "written_as", "label"), [
    ("个人数据 镕", "gb18030", "gb2312"),  # GBK characters under the older label
    ("€ „citats” – café", "cp1252", "iso-8859-1"),  # Windows-1252 under Latin-1
    ("Lūdzu dzēst manus datus", "cp1257", "utf-8"),  # Baltic bytes labelled UTF-8
    ("Lūdzu dzēst manus datus", "utf-8", "iso-2022-jp"),  # UTF-8 labelled iso-2022-jp
    ("Lūdzu dzēst manus datus", "cp1257", "us-ascii"),  # 8-bit under a 7-bit label
    ("Lūdzu dzēst manus datus", "cp1257", "x-unknown-charset"),
    ("Ar cieņu, Līga Ķeņģe", "iso-8859-13", "iso-8859-13"),  # a correct label is kept
])
def test_mislabelled_bodies_are_read_as_written(text, written_as, label, now):
    data = raw(body=text.encode(written_as),
               content_type=b"text/plain; charset=" + label.encode())
    assert parse_eml(data, "b.eml", now=now).body_text == text


def test_utf8_with_one_broken_byte_stays_utf8():
    text = decode_text("Lūdzu dzēst manus datus ".encode() + b"\xff", "utf-8")
    assert text.startswith("Lūdzu dzēst manus datus")


def test_labels_are_read_as_the_whatwg_standard_reads_them():
    assert codec_for("GB2312") == codec_for("gbk") == "gb18030"
    assert codec_for("latin1") == codec_for('"ISO-8859-1"') == "cp1252"
    assert codec_for("ks_c_5601-1987") == "cp949"
    assert codec_for("windows-1257") == "cp1257"
    assert codec_for("x-unknown") is None and codec_for("base64") is None and codec_for("") is None


def _word(text: str, written_as: str, label: str) -> str:
    import base64

    return f"=?{label}?B?{base64.b64encode(text.encode(written_as)).decode()}?="


@pytest.mark.parametrize(("text", "written_as", "label"), [
    ("个人数据 镕", "gb18030", "gb2312"), ("€ café", "cp1252", "iso-8859-1"),
    ("Jānis Bērziņš", "cp1257", "utf-8"), ("Jānis Bērziņš", "utf-8", "utf-8"),
])
def test_mislabelled_encoded_words_in_headers_are_read_as_written(text, written_as, label,
                                                                    now):
    word = _word(text, written_as, label).encode()
    request = parse_eml(raw(sender=b'"' + word + b'" <janis@example.lv>',
                            subject=b"Re: " + word + b" " + word), "w.eml", now=now)
    assert request.sender_name == text and request.sender_email == "janis@example.lv"
    assert request.subject == f"Re: {text}{text}"  # RFC 2047 6.2: no space between words


def test_a_character_split_between_two_encoded_words_is_joined(now):
    encoded = "Dzēšana".encode()
    first, second = encoded[:3], encoded[3:]  # "Dz" and the first byte of "ē" | the rest
    import base64

    words = " ".join(f"=?utf-8?B?{base64.b64encode(p).decode()}?=" for p in (first, second))
    assert parse_eml(raw(subject=words.encode()), "s.eml", now=now).subject == "Dzēšana"
