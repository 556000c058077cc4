"""The bridge between stored cases and the pure clock: compute, explain, keep due dates current."""

from __future__ import annotations

from datetime import date

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from smarttek_dsar.domain.calendar import LatvianCalendar
from smarttek_dsar.domain.clock import Deadline, Extension, Pause, compute_deadline, receipt_date
from smarttek_dsar.domain.figures import answer_facts
from smarttek_dsar.domain.workflow import OPEN_STAGES
from smarttek_dsar.services.administration.organisation import load_calendar, load_settings
from smarttek_dsar.storage.models import Case, ClockPause
from smarttek_dsar.storage.timestamps import as_utc

# What a pause is for, said without the free text a specialist wrote (which may quote the
# subject): shown to roles that may not see personal data.
PAUSE_REASON_WITHOUT_PERSONAL_DATA = "awaiting identity information"


def case_pauses(case: Case, *, personal_data: bool = True) -> tuple[Pause, ...]:
    # Without personal data the reason is left empty: the clock then words it neutrally in
    # each language ("awaiting identity information", "gaida identitātes informāciju").
    return tuple(Pause(p.start, p.end, p.reason if personal_data else "") for p in case.pauses)


def case_extension(case: Case, *, personal_data: bool = True) -> Extension | None:
    if case.extension_notified_on is None:
        return None
    return Extension(case.extension_reason or "", case.extension_notified_on,
                     reason_shown=personal_data)


def deadline_of(
    case: Case, calendar: LatvianCalendar, within_days: int, today: date | None = None,
    *, personal_data: bool = True,
) -> Deadline:
    return compute_deadline(
        receipt_date(as_utc(case.received_at)),
        calendar,
        pauses=case_pauses(case, personal_data=personal_data),
        extension=case_extension(case, personal_data=personal_data),
        today=today or date.today(),
        pause_request_within_days=within_days,
    )


def refresh(case: Case, calendar: LatvianCalendar, within_days: int) -> Deadline:
    """Store the computed deadline on the case so lists sort and filter in SQL."""
    deadline = deadline_of(case, calendar, within_days)
    case.due_date = deadline.due_date
    case.initial_due_date = deadline.initial_due
    case.paused = deadline.paused_now
    case.extended = deadline.extended
    store_answer(case)
    return deadline


NOT_ANSWERED = (None, None, None)


def store_answer(case: Case) -> None:
    """Keep the stored answer facts (answered_on, days_to_answer, answered_on_time) in step
    with the case, for the dashboard. Called wherever a case's response date, closing time,
    stage or due dates change: `refresh` (every workflow step), a delivery, a merge."""
    facts = answer_facts(case.received_at, case.responded_on, case.closed_at, case.stage,
                         case.due_date, case.initial_due_date)
    case.answered_on, case.days_to_answer, case.answered_on_time = facts or NOT_ANSWERED


def refresh_all(session: Session, *, batch: int = 5000, today: date | None = None) -> int:
    """Recompute every open case (after a holiday was added or removed, and each day for cases
    with an open pause). Read and written with plain SQL in batches: 100,000 cases must take
    seconds, not minutes. Returns how many cases' stored deadline changed.

    The version counter is left alone: the deadline is derived data, and bumping it would make
    every specialist's open case look changed by someone else."""
    calendar = load_calendar(session)
    within = load_settings(session).pause_request_within_days
    today = today or date.today()
    open_stages = [s.value for s in OPEN_STAGES]
    changed, last_id = 0, 0
    while True:
        rows = session.execute(
            select(Case.id, Case.received_at, Case.extension_reason, Case.extension_notified_on,
                   Case.due_date, Case.initial_due_date, Case.paused, Case.extended,
                   Case.stage, Case.responded_on, Case.closed_at)
            .where(Case.stage.in_(open_stages), Case.id > last_id)
            .order_by(Case.id)
            .limit(batch)
        ).all()
        if not rows:
            return changed
        pauses = _pauses_of(session, [r.id for r in rows])
        updates = []
        for row in rows:
            extension = (Extension(row.extension_reason or "", row.extension_notified_on)
                         if row.extension_notified_on else None)
            deadline = compute_deadline(
                receipt_date(as_utc(row.received_at)), calendar,
                pauses=pauses.get(row.id, ()), extension=extension, today=today,
                pause_request_within_days=within,
            )
            new = (deadline.due_date, deadline.initial_due, deadline.paused_now, deadline.extended)
            if new != (row.due_date, row.initial_due_date, bool(row.paused), bool(row.extended)):
                # A response delivered during fulfilment is judged against the new due date.
                answered = answer_facts(row.received_at, row.responded_on, row.closed_at,
                                        row.stage, new[0], new[1]) or NOT_ANSWERED
                updates.append({"case_id": row.id, "due": new[0], "initial": new[1],
                                "is_paused": new[2], "is_extended": new[3],
                                "a_on": answered[0], "a_days": answered[1],
                                "a_on_time": answered[2]})
        if updates:
            session.connection().execute(
                update(Case.__table__)
                .where(Case.__table__.c.id == bindparam("case_id"))
                .values(due_date=bindparam("due"), initial_due_date=bindparam("initial"),
                        paused=bindparam("is_paused"), extended=bindparam("is_extended"),
                        answered_on=bindparam("a_on"), days_to_answer=bindparam("a_days"),
                        answered_on_time=bindparam("a_on_time")),
                updates,
            )
            changed += len(updates)
        last_id = rows[-1].id


def _pauses_of(session: Session, case_ids: list[int]) -> dict[int, tuple[Pause, ...]]:
    found: dict[int, list[Pause]] = {}
    rows = session.execute(
        select(ClockPause.case_id, ClockPause.start, ClockPause.end, ClockPause.reason)
        .where(ClockPause.case_id.in_(case_ids))
        .order_by(ClockPause.id)
    )
    for case_id, start, end, reason in rows:
        found.setdefault(case_id, []).append(Pause(start, end, reason))
    return {k: tuple(v) for k, v in found.items()}
