from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

import olefile
import pytest

from smarttek_dsar.domain.rights import Channel, Right
from smarttek_dsar.intake import IntakeError, parse_msg
from tests.intake.conftest import NOW, assert_complete
from tests.intake.msg_builder import MsgAttachment, outlook_message

DELIVERED = datetime(2024, 9, 2, 7, 0, 12, tzinfo=UTC)


def message(**overrides: object) -> bytes:
    fields: dict = {
        "subject": "Datu dzēšana",
        "sender_name": "Jānis Bērziņš",
        "sender_email": "janis@example.lv",
        "body": "Lūdzu dzēst manus personas datus.\r\nAr cieņu, Jānis",
        "message_id": "<msg-1@example.lv>",
        "delivery_time": DELIVERED,
        "submit_time": DELIVERED - timedelta(seconds=30),
        "attachments": [MsgAttachment("iesniegums_Bērziņš.pdf", b"%PDF-1.4 " + b"x" * 6000,
                                      "application/pdf")],
    }  # fmt: skip
    fields.update(overrides)
    return outlook_message(**fields)


def test_builder_output_is_a_valid_compound_file_for_olefile_itself() -> None:
    with olefile.OleFileIO(io.BytesIO(message())) as ole:
        assert ole.openstream("__substg1.0_0037001F").read().decode("utf-16-le") == (
            "Datu dzēšana"
        )
        name = ole.openstream("__attach_version1.0_#00000000/__substg1.0_3707001F").read()
        assert name.decode("utf-16-le") == "iesniegums_Bērziņš.pdf"
        assert ole.get_size("__attach_version1.0_#00000000/__substg1.0_37010102") == 6009


def test_outlook_message_is_read_completely() -> None:
    request = parse_msg(message(), "pieprasījums.msg", now=NOW)
    assert_complete(request)
    assert request.source == "msg"
    assert request.channel is Channel.EMAIL
    assert request.subject == "Datu dzēšana"
    assert request.sender_name == "Jānis Bērziņš"
    assert request.sender_email == "janis@example.lv"
    assert request.body_text == "Lūdzu dzēst manus personas datus.\nAr cieņu, Jānis"
    assert request.external_id == "<msg-1@example.lv>"
    assert request.received_at == DELIVERED
    assert request.received_evidence == "Outlook delivery time (PR_MESSAGE_DELIVERY_TIME)"
    assert request.rights == (Right.ERASURE,) and request.rights_guessed
    (attachment,) = request.attachments
    assert attachment.filename == "iesniegums_Bērziņš.pdf"
    assert attachment.media_type == "application/pdf"
    # A view of the .msg's bytes (no copy), read as any bytes are.
    assert attachment.content[:10] == b"%PDF-1.4 x" and len(attachment.content) == 6009


def test_without_delivery_time_the_submit_time_is_used() -> None:
    request = parse_msg(message(delivery_time=None), "a.msg", now=NOW)
    assert request.received_at == DELIVERED - timedelta(seconds=30)
    assert request.received_evidence == "Outlook client submit time (PR_CLIENT_SUBMIT_TIME)"


def test_without_any_time_the_message_is_refused() -> None:
    with pytest.raises(IntakeError, match="no delivery or sending time"):
        parse_msg(message(delivery_time=None, submit_time=None), "draft.msg", now=NOW)


def test_future_delivery_time_is_refused() -> None:
    with pytest.raises(IntakeError, match="in the future"):
        parse_msg(message(delivery_time=NOW + timedelta(days=2)), "a.msg", now=NOW)


def test_html_only_message_becomes_text() -> None:
    html = "<html><body><p>Lūdzu <b>piekļuvi</b> datiem</p><p>Paldies</p></body></html>"
    data = message(subject="Pieprasījums", body=None, html_body=html.encode())
    request = parse_msg(data, "a.msg", now=NOW)
    assert request.body_text == "Lūdzu piekļuvi datiem\n\nPaldies"
    assert request.rights == (Right.ACCESS,)


def test_missing_message_id_falls_back_to_hash() -> None:
    request = parse_msg(message(message_id=None), "a.msg", now=NOW)
    assert request.external_id == f"sha256:{request.original_sha256}"


def test_executable_attachment_is_refused() -> None:
    data = message(attachments=[MsgAttachment("rēķins.pdf.exe", b"payload")])
    with pytest.raises(IntakeError, match="rēķins.pdf.exe.*program or script"):
        parse_msg(data, "a.msg", now=NOW)


def test_oversize_attachment_is_refused() -> None:
    with pytest.raises(IntakeError, match="iesniegums_Bērziņš.pdf"):
        parse_msg(message(), "a.msg", now=NOW, max_attachment_bytes=1000)


def test_other_outlook_items_are_refused() -> None:
    with pytest.raises(IntakeError, match="IPM.Contact"):
        parse_msg(message(message_class="IPM.Contact"), "card.msg", now=NOW)


@pytest.mark.parametrize(
    "mangle",
    [
        lambda d: b"",
        lambda d: b"not an outlook file at all",
        lambda d: d[:700],
        lambda d: d[:2048],
        lambda d: d[:8] + b"\xff" * (len(d) - 8),
        lambda d: d[:512] + bytes(len(d) - 512),
    ],
)
def test_broken_files_are_refused(mangle) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(IntakeError, match="broken.msg"):
        parse_msg(mangle(message()), "broken.msg", now=NOW)
