"""Outlook .msg items that are not requests are marked for holding, as their .eml cousins are:
a delivery report, a read receipt, a meeting request, an out-of-office reply by its message
class, and a bounce that kept its internet headers by those headers. A person's mail is not."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from smarttek_dsar.intake import IntakeError, parse_msg
from smarttek_dsar.intake.non_request import (
    AUTO_REPLY,
    BOUNCE,
    CALENDAR,
    MAILING_LIST,
    READ_RECEIPT,
)
from tests.intake.conftest import NOW
from tests.intake.msg_builder import outlook_message

DELIVERED = datetime(2024, 9, 2, 7, 0, 12, tzinfo=UTC)


def _msg(**overrides: object) -> bytes:
    fields: dict = {
        "subject": "Neizdevās piegādāt: Datu dzēšana",
        "sender_name": "Microsoft Outlook",
        "sender_email": "postmaster@smarttek.eu",
        "body": "Jūsu ziņojumu nevarēja piegādāt. You can delete your own text.",
        "message_id": "<ndr-1@smarttek.eu>",
        "delivery_time": DELIVERED,
    }
    fields.update(overrides)
    return outlook_message(**fields)


@pytest.mark.parametrize(("message_class", "kind"), [
    ("REPORT.IPM.Note.NDR", BOUNCE),
    ("REPORT.IPM.Note.IPNRN", READ_RECEIPT),
    ("IPM.Schedule.Meeting.Request", CALENDAR),
    ("IPM.Note.Rules.OofTemplate.Microsoft", AUTO_REPLY),
])
def test_an_outlook_report_or_invitation_is_marked_by_its_class(message_class, kind):
    request = parse_msg(_msg(message_class=message_class), "report.msg", now=NOW)
    assert request.not_a_request is not None
    assert request.not_a_request.kind == kind
    assert "not a request" in request.not_a_request.reason


def test_a_report_without_a_readable_sender_is_still_held_not_refused():
    request = parse_msg(_msg(message_class="REPORT.IPM.Note.NDR", sender_email=""),
                        "ndr.msg", now=NOW)
    assert request.not_a_request is not None and request.not_a_request.kind == BOUNCE


def test_an_outside_newsletter_saved_from_outlook_is_marked_by_its_headers():
    headers = ("Received: from mx.smarttek.eu by exch; Mon, 2 Sep 2024 10:00:12 +0300\r\n"
               "List-Id: <jaunumi.example.lv>\r\nList-Unsubscribe: <mailto:stop@example.lv>\r\n"
               "\r\n")
    request = parse_msg(_msg(transport_headers=headers), "news.msg", now=NOW)
    assert request.not_a_request is not None and request.not_a_request.kind == MAILING_LIST


def test_a_persons_mail_is_not_marked_and_a_contact_card_is_still_refused():
    person = parse_msg(_msg(subject="Datu dzēšana", sender_email="janis@example.lv",
                            body="Lūdzu dzēst manus datus."), "a.msg", now=NOW)
    assert person.not_a_request is None
    with pytest.raises(IntakeError, match="not an e-mail"):
        parse_msg(_msg(message_class="IPM.Contact"), "card.msg", now=NOW)
