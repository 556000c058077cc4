"""Registering and finding requests, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from smarttek_dsar.domain.clock import RIGA, DeadlineState
from smarttek_dsar.domain.rights import Channel, Right
from smarttek_dsar.domain.workflow import Stage
from smarttek_dsar.services.case_query import CaseFilter
from smarttek_dsar.services.cases import DuplicateRequest
from smarttek_dsar.services.errors import ServiceError
from tests.fixed_clock import NOW
from tests.services.case_factory import JANIS_CODE, new_request


@pytest.mark.on_day(date(2026, 12, 2))  # entered after the 2026 receipt
def test_new_request_gets_a_number_and_the_legal_deadline(services, specialist):
    received = datetime(2026, 9, 3, 10, 15, tzinfo=RIGA)
    case = services.cases.create(specialist, new_request(received=received))
    assert case.number == "DSAR-2026-0001"
    assert case.stage is Stage.INTAKE
    # Received 3 September -> due 3 October 2026, a Saturday -> Monday 5 October.
    assert case.due_date == date(2026, 10, 5)
    second = services.cases.create(specialist, new_request(received=received, code=None,
                                                           email="anna@example.lv", name="Anna"))
    assert second.number == "DSAR-2026-0002"


@pytest.mark.on_day(date(2026, 12, 2))  # entered after the 2026 receipt
def test_receipt_late_in_the_evening_utc_counts_as_the_next_day_in_riga(services, specialist):
    # 22:30 UTC on 2 September is 01:30 on 3 September in Riga: received on the 3rd.
    from datetime import UTC

    case = services.cases.create(
        specialist, new_request(received=datetime(2026, 9, 2, 22, 30, tzinfo=UTC))
    )
    assert case.due_date == date(2026, 10, 5)


def test_personal_data_is_validated_with_a_clear_message(services, specialist):
    with pytest.raises(ServiceError, match="Data subject: .*check digit"):
        services.cases.create(specialist, new_request(code="010190-10006"))
    with pytest.raises(ServiceError, match="in the future"):
        services.cases.create(
            specialist, new_request(received=NOW + timedelta(days=1))
        )
    assert services.cases.count(specialist) == 0  # nothing half-stored


def test_same_external_message_is_registered_once(services, specialist):
    first = services.cases.create(specialist, new_request(external_id="<m1@example.lv>"))
    with pytest.raises(DuplicateRequest) as raised:
        services.cases.create(specialist, new_request(external_id="<m1@example.lv>"))
    assert raised.value.number == first.number
    assert services.cases.count(specialist) == 1


def test_text_filter_finds_by_name_code_and_email(services, specialist):
    services.cases.create(specialist, new_request())
    services.cases.create(specialist, new_request(name="Līga Ozola", code=None,
                                                  email="liga.ozola@example.lv"))
    by_name = services.cases.list(specialist, CaseFilter(text="ozol"))
    assert [c.subject_name for c in by_name] == ["Līga Ozola"]
    by_code = services.cases.list(specialist, CaseFilter(text=JANIS_CODE))
    assert [c.subject_name for c in by_code] == ["Jānis Bērziņš"]
    assert services.cases.list(specialist, CaseFilter(text="nobody")) == []
    # LIKE wildcards typed by a user are literal characters, not patterns.
    assert services.cases.list(specialist, CaseFilter(text="%")) == []


def test_filters_by_right_stage_channel_and_deadline_state(services, specialist):
    old = services.cases.create(specialist, new_request(days_ago=40, rights=[Right.ERASURE]))
    services.cases.create(specialist, new_request(days_ago=27, rights=[Right.OBJECTION_MARKETING],
                                                  channel=Channel.PORTAL, code=None))
    services.cases.create(specialist, new_request(days_ago=1, rights=[Right.OBJECTION],
                                                  channel=Channel.LETTER, code=None))

    def numbers(**kw):
        return {c.number for c in services.cases.list(specialist, CaseFilter(**kw))}

    assert numbers(rights=[Right.ERASURE]) == {old.number}
    # 'objection' must not match 'objection_marketing'.
    assert len(numbers(rights=[Right.OBJECTION])) == 1
    assert len(numbers(channels=[Channel.PORTAL, Channel.LETTER])) == 2
    assert numbers(deadline_states=[DeadlineState.OVERDUE]) == {old.number}
    assert len(numbers(deadline_states=[DeadlineState.DUE_SOON])) == 1
    assert len(numbers(deadline_states=[DeadlineState.ON_TRACK])) == 1
    assert len(numbers(stages=[Stage.INTAKE])) == 3
    overdue = services.cases.list(specialist, CaseFilter(deadline_states=[DeadlineState.OVERDUE]))
    assert overdue[0].days_left < 0


def test_list_sorts_by_days_left_and_pages(services, specialist):
    for days in (5, 20, 12):
        services.cases.create(specialist, new_request(days_ago=days, code=None))
    rows = services.cases.list(specialist, sort="days_left")
    assert [r.days_left for r in rows] == sorted(r.days_left for r in rows)
    page = services.cases.list(specialist, sort="days_left", offset=1, limit=1)
    assert page[0].number == rows[1].number
    with pytest.raises(ServiceError, match="Unknown sort column"):
        services.cases.list(specialist, sort="colour")


def test_repeat_requests_give_the_12_5_hint(services, specialist):
    for days in (200, 100):
        services.cases.create(specialist, new_request(days_ago=days))
    third = services.cases.create(specialist, new_request(days_ago=1))
    detail = services.cases.detail(specialist, third.number)
    assert detail.repeat_hint and "12(5)" in detail.repeat_hint
    other = services.cases.create(specialist, new_request(code=None, email="x@example.lv"))
    assert services.cases.detail(specialist, other.number).repeat_hint is None


@pytest.mark.on_day(date(2026, 12, 2))  # entered after the 2026 receipt
def test_detail_explains_the_deadline(services, specialist):
    case = services.cases.create(
        specialist, new_request(received=datetime(2026, 1, 31, 9, 0, tzinfo=RIGA))
    )
    detail = services.cases.detail(specialist, case.number)
    texts = " | ".join(s.text for s in detail.deadline.steps)
    assert "end of month" in texts and "2026-02-28" in texts and "Saturday" in texts
    assert detail.deadline.due_date == date(2026, 3, 2)
    assert detail.subject.personal_code == JANIS_CODE
