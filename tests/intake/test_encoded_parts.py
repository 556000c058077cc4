"""A forwarded mail sent base64 or quoted-printable encoded is decoded and read; an S/MIME
encrypted body gives a request with a plain warning that its text cannot be read."""

from __future__ import annotations

import pytest

from smarttek_dsar.intake import parse_eml
from smarttek_dsar.intake.encoded_parts import ENCRYPTED, OPAQUE_SIGNED
from tests.intake.encoded_mails import FORWARDED_TEXT, encoded_forward, smime_encrypted


@pytest.mark.parametrize("encoding", ["base64", "quoted-printable"])
def test_an_encoded_forwarded_mail_is_decoded_and_read(encoding, now):
    request = parse_eml(encoded_forward(encoding), "fwd.eml", now=now)
    assert request.body_text.startswith("Pārsūtu klienta pieprasījumu.")
    assert "From: Jānis Bērziņš <janis.berzins@example.lv>" in request.body_text
    assert "Subject: Datu dzēšana" in request.body_text
    assert request.body_text.endswith(FORWARDED_TEXT)
    assert "base64" not in request.body_text and "=C4" not in request.body_text
    assert [a.filename for a in request.attachments] == ["Datu dzēšana.eml"]
    assert b"Message-ID: <original@example.lv>" in request.attachments[0].content
    # The forwarded request was sent earlier: the DPO is told it may count from then.
    assert any("forwarded message sent on 30.08.2024 09:00" in w for w in request.warnings)
    assert [r.value for r in request.rights] == ["erasure"]


def test_the_forwarded_mails_own_attachment_is_taken_in(now):
    pdf = b"%PDF-1.4 " + b"x" * 40_000  # over the size the desk lifts out before parsing
    request = parse_eml(encoded_forward("base64", attachment=pdf), "fwd.eml", now=now)
    files = {a.filename: a.content for a in request.attachments}
    assert files["iesniegums.pdf"] == pdf


def test_a_large_encoded_forward_is_not_taken_for_a_header_block(now):
    pdf = b"%PDF-1.4 " + bytes(range(256)) * 6000  # 1.5 MB, 2 MB once base64 twice over
    request = parse_eml(encoded_forward("base64", attachment=pdf), "big.eml", now=now)
    assert {a.filename for a in request.attachments} >= {"iesniegums.pdf"}


@pytest.mark.parametrize(("smime_type", "warning"), [
    ("enveloped-data", ENCRYPTED), ("authEnveloped-data", ENCRYPTED),
    ("signed-data", OPAQUE_SIGNED),
])
def test_an_smime_body_is_registered_with_a_plain_warning(smime_type, warning, now):
    request = parse_eml(smime_encrypted(smime_type), "enc.eml", now=now)
    assert request.subject == "Fwd: Datu dzēšana"
    assert request.body_text == ""
    assert warning in request.warnings
    assert [a.filename for a in request.attachments] == ["smime.p7m"]


def test_the_decoded_forward_meets_the_same_header_limit(now):
    import base64

    from tests.intake.encoded_mails import _outer
    from tests.intake.long_headers import folded_subject_mail

    inner = folded_subject_mail(420)
    data = _outer("message/rfc822", "base64", base64.encodebytes(inner), first=b"Fwd.")
    request = parse_eml(data, "fwd-long.eml", now=now)
    assert any("Subject header is 420 KB long" in w for w in request.warnings)
    assert "Lūdzu sniegt piekļuvi maniem personas datiem." in request.body_text
