from __future__ import annotations

from datetime import UTC, datetime

import pytest

from smarttek_dsar.intake.incoming import IncomingRequest, sha256_hex
from smarttek_dsar.intake.safety import is_executable_name

NOW = datetime(2024, 9, 10, 12, 0, tzinfo=UTC)


@pytest.fixture
def now() -> datetime:
    return NOW


def assert_complete(request: IncomingRequest) -> None:
    """What any caller may rely on for every request the intake hands back."""
    assert request.received_at.utcoffset() is not None
    assert request.received_at.utcoffset().total_seconds() == 0
    assert request.received_evidence
    assert request.external_id
    assert request.original_sha256 == sha256_hex(request.original_bytes)
    for attachment in request.attachments:
        assert attachment.sha256 == sha256_hex(attachment.content)
        name = attachment.filename
        assert name and "/" not in name and "\\" not in name and not name.startswith(".")
        assert not is_executable_name(name)
        assert "/" in attachment.media_type
    names = [a.filename.lower() for a in request.attachments]
    assert len(names) == len(set(names))
    texts = [request.subject, request.body_text, request.sender_name, request.sender_email,
             request.external_id, request.received_evidence, *map(str, request.warnings),
             *(a.filename for a in request.attachments)]  # fmt: skip
    for text in texts:
        text.encode("utf-8")  # storable: no lone surrogates from undecodable bytes
