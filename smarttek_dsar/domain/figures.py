"""The management figures: what the dashboard, its reports and the annual DPO report show.

Plain data and pure arithmetic; the services fill these from SQL aggregates. Nothing here may
ever hold a data subject's personal data: a manager sees case numbers, stages, rights,
channels, dates and counts, and the staff member a case is assigned to.

Definitions (shown to readers of the reports as well):

- Answered: a response was delivered (`responded_on`), or the request was refused as a whole
  (stage rejected; the refusal notice date is the day the case was closed, Riga time).
  Withdrawn requests (including duplicates merged into another case) are not answered: no
  answer was owed once the subject withdrew, and counting their quick closure would flatter
  the figures.
- Days to answer: calendar days from the day of receipt (Riga) to the answer day.
- On time: a response on or before the due date in force (the extended date where the
  extension was valid, pauses included); a refusal on or before the first-month deadline,
  because GDPR 12(4) does not let an extension delay a refusal.
- Median: the middle value (the mean of the two middle values for an even count);
  90th percentile: the smallest number of days within which at least 90% were answered.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import NamedTuple

from smarttek_dsar.domain.clock import DeadlineState, receipt_date
from smarttek_dsar.domain.rights import Channel, Right
from smarttek_dsar.domain.workflow import RejectionReason, Stage


class AnswerFacts(NamedTuple):
    """One answered case as the figures count it. Stored on the case when it is answered
    (cases.answered_on, days_to_answer, answered_on_time), so the dashboard groups stored
    integers instead of turning every timestamp into a Riga day at each look."""

    answered_on: date  # the answer day (Riga)
    days: int  # calendar days from the day of receipt (Riga) to the answer day
    on_time: bool


def answer_facts(
    received_at: datetime, responded_on: date | None, closed_at: datetime | None,
    stage: str, due_date: date | None, initial_due_date: date | None,
) -> AnswerFacts | None:
    """The definitions above for one case; None while it is not answered.

    The one place these are computed: the services when a case changes, the demo generator
    and the migration that filled in older stores all call it. Timestamps are stored in UTC;
    naive ones (as SQLite gives them back) are read as UTC, not as Riga time.
    """
    if responded_on is not None:
        answered_on, limit = responded_on, due_date  # GDPR 12(3): the due date in force
    elif stage == Stage.REJECTED and closed_at is not None:
        # GDPR 12(4): a refusal is due within the first month, whatever the extension.
        answered_on, limit = receipt_date(_utc(closed_at)), initial_due_date
    else:
        return None
    days = (answered_on - receipt_date(_utc(received_at))).days
    return AnswerFacts(answered_on, days, limit is not None and answered_on <= limit)


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


@dataclass(frozen=True)
class AnswerTimes:
    """Days to answer as a histogram (days → cases, days → of them on time)."""

    answered: int
    on_time: int
    median_days: float | None
    p90_days: int | None

    @property
    def on_time_rate(self) -> float | None:
        """Share answered on time, 0..1; None when nothing was answered."""
        return self.on_time / self.answered if self.answered else None

    @classmethod
    def from_histogram(cls, rows: Sequence[tuple[int, int, int]]) -> AnswerTimes:
        """rows: (days, cases, cases on time), in any order."""
        counts: dict[int, int] = {}
        on_time = 0
        for days, cases, timely in rows:
            counts[int(days)] = counts.get(int(days), 0) + int(cases)
            on_time += int(timely or 0)
        total = sum(counts.values())
        if not total:
            return cls(0, 0, None, None)
        ordered = sorted(counts.items())
        middle = (total + 1) / 2  # 1-based rank; x.5 means "the mean of two neighbours"
        median = (_value_at_rank(ordered, math.floor(middle))
                  + _value_at_rank(ordered, math.ceil(middle))) / 2
        p90 = _value_at_rank(ordered, math.ceil(0.9 * total))
        return cls(total, on_time, median, p90)


def _value_at_rank(ordered: Sequence[tuple[int, int]], rank: int) -> int:
    seen = 0
    for value, count in ordered:
        seen += count
        if seen >= rank:
            return value
    return ordered[-1][0]


@dataclass(frozen=True)
class DeadlineRow:
    """One open case in the deadline list: metadata only, never who asked."""

    number: str
    stage: Stage
    rights: tuple[Right, ...]
    channel: Channel
    due_date: date
    days_left: int
    state: DeadlineState
    extended: bool
    assignee: str | None  # the staff member's user name

    def to_json(self) -> dict:
        return {
            "number": self.number,
            "stage": self.stage.value,
            "rights": [r.value for r in self.rights],
            "channel": self.channel.value,
            "due_date": self.due_date.isoformat(),
            "days_left": self.days_left,
            "state": self.state.value,
            "extended": self.extended,
            "assignee": self.assignee,
        }


@dataclass(frozen=True)
class MonthCount:
    month: date  # the first day of the month
    cases: int


@dataclass(frozen=True)
class DashboardFigures:
    today: date
    period_from: date | None
    period_to: date | None
    total: int  # cases matching the filter
    open: int
    due_soon: int  # open, clock running, DUE_SOON_DAYS or fewer days left (due day included)
    overdue: int  # open, clock running, past the due date
    extended: int  # open, on a validly extended deadline
    paused: int  # open, clock paused awaiting identity information
    closed_this_month: int  # closed, rejected or withdrawn in the current calendar month
    answers: AnswerTimes
    by_stage: Mapping[Stage, int]
    by_right: Mapping[Right, int]  # a case invoking two rights counts under both
    by_channel: Mapping[Channel, int]
    intake: tuple[MonthCount, ...]  # 12 months, oldest first
    deadlines: tuple[DeadlineRow, ...]  # most urgent first, at most the list limit
    deadlines_total: int  # all open cases, even when the list is cut

    def to_json(self) -> dict:
        return {
            "today": self.today.isoformat(),
            "period": {"from": _iso(self.period_from), "to": _iso(self.period_to)},
            "cases": self.total,
            "open": self.open,
            "due_soon": self.due_soon,
            "overdue": self.overdue,
            "extended": self.extended,
            "paused": self.paused,
            "closed_this_month": self.closed_this_month,
            "answered": self.answers.answered,
            "answered_on_time": self.answers.on_time,
            "on_time_rate": self.answers.on_time_rate,
            "median_days_to_answer": self.answers.median_days,
            "p90_days_to_answer": self.answers.p90_days,
            "by_stage": {k.value: v for k, v in self.by_stage.items()},
            "by_right": {k.value: v for k, v in self.by_right.items()},
            "by_channel": {k.value: v for k, v in self.by_channel.items()},
            "intake_per_month": [
                {"month": m.month.strftime("%Y-%m"), "cases": m.cases} for m in self.intake
            ],
            "deadlines": [row.to_json() for row in self.deadlines],
            "deadlines_total": self.deadlines_total,
        }


@dataclass(frozen=True)
class RefusalCount:
    """Refusals grouped by the article relied on."""

    article: str
    reason: RejectionReason | None  # a whole-request refusal; None for a per-category refusal
    cases: int


@dataclass(frozen=True)
class AnnualFigures:
    """The DPO's yearly account to management and the Data State Inspectorate: requests
    received in the year (Riga time), whatever their stage when the report is made."""

    year: int
    made_at: datetime
    received: int
    by_right: Mapping[Right, int]
    by_channel: Mapping[Channel, int]
    outcomes: Mapping[str, int]  # OUTCOME_KEYS → requests
    decisions: Mapping[Right, Mapping[str, int]]  # right → Outcome value → data categories
    refusals: tuple[RefusalCount, ...]
    extended: int
    paused: int  # requests whose clock was paused for identity information (GDPR 12(6))
    answers: AnswerTimes
    answered_late: int
    open_overdue: int  # still open at report time and past the due date
    intake: tuple[MonthCount, ...] = field(default=())

    def to_json(self) -> dict:
        return {
            "year": self.year,
            "made_at": self.made_at.isoformat(),
            "received": self.received,
            "by_right": {k.value: v for k, v in self.by_right.items()},
            "by_channel": {k.value: v for k, v in self.by_channel.items()},
            "outcomes": dict(self.outcomes),
            "decisions": {r.value: dict(v) for r, v in self.decisions.items()},
            "refusals": [
                {"article": r.article, "reason": r.reason.value if r.reason else None,
                 "cases": r.cases}
                for r in self.refusals
            ],
            "extended": self.extended,
            "paused": self.paused,
            "answered": self.answers.answered,
            "answered_on_time": self.answers.on_time,
            "answered_late": self.answered_late,
            "on_time_rate": self.answers.on_time_rate,
            "median_days_to_answer": self.answers.median_days,
            "p90_days_to_answer": self.answers.p90_days,
            "open_overdue": self.open_overdue,
            "intake_per_month": [
                {"month": m.month.strftime("%Y-%m"), "cases": m.cases} for m in self.intake
            ],
        }


# What became of the year's requests: a response delivered, refused as a whole, withdrawn, or
# neither yet (still open at report time).
OUTCOME_KEYS = ("responded", "rejected", "withdrawn", "open")


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
