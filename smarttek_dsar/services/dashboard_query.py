"""The SQL the dashboard and the reports share: the filter, Riga calendar days, answer times.

Everything here builds aggregate queries (GROUP BY, conditional sums) so 100,000 cases are
counted by the database, never loaded as objects.

Receipt counts in Riga days (GDPR 12(3) with Reg. 1182/71: the day the request arrived), but
timestamps are stored in UTC. PostgreSQL converts with its time zone database; SQLite has none,
so the Riga offset is chosen by a CASE over the summer-time spans that `zoneinfo` knows for the
years the store can hold. Month and period bounds need no conversion at all: they are Riga
midnights turned into UTC instants before the query is built.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache

from sqlalchemy import Date, Integer, and_, case, cast, func, literal, or_, select
from sqlalchemy.sql.elements import ColumnElement

from smarttek_dsar.domain.clock import RIGA
from smarttek_dsar.domain.figures import AnswerTimes
from smarttek_dsar.domain.rights import Channel, Right
from smarttek_dsar.domain.workflow import OPEN_STAGES, Stage
from smarttek_dsar.services.errors import ServiceError
from smarttek_dsar.storage.models import Case

RIGA_ZONE = "Europe/Riga"
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
                f"The period starts on {self.period_from} after it ends on {self.period_to}; "
                "swap the two dates."
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


# --- Riga calendar days in SQL ------------------------------------------------------------

EPOCH = date(2000, 1, 1)  # day numbers on PostgreSQL count from here; only differences matter


@lru_cache(maxsize=4)
def _offset_spans(last_year: int) -> tuple[tuple[datetime, datetime, int], ...]:
    """(start, end, minutes) for every stretch whose Riga offset differs from January's."""
    standard = _standard_minutes()
    spans: list[tuple[datetime, datetime, int]] = []
    moment = datetime(FIRST_YEAR, 1, 1, tzinfo=UTC)
    stop = datetime(last_year + 1, 1, 1, tzinfo=UTC)
    current, since = standard, moment
    while moment < stop:
        following = moment + timedelta(days=1)
        if _minutes(following) != current:
            # The change happened during this day: find its hour (changes fall on the hour).
            hour = moment
            while _minutes(hour) == current:
                hour += timedelta(hours=1)
            if current != standard:
                spans.append((since, hour, current))
            current, since = _minutes(hour), hour
        moment = following
    if current != standard:
        spans.append((since, stop, current))
    return tuple(spans)


def _minutes(moment: datetime) -> int:
    offset = moment.astimezone(RIGA).utcoffset()
    return int(offset.total_seconds() // 60) if offset else 0


def _standard_minutes() -> int:
    return _minutes(datetime(FIRST_YEAR, 1, 1, tzinfo=UTC))


@lru_cache(maxsize=4)
def _steady_months(last_year: int) -> dict[int, int]:
    """Calendar months (1-12, UTC) whose Riga offset is the same throughout in every year:
    month → minutes. Only the others (March and October) need the span comparisons."""
    spans = _offset_spans(last_year)
    steady: dict[int, int] = {}
    mixed: set[int] = set()
    for year in range(FIRST_YEAR, last_year + 1):
        for month in range(1, 13):
            begins = datetime(year, month, 1, tzinfo=UTC)
            ends = datetime(year + month // 12, month % 12 + 1, 1, tzinfo=UTC)
            if any(begins < edge < ends for span in spans for edge in span[:2]):
                mixed.add(month)
            elif steady.setdefault(month, _minutes(begins)) != _minutes(begins):
                mixed.add(month)
    return {m: v for m, v in steady.items() if m not in mixed}


def _sqlite_summer(column, last_year: int) -> ColumnElement[bool]:
    """True where a stored UTC timestamp falls in summer time."""
    spans = _offset_spans(last_year)
    steady = _steady_months(last_year)
    standard = _standard_minutes()
    summer_months = sorted(f"{m:02d}" for m, v in steady.items() if v != standard)
    mixed = sorted(f"{m:02d}" for m in range(1, 13) if m not in steady)
    # SQLite keeps timestamps as ISO text: characters 6-7 are the month. Most rows are decided
    # by the month alone; only the changeover months compare against the exact spans.
    month = func.substr(column, 6, 2)
    return or_(
        month.in_(summer_months),
        and_(month.in_(mixed), or_(*(and_(column >= start, column < end)
                                     for start, end, _minutes in spans))),
    )


def _sqlite_riga_day_number(column) -> ColumnElement[int]:
    last_year = date.today().year + 1
    standard = _standard_minutes()
    offsets = {minutes for _start, _end, minutes in _offset_spans(last_year)}
    if offsets - {standard + 60} or standard % 60:
        raise RuntimeError(f"Unexpected Riga time-zone offsets {offsets}; update tzdata.")
    # julianday() is x.5 at midnight UTC, so shifting by the standard offset and truncating
    # gives the Julian day number of the Riga date in winter. In summer the date differs only
    # for times in the one hour before midnight winter time (21:00-21:59 UTC), so the costly
    # summer test runs for those rows alone.
    late_hour = f"{24 - (standard + 60) // 60:02d}"
    winter = cast(func.julianday(column) + 0.5 + standard / 1440.0, Integer)
    return winter + case(
        (and_(func.substr(column, 12, 2) == late_hour, _sqlite_summer(column, last_year)), 1),
        else_=0,
    )


def riga_day_number(column, dialect: str) -> ColumnElement[int]:
    """A day number for the Riga calendar day of a stored UTC timestamp; subtract two of them
    for a count of days. Compare with `day_number` of a Date column."""
    if dialect == "postgresql":
        return cast(cast(func.timezone(RIGA_ZONE, column), Date) - EPOCH, Integer)
    return _sqlite_riga_day_number(column)


def day_number(column, dialect: str) -> ColumnElement[int]:
    if dialect == "postgresql":
        return cast(column - EPOCH, Integer)
    return cast(func.julianday(column) + 0.5, Integer)


# --- answer times -------------------------------------------------------------------------


def answered() -> ColumnElement[bool]:
    """See domain/figures.py: a delivered response, or a refusal of the whole request."""
    return or_(
        Case.responded_on.is_not(None),
        and_(Case.stage == Stage.REJECTED.value, Case.closed_at.is_not(None)),
    )


def answer_time_rows(session, where: Sequence[ColumnElement[bool]]) -> AnswerTimes:
    """Days to answer as a histogram computed by the database, then median and percentile."""
    dialect = session.bind.dialect.name
    refused_on = riga_day_number(Case.closed_at, dialect)
    answer_day = func.coalesce(day_number(Case.responded_on, dialect), refused_on)
    days = answer_day - riga_day_number(Case.received_at, dialect)
    # GDPR 12(3) for an answer (the extended date where valid), 12(4) for a refusal.
    on_time = case(
        (Case.responded_on.is_not(None),
         case((Case.responded_on <= Case.due_date, 1), else_=0)),
        (refused_on <= day_number(Case.initial_due_date, dialect), 1),
        else_=0,
    )
    rows = session.execute(
        select(days, func.count(), func.sum(on_time))
        .where(answered(), *where)
        .group_by(days)
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
