"""The deadline clock on dated cases; every expected date was checked by hand on a calendar."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from smarttek_dsar.domain.calendar import LatvianCalendar
from smarttek_dsar.domain.clock import (
    DUE_SOON_DAYS,
    Deadline,
    DeadlineState,
    Extension,
    Pause,
    StepKind,
    add_months,
    check_extension,
    compute_deadline,
    receipt_date,
)
from smarttek_dsar.domain.errors import DomainError

CALENDAR = LatvianCalendar()
IDENTITY = "awaiting identity information"


def due(received: date, **kwargs: object) -> date:
    return compute_deadline(received, CALENDAR, **kwargs).due_date  # type: ignore[arg-type]


def kinds(deadline: Deadline) -> list[str]:
    return [step.kind for step in deadline.steps]


# --- receipt -----------------------------------------------------------------------------------


def test_receipt_date_of_an_aware_time_is_the_day_in_riga() -> None:
    # Riga is UTC+3 in summer: 21:30 UTC on 30 June is 00:30 on 1 July in Riga.
    assert receipt_date(datetime(2026, 6, 30, 21, 30, tzinfo=UTC)) == date(2026, 7, 1)
    assert receipt_date(datetime(2026, 6, 30, 20, 59, tzinfo=UTC)) == date(2026, 6, 30)
    # UTC+2 in winter.
    assert receipt_date(datetime(2026, 1, 31, 21, 59, tzinfo=UTC)) == date(2026, 1, 31)
    assert receipt_date(datetime(2026, 1, 31, 22, 0, tzinfo=UTC)) == date(2026, 2, 1)
    new_york = ZoneInfo("America/New_York")
    assert receipt_date(datetime(2026, 3, 2, 19, 0, tzinfo=new_york)) == date(2026, 3, 3)


def test_receipt_date_of_a_naive_time_is_taken_as_riga_time() -> None:
    assert receipt_date(datetime(2026, 6, 30, 23, 59)) == date(2026, 6, 30)
    assert receipt_date(datetime(2026, 7, 1, 0, 0)) == date(2026, 7, 1)


# --- add_months (Reg. 1182/71 Art. 3(2)(c)) ---------------------------------------------------


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 9, 3), 1, date(2026, 10, 3)),
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),
        (date(2024, 1, 30), 1, date(2024, 2, 29)),
        (date(2025, 1, 29), 1, date(2025, 2, 28)),
        (date(2026, 3, 31), 1, date(2026, 4, 30)),
        (date(2026, 12, 31), 1, date(2027, 1, 31)),
        (date(2026, 11, 30), 3, date(2027, 2, 28)),
        (date(2027, 11, 30), 3, date(2028, 2, 29)),
        (date(2026, 11, 15), 3, date(2027, 2, 15)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
        (date(2026, 3, 31), 0, date(2026, 3, 31)),
        (date(2026, 1, 15), 12, date(2027, 1, 15)),
    ],
)
def test_add_months(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


# --- the first deadline on plain dates, month ends and weekends --------------------------------


@pytest.mark.parametrize(
    ("received", "expected"),
    [
        (date(2026, 9, 8), date(2026, 10, 8)),  # Thursday, nothing to move
        (date(2026, 9, 3), date(2026, 10, 5)),  # 3 Oct is a Saturday
        (date(2026, 1, 4), date(2026, 2, 4)),  # Wednesday
        (date(2026, 1, 31), date(2026, 3, 2)),  # 28 Feb 2026 is a Saturday
        (date(2028, 1, 31), date(2028, 2, 29)),  # leap year, Tuesday
        (date(2027, 1, 31), date(2027, 3, 1)),  # 28 Feb 2027 is a Sunday
        (date(2024, 1, 30), date(2024, 2, 29)),  # leap year, Thursday
        (date(2025, 1, 29), date(2025, 2, 28)),  # no 29 Feb 2025, Friday
        (date(2026, 3, 31), date(2026, 4, 30)),  # Thursday
        (date(2026, 5, 31), date(2026, 6, 30)),  # Tuesday
        (date(2026, 8, 31), date(2026, 9, 30)),  # Wednesday
        (date(2025, 12, 31), date(2026, 2, 2)),  # 31 Jan 2026 is a Saturday
    ],
)
def test_first_deadline(received: date, expected: date) -> None:
    deadline = compute_deadline(received, CALENDAR)
    assert deadline.initial_due == expected
    assert deadline.due_date == expected
    assert deadline.refusal_due == expected  # GDPR 12(4)
    assert not deadline.extended


# --- every Latvian holiday moves a deadline ----------------------------------------------------


@pytest.mark.parametrize(
    ("received", "expected", "holiday"),
    [
        (date(2026, 12, 1), date(2027, 1, 4), "New Year: Fri 1 Jan 2027, then the weekend"),
        (date(2026, 3, 3), date(2026, 4, 7), "Good Friday, weekend, Easter Monday"),
        (date(2026, 3, 5), date(2026, 4, 7), "Easter Sunday, then Easter Monday"),
        (date(2026, 3, 6), date(2026, 4, 7), "Easter Monday"),
        (date(2026, 4, 1), date(2026, 5, 5), "1 May (Fri), weekend, 4 May (Mon)"),
        (date(2027, 4, 4), date(2027, 5, 5), "4 May 2027 is a Tuesday"),
        (date(2026, 4, 10), date(2026, 5, 11), "Mother's Day, Sunday 10 May"),
        (date(2026, 4, 24), date(2026, 5, 25), "Whitsunday 24 May; Whit Monday is worked"),
        (date(2026, 5, 23), date(2026, 6, 25), "23 and 24 June (Tue, Wed)"),
        (date(2026, 5, 24), date(2026, 6, 25), "24 June"),
        (date(2023, 6, 10), date(2023, 7, 11), "Song and Dance Festival day, Mon 10 Jul 2023"),
        (date(2018, 6, 9), date(2018, 7, 10), "Song and Dance Festival day, Mon 9 Jul 2018"),
        (date(2026, 10, 18), date(2026, 11, 19), "18 November 2026 is a Wednesday"),
        (date(2025, 11, 24), date(2025, 12, 29), "24-26 Dec 2025 (Wed-Fri), then the weekend"),
        (date(2025, 11, 25), date(2025, 12, 29), "25 December"),
        (date(2025, 11, 26), date(2025, 12, 29), "26 December"),
        (date(2027, 11, 24), date(2027, 12, 27), "24 Dec 2027 Fri, then 25-26 on the weekend"),
        (date(2018, 11, 22), date(2018, 12, 27), "Sat 22 Dec 2018, Sun, then 24-26 Dec Mon-Wed"),
    ],
)
def test_a_deadline_on_a_public_holiday_moves_to_the_next_working_day(
    received: date, expected: date, holiday: str
) -> None:
    deadline = compute_deadline(received, CALENDAR)
    assert deadline.due_date == expected, holiday
    assert StepKind.MOVED in kinds(deadline)


def test_31_december_moves_the_deadline() -> None:
    # No one-month period ends on 31 December (November has no 31st), but a pause can get there:
    # 30 Nov + 1 month = 30 Dec, +1 paused day = Thu 31 Dec, Fri 1 Jan, weekend -> Mon 4 Jan.
    pause = Pause(date(2026, 12, 1), date(2026, 12, 2), IDENTITY)
    deadline = compute_deadline(date(2026, 11, 30), CALENDAR, pauses=[pause])
    assert deadline.due_date == date(2027, 1, 4)
    moved = next(step for step in deadline.steps if step.kind == StepKind.MOVED)
    assert moved.text.startswith("2026-12-31 is a public holiday (New Year's Eve)")


@pytest.mark.parametrize(
    ("received", "expected"),
    [
        (date(2024, 4, 4), date(2024, 5, 7)),  # 4 May 2024 Sat -> Mon 6 May off -> Tue 7
        (date(2025, 4, 5), date(2025, 5, 6)),  # Mon 5 May 2025 (for Sun 4 May) -> Tue 6
        (date(2023, 10, 20), date(2023, 11, 21)),  # Mon 20 Nov 2023 (for Sat 18) -> Tue 21
        (date(2028, 10, 20), date(2028, 11, 21)),  # Mon 20 Nov 2028 (for Sat 18) -> Tue 21
    ],
)
def test_holidays_moved_off_a_weekend_count(received: date, expected: date) -> None:
    assert due(received) == expected


# --- substituted days off do not move a deadline -----------------------------------------------


@pytest.mark.parametrize(
    ("received", "day_off"),
    [
        (date(2024, 11, 23), date(2024, 12, 23)),
        (date(2024, 11, 30), date(2024, 12, 30)),
        (date(2025, 4, 2), date(2025, 5, 2)),
        (date(2025, 10, 17), date(2025, 11, 17)),
        (date(2025, 12, 2), date(2026, 1, 2)),
        (date(2026, 5, 22), date(2026, 6, 22)),
    ],
)
def test_a_deadline_on_a_substituted_day_off_is_not_moved(received: date, day_off: date) -> None:
    # Moving it would end the period later than the law allows: a breach.
    deadline = compute_deadline(received, CALENDAR)
    assert deadline.due_date == day_off
    assert StepKind.MOVED not in kinds(deadline)


def test_a_saturday_worked_by_cabinet_order_still_moves_the_deadline() -> None:
    # Sat 14 Dec 2024 was a working day for state institutions; Reg. 1182/71 Art. 3(4) skips it.
    assert due(date(2024, 11, 14)) == date(2024, 12, 16)


# --- extra holidays entered by the DPO ---------------------------------------------------------


def test_29_may_2023_moves_the_deadline_whether_or_not_the_dpo_entered_it() -> None:
    received = date(2023, 4, 29)
    assert due(received) == date(2023, 5, 30)
    entered = LatvianCalendar([(date(2023, 5, 29), "Hockey bronze medal day")])
    assert compute_deadline(received, entered).due_date == date(2023, 5, 30)


def test_a_one_off_holiday_entered_by_the_dpo_moves_the_deadline() -> None:
    # 3 Oct 2026 Sat, 4 Oct Sun, then a (hypothetical) one-off holiday on Mon 5 Oct -> Tue 6 Oct.
    with_extra = LatvianCalendar([(date(2026, 10, 5), "Extra holiday")])
    deadline = compute_deadline(date(2026, 9, 3), with_extra)
    assert deadline.due_date == date(2026, 10, 6)
    assert "2026-10-05 a public holiday (Extra holiday)" in deadline.steps[-2].text
    # The memo must not mix calendars up.
    assert due(date(2026, 9, 3)) == date(2026, 10, 5)


# --- pauses ------------------------------------------------------------------------------------


def test_a_closed_pause_adds_its_days() -> None:
    pause = Pause(date(2026, 9, 5), date(2026, 9, 12), IDENTITY)
    deadline = compute_deadline(date(2026, 9, 3), CALENDAR, pauses=[pause])
    assert deadline.paused_days == 7
    # 3 Oct + 7 = Sat 10 Oct -> Mon 12 Oct.
    assert deadline.due_date == date(2026, 10, 12)
    assert not deadline.paused_now
    texts = [step.text for step in deadline.steps]
    assert "Pause 2026-09-05 to 2026-09-12 (awaiting identity information): +7 days" in texts
    assert "+7 paused days: 2026-10-10" in texts


def test_an_open_pause_counts_up_to_today_and_pauses_the_clock() -> None:
    pause = Pause(date(2026, 9, 5), None, IDENTITY)
    deadline = compute_deadline(date(2026, 9, 3), CALENDAR, pauses=[pause], today=date(2026, 9, 20))
    assert deadline.paused_days == 15
    assert deadline.due_date == date(2026, 10, 19)  # 18 Oct is a Sunday
    assert deadline.paused_now
    assert deadline.state(date(2026, 9, 20)) == DeadlineState.PAUSED
    # A day later the open pause has grown by a day.
    later = compute_deadline(date(2026, 9, 3), CALENDAR, pauses=[pause], today=date(2026, 9, 21))
    assert later.paused_days == 16


def test_overlapping_pauses_are_not_double_counted() -> None:
    pauses = [
        Pause(date(2026, 9, 10), date(2026, 9, 15), IDENTITY),
        Pause(date(2026, 9, 5), date(2026, 9, 12), IDENTITY),
    ]
    deadline = compute_deadline(date(2026, 9, 3), CALENDAR, pauses=pauses)
    assert deadline.paused_days == 10  # 5 to 15 September
    assert deadline.due_date == date(2026, 10, 13)  # Tuesday
    assert any("overlaps an earlier pause, only 3 new days" in s.text for s in deadline.steps)


def test_a_pause_inside_another_adds_nothing() -> None:
    pauses = [
        Pause(date(2026, 9, 5), date(2026, 9, 20), IDENTITY),
        Pause(date(2026, 9, 8), date(2026, 9, 10), IDENTITY),
    ]
    assert compute_deadline(date(2026, 9, 3), CALENDAR, pauses=pauses).paused_days == 15


def test_back_to_back_pauses_add_up() -> None:
    pauses = [
        Pause(date(2026, 9, 5), date(2026, 9, 8), IDENTITY),
        Pause(date(2026, 9, 8), date(2026, 9, 10), IDENTITY),
    ]
    assert compute_deadline(date(2026, 9, 3), CALENDAR, pauses=pauses).paused_days == 5


def test_a_pause_requested_late_is_not_a_pause() -> None:
    late = Pause(date(2026, 9, 14), date(2026, 9, 20), IDENTITY)  # 11 days after receipt
    deadline = compute_deadline(date(2026, 9, 3), CALENDAR, pauses=[late])
    assert deadline.paused_days == 0
    assert deadline.due_date == date(2026, 10, 5)
    assert "Pause requested 11 days after receipt: not counted (not without undue delay)" in [
        step.text for step in deadline.steps
    ]
    on_time = Pause(date(2026, 9, 13), date(2026, 9, 20), IDENTITY)  # 10 days after receipt
    assert compute_deadline(date(2026, 9, 3), CALENDAR, pauses=[on_time]).paused_days == 7


def test_a_late_open_pause_does_not_stop_the_clock() -> None:
    late = Pause(date(2026, 9, 25), None, IDENTITY)
    deadline = compute_deadline(date(2026, 9, 3), CALENDAR, pauses=[late], today=date(2026, 10, 1))
    assert not deadline.paused_now
    assert deadline.state(date(2026, 10, 1)) == DeadlineState.DUE_SOON


def test_a_pause_after_the_deadline_had_passed_is_not_counted() -> None:
    received = date(2026, 9, 3)  # first deadline Mon 5 Oct
    after = Pause(date(2026, 10, 6), date(2026, 10, 9), IDENTITY)
    deadline = compute_deadline(received, CALENDAR, pauses=[after], pause_request_within_days=60)
    assert deadline.paused_days == 0
    assert deadline.due_date == date(2026, 10, 5)
    assert any("after the deadline 2026-10-05 had passed" in s.text for s in deadline.steps)
    on_due_day = Pause(date(2026, 10, 5), date(2026, 10, 9), IDENTITY)
    deadline = compute_deadline(
        received, CALENDAR, pauses=[on_due_day], pause_request_within_days=60
    )
    assert deadline.paused_days == 4
    assert deadline.due_date == date(2026, 10, 7)  # 3 Oct + 4 = Wed 7 Oct


def test_a_pause_before_receipt_is_not_counted() -> None:
    before = Pause(date(2026, 9, 1), date(2026, 9, 5), IDENTITY)
    assert compute_deadline(date(2026, 9, 3), CALENDAR, pauses=[before]).paused_days == 0


def test_a_pause_cannot_end_before_it_starts() -> None:
    with pytest.raises(DomainError, match="cannot end on 2026-09-04 before it starts"):
        Pause(date(2026, 9, 5), date(2026, 9, 4), IDENTITY)


# --- extension (GDPR 12(3)) --------------------------------------------------------------------


def test_extension_adds_two_months_counted_from_receipt() -> None:
    extension = Extension("complex request across five systems", date(2026, 9, 20))
    deadline = compute_deadline(date(2026, 9, 3), CALENDAR, extension=extension)
    assert deadline.extended
    assert deadline.initial_due == date(2026, 10, 5)
    assert deadline.refusal_due == date(2026, 10, 5)
    assert deadline.due_date == date(2026, 12, 3)  # Thursday
    assert StepKind.EXTENSION in kinds(deadline)


def test_extension_runs_from_receipt_not_from_the_moved_first_deadline() -> None:
    # First deadline: 28 Feb 2026 is a Saturday -> Mon 2 Mar. Two months from there would be
    # 2 May; the law counts receipt + 3 months = Thu 30 April.
    extension = Extension("number of requests", date(2026, 2, 10))
    deadline = compute_deadline(date(2026, 1, 31), CALENDAR, extension=extension)
    assert deadline.initial_due == date(2026, 3, 2)
    assert deadline.due_date == date(2026, 4, 30)


def test_extended_deadline_uses_the_end_of_month_rule_and_pauses() -> None:
    extension = Extension("complexity", date(2027, 12, 10))
    assert due(date(2027, 11, 30), extension=extension) == date(2028, 2, 29)
    pause = Pause(date(2026, 9, 5), date(2026, 9, 12), IDENTITY)
    extension = Extension("complexity", date(2026, 9, 20))
    # 3 Dec 2026 + 7 = Thu 10 Dec.
    assert due(date(2026, 9, 3), pauses=[pause], extension=extension) == date(2026, 12, 10)


def test_check_extension_accepts_notice_up_to_the_first_deadline() -> None:
    # The first deadline is Mon 5 Oct (moved from Sat 3 Oct): telling on 5 Oct is in time.
    check_extension(date(2026, 9, 3), CALENDAR, reason="complexity", notified_on=date(2026, 10, 5))


def test_check_extension_refuses_a_notice_after_the_first_deadline() -> None:
    with pytest.raises(DomainError, match="after the first deadline 2026-10-05"):
        check_extension(
            date(2026, 9, 3), CALENDAR, reason="complexity", notified_on=date(2026, 10, 6)
        )


def test_check_extension_counts_pauses_in_the_first_deadline() -> None:
    pause = Pause(date(2026, 9, 5), date(2026, 9, 12), IDENTITY)  # first deadline Mon 12 Oct
    check_extension(
        date(2026, 9, 3),
        CALENDAR,
        pauses=[pause],
        reason="complexity",
        notified_on=date(2026, 10, 12),
    )


@pytest.mark.parametrize("reason", ["", "   "])
def test_check_extension_refuses_a_blank_reason(reason: str) -> None:
    with pytest.raises(DomainError, match="needs a reason"):
        check_extension(date(2026, 9, 3), CALENDAR, reason=reason, notified_on=date(2026, 9, 10))


def test_check_extension_refuses_a_notice_before_receipt() -> None:
    with pytest.raises(DomainError, match="before the request was received"):
        check_extension(date(2026, 9, 3), CALENDAR, reason="x", notified_on=date(2026, 9, 1))


def test_a_late_extension_is_not_applied_and_the_steps_say_why() -> None:
    extension = Extension("complexity", date(2026, 10, 6))
    deadline = compute_deadline(date(2026, 9, 3), CALENDAR, extension=extension)
    assert not deadline.extended
    assert deadline.due_date == date(2026, 10, 5)
    assert deadline.steps[-1].kind == StepKind.EXTENSION_NOT_COUNTED
    assert deadline.steps[-1].on == date(2026, 10, 5)


# --- state and days left -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "left", "state"),
    [
        (date(2026, 9, 3), 32, DeadlineState.ON_TRACK),
        (date(2026, 9, 27), 8, DeadlineState.ON_TRACK),
        (date(2026, 9, 28), 7, DeadlineState.DUE_SOON),
        (date(2026, 10, 5), 0, DeadlineState.DUE_SOON),
        (date(2026, 10, 6), -1, DeadlineState.OVERDUE),
        (date(2026, 11, 5), -31, DeadlineState.OVERDUE),
    ],
)
def test_days_left_and_state(today: date, left: int, state: DeadlineState) -> None:
    deadline = compute_deadline(date(2026, 9, 3), CALENDAR)  # due Mon 5 Oct 2026
    assert deadline.days_left(today) == left
    assert deadline.state(today) == state


def test_due_soon_is_a_week() -> None:
    assert DUE_SOON_DAYS == 7


def test_paused_wins_over_overdue() -> None:
    pause = Pause(date(2026, 9, 5), None, IDENTITY)
    deadline = compute_deadline(date(2026, 9, 3), CALENDAR, pauses=[pause], today=date(2026, 9, 20))
    assert deadline.state(date(2026, 12, 1)) == DeadlineState.PAUSED


# --- explanation -------------------------------------------------------------------------------


def test_steps_explain_a_weekend_move_in_both_languages() -> None:
    deadline = compute_deadline(date(2026, 9, 3), CALENDAR)
    assert [(s.kind, s.text, s.on) for s in deadline.steps] == [
        (
            StepKind.RECEIPT,
            "Received on 2026-09-03 (the day of receipt is not counted)",
            date(2026, 9, 3),
        ),
        (StepKind.ADD_MONTHS, "+1 month: 2026-10-03", date(2026, 10, 3)),
        (
            StepKind.MOVED,
            "2026-10-03 is a Saturday, 2026-10-04 a Sunday: "
            "moved to the next working day 2026-10-05",
            date(2026, 10, 5),
        ),
        (
            StepKind.INITIAL_DUE,
            "First deadline (also for a refusal notice, GDPR 12(4)): 2026-10-05",
            date(2026, 10, 5),
        ),
    ]
    assert [s.text_lv for s in deadline.steps] == [
        "Saņemts 2026-09-03 (saņemšanas diena netiek skaitīta)",
        "+1 mēnesis: 2026-10-03",
        "2026-10-03 ir sestdiena, 2026-10-04 – svētdiena: "
        "termiņš pārcelts uz nākamo darba dienu 2026-10-05",
        "Pirmais termiņš (arī atteikuma paziņojumam, VDAR 12(4)): 2026-10-05",
    ]


def test_steps_explain_the_end_of_month_rule() -> None:
    deadline = compute_deadline(date(2026, 1, 31), CALENDAR)
    step = deadline.steps[1]
    assert step.kind == StepKind.END_OF_MONTH
    assert step.text == "+1 month: no 31 February in 2026, the end of month rule gives 2026-02-28"
    assert step.text_lv == (
        "+1 mēnesis: 2026. gada februārī nav 31. datuma, "
        "pēc mēneša beigu noteikuma termiņš ir 2026-02-28"
    )


def test_steps_explain_a_holiday_move_with_its_name() -> None:
    deadline = compute_deadline(date(2027, 4, 4), CALENDAR)
    moved = deadline.steps[2]
    assert moved.text == (
        "2027-05-04 is a public holiday (Restoration of Independence Day): "
        "moved to the next working day 2027-05-05"
    )
    assert "Latvijas Republikas Neatkarības atjaunošanas diena" in moved.text_lv


def test_steps_explain_an_extension() -> None:
    extension = Extension("complexity", date(2026, 9, 20))
    deadline = compute_deadline(date(2026, 9, 3), CALENDAR, extension=extension)
    texts = [step.text for step in deadline.steps]
    assert (
        "Extended by two months (reason: complexity; subject told on 2026-09-20): "
        "receipt + 3 months" in texts
    )
    assert "+3 months: 2026-12-03" in texts
    assert deadline.steps[-1].text == "Extended deadline: 2026-12-03"
    assert deadline.steps[-1].text_lv == "Pagarinātais termiņš: 2026-12-03"


def test_steps_start_at_receipt_and_end_at_the_due_date() -> None:
    pause = Pause(date(2026, 9, 5), date(2026, 9, 12), IDENTITY)
    extension = Extension("complexity", date(2026, 9, 20))
    deadline = compute_deadline(date(2026, 9, 3), CALENDAR, pauses=[pause], extension=extension)
    assert deadline.steps[0].kind == StepKind.RECEIPT
    assert deadline.steps[-1].on == deadline.due_date
    assert kinds(deadline).index(StepKind.PAUSE) < kinds(deadline).index(StepKind.INITIAL_DUE)


def test_the_same_inputs_are_computed_once() -> None:
    pause = Pause(date(2026, 9, 5), date(2026, 9, 12), IDENTITY)
    first = compute_deadline(date(2026, 9, 3), CALENDAR, pauses=[pause], today=date(2026, 9, 4))
    again = compute_deadline(
        date(2026, 9, 3), LatvianCalendar(), pauses=(pause,), today=date(2027, 1, 1)
    )
    # No open pause: today does not matter, and an equal calendar shares the memo.
    assert again is first
    assert first.received_on + timedelta(days=39) == first.due_date
