"""Finding cases: filters, sorting and paging done in SQL so 100,000 cases stay fast."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Select, and_, false, func, null, or_, select, text

from smarttek_dsar.domain.clock import DUE_SOON_DAYS, DeadlineState
from smarttek_dsar.domain.rights import Channel, Right
from smarttek_dsar.domain.workflow import OPEN_STAGES, Stage
from smarttek_dsar.storage.models import Case, User
from smarttek_dsar.storage.search_index import MIN_INDEXED_TERM, SEARCH_TABLE

SORT_COLUMNS = {
    "number": (Case.year, Case.sequence),
    "subject": (Case.subject_name,),
    "rights": (Case.rights,),
    "channel": (Case.channel,),
    "received": (Case.received_at,),
    "stage": (Case.stage,),
    "due": (Case.due_date,),
    "days_left": (Case.due_date,),
    "assignee": (Case.assignee_id,),
}


@dataclass(frozen=True)
class CaseFilter:
    text: str = ""
    stages: Sequence[Stage] = ()
    rights: Sequence[Right] = ()
    channels: Sequence[Channel] = ()
    deadline_states: Sequence[DeadlineState] = ()
    assignee_id: int | None = None
    unassigned: bool = False
    open_only: bool = False
    received_from: date | None = None
    received_to: date | None = None


def classify(due: date, paused: bool, today: date) -> tuple[int, DeadlineState]:
    days = (due - today).days
    if paused:
        return days, DeadlineState.PAUSED
    if days < 0:
        return days, DeadlineState.OVERDUE
    if days <= DUE_SOON_DAYS:
        return days, DeadlineState.DUE_SOON
    return days, DeadlineState.ON_TRACK


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def apply_filter(
    query: Select, flt: CaseFilter, *, personal_data: bool, today: date,
    indexed_search: bool = False,
) -> Select:
    conditions = []
    term = flt.text.strip().lower()
    if term:
        # Someone who may not see personal data may not search by it either: a hit would
        # reveal that a named person asked.
        if not personal_data:
            conditions.append(func.lower(Case.number).like(f"%{escape_like(term)}%", escape="\\"))
        elif indexed_search and _indexable(term):
            conditions.append(Case.id.in_(
                select(text("rowid")).select_from(text(SEARCH_TABLE))
                .where(text(f"{SEARCH_TABLE}.search_text LIKE :search_pattern"))
                .params(search_pattern=f"%{term}%")
            ))
        else:
            conditions.append(Case.search_text.like(f"%{escape_like(term)}%", escape="\\"))
    if flt.stages:
        conditions.append(Case.stage.in_([s.value for s in flt.stages]))
    if flt.open_only:
        conditions.append(Case.stage.in_([s.value for s in OPEN_STAGES]))
    if flt.rights:
        conditions.append(
            or_(*(Case.rights.like(f"%,{r.value},%") for r in flt.rights))
        )
    if flt.channels:
        conditions.append(Case.channel.in_([c.value for c in flt.channels]))
    if flt.deadline_states:
        conditions.append(or_(*(_state_condition(s, today) for s in flt.deadline_states)))
    if flt.unassigned:
        conditions.append(Case.assignee_id.is_(None))
    elif flt.assignee_id is not None:
        conditions.append(Case.assignee_id == flt.assignee_id)
    if flt.received_from:
        conditions.append(Case.received_at >= _day_start(flt.received_from))
    if flt.received_to:
        conditions.append(Case.received_at < _day_start(flt.received_to + timedelta(days=1)))
    return query.where(and_(*conditions)) if conditions else query


def _indexable(term: str) -> bool:
    # The trigram index takes a plain LIKE; wildcard characters typed by the user are searched
    # literally by the unindexed path instead.
    return len(term) >= MIN_INDEXED_TERM and not any(c in term for c in "%_\\")


def _day_start(day: date):
    from datetime import datetime

    from smarttek_dsar.domain.clock import RIGA

    return datetime(day.year, day.month, day.day, tzinfo=RIGA)


def _state_condition(state: DeadlineState, today: date):
    is_open = Case.stage.in_([s.value for s in OPEN_STAGES])
    if state is DeadlineState.PAUSED:
        return and_(is_open, Case.paused)
    running = and_(is_open, Case.paused.is_(False))
    if state is DeadlineState.OVERDUE:
        return and_(running, Case.due_date < today)
    if state is DeadlineState.DUE_SOON:
        return and_(
            running, Case.due_date >= today, Case.due_date <= today + timedelta(days=DUE_SOON_DAYS)
        )
    if state is DeadlineState.ON_TRACK:
        return and_(running, Case.due_date > today + timedelta(days=DUE_SOON_DAYS))
    return false()


SUMMARY_COLUMNS = (
    Case.id,
    Case.number,
    Case.stage,
    Case.rights,
    Case.channel,
    Case.received_at,
    Case.due_date,
    Case.paused,
    Case.extended,
    Case.subject_name,
    User.username,
    Case.version,
)


def summary_query(*, personal_data: bool = True) -> Select:
    columns = SUMMARY_COLUMNS
    if not personal_data:
        # Not even read: a manager's team login reads `cases` through a view without names.
        columns = tuple(null().label("subject_name") if c is Case.subject_name else c
                        for c in SUMMARY_COLUMNS)
    return select(*columns).outerjoin(User, User.id == Case.assignee_id)


def order(query: Select, sort: str, descending: bool) -> Select:
    columns = SORT_COLUMNS.get(sort)
    if columns is None:
        raise ValueError(f"Unknown sort column '{sort}'. Use one of: {', '.join(SORT_COLUMNS)}.")
    ordered = [c.desc() if descending else c.asc() for c in columns]
    tie = Case.id.desc() if descending else Case.id.asc()
    return query.order_by(*ordered, tie)
