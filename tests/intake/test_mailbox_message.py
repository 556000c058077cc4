"""A message from the privacy mailbox: read as its .eml would be, received when the mail
server took it in (INTERNALDATE), unless its own topmost Received stamp is clearly earlier."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from smarttek_dsar.intake.email_file import parse_eml
from smarttek_dsar.intake.incoming import EVIDENCE_RECEIVED_HEADER, IntakeError
from smarttek_dsar.intake.mailbox_message import EVIDENCE_INTERNALDATE, parse_incoming_message
from tests.intake.mail_builder import RECEIVED_OURS, plain_mail

NOW = datetime(2024, 9, 10, 12, 0, tzinfo=UTC)
STAMPED = datetime(2024, 9, 3, 5, 15, tzinfo=UTC)  # RECEIVED_OURS: 08:15 Riga time
RAW = plain_mail(received=(RECEIVED_OURS,))


def test_the_same_request_as_the_eml_with_the_servers_receipt_time():
    arrived = STAMPED + timedelta(minutes=2)
    request = parse_incoming_message(RAW, "m.eml", received_at=arrived, now=NOW)
    as_file = parse_eml(RAW, "m.eml", now=NOW)
    assert request.received_at == arrived and request.received_evidence == EVIDENCE_INTERNALDATE
    assert (request.sender_email, request.subject, request.body_text, request.original_bytes) \
        == (as_file.sender_email, as_file.subject, as_file.body_text, as_file.original_bytes)
    assert request.warnings == as_file.warnings


def test_an_earlier_received_stamp_wins_and_is_named():
    copied_in = STAMPED + timedelta(days=2)  # put into the folder two days later
    request = parse_incoming_message(RAW, "m.eml", received_at=copied_in, now=NOW)
    assert request.received_at == STAMPED
    assert request.received_evidence == EVIDENCE_RECEIVED_HEADER
    assert any("earlier time was used" in w for w in request.warnings)


def test_without_internaldate_the_received_header_decides():
    request = parse_incoming_message(RAW, "m.eml", now=NOW)
    assert request.received_at == STAMPED


def test_an_internaldate_in_the_future_is_refused():
    with pytest.raises(IntakeError, match="future"):
        parse_incoming_message(plain_mail(), "m.eml", received_at=NOW + timedelta(days=1),
                               now=NOW)
