"""The deadline dashboard for managers: workload, deadlines and answer times in a few SQL
aggregates, never a subject's personal data.

Who may see it: anyone with VIEW_CASE_METADATA (managers, specialists, administrators).

Audit: reading the dashboard writes no audit event. The trail records actions on cases and
access to personal data (GDPR 5(2)); the dashboard reads neither a subject's data nor one case,
and it refreshes itself every minute in team mode, so an event per look would bury the
entries that matter. Reports that leave the program as files are recorded
(services/administration/reports.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import case, func, select

from smarttek_dsar.domain.clock import DUE_SOON_DAYS
from smarttek_dsar.domain.figures import DashboardFigures, DeadlineRow, MonthCount
from smarttek_dsar.domain.rights import Channel, Right
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.domain.workflow import FINAL_STAGES, OPEN_STAGES, Stage
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.administration.dashboard_query import (
    OPEN_STAGE_VALUES,
    DashboardFilter,
    answer_time_rows,
    conditions,
    intake_per_month,
    riga_midnight,
)
from smarttek_dsar.services.case_query import classify
from smarttek_dsar.storage.database import Database
from smarttek_dsar.storage.models import Case, User

__all__ = ["DashboardFilter", "DashboardService", "StaffMember", "DEADLINE_LIST_LIMIT"]

# The list shows the most urgent open cases; the rest are a click away in the case list.
DEADLINE_LIST_LIMIT = 200


@dataclass(frozen=True)
class StaffMember:
    """Someone cases can be assigned to, for the assignee filter."""

    id: int
    username: str
    display_name: str


class DashboardService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def figures(
        self, actor: Actor, flt: DashboardFilter | None = None, *, today: date | None = None,
        list_limit: int | None = DEADLINE_LIST_LIMIT,
    ) -> DashboardFigures:
        actor.require(Permission.VIEW_CASE_METADATA, "see the dashboard")
        flt = flt or DashboardFilter()
        flt.check()
        today = today or date.today()
        where = conditions(flt)
        with self.db.unit_of_work() as session:
            counts = _counts(session, where, today)
            answers = answer_time_rows(session, where)
            intake = intake_per_month(session, flt.period_to or today,
                                      conditions(flt, period=False))
            deadlines = _deadline_rows(session, where, today, list_limit)
        return DashboardFigures(
            today=today,
            period_from=flt.period_from,
            period_to=flt.period_to,
            answers=answers,
            intake=tuple(MonthCount(month, n) for month, n in intake),
            deadlines=deadlines,
            **counts,
        )

    def assignees(self, actor: Actor) -> list[StaffMember]:
        """Specialists, and anyone holding cases, for the assignee filter."""
        actor.require(Permission.VIEW_CASE_METADATA, "see the dashboard")
        with self.db.unit_of_work() as session:
            holding = select(Case.assignee_id).where(Case.assignee_id.is_not(None)).distinct()
            rows = session.execute(
                select(User.id, User.username, User.display_name)
                .where(User.roles.like("%specialist%") | User.id.in_(holding))
                .order_by(User.display_name, User.username)
            ).all()
        return [StaffMember(i, u, d) for i, u, d in rows]


def _counts(session, where, today: date) -> dict:
    """The tiles and the three breakdowns. Three narrow queries, each answered from an index:
    one grouping by stage, channel and set of rights; one over the open cases for the
    deadline states; one over the cases closed this month."""
    by_stage = dict.fromkeys(Stage, 0)
    by_right = dict.fromkeys(Right, 0)
    by_channel = dict.fromkeys(Channel, 0)
    total = 0
    for stage, channel, rights, n in session.execute(
        select(Case.stage, Case.channel, Case.rights, func.count())
        .where(*where)
        .group_by(Case.stage, Case.channel, Case.rights)
    ):
        total += n
        by_stage[Stage(stage)] += n
        by_channel[Channel(channel)] += n
        for right in (r for r in rights.split(",") if r):
            by_right[Right(right)] += n

    running = Case.paused.is_(False)
    soon_until = today + timedelta(days=DUE_SOON_DAYS)
    open_row = session.execute(
        select(
            func.count(),
            func.sum(case((running & (Case.due_date >= today) & (Case.due_date <= soon_until), 1),
                          else_=0)),
            func.sum(case((running & (Case.due_date < today), 1), else_=0)),
            func.sum(case((Case.extended, 1), else_=0)),
            func.sum(case((Case.paused, 1), else_=0)),
        ).where(Case.stage.in_(OPEN_STAGE_VALUES), *where)
    ).one()
    open_count, soon, late, extended, paused = (int(v or 0) for v in open_row)

    month_from = today.replace(day=1)
    next_month = (month_from + timedelta(days=32)).replace(day=1)
    closed_this_month = session.scalar(
        select(func.count()).where(
            Case.stage.in_([s.value for s in FINAL_STAGES]),
            Case.closed_at >= riga_midnight(month_from),
            Case.closed_at < riga_midnight(next_month),
            *where,
        )
    ) or 0
    return dict(total=total, open=open_count, due_soon=soon, overdue=late, extended=extended,
                paused=paused, closed_this_month=closed_this_month, by_stage=by_stage,
                by_right=by_right, by_channel=by_channel, deadlines_total=open_count)


def _deadline_rows(session, where, today: date, limit: int | None) -> tuple[DeadlineRow, ...]:
    # One ordered walk per open stage, merged here: each walk reads the (stage, due_date)
    # index in order and stops after `limit` rows, where "stage IN (...) ORDER BY due_date"
    # would sort every open case or walk the closed ones too.
    rows = []
    for stage in OPEN_STAGES:
        rows += session.execute(
            select(Case.due_date, Case.id, Case.number, Case.stage, Case.rights, Case.channel,
                   Case.paused, Case.extended, User.username)
            .outerjoin(User, User.id == Case.assignee_id)
            .where(Case.stage == stage.value, *where)
            .order_by(Case.due_date, Case.id)
            .limit(limit)
        ).all()
    rows.sort(key=lambda r: (r[0], r[1]))
    found = []
    for due, _id, number, stage, rights, channel, paused, extended, username in rows[:limit]:
        days, state = classify(due, bool(paused), today)
        found.append(DeadlineRow(
            number=number, stage=Stage(stage),
            rights=tuple(Right(r) for r in rights.split(",") if r),
            channel=Channel(channel), due_date=due, days_left=days, state=state,
            extended=bool(extended), assignee=username,
        ))
    return tuple(found)
