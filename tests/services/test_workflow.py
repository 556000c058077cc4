"""The case workflow through the services: every step, and the refusals a user would meet."""

from __future__ import annotations

from datetime import timedelta

import pytest

from smarttek_dsar.domain.calendar import LatvianCalendar
from smarttek_dsar.domain.clock import add_months
from smarttek_dsar.domain.errors import DomainError
from smarttek_dsar.domain.identity import IdDocumentType, VerificationMethod
from smarttek_dsar.domain.rights import Channel, Outcome, Right
from smarttek_dsar.domain.workflow import RejectionReason, Stage
from smarttek_dsar.services.errors import ServiceError
from smarttek_dsar.services.response.delivery import DeliveredFile
from smarttek_dsar.services.review.decisions import DecisionInput
from tests.fixed_clock import TODAY
from tests.services.case_factory import id_scan, new_request


def test_a_request_from_intake_to_closed(services, specialist):
    case = services.cases.create(
        specialist, new_request(rights=[Right.ACCESS, Right.ERASURE], attachments=[id_scan()])
    )
    n = case.number
    services.closing.advance(specialist, n)
    services.identity.verify_identity(
        specialist, n, method=VerificationMethod.ID_DOCUMENT, verified=True,
        document_type=IdDocumentType.PASSPORT, document_number="LV1234567",
    )
    detail = services.cases.detail(specialist, n)
    check = detail.identity_checks[0]
    assert (check.document_type, check.document_last_digits) == ("passport", "4567")
    # No ID copy kept: the scan is gone, and the deletion is recorded.
    scan = detail.attachments[0]
    assert scan.deleted_at is not None and "deleted" in scan.deleted_reason
    assert _stored_content(services, scan.id) is None

    services.closing.advance(specialist, n)  # -> review
    with pytest.raises(DomainError, match="Erasure"):
        services.closing.advance(specialist, n)  # erasure not decided yet
    services.decisions.record_decisions(specialist, n, [
        DecisionInput("contact_details", Right.ACCESS, Outcome.GRANT, "Art. 15"),
        DecisionInput("billing_payments", Right.ERASURE, Outcome.REFUSE, "Art. 17(3)(b)",
                      "Accounting law requires keeping invoices", Outcome.REFUSE,
                      keep_until=TODAY + timedelta(days=3653)),
    ])
    services.closing.advance(specialist, n)  # -> fulfilment
    services.fulfilment.add_task(specialist, n, action="notify", recipient="IT service provider")
    with pytest.raises(DomainError, match="open fulfilment task"):
        services.closing.advance(specialist, n)
    task_id = services.cases.detail(specialist, n).tasks[0].id
    services.fulfilment.complete_task(specialist, n, task_id)
    with pytest.raises(DomainError, match="record the response"):
        services.closing.advance(specialist, n)
    services.delivery.record_delivery(
        specialist, n, sent_on=TODAY, channel=Channel.EMAIL, format="PDF + XLSX",
        proof="sent to janis.berzins@example.lv",
        files=[DeliveredFile("DSAR_data.pdf", "ab" * 32, 1234)],
    )
    services.closing.advance(specialist, n)  # -> responded
    closed = services.closing.close(specialist, n)
    assert closed.stage is Stage.CLOSED
    final = services.cases.detail(specialist, n)
    assert final.disclosures[0].files[0] == ("DSAR_data.pdf", "ab" * 32, 1234)
    assert final.summary.days_left is None  # no clock once answered
    actions = [e.action for e in services.audit.case_timeline(specialist, case.id)]
    for expected in ("case.created", "identity.checked", "review.decided", "task.added",
                     "task.done", "response.delivered", "case.closed"):
        assert expected in actions


def _stored_content(services, attachment_id):
    from smarttek_dsar.storage.models import Attachment

    with services.db.unit_of_work() as session:
        return session.get(Attachment, attachment_id).content


def test_illegal_moves_name_the_missing_step(services, specialist):
    case = services.cases.create(specialist, new_request(rights=[]))
    with pytest.raises(DomainError, match="record at least one right"):
        services.closing.advance(specialist, case.number)
    case = services.cases.create(specialist, new_request())
    services.closing.advance(specialist, case.number)
    with pytest.raises(DomainError, match="successful identity check"):
        services.closing.advance(specialist, case.number)
    with pytest.raises(ServiceError, match="Only a case whose response was sent"):
        services.closing.close(specialist, case.number)


def test_pause_moves_the_deadline_and_resume_fixes_it(services, specialist):
    received_on = TODAY - timedelta(days=6)
    case = services.cases.create(specialist, new_request(days_ago=6))
    calendar = LatvianCalendar()
    one_month = add_months(received_on, 1)
    assert case.due_date == calendar.next_working_day(one_month)
    paused = services.identity.request_information(
        specialist, case.number, reason="Asked for an eParaksts-signed request",
        start=TODAY - timedelta(days=4))
    assert paused.paused and paused.stage is Stage.IDENTITY
    assert paused.due_date >= case.due_date
    resumed = services.identity.information_received(specialist, case.number)
    assert not resumed.paused
    detail = services.cases.detail(specialist, case.number)
    assert detail.deadline.paused_days == 4
    # GDPR 12(3), 12(6) with Reg. 1182/71 Art. 3(4): the paused days are added to the month
    # itself and only the result is moved off a weekend or holiday. Adding them to a first
    # deadline that was already moved would count the weekend twice.
    assert resumed.due_date == calendar.next_working_day(one_month + timedelta(days=4))
    with pytest.raises(ServiceError, match="not paused"):
        services.identity.information_received(specialist, case.number)


def test_extension_needs_notice_within_the_first_month(services, specialist):
    case = services.cases.create(specialist, new_request(days_ago=40))
    with pytest.raises(DomainError):
        services.response.extend(specialist, case.number, reason="Complex",
                                 notified_on=TODAY)
    fresh = services.cases.create(specialist, new_request(days_ago=10, code=None))
    extended = services.response.extend(specialist, fresh.number,
                                        reason="Data in six systems", notified_on=TODAY)
    assert extended.extended and extended.due_date > fresh.due_date + timedelta(days=55)
    with pytest.raises(ServiceError, match="extended already"):
        services.response.extend(specialist, fresh.number, reason="again",
                                 notified_on=TODAY)


def test_rejection_needs_reasons_and_ends_the_case(services, specialist):
    case = services.cases.create(specialist, new_request())
    with pytest.raises(ServiceError, match="reasons"):
        services.response.reject(specialist, case.number, reason=RejectionReason.EXCESSIVE,
                                 note=" ")
    rejected = services.response.reject(specialist, case.number,
                                        reason=RejectionReason.EXCESSIVE,
                                        note="Fourth identical request this year")
    assert rejected.stage is Stage.REJECTED
    with pytest.raises(DomainError, match="can no longer be withdrawn"):
        services.response.withdraw(specialist, case.number)


def test_overriding_a_suggestion_needs_a_reason(services, specialist):
    case = services.cases.create(specialist, new_request(rights=[Right.ERASURE]))
    n = case.number
    services.identity.verify_identity(specialist, n, method=VerificationMethod.EMAIL_ON_FILE,
                                      verified=True)
    services.closing.advance(specialist, n)
    with pytest.raises(ServiceError, match="needs a reason"):
        services.decisions.record_decisions(specialist, n, [DecisionInput(
            "billing_payments", Right.ERASURE, Outcome.GRANT, "Art. 17(1)(a)",
            suggested_outcome=Outcome.REFUSE)])
    services.decisions.record_decisions(specialist, n, [DecisionInput(
        "billing_payments", Right.ERASURE, Outcome.GRANT, "Art. 17(1)(a)",
        reason="Invoices older than the accounting period", suggested_outcome=Outcome.REFUSE)])
    events = services.audit.case_timeline(specialist, case.id)
    decided = [e for e in events if e.action == "review.decided"][-1]
    assert decided.details["overrides"][0][2:4] == ["refuse", "grant"]


def test_recompute_moves_stored_deadlines_when_a_holiday_is_added(services, admin, specialist):
    case = services.cases.create(specialist, new_request(days_ago=3))
    due = case.due_date
    services.organisation.add_holiday(admin, due, "Parliament's one-off holiday")
    moved = services.cases.list(specialist)[0]
    assert moved.due_date > due
    assert services.cases.detail(specialist, case.number).deadline.due_date == moved.due_date
    services.organisation.remove_holiday(admin, due)
    assert services.cases.list(specialist)[0].due_date == due


def test_open_pause_keeps_pushing_the_stored_deadline_day_by_day(services, specialist):
    from smarttek_dsar.services.deadlines import refresh_all

    case = services.cases.create(specialist, new_request(days_ago=2))
    services.identity.request_information(specialist, case.number, reason="eParaksts please")
    with services.db.unit_of_work() as session:
        assert refresh_all(session, today=TODAY + timedelta(days=5)) == 1
    later = services.cases.list(specialist)[0]
    # Five days of the open pause so far, added to the month before the working-day move
    # (GDPR 12(6), Reg. 1182/71 Art. 3(4)).
    one_month = add_months(TODAY - timedelta(days=2), 1)
    assert later.paused
    assert later.due_date == LatvianCalendar().next_working_day(one_month + timedelta(days=5))
