"""Invariants of the deadline clock over many generated cases (hypothesis)."""

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from smarttek_dsar.domain.calendar import LatvianCalendar
from smarttek_dsar.domain.clock import (
    Extension,
    Pause,
    add_months,
    compute_deadline,
)

CALENDAR = LatvianCalendar()
# The longest run of non-working days in Latvia since Christmas Eve became a holiday (2007):
# a weekend followed by 24-26 December on Monday to Wednesday (e.g. 22-26 December 2018).
LONGEST_MOVE = timedelta(days=5)

receipts = st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31))


@st.composite
def pauses(draw: st.DrawFn, received: date) -> list[Pause]:
    result = []
    for _ in range(draw(st.integers(0, 3))):
        start = received + timedelta(days=draw(st.integers(0, 15)))
        length = draw(st.integers(0, 30))
        result.append(Pause(start, start + timedelta(days=length), "identity"))
    return result


@st.composite
def cases(draw: st.DrawFn) -> tuple[date, list[Pause], Extension | None]:
    received = draw(receipts)
    extension = None
    if draw(st.booleans()):
        extension = Extension("complexity", received + timedelta(days=draw(st.integers(0, 28))))
    return received, draw(pauses(received)), extension


@settings(max_examples=300)
@given(cases())
def test_due_dates_are_working_days(case: tuple[date, list[Pause], Extension | None]) -> None:
    received, paused, extension = case
    deadline = compute_deadline(received, CALENDAR, pauses=paused, extension=extension)
    assert CALENDAR.is_working_day(deadline.initial_due)
    assert CALENDAR.is_working_day(deadline.due_date)


@settings(max_examples=300)
@given(receipts)
def test_first_deadline_is_one_month_moved_by_at_most_a_few_days(received: date) -> None:
    deadline = compute_deadline(received, CALENDAR)
    month_later = add_months(received, 1)
    assert month_later <= deadline.initial_due <= month_later + LONGEST_MOVE
    assert deadline.initial_due == deadline.refusal_due


@settings(max_examples=300)
@given(receipts, st.integers(1, 40))
def test_a_later_receipt_never_gives_an_earlier_due_date(received: date, later_by: int) -> None:
    later = received + timedelta(days=later_by)
    extension_early = Extension("complexity", received)
    extension_late = Extension("complexity", later)
    assert (
        compute_deadline(received, CALENDAR).due_date <= compute_deadline(later, CALENDAR).due_date
    )
    assert (
        compute_deadline(received, CALENDAR, extension=extension_early).due_date
        <= compute_deadline(later, CALENDAR, extension=extension_late).due_date
    )


@settings(max_examples=300)
@given(cases())
def test_extended_due_is_never_before_the_first_due(
    case: tuple[date, list[Pause], Extension | None],
) -> None:
    received, paused, extension = case
    deadline = compute_deadline(received, CALENDAR, pauses=paused, extension=extension)
    assert deadline.due_date >= deadline.initial_due
    if deadline.extended:
        assert deadline.due_date >= add_months(received, 3) + timedelta(deadline.paused_days)


@settings(max_examples=300)
@given(cases())
def test_counted_pause_days_push_the_due_date_by_at_least_as_many_days(
    case: tuple[date, list[Pause], Extension | None],
) -> None:
    received, paused, extension = case
    deadline = compute_deadline(received, CALENDAR, pauses=paused, extension=extension)
    unpaused = compute_deadline(received, CALENDAR, extension=extension)
    assert deadline.initial_due - add_months(received, 1) >= timedelta(deadline.paused_days)
    assert deadline.initial_due >= unpaused.initial_due
    # Merged, never double counted: at most the span the pauses cover.
    if paused:
        span = max(p.end for p in paused if p.end) - min(p.start for p in paused)
        assert deadline.paused_days <= span.days


@settings(max_examples=300)
@given(cases())
def test_steps_are_never_empty_and_end_at_the_due_date(
    case: tuple[date, list[Pause], Extension | None],
) -> None:
    received, paused, extension = case
    deadline = compute_deadline(received, CALENDAR, pauses=paused, extension=extension)
    assert deadline.steps
    assert deadline.steps[0].on == received
    assert deadline.steps[-1].on == deadline.due_date
    assert all(step.text and step.text_lv for step in deadline.steps)
