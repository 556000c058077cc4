"""The bridge between stored cases and the pure clock: compute, explain, keep due dates current."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from smarttek_dsar.domain.calendar import LatvianCalendar
from smarttek_dsar.domain.clock import Deadline, Extension, Pause, compute_deadline, receipt_date
from smarttek_dsar.domain.workflow import OPEN_STAGES
from smarttek_dsar.services.organisation import load_calendar, load_settings
from smarttek_dsar.storage.models import Case
from smarttek_dsar.storage.timestamps import as_utc


def case_pauses(case: Case) -> tuple[Pause, ...]:
    return tuple(Pause(p.start, p.end, p.reason) for p in case.pauses)


def case_extension(case: Case) -> Extension | None:
    if case.extension_notified_on is None:
        return None
    return Extension(case.extension_reason or "", case.extension_notified_on)


def deadline_of(
    case: Case, calendar: LatvianCalendar, within_days: int, today: date | None = None
) -> Deadline:
    return compute_deadline(
        receipt_date(as_utc(case.received_at)),
        calendar,
        pauses=case_pauses(case),
        extension=case_extension(case),
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
    return deadline


def refresh_all(session: Session, *, batch: int = 2000) -> int:
    """Recompute every open case (after a holiday was added or removed, or each morning for
    cases paused with an open pause)."""
    calendar = load_calendar(session)
    within = load_settings(session).pause_request_within_days
    count = 0
    last_id = 0
    while True:
        cases = session.scalars(
            select(Case)
            .where(Case.stage.in_([s.value for s in OPEN_STAGES]), Case.id > last_id)
            .order_by(Case.id)
            .limit(batch)
            .options(selectinload(Case.pauses))
        ).all()
        if not cases:
            return count
        for case in cases:
            before = (case.due_date, case.paused)
            refresh(case, calendar, within)
            if (case.due_date, case.paused) != before:
                count += 1
        session.flush()
        last_id = cases[-1].id
