"""The SQL the dashboard and the reports share: the filter, month counts, answer times.

Everything here builds aggregate queries (GROUP BY, conditional sums) so 100,000 cases are
counted by the database, never loaded as objects.

Receipt counts in Riga days (GDPR 12(3) with Reg. 1182/71: the day the request arrived), but
timestamps are stored in UTC. No query converts a timestamp to a Riga day: month and period
bounds are Riga midnights turned into UTC instants before the query is built, and a case's
days to answer are worked out in Python (domain/figures.answer_facts) and stored on the case
when it is answered, because SQLite has no time-zone database and converting every row at
each look cost the dashboard most of its time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import case, func, literal, or_, select
from sqlalchemy.sql.elements import ColumnElement

from smarttek_dsar.domain.clock import RIGA
from smarttek_dsar.domain.figures import AnswerTimes
from smarttek_dsar.domain.rights import Channel, Right
from smarttek_dsar.domain.workflow import OPEN_STAGES
from smarttek_dsar.services.errors import ServiceError
from smarttek_dsar.storage.models import Case

FIRST_YEAR = 2018  # the GDPR applies from 25 May 2018; earlier receipts are refused at intake
OPEN_STAGE_VALUES = tuple(sorted(s.value for s in OPEN_STAGES))


@dataclass(frozen=True)
class DashboardFilter:
    """Which cases the figures cover. The period is the day of receipt (Riga), both ends
    included; rights match a case invoking any of them."""

    period_from: date | None = None
    period_to: date | None = None
    rights: Sequence[Right] = ()
    channels: Sequence[Channel] = ()
    assignee_id: int | None = None

    def check(self) -> None:
        if self.period_from and self.period_to and self.period_from > self.period_to:
            raise ServiceError(
                "The period starts on {period_from} after it ends on {period_to}; swap the "
                "two dates.", period_from=self.period_from, period_to=self.period_to
            )


def riga_midnight(day: date) -> datetime:
    """The UTC instant at which `day` begins in Riga: bounds compare with stored UTC times."""
    return datetime(day.year, day.month, day.day, tzinfo=RIGA).astimezone(UTC)


def month_start(day: date, months_back: int = 0) -> date:
    index = day.year * 12 + day.month - 1 - months_back
    return date(index // 12, index % 12 + 1, 1)


def conditions(flt: DashboardFilter, *, period: bool = True) -> list[ColumnElement[bool]]:
    found: list[ColumnElement[bool]] = []
    if period and flt.period_from:
        found.append(Case.received_at >= riga_midnight(flt.period_from))
    if period and flt.period_to:
        found.append(Case.received_at < riga_midnight(flt.period_to + timedelta(days=1)))
    if flt.rights:
        found.append(or_(*(Case.rights.like(f"%,{Right(r).value},%") for r in flt.rights)))
    if flt.channels:
        found.append(Case.channel.in_([Channel(c).value for c in flt.channels]))
    if flt.assignee_id is not None:
        found.append(Case.assignee_id == flt.assignee_id)
    return found


def is_open() -> ColumnElement[bool]:
    return Case.stage.in_(OPEN_STAGE_VALUES)


# --- answer times -------------------------------------------------------------------------


def answered() -> ColumnElement[bool]:
    """See domain/figures.py: a delivered response, or a refusal of the whole request. The
    services store the answer facts on the case (domain/figures.answer_facts) and set the
    three columns together, so one tells them all; days_to_answer leads ix_cases_answers."""
    return Case.days_to_answer.is_not(None)


def answer_time_rows(session, where: Sequence[ColumnElement[bool]]) -> AnswerTimes:
    """Days to answer as a histogram computed by the database, then median and percentile.
    Reads the stored answer facts only: the Riga days and the GDPR 12(3)/12(4) on-time rule
    were applied once, when each case was answered."""
    rows = session.execute(
        select(Case.days_to_answer, func.count(),
               func.sum(case((Case.answered_on_time, 1), else_=0)))
        .where(answered(), *where)
        .group_by(Case.days_to_answer)
    ).all()
    return AnswerTimes.from_histogram([(d, n, t) for d, n, t in rows])


def month_bounds(last_month: date, months: int = 12) -> list[date]:
    """First days of `months` months ending with `last_month`'s, plus the following month's."""
    return [month_start(last_month, months_back) for months_back in range(months - 1, -2, -1)]


def intake_per_month(
    session, last_month: date, where: Sequence[ColumnElement[bool]], months: int = 12
) -> list[tuple[date, int]]:
    bounds = month_bounds(last_month, months)
    instants = [riga_midnight(b) for b in bounds]
    if not where:
        # Unfiltered, each month is one range count on the received_at index: a dozen index
        # lookups instead of classifying every row of the year.
        counts = session.execute(select(*(
            select(func.count()).where(Case.received_at >= instants[i],
                                       Case.received_at < instants[i + 1]).scalar_subquery()
            for i in range(months)
        ))).one()
        return list(zip(bounds[:months], (int(n) for n in counts), strict=True))
    index = _bucket(Case.received_at, instants, 0, months)
    rows = session.execute(
        select(index, func.count())
        .where(Case.received_at >= instants[0], Case.received_at < instants[-1], *where)
        .group_by(index)
    ).all()
    counts_by_index = {int(i): n for i, n in rows}
    return [(bounds[i], counts_by_index.get(i, 0)) for i in range(months)]


def _bucket(column, instants: Sequence[datetime], low: int, high: int) -> ColumnElement[int]:
    """Which of the months [low, high) a timestamp falls in, by halving: four comparisons a
    row instead of twelve (the rows are known to lie within the whole range)."""
    if high - low == 1:
        return literal(low)
    middle = (low + high) // 2
    return case((column < instants[middle], _bucket(column, instants, low, middle)),
                else_=_bucket(column, instants, middle, high))
