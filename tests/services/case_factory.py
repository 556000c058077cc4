"""Building realistic requests for service tests."""

from __future__ import annotations

from datetime import datetime, timedelta

from smarttek_dsar.domain.rights import Channel, Right
from smarttek_dsar.services.cases import NewCase
from smarttek_dsar.services.views import AttachmentInput, PartyInput
from tests.fixed_clock import NOW

# Born 1 January 1990; check digit 1 by the published algorithm (stdnum agrees).
JANIS_CODE = "010190-10001"


def new_request(
    *, days_ago: int = 3, rights=(Right.ACCESS,), channel=Channel.EMAIL, name="Jānis Bērziņš",
    code: str | None = JANIS_CODE, email="janis.berzins@example.lv", attachments=(),
    external_id=None, received: datetime | None = None,
) -> NewCase:
    received = received or NOW - timedelta(days=days_ago)
    return NewCase(
        channel=channel,
        received_at=received,
        subject=PartyInput(name=name, personal_code=code, email=email, phone="+371 2612 3456"),
        rights=list(rights),
        request_text="Lūdzu izsniegt manus personas datus.",
        receipt_proof="Message-ID <abc@example.lv>",
        attachments=list(attachments),
        external_id=external_id,
    )


def id_scan() -> AttachmentInput:
    return AttachmentInput("pase_Bērziņš.jpg", b"\xff\xd8fake-jpeg", "image/jpeg", "id_document")
