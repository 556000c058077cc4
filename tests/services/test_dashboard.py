"""The dashboard's figures against cases counted by hand (see dashboard_fixture.py), on SQLite
and PostgreSQL; and a manager sees no personal data in them."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from smarttek_dsar.domain.clock import DeadlineState
from smarttek_dsar.domain.figures import AnswerTimes
from smarttek_dsar.domain.rights import Channel, Right
from smarttek_dsar.domain.workflow import Stage
from smarttek_dsar.services.administration.dashboard import DashboardFilter
from smarttek_dsar.services.errors import ServiceError
from smarttek_dsar.storage.models import AuditEvent
from tests.services.dashboard_fixture import build_cases


@pytest.fixture
def built(services, specialist, manager):
    return build_cases(services, specialist)


def test_tiles_match_the_hand_count(services, manager, built):
    f = services.dashboard.figures(manager, today=built.today)
    assert f.total == 10
    assert f.open == 5  # A B C D E
    assert f.due_soon == 1  # B
    assert f.overdue == 1  # C
    assert f.extended == 1  # D
    assert f.paused == 1  # E
    assert f.closed_this_month == 3  # G rejected, H withdrawn, I closed: all today
    # Answered: J 3 days, F 20, I 40, G 50. On time: J and F.
    assert f.answers.answered == 4
    assert f.answers.on_time == 2
    assert f.answers.on_time_rate == 0.5
    assert f.answers.median_days == 30.0  # (20 + 40) / 2
    assert f.answers.p90_days == 50


def test_breakdowns_match_the_hand_count(services, manager, built):
    f = services.dashboard.figures(manager, today=built.today)
    assert {k: v for k, v in f.by_stage.items() if v} == {
        Stage.INTAKE: 4, Stage.IDENTITY: 1, Stage.RESPONDED: 2, Stage.REJECTED: 1,
        Stage.WITHDRAWN: 1, Stage.CLOSED: 1,
    }
    assert {k: v for k, v in f.by_right.items() if v} == {
        Right.ACCESS: 5, Right.ERASURE: 3, Right.PORTABILITY: 1, Right.RECTIFICATION: 1,
        Right.OBJECTION_MARKETING: 1,
    }
    assert {k: v for k, v in f.by_channel.items() if v} == {
        Channel.EMAIL: 5, Channel.PORTAL: 2, Channel.LETTER: 2, Channel.PHONE: 1,
    }


def test_intake_per_month_counts_each_receipt_month(services, manager, built):
    f = services.dashboard.figures(manager, today=built.today)
    expected: dict[tuple[int, int], int] = {}
    for day in built.received.values():
        expected[(day.year, day.month)] = expected.get((day.year, day.month), 0) + 1
    assert len(f.intake) == 12
    assert f.intake[-1].month == built.today.replace(day=1)
    got = {(m.month.year, m.month.month): m.cases for m in f.intake if m.cases}
    assert got == expected


def test_deadline_list_is_the_open_cases_most_urgent_first(services, manager, built):
    f = services.dashboard.figures(manager, today=built.today)
    n = built.numbers
    rows = {r.number: r for r in f.deadlines}
    assert set(rows) == {n[x] for x in "ABCDE"}
    assert f.deadlines[0].number == n["C"] and f.deadlines[0].state is DeadlineState.OVERDUE
    assert f.deadlines[1].number == n["B"] and f.deadlines[1].state is DeadlineState.DUE_SOON
    assert rows[n["E"]].state is DeadlineState.PAUSED
    assert rows[n["D"]].extended and rows[n["D"]].assignee == "anna"
    assert [r.days_left for r in f.deadlines] == sorted(r.days_left for r in f.deadlines)
    assert all(r.days_left == (r.due_date - built.today).days for r in f.deadlines)
    assert f.deadlines_total == 5


def test_filters_narrow_every_figure(services, manager, built):
    by_channel = services.dashboard.figures(
        manager, DashboardFilter(channels=(Channel.EMAIL,)), today=built.today)
    assert (by_channel.total, by_channel.open, by_channel.extended) == (5, 2, 1)  # A D F I J
    assert by_channel.answers.answered == 3  # F I J
    erasure = services.dashboard.figures(
        manager, DashboardFilter(rights=(Right.ERASURE,)), today=built.today)
    assert (erasure.total, erasure.open, erasure.due_soon) == (3, 1, 1)  # B F G
    anna = next(s for s in services.dashboard.assignees(manager) if s.username == "anna")
    mine = services.dashboard.figures(manager, DashboardFilter(assignee_id=anna.id),
                                      today=built.today)
    assert (mine.total, mine.open, mine.overdue, mine.extended) == (2, 2, 1, 1)  # C D
    recent = services.dashboard.figures(
        manager, DashboardFilter(period_from=built.today - timedelta(days=29),
                                 period_to=built.today), today=built.today)
    assert recent.total == 3  # A B E; J arrived 30 days ago
    assert {r.number for r in recent.deadlines} == {built.numbers[x] for x in "ABE"}


def test_a_period_ending_before_it_starts_is_refused(services, manager, built):
    with pytest.raises(ServiceError, match="swap"):
        services.dashboard.figures(manager, DashboardFilter(
            period_from=built.today, period_to=built.today - timedelta(days=1)))


def test_manager_figures_hold_no_personal_data(services, manager, built):
    text = json.dumps(services.dashboard.figures(manager, today=built.today).to_json(),
                      ensure_ascii=False)
    for value in built.personal:
        assert value not in text
    for letter in "ABCDE":  # case numbers are what a manager works with
        assert built.numbers[letter] in text


def test_reading_the_dashboard_writes_no_audit_event(services, manager, built):
    def events() -> int:
        with services.db.unit_of_work() as session:
            return session.scalar(select(func.count()).select_from(AuditEvent))

    before = events()
    services.dashboard.figures(manager)
    services.dashboard.assignees(manager)
    assert events() == before


def test_empty_store_has_zero_figures_and_no_answer_times(services, manager):
    f = services.dashboard.figures(manager)
    assert (f.total, f.open, f.overdue, f.answers.answered) == (0, 0, 0, 0)
    assert f.answers.median_days is None and f.answers.on_time_rate is None
    assert f.deadlines == ()


@pytest.mark.parametrize(("rows", "median", "p90"), [
    ([(5, 1, 1)], 5.0, 5),
    ([(1, 1, 1), (2, 1, 1), (3, 1, 1)], 2.0, 3),
    ([(10, 9, 9), (40, 1, 0)], 10.0, 10),  # nine of ten within 10 days
    ([(10, 8, 8), (40, 2, 0)], 10.0, 40),
])
def test_answer_time_statistics(rows, median, p90):
    times = AnswerTimes.from_histogram(rows)
    assert (times.median_days, times.p90_days) == (median, p90)
