"""An Outlook item attached inside a .msg is kept twice: as an .eml anyone can open, and as
its original, a .msg of its own made as Outlook's Save As makes it. Read back here with the
same reader the desk uses and with olefile: every stream the item held is in it unchanged,
including what the .eml cannot carry."""

from __future__ import annotations

import email
import email.policy
import io
import struct
from datetime import UTC, datetime, timedelta

import olefile

from smarttek_dsar.intake import parse_msg
from tests.intake.conftest import NOW, assert_complete
from tests.intake.msg_builder import MsgAttachment, message_storage, outlook_message

DELIVERED = datetime(2024, 9, 2, 7, 0, 12, tzinfo=UTC)
SENT = DELIVERED - timedelta(days=3)
# PR_CONVERSATION_TOPIC: Outlook-only, no header of the .eml carries it.
TOPIC_STREAM = "__substg1.0_0070001F"
TOPIC = "Sarunas tēma QZ-7731"
PHOTO = b"\xff\xd8\xff\xe0jpeg of the passport"


def _outer(inner_attachments=(), *, sector: int = 512, **inner_fields) -> bytes:
    inner = message_storage(
        subject="Pieprasījums no klienta", sender_name="Anna Kalniņa",
        sender_email="anna@example.lv", body="Lūdzu izsniegt manu datu kopiju.",
        message_id="<inner-1@example.lv>", submit_time=SENT, top=False,
        attachments=[MsgAttachment("pase.jpg", PHOTO, "image/jpeg"), *inner_attachments],
        **inner_fields)
    inner.children[TOPIC_STREAM] = TOPIC.encode("utf-16-le")
    return outlook_message(
        subject="Pārsūtu", sender_name="Jānis Bērziņš", sender_email="janis@smarttek.eu",
        body="Pārsūtu klienta pieprasījumu.", message_id="<outer-1@smarttek.eu>",
        delivery_time=DELIVERED, sector=sector,
        attachments=[MsgAttachment("Pieprasījums.msg", b"", embedded=inner)])


def _stored(data: bytes) -> dict[str, bytes]:
    """Every stream of a compound file by its path, as olefile reads it."""
    with olefile.OleFileIO(io.BytesIO(data)) as ole:
        return {"/".join(path): ole.openstream(path).read()
                for path in ole.listdir(streams=True, storages=False)}


def test_the_attached_item_is_kept_as_its_own_msg_beside_the_eml() -> None:
    outer = _outer()
    request = parse_msg(outer, "a.msg", now=NOW)
    assert_complete(request)
    names = [(a.filename, a.media_type) for a in request.attachments]
    assert names == [("Pieprasījums no klienta.eml", "message/rfc822"),
                     ("Pieprasījums no klienta.msg", "application/vnd.ms-outlook"),
                     ("pase.jpg", "image/jpeg")]
    original = request.attachments[1].content
    assert original.startswith(bytes.fromhex("D0CF11E0A1B11AE1"))  # a compound file

    # Read by the desk's own reader, it is the same message.
    again = parse_msg(original, "Pieprasījums no klienta.msg", now=NOW)
    assert (again.sender_email, again.subject, again.external_id) == (
        "anna@example.lv", "Pieprasījums no klienta", "<inner-1@example.lv>")
    assert again.body_text == "Lūdzu izsniegt manu datu kopiju."
    assert [(a.filename, a.content) for a in again.attachments] == [("pase.jpg", PHOTO)]

    # Every stream of the item, unchanged; what the .eml drops is there.
    inside = _stored(outer)
    prefix = "__attach_version1.0_#00000000/__substg1.0_3701000D/"
    item_streams = {path[len(prefix):]: data for path, data in inside.items()
                    if path.startswith(prefix)}
    kept = _stored(original)
    assert kept[TOPIC_STREAM].decode("utf-16-le") == TOPIC
    eml = email.message_from_bytes(request.attachments[0].content, policy=email.policy.default)
    assert TOPIC not in eml.as_string()
    properties = "__properties_version1.0"
    for name, data in item_streams.items():
        if name != properties:
            assert kept[name] == data, name
    # A top-level message's property header is 32 bytes, an attached one's 24 (MS-OXMSG
    # 2.4.1): 8 reserved bytes more, the properties themselves the same.
    assert kept[properties] == (item_streams[properties][:24] + b"\0" * 8
                                + item_streams[properties][24:])
    assert struct.unpack_from("<I", kept[properties], 32)[0] >> 16 in (0x340D, 0x0E07, 0x0039)
    # The named-property map, kept once at the outer file's root, is copied in.
    assert {k for k in kept if k.startswith("__nameid_version1.0/")} == {
        k for k in inside if k.startswith("__nameid_version1.0/")}


def test_an_item_attached_inside_an_attached_item_is_kept_at_each_level() -> None:
    deepest = message_storage(subject="Agrākā vēstule", sender_name="Anna Kalniņa",
                              sender_email="anna@example.lv", body="Pirmā vēstule.",
                              submit_time=SENT - timedelta(days=30), top=False)
    outer = _outer([MsgAttachment("Agrākā.msg", b"", embedded=deepest)])
    request = parse_msg(outer, "a.msg", now=NOW)
    names = [a.filename for a in request.attachments]
    assert names == ["Pieprasījums no klienta.eml", "Pieprasījums no klienta.msg", "pase.jpg",
                     "Agrākā vēstule.eml", "Agrākā vēstule.msg"]
    middle = parse_msg(request.attachments[1].content, "m.msg", now=NOW)
    # Inside its own original, the deeper item is still an attached item (24-byte header).
    assert [a.filename for a in middle.attachments] == [
        "pase.jpg", "Agrākā vēstule.eml", "Agrākā vēstule.msg"]
    assert parse_msg(request.attachments[4].content, "d.msg", now=NOW).body_text == (
        "Pirmā vēstule.")


def test_an_item_over_the_attachment_limit_keeps_its_eml_and_says_why() -> None:
    # A newsletter-sized HTML body: the .eml carries the plain text only, the .msg all of it.
    html = b"<html><body>" + b"<p>Jaunumi</p>" * 80_000 + b"</body></html>"
    outer = _outer(sector=4096, html_body=html)
    limit = 1024 * 1024
    request = parse_msg(outer, "a.msg", now=NOW, max_attachment_bytes=limit)
    names = [a.filename for a in request.attachments]
    assert names == ["Pieprasījums no klienta.eml", "pase.jpg"]  # the request is not refused
    assert any("larger than the attachment limit as a .msg of its own" in w
               for w in request.warnings)
    # Within a larger limit the original is kept.
    kept = parse_msg(outer, "a.msg", now=NOW, max_attachment_bytes=4 * limit)
    assert "Pieprasījums no klienta.msg" in [a.filename for a in kept.attachments]
