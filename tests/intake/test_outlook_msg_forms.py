"""Outlook .msg files as they really come: Exchange senders, ANSI strings, RTF-only bodies,
attached Outlook items, transport headers, cloud links and large files."""

from __future__ import annotations

import email
import email.policy
import hashlib
import struct
from datetime import UTC, datetime, timedelta

import olefile
import pytest

from smarttek_dsar.domain.rights import Right
from smarttek_dsar.intake import IntakeError, parse_msg
from tests.intake.conftest import NOW, assert_complete
from tests.intake.msg_builder import MsgAttachment, message_storage, outlook_message

DELIVERED = datetime(2024, 9, 2, 7, 0, 12, tzinfo=UTC)
X500 = "/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP (FYDIBOHF23SPDLT)/CN=RECIPIENTS/CN=JB"


def fields(**overrides: object) -> dict:
    base: dict = {
        "subject": "Datu dzēšana",
        "sender_name": "Jānis Bērziņš",
        "sender_email": "janis@example.lv",
        "body": "Lūdzu dzēst manus personas datus.",
        "message_id": "<msg-2@example.lv>",
        "delivery_time": DELIVERED,
    }
    base.update(overrides)
    return base


def test_exchange_x500_sender_takes_the_smtp_address_property() -> None:
    data = outlook_message(**fields(sender_email=X500, sender_address_type="EX",
                                    sender_smtp="janis.berzins@smarttek.eu"))  # fmt: skip
    request = parse_msg(data, "a.msg", now=NOW)
    assert request.sender_email == "janis.berzins@smarttek.eu"
    assert request.sender_name == "Jānis Bērziņš"


def test_exchange_x500_sender_falls_back_to_the_transport_headers() -> None:
    headers = ("Received: from mx.smarttek.eu by exch; Mon, 2 Sep 2024 10:00:12 +0300\r\n"
               "From: =?utf-8?q?J=C4=81nis?= <janis@example.lv>\r\nSubject: x\r\n\r\n")  # fmt: skip
    data = outlook_message(**fields(sender_email=X500, sender_address_type="EX", sender_name="",
                                    sender_smtp="", transport_headers=headers))  # fmt: skip
    request = parse_msg(data, "a.msg", now=NOW)
    assert (request.sender_name, request.sender_email) == ("Jānis", "janis@example.lv")


def test_exchange_x500_sender_takes_the_sent_representing_smtp_address() -> None:
    data = outlook_message(**fields(sender_email=X500, sender_address_type="EX",
                                    sender_smtp="", representing_smtp="birojs@example.lv"))
    assert parse_msg(data, "a.msg", now=NOW).sender_email == "birojs@example.lv"


def test_x500_sender_without_any_smtp_address_is_refused_plainly() -> None:
    data = outlook_message(**fields(sender_email=X500, sender_address_type="EX", sender_smtp=""))
    with pytest.raises(IntakeError, match="no readable sender e-mail address"):
        parse_msg(data, "a.msg", now=NOW)


def test_ansi_strings_are_read_in_the_message_code_page() -> None:
    data = outlook_message(**fields(code_page="cp1257", attachments=[
        MsgAttachment("iesniegums_Bērziņš.pdf", b"%PDF-1.4 x", "application/pdf")]))
    request = parse_msg(data, "a.msg", now=NOW)
    assert_complete(request)
    assert request.subject == "Datu dzēšana"
    assert request.sender_name == "Jānis Bērziņš"
    assert request.body_text == "Lūdzu dzēst manus personas datus."
    assert request.attachments[0].filename == "iesniegums_Bērziņš.pdf"


def test_rtf_only_body_is_decompressed_and_read() -> None:
    rtf = (rb"{\rtf1\ansi\ansicpg1257\deff0{\fonttbl{\f0 Calibri;}}{\colortbl;\red0\green0;}"
           rb"{\*\generator Riched20;}\f0 L\'fbdzu sniegt \b piek\u316?uvi\b0  maniem "
           rb"datiem.\par Ar cie\'f2u, J\'e2nis\par}")  # fmt: skip
    data = outlook_message(**fields(body=None, rtf_body=rtf))
    request = parse_msg(data, "a.msg", now=NOW)
    assert request.body_text == "Lūdzu sniegt piekļuvi maniem datiem.\nAr cieņu, Jānis"
    assert Right.ACCESS in request.rights


def test_html_encapsulated_in_rtf_is_read_as_html() -> None:
    rtf = (rb"{\rtf1\ansi\ansicpg1252\fromhtml1 \deff0{\fonttbl{\f0 Arial;}}"
           rb"{\*\htmltag64 <html><head><style>p{x}</style></head><body>}"
           rb"{\*\htmltag84 <p>}\htmlrtf {\htmlrtf0 L\u363?dzu dz\u275?st datus"
           rb"{\*\htmltag92 </p>}\htmlrtf \par}\htmlrtf0 {\*\htmltag84 <p>}Paldies"
           rb"{\*\htmltag92 </p>}{\*\htmltag0 </body></html>}}")  # fmt: skip
    data = outlook_message(**fields(body=None, rtf_body=rtf))
    assert parse_msg(data, "a.msg", now=NOW).body_text == "Lūdzu dzēst datus\n\nPaldies"


def test_damaged_rtf_body_is_said_plainly() -> None:
    data = outlook_message(**fields(body=None))
    broken = outlook_message(**fields(body=None, rtf_body=b"{\\rtf1 x}"))
    # Spoil the compressed stream's magic so the unpacker refuses it.
    broken = broken.replace(b"LZFu", b"XXXX", 1)
    request = parse_msg(broken, "a.msg", now=NOW)
    assert request.body_text == ""
    assert any("RTF that could not be read" in w for w in request.warnings)
    assert parse_msg(data, "b.msg", now=NOW).warnings == ()


def test_topmost_received_header_is_used_without_delivery_time() -> None:
    headers = ("Received: from mx.smarttek.eu by exch; Mon, 2 Sep 2024 10:00:12 +0300\r\n"
               "Received: from sender by mx; Mon, 2 Sep 2024 09:59:00 +0300\r\n\r\n")
    data = outlook_message(**fields(delivery_time=None, transport_headers=headers,
                                    submit_time=DELIVERED - timedelta(hours=1)))
    request = parse_msg(data, "a.msg", now=NOW)
    assert request.received_at == DELIVERED
    assert request.received_evidence == "first Received header"


def test_message_id_from_transport_headers_when_the_property_is_missing() -> None:
    headers = "Message-ID: <from-headers@example.lv>\r\nReceived: x; bad date\r\n\r\n"
    data = outlook_message(**fields(message_id=None, transport_headers=headers))
    assert parse_msg(data, "a.msg", now=NOW).external_id == "<from-headers@example.lv>"


def test_attached_outlook_item_becomes_an_eml_and_its_text_is_added() -> None:
    inner = message_storage(
        subject="Pieprasījums no klienta", sender_name="Anna Kalniņa",
        sender_email="anna@example.lv", body="Lūdzu izsniegt manu datu kopiju.",
        submit_time=DELIVERED - timedelta(days=3), top=False,
        attachments=[MsgAttachment("pase.jpg", b"\xff\xd8\xff\xe0jpeg", "image/jpeg")],
    )  # fmt: skip
    data = outlook_message(**fields(body="Pārsūtu klienta pieprasījumu.", attachments=[
        MsgAttachment("Pieprasījums.msg", b"", embedded=inner)]))
    request = parse_msg(data, "a.msg", now=NOW)
    assert_complete(request)
    assert request.body_text.startswith("Pārsūtu klienta pieprasījumu.\n\n"
                                        "---------- Forwarded message ----------\n")
    assert "Subject: Pieprasījums no klienta" in request.body_text
    assert request.body_text.endswith("Lūdzu izsniegt manu datu kopiju.")
    eml, original, photo = request.attachments
    assert eml.filename == "Pieprasījums no klienta.eml" and eml.media_type == "message/rfc822"
    # The item itself too (tests/intake/test_embedded_msg_original.py reads it back).
    assert original.filename == "Pieprasījums no klienta.msg"
    forwarded = email.message_from_bytes(eml.content, policy=email.policy.default)
    assert forwarded["From"].addresses[0].addr_spec == "anna@example.lv"
    assert forwarded["From"].addresses[0].display_name == "Anna Kalniņa"
    assert forwarded["To"].addresses[0].addr_spec == "privacy@smarttek.eu"
    assert forwarded.get_body(("plain",)).get_content().strip() == (
        "Lūdzu izsniegt manu datu kopiju."
    )
    (inner_file,) = list(forwarded.iter_attachments())
    assert inner_file.get_filename() == "pase.jpg"
    assert inner_file.get_content() == b"\xff\xd8\xff\xe0jpeg"
    assert photo.filename == "pase.jpg" and photo.content == b"\xff\xd8\xff\xe0jpeg"


def test_cloud_link_and_embedded_object_are_warned_about_not_refused() -> None:
    data = outlook_message(**fields(attachments=[
        MsgAttachment("link", b"", method=7), MsgAttachment("Picture", b"ole", method=6),
        MsgAttachment("ok.txt", b"hello", "text/plain")]))
    request = parse_msg(data, "a.msg", now=NOW)
    assert [a.filename for a in request.attachments] == ["ok.txt"]
    assert "Attachment 1 is a link to a cloud file" in request.warnings[0]
    assert "Attachment 2 is an embedded object" in request.warnings[1]


def test_encrypted_message_says_its_body_cannot_be_read() -> None:
    data = outlook_message(**fields(body=None, message_class="IPM.Note.SMIME"))
    request = parse_msg(data, "a.msg", now=NOW)
    assert any("encrypted (S/MIME)" in w for w in request.warnings)


def test_signed_message_is_read_from_its_mime_attachment() -> None:
    mime = (b"Content-Type: multipart/signed; protocol=\"application/pkcs7-signature\"; "
            b"boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            + "Lūdzu labot manu adresi.".encode() + b"\r\n--b\r\nContent-Type: "
            b"application/pkcs7-signature; name=smime.p7s\r\n\r\nSIG\r\n--b--\r\n")  # fmt: skip
    data = outlook_message(**fields(body=None, message_class="IPM.Note.SMIME.MultipartSigned",
                                    attachments=[MsgAttachment("smime.p7m", mime,
                                                               "multipart/signed")]))
    request = parse_msg(data, "a.msg", now=NOW)
    assert request.body_text == "Lūdzu labot manu adresi."
    assert request.attachments == ()


def test_message_without_a_class_is_read_as_mail() -> None:
    request = parse_msg(outlook_message(**fields(message_class="")), "a.msg", now=NOW)
    assert request.subject == "Datu dzēšana"


def test_huge_subject_is_refused_before_it_is_read() -> None:
    data = outlook_message(**fields(subject="x" * (1024 * 1024 + 10)), sector=4096)
    with pytest.raises(IntakeError, match="subject of the Outlook message is 2.0 MB"):
        parse_msg(data, "a.msg", now=NOW)


def test_large_version_4_file_is_read() -> None:
    big = bytes(range(256)) * (12 * 1024 * 4)  # 12 MB, over what 512-byte sectors allow here
    data = outlook_message(**fields(attachments=[MsgAttachment("scan.pdf", big,
                                                               "application/pdf")]),
                           sector=4096)  # fmt: skip
    request = parse_msg(data, "a.msg", now=NOW)
    assert request.attachments[0].content == big


def _swap_sectors(data: bytes, stream: list[str], first: int) -> bytes:
    """`data` with the `first` and `first + 1` sectors of `stream` swapped in the file and
    relinked in the FAT: the stream reads the same, but its sectors no longer follow one
    another (as in a file Outlook has edited and saved in place)."""
    ole = olefile.OleFileIO(data)
    sector_size, fat = ole.sectorsize, list(ole.fat)
    chain = [ole.direntries[ole._find(stream)].isectStart]
    while fat[chain[-1]] < len(fat):
        chain.append(fat[chain[-1]])
    ole.close()
    before, a, b = chain[first - 1], chain[first], chain[first + 1]
    fat[before], fat[b], fat[a] = b, a, fat[b]
    out = bytearray(data)
    at = lambda sector: (sector + 1) * sector_size  # noqa: E731 - local shorthand
    out[at(a) : at(a) + sector_size], out[at(b) : at(b) + sector_size] = (
        data[at(b) : at(b) + sector_size], data[at(a) : at(a) + sector_size])
    # The builder's FAT follows the header's sector; the FAT sectors hold themselves as FATSECT.
    for index, value in ((before, b), (b, a), (a, fat[a])):
        struct.pack_into("<I", out, sector_size + 4 * index, value)
    return bytes(out)


def test_attachments_are_views_of_the_file_or_joined_when_their_sectors_are_scattered() -> None:
    # Contiguous sectors: a view of the file's bytes, no copy (issue 13). Scattered ones: the
    # sectors joined in chain order, whatever order they have in the file.
    pdf = b"%PDF-1.4 " + bytes(range(256)) * 80  # 20 KB: five 4096-byte sectors
    data = outlook_message(**fields(attachments=[MsgAttachment("scan.pdf", pdf,
                                                               "application/pdf")]),
                           sector=4096)  # fmt: skip
    (whole,) = parse_msg(data, "a.msg", now=NOW).attachments
    assert isinstance(whole.content, memoryview) and whole.content == pdf
    assert whole.content.obj is data and whole.content.readonly

    scattered = _swap_sectors(data, ["__attach_version1.0_#00000000", "__substg1.0_37010102"], 2)
    assert scattered != data
    (joined,) = parse_msg(scattered, "a.msg", now=NOW).attachments
    assert isinstance(joined.content, bytes) and joined.content == pdf
    assert joined.sha256 == whole.sha256 == hashlib.sha256(pdf).hexdigest()


def test_damaged_files_give_a_clear_refusal_or_a_request_never_a_traceback() -> None:
    import random

    data = outlook_message(**fields(
        body=None, rtf_body=b"{\\rtf1\\ansi x\\par}", transport_headers="Subject: x\r\n\r\n",
        attachments=[MsgAttachment("a.pdf", b"%PDF" * 1500, "application/pdf"),
                     MsgAttachment("inner.msg", b"", embedded=message_storage(
                         subject="i", sender_name="I", sender_email="i@example.lv", top=False,
                         body="inner"))]))  # fmt: skip
    chance = random.Random(15)
    spoiled_files = [data[:end] for end in range(0, len(data), 97)]
    for _ in range(300):
        spoiled = bytearray(data)
        for _ in range(4):
            spoiled[chance.randrange(8, len(data))] = chance.randrange(256)
        spoiled_files.append(bytes(spoiled))
    for spoiled in spoiled_files:
        try:
            assert_complete(parse_msg(spoiled, "a.msg", now=NOW))
        except IntakeError as exc:
            assert str(exc).startswith("a.msg: ")


def test_oversized_directory_is_refused_before_olefile_loads_it(monkeypatch) -> None:
    from smarttek_dsar.intake import msg_properties

    many = [MsgAttachment(f"f{n}.txt", b"x", "text/plain") for n in range(120)]
    data = outlook_message(**fields(attachments=many))
    assert len(parse_msg(data, "a.msg", now=NOW).attachments) == 120
    monkeypatch.setattr(msg_properties, "MAX_DIRECTORY_BYTES", 64 * 1024)
    with pytest.raises(IntakeError, match="directory of the Outlook message is"):
        parse_msg(data, "a.msg", now=NOW)


def test_oversized_small_property_store_is_refused(monkeypatch) -> None:
    from smarttek_dsar.intake import msg_properties

    monkeypatch.setattr(msg_properties, "MAX_MINI_STREAM_BYTES", 512)
    with pytest.raises(IntakeError, match="store of small properties of the Outlook message"):
        parse_msg(outlook_message(**fields()), "a.msg", now=NOW)


def test_exchange_2003_header_banner_does_not_hide_the_headers() -> None:
    headers = ("Microsoft Mail Internet Headers Version 2.0\r\n"
               "From: \"Bērziņš, Jānis\" <janis@example.lv>\r\n"
               "Date: Mon, 2 Sep 2024 10:00:12 +0300\r\n\r\n")  # fmt: skip
    data = outlook_message(**fields(sender_email=X500, sender_address_type="EX", sender_smtp="",
                                    transport_headers=headers, delivery_time=None))
    request = parse_msg(data, "a.msg", now=NOW)
    assert request.sender_email == "janis@example.lv"
    assert request.received_at == DELIVERED and request.received_evidence == "Date header"
