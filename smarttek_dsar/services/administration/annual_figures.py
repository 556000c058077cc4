"""The annual DPO report's figures, counted in SQL over the requests received in one year."""

from __future__ import annotations

from datetime import date

from sqlalchemy import case, distinct, func, select
from sqlalchemy.orm import Session

from smarttek_dsar.domain.figures import AnnualFigures, MonthCount, RefusalCount
from smarttek_dsar.domain.rights import Channel, Outcome, Right
from smarttek_dsar.domain.workflow import RejectionReason, Stage
from smarttek_dsar.services.administration.dashboard_query import (
    OPEN_STAGE_VALUES,
    answer_time_rows,
    intake_per_month,
    riga_midnight,
)
from smarttek_dsar.storage.models import Case, ClockPause, Decision
from smarttek_dsar.storage.timestamps import now_utc


def annual_figures(session: Session, year: int, today: date) -> AnnualFigures:
    in_year = [Case.received_at >= riga_midnight(date(year, 1, 1)),
               Case.received_at < riga_midnight(date(year + 1, 1, 1))]
    outcome = case(
        (Case.responded_on.is_not(None), "responded"),
        (Case.stage == Stage.REJECTED.value, "rejected"),
        (Case.stage == Stage.WITHDRAWN.value, "withdrawn"),
        else_="open",
    )
    overdue_now = case(
        ((Case.stage.in_(OPEN_STAGE_VALUES)) & Case.paused.is_(False) & (Case.due_date < today),
         1), else_=0,
    )
    by_right = dict.fromkeys(Right, 0)
    by_channel = dict.fromkeys(Channel, 0)
    outcomes = {"responded": 0, "rejected": 0, "withdrawn": 0, "open": 0}
    received = extended = open_overdue = 0
    for channel, rights, result, n, ext, late in session.execute(
        select(Case.channel, Case.rights, outcome, func.count(),
               func.sum(case((Case.extended, 1), else_=0)), func.sum(overdue_now))
        .where(*in_year)
        .group_by(Case.channel, Case.rights, outcome)
    ):
        received += n
        by_channel[Channel(channel)] += n
        for right in (r for r in rights.split(",") if r):
            by_right[Right(right)] += n
        outcomes[result] += n
        extended += ext or 0
        open_overdue += late or 0

    decisions: dict[Right, dict[str, int]] = {}
    for right, result, n in session.execute(
        select(Decision.right, Decision.outcome, func.count())
        .join(Case, Case.id == Decision.case_id)
        .where(*in_year)
        .group_by(Decision.right, Decision.outcome)
    ):
        decisions.setdefault(Right(right), dict.fromkeys((o.value for o in Outcome), 0))
        decisions[Right(right)][Outcome(result).value] += n

    refusals = [
        RefusalCount(RejectionReason(reason).article, RejectionReason(reason), n)
        for reason, n in session.execute(
            select(Case.rejection_reason, func.count())
            .where(Case.stage == Stage.REJECTED.value, Case.rejection_reason.is_not(None),
                   *in_year)
            .group_by(Case.rejection_reason)
            .order_by(func.count().desc(), Case.rejection_reason)
        )
    ]
    # Refusals for single data categories (e.g. erasure refused under 17(3)(b)): how many
    # requests relied on each article.
    refusals += [
        RefusalCount(article.strip() or "—", None, n)
        for article, n in session.execute(
            select(Decision.article, func.count(distinct(Decision.case_id)))
            .join(Case, Case.id == Decision.case_id)
            .where(Decision.outcome.in_([Outcome.REFUSE.value, Outcome.PARTIAL.value]),
                   *in_year)
            .group_by(Decision.article)
            .order_by(func.count(distinct(Decision.case_id)).desc(), Decision.article)
        )
    ]
    paused = session.scalar(
        select(func.count(distinct(ClockPause.case_id)))
        .join(Case, Case.id == ClockPause.case_id)
        .where(*in_year)
    ) or 0
    answers = answer_time_rows(session, in_year)
    intake = intake_per_month(session, date(year, 12, 1), [])
    return AnnualFigures(
        year=year, made_at=now_utc(), received=received, by_right=by_right,
        by_channel=by_channel, outcomes=outcomes, decisions=decisions, refusals=tuple(refusals),
        extended=extended, paused=paused, answers=answers,
        answered_late=answers.answered - answers.on_time, open_overdue=open_overdue,
        intake=tuple(MonthCount(m, n) for m, n in intake),
    )
