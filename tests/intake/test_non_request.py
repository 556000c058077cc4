"""Mail that is not a request is recognised from the marks the standards put on it, and a
request that merely resembles one (asks for a read receipt, forwards a bounce) is not."""

from __future__ import annotations

import pytest

from smarttek_dsar.intake import parse_eml
from tests.intake import non_request_mails as mails
from tests.intake.mail_builder import RECEIVED_OURS, base_message, plain_mail


@pytest.mark.parametrize("kind", sorted(mails.ALL))
def test_each_kind_of_non_request_is_recognised_with_a_reason(kind, now):
    request = parse_eml(mails.ALL[kind](), f"{kind}.eml", now=now)
    assert request.not_a_request is not None
    assert request.not_a_request.kind == kind
    assert request.not_a_request.reason.endswith(".")


@pytest.mark.parametrize(("header", "value"), [
    ("Auto-Submitted", "auto-generated"), ("Auto-Submitted", "auto-replied; owner-email=x"),
    ("X-Autoreply", "yes"), ("X-Autorespond", "Out of office"), ("Precedence", "auto_reply"),
])
def test_every_automatic_reply_mark_counts(header, value, now):
    request = parse_eml(mails.auto_reply(header, value), "a.eml", now=now)
    assert request.not_a_request is not None
    assert request.not_a_request.kind == "auto_reply"
    assert header in request.not_a_request.reason


@pytest.mark.parametrize(("header", "value"), [
    ("List-Id", "Jaunumi <news.example.lv>"), ("Precedence", "bulk"), ("Precedence", "junk"),
])
def test_lists_and_bulk_mail_count(header, value, now):
    request = parse_eml(mails.newsletter(header, value), "n.eml", now=now)
    assert request.not_a_request is not None
    assert request.not_a_request.kind == "mailing_list"


def test_a_person_asking_for_a_read_receipt_or_saying_no_to_auto_is_a_request(now):
    message = base_message(received=(RECEIVED_OURS,))
    message["Disposition-Notification-To"] = "janis.berzins@example.lv"
    message["Auto-Submitted"] = "no"
    message.set_content("Lūdzu dzēst manus datus.")
    request = parse_eml(message.as_bytes(), "r.eml", now=now)
    assert request.not_a_request is None
    # A forwarding rule (info@ -> privacy@) passes a person's mail on: still a request.
    message.replace_header("Auto-Submitted", "auto-forwarded")
    assert parse_eml(message.as_bytes(), "f.eml", now=now).not_a_request is None
    assert plain_mail() and parse_eml(plain_mail(received=(RECEIVED_OURS,)), "p.eml",
                                      now=now).not_a_request is None


def test_a_request_that_forwards_a_bounce_is_a_request(now):
    from email.message import EmailMessage
    from email.parser import BytesParser
    from email.policy import default

    message = base_message(received=(RECEIVED_OURS,))
    message.set_content("Jūsu atbilde man neatnāca, lūdzu sūtiet vēlreiz manu datu kopiju.")
    bounce: EmailMessage = BytesParser(policy=default).parsebytes(mails.bounce())
    message.add_attachment(bounce)
    request = parse_eml(message.as_bytes(), "fwd.eml", now=now)
    assert request.not_a_request is None


def test_a_bounce_without_a_sender_address_is_held_not_refused(now):
    request = parse_eml(mails.bounce("MAILER DAEMON <>"), "bounce.eml", now=now)
    assert request.not_a_request is not None and request.not_a_request.kind == "bounce"
    assert (request.sender_name, request.sender_email) == ("MAILER DAEMON <>", "")
