from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage

import pytest

from smarttek_dsar.domain.rights import Channel, Right
from smarttek_dsar.intake import IntakeError, parse_eml
from tests.intake.conftest import NOW, assert_complete
from tests.intake.mail_builder import (
    RECEIVED_OURS,
    RECEIVED_THEIRS,
    base_message,
    plain_mail,
    q_word,
    raw_mail,
    with_attachment,
)

LATVIAN = "Lūdzu dzēst manus datus. Ģimenes ķēķis, čūska, ņemot, šodien, žāvēt."


def parse(data: bytes, **kwargs: object):
    request = parse_eml(data, "request.eml", now=NOW, **kwargs)  # type: ignore[arg-type]
    assert_complete(request)
    return request


def test_plain_mail_gives_sender_subject_body_and_date() -> None:
    request = parse(plain_mail())
    assert request.source == "email"
    assert request.channel is Channel.EMAIL
    assert request.sender_name == "Jānis Bērziņš"
    assert request.sender_email == "janis.berzins@example.lv"
    assert request.subject == "Piekļuves pieprasījums"
    assert "piekļuvi maniem personas datiem" in request.body_text
    assert request.external_id == "<req-1@example.lv>"
    assert request.received_at == datetime(2024, 9, 2, 7, 0, tzinfo=UTC)
    assert request.received_evidence == "Date header"
    assert request.rights == (Right.ACCESS,)
    assert request.rights_guessed is True
    assert request.original_filename == "request.eml"


def test_missing_message_id_falls_back_to_file_hash() -> None:
    request = parse(plain_mail(message_id=None))
    assert request.external_id == f"sha256:{request.original_sha256}"


@pytest.mark.parametrize("cte", ["base64", "quoted-printable", "8bit"])
@pytest.mark.parametrize("charset", ["utf-8", "windows-1257", "iso-8859-13"])
def test_body_encodings_and_baltic_charsets(cte: str, charset: str) -> None:
    data = plain_mail(LATVIAN, charset=charset, cte=cte)
    assert parse(data).body_text == LATVIAN


def test_windows_1257_body_written_by_hand() -> None:
    body = LATVIAN.encode("cp1257")
    data = raw_mail(
        [
            "From: janis@example.lv",
            "Date: Mon, 02 Sep 2024 10:00:00 +0300",
            "Content-Type: text/plain; charset=windows-1257",
            "Content-Transfer-Encoding: 8bit",
        ],
        body,
    )
    assert parse(data).body_text == LATVIAN


def test_iso_8859_13_quoted_printable_body_written_by_hand() -> None:
    qp = "".join(
        chr(b) if b < 128 and b != 61 else f"={b:02X}" for b in LATVIAN.encode("iso-8859-13")
    )
    data = raw_mail(
        [
            "From: janis@example.lv",
            "Date: Mon, 02 Sep 2024 10:00:00 +0300",
            'Content-Type: text/plain; charset="ISO-8859-13"',
            "Content-Transfer-Encoding: quoted-printable",
        ],
        qp.encode("ascii"),
    )
    assert parse(data).body_text == LATVIAN


def test_koi8_r_body() -> None:
    text = "Прошу удалить мои персональные данные."
    data = raw_mail(
        ["From: ivan@example.lv", "Date: Mon, 02 Sep 2024 10:00:00 +0300",
         "Content-Type: text/plain; charset=koi8-r"],
        text.encode("koi8-r"),
    )  # fmt: skip
    request = parse(data)
    assert request.body_text == text
    assert Right.ERASURE in request.rights


def test_unlabelled_8bit_body_is_read_as_windows_baltic() -> None:
    data = raw_mail(
        ["From: janis@example.lv", "Date: Mon, 02 Sep 2024 10:00:00 +0300"],
        LATVIAN.encode("cp1257"),
    )
    assert parse(data).body_text == LATVIAN


def test_rfc2047_subjects() -> None:
    utf8_b = "=?UTF-8?B?" + base64.b64encode("Datu dzēšana".encode()).decode() + "?="
    request = parse(raw_mail(
        ["From: janis@example.lv", "Date: Mon, 02 Sep 2024 10:00:00 +0300",
         f"Subject: {utf8_b}"],
        b"Hello",
    ))  # fmt: skip
    assert request.subject == "Datu dzēšana"
    cp_q = q_word("Pieprasījums dzēst datus", "windows-1257")
    assert "=EE" in cp_q  # ī in Windows Baltic, so the test really exercises the charset
    request = parse(raw_mail(
        ["From: =?windows-1257?Q?J=E2nis_B=E7rzi=F2=F0?= <janis@example.lv>",
         "Date: Mon, 02 Sep 2024 10:00:00 +0300", f"Subject: {cp_q}"],
        b"Hello",
    ))  # fmt: skip
    assert request.subject == "Pieprasījums dzēst datus"
    assert request.sender_name == "Jānis Bērziņš"
    assert request.rights == (Right.ERASURE,)


def test_multipart_alternative_prefers_plain_text() -> None:
    message = base_message()
    message.set_content("Plain version: lūdzu dzēst.")
    message.add_alternative("<p>HTML version</p>", subtype="html")
    request = parse(message.as_bytes())
    assert request.body_text == "Plain version: lūdzu dzēst."
    assert request.attachments == ()


def test_empty_plain_alternative_falls_back_to_html() -> None:
    message = base_message()
    message.set_content(" \n")
    message.add_alternative("<p>Only the <b>HTML</b> says it</p>", subtype="html")
    assert parse(message.as_bytes()).body_text == "Only the HTML says it"


def test_html_only_mail_becomes_readable_text() -> None:
    html = (
        "<html><head><title>x</title><style>p {color: red}</style></head><body>"
        "<script>alert('x')</script><p>Labdien,</p><div>lūdzu:<br>izsniegt datus"
        "<ul><li>rēķinus</li><li>zvanu ierakstus</li></ul></div><p>Ar cieņu,&nbsp;Jānis</p>"
        "</body></html>"
    )
    message = base_message()
    message.set_content(html, subtype="html", charset="windows-1257", cte="quoted-printable")
    text = parse(message.as_bytes()).body_text
    assert "alert" not in text and "color" not in text and "x\n" not in text
    assert text.splitlines() == [
        "Labdien,", "", "lūdzu:", "izsniegt datus", "• rēķinus", "• zvanu ierakstus", "",
        "Ar cieņu, Jānis",
    ]  # fmt: skip


def test_nested_multipart_with_forwarded_message() -> None:
    original = base_message(
        subject="Datu pārnesamība", date="Fri, 30 Aug 2024 09:00:00 +0300",
        message_id="<orig@example.lv>",
    )  # fmt: skip
    original.set_content("Lūdzu izsniegt manus datus pārnesamības formātā.")
    with_attachment(original, "pase_Bērziņš.pdf", b"%PDF-1.4 passport")

    forward = base_message(
        subject="Fwd: Datu pārnesamība", sender="Kolēģis <sales@smarttek.eu>",
        received=(RECEIVED_OURS,),
    )  # fmt: skip
    forward.set_content("Pārsūtu klienta pieprasījumu.")
    forward.add_alternative("<p>Pārsūtu klienta pieprasījumu.</p>", subtype="html")
    forward.add_attachment(original)
    request = parse(forward.as_bytes())

    assert request.body_text.startswith("Pārsūtu klienta pieprasījumu.")
    assert "---------- Forwarded message ----------" in request.body_text
    assert "Lūdzu izsniegt manus datus pārnesamības formātā." in request.body_text
    assert Right.PORTABILITY in request.rights
    names = [a.filename for a in request.attachments]
    assert names == ["Datu pārnesamība.eml", "pase_Bērziņš.pdf"]
    assert request.attachments[0].media_type == "message/rfc822"
    assert request.attachments[1].content == b"%PDF-1.4 passport"
    # The original reached a colleague three days earlier: the DPO must be told.
    assert any("forwarded message sent on 30.08.2024" in w for w in request.warnings)


def test_attachment_with_latvian_rfc2231_file_name() -> None:
    message = with_attachment(base_message(), "iesniegums_Bērziņš.pdf", b"%PDF-1.4 data")
    data = message.as_bytes()
    assert b"filename*=utf-8''iesniegums_B%C4%93rzi%C5%86%C5%A1.pdf" in data
    (attachment,) = parse(data).attachments
    assert attachment.filename == "iesniegums_Bērziņš.pdf"
    assert attachment.media_type == "application/pdf"
    assert attachment.content == b"%PDF-1.4 data"


def test_attachment_with_rfc2231_continuation_in_windows_1257() -> None:
    body = (
        "--b\r\nContent-Type: text/plain\r\n\r\nSk. pielikumu\r\n--b\r\n"
        "Content-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n"
        "Content-Disposition: attachment;\r\n filename*0*=windows-1257''iesniegums_B%E7;\r\n"
        " filename*1*=rzi%F2%F0.pdf\r\n\r\n"
        + base64.b64encode(b"%PDF-1.4").decode() + "\r\n--b--\r\n"
    )  # fmt: skip
    data = raw_mail(
        ["From: janis@example.lv", "Date: Mon, 02 Sep 2024 10:00:00 +0300",
         "MIME-Version: 1.0", 'Content-Type: multipart/mixed; boundary="b"'],
        body.encode("ascii"),
    )  # fmt: skip
    (attachment,) = parse(data).attachments
    assert attachment.filename == "iesniegums_Bērziņš.pdf"


def test_attachment_name_in_rfc2047_form_as_outlook_writes_it() -> None:
    word = "=?UTF-8?B?" + base64.b64encode("līgums_Ābele.pdf".encode()).decode() + "?="
    body = (
        "--b\r\nContent-Type: text/plain\r\n\r\nSk. pielikumu\r\n--b\r\n"
        f'Content-Type: application/pdf; name="{word}"\r\nContent-Transfer-Encoding: base64\r\n'
        f'Content-Disposition: attachment; filename="{word}"\r\n\r\n'
        + base64.b64encode(b"%PDF-1.4").decode() + "\r\n--b--\r\n"
    )  # fmt: skip
    data = raw_mail(
        ["From: janis@example.lv", "Date: Mon, 02 Sep 2024 10:00:00 +0300",
         'Content-Type: multipart/mixed; boundary="b"'],
        body.encode("ascii"),
    )  # fmt: skip
    (attachment,) = parse(data).attachments
    assert attachment.filename == "līgums_Ābele.pdf"


def test_missing_date_uses_first_received_header() -> None:
    data = plain_mail(date=None, received=(RECEIVED_OURS, RECEIVED_THEIRS))
    request = parse(data)
    assert request.received_at == datetime(2024, 9, 3, 5, 15, tzinfo=UTC)
    assert request.received_evidence == "first Received header"


def test_received_header_wins_over_sender_date() -> None:
    # The sender wrote it on 2 September; our server got it on 3 September: receipt is the 3rd.
    request = parse(plain_mail(received=(RECEIVED_OURS, RECEIVED_THEIRS)))
    assert request.received_at == datetime(2024, 9, 3, 5, 15, tzinfo=UTC)


def test_unreadable_received_date_falls_back_to_date_with_a_warning() -> None:
    request = parse(plain_mail(received=("from x by mx.smarttek.eu; yesterday-ish",)))
    assert request.received_evidence == "Date header"
    assert request.warnings


@pytest.mark.parametrize(
    ("date", "fragment"),
    [
        ((NOW + timedelta(days=1)).strftime("%a, %d %b %Y %H:%M:%S +0000"), "in the future"),
        ("Sat, 01 Jan 1994 10:00:00 +0000", "before the year 2000"),
        ("sometime next week", "not a date"),
    ],
)
def test_impossible_dates_are_refused(date: str, fragment: str) -> None:
    with pytest.raises(IntakeError, match=fragment) as info:
        parse_eml(plain_mail(date=date), "odd.eml", now=NOW)
    assert "odd.eml" in str(info.value)


def test_future_received_header_is_refused() -> None:
    future = (NOW + timedelta(hours=2)).strftime("%a, %d %b %Y %H:%M:%S +0000")
    with pytest.raises(IntakeError, match="first Received header .* in the future"):
        parse_eml(plain_mail(received=(f"from a by b; {future}",)), "x.eml", now=NOW)


def test_a_few_minutes_of_clock_skew_is_accepted() -> None:
    skewed = (NOW + timedelta(minutes=3)).strftime("%a, %d %b %Y %H:%M:%S +0000")
    assert parse(plain_mail(date=skewed)).received_at == NOW + timedelta(minutes=3)


def test_no_date_at_all_is_refused() -> None:
    with pytest.raises(IntakeError, match="neither a Date nor a Received header"):
        parse_eml(plain_mail(date=None), "x.eml", now=NOW)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\x00\x01\x02\xff\xfe binary junk \x00" * 20,
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        b"Just some text somebody saved.\nNo headers here.\n",
        b"Subject: only a subject\n\nbody",
    ],
)
def test_not_an_email_is_refused(data: bytes) -> None:
    with pytest.raises(IntakeError, match="thing.eml"):
        parse_eml(data, "thing.eml", now=NOW)


def test_mail_without_sender_address_is_refused() -> None:
    with pytest.raises(IntakeError, match="no readable sender address"):
        parse_eml(plain_mail(sender="undisclosed-recipients:;"), "x.eml", now=NOW)


def test_an_oversize_attachment_is_left_in_the_original_and_named_with_its_size() -> None:
    message = with_attachment(base_message(), "skenējums.pdf", b"%PDF" + b"0" * (3 * 1024 * 1024))
    data = message.as_bytes()
    request = parse_eml(data, "big.eml", now=NOW, max_attachment_bytes=2 * 1024 * 1024)
    assert request.attachments == ()
    assert request.original_bytes == data
    (note,) = request.warnings
    assert "skenējums.pdf" in str(note) and "3.0 MB" in str(note) and "2.0 MB" in str(note)
    assert "kept only inside the original e-mail" in str(note)


@pytest.mark.parametrize(
    ("raw_name", "safe_name"),
    [
        ("../../Windows/system32/evil.pdf", "evil.pdf"),
        ("C:\\Users\\x\\iesniegums.pdf", "iesniegums.pdf"),
        ("CON.txt", "_CON.txt"),
        (".htaccess", "htaccess"),
        ("a\x07b\x1b.pdf", "ab.pdf"),
        ("what?.pdf", "what_.pdf"),
    ],
)
def test_dangerous_attachment_names_are_made_safe(raw_name: str, safe_name: str) -> None:
    message = with_attachment(base_message(), "placeholder.pdf", b"%PDF-1.4")
    part = list(message.iter_attachments())[0]
    part.replace_header("Content-Disposition", "attachment")
    part.set_param("filename", raw_name, header="Content-Disposition")
    (attachment,) = parse(message.as_bytes()).attachments
    assert attachment.filename == safe_name


@pytest.mark.parametrize(
    "raw_name",
    ["iesniegums.pdf.exe", "rēķins.PDF.js", "invoice\u202efdp.exe", "run.bat", "x.lnk", "y.ps1 "],
)
def test_executable_attachments_are_refused(raw_name: str) -> None:
    message = with_attachment(base_message(), raw_name, b"payload", "application/octet-stream")
    with pytest.raises(IntakeError, match="program or script") as info:
        parse_eml(message.as_bytes(), "evil.eml", now=NOW)
    assert "evil.eml" in str(info.value)


def test_windows_program_disguised_as_pdf_is_refused() -> None:
    program = bytearray(b"MZ" + b"\0" * 200)
    program[60:64] = (128).to_bytes(4, "little")
    program[128:132] = b"PE\0\0"
    message = with_attachment(base_message(), "iesniegums.pdf", bytes(program))
    with pytest.raises(IntakeError, match="program or script"):
        parse_eml(message.as_bytes(), "evil.eml", now=NOW)


def test_two_attachments_with_one_name_are_both_kept() -> None:
    message = with_attachment(base_message(), "scan.pdf", b"%PDF-1 first")
    with_attachment(message, "scan.pdf", b"%PDF-1 second")
    names = [a.filename for a in parse(message.as_bytes()).attachments]
    assert names == ["scan.pdf", "scan (2).pdf"]


def test_inline_image_without_name_gets_a_generated_name() -> None:
    message = base_message()
    message.set_content("Sk. attēlu")
    message.add_related(b"\x89PNG\r\n\x1a\nxx", maintype="image", subtype="png", cid="<i1>")
    (attachment,) = parse(message.as_bytes()).attachments
    assert attachment.filename == "attachment-1.png"


def test_unknown_charset_does_not_stop_the_import() -> None:
    data = raw_mail(
        ["From: janis@example.lv", "Date: Mon, 02 Sep 2024 10:00:00 +0300",
         "Content-Type: text/plain; charset=x-unknown-baltic"],
        "Lūdzu dzēst".encode(),
    )  # fmt: skip
    assert parse(data).body_text == "Lūdzu dzēst"


def test_builder_sanity_email_message_type() -> None:
    assert isinstance(base_message(), EmailMessage)
