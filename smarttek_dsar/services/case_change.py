"""One change to one case, as every lifecycle step makes it: the role, the stage and the version
are checked, the change is made, the deadline recomputed and the audit event written, all in one
transaction."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy.orm import Session

from smarttek_dsar.domain.operations import Operation
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.services import audit
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.administration.organisation import load_calendar, load_settings
from smarttek_dsar.services.case_records import case_for_change, summary_of
from smarttek_dsar.services.deadlines import refresh
from smarttek_dsar.services.operations_guard import require_operation
from smarttek_dsar.services.views import CaseSummary
from smarttek_dsar.storage.database import Database
from smarttek_dsar.storage.models import Case
from smarttek_dsar.storage.timestamps import now_utc


def change_case(
    db: Database, actor: Actor, number: str, expected_version: int | None, action: str,
    change: Callable[[Session, Case], dict], *, operation: Operation, what: str,
) -> CaseSummary:
    actor.require(Permission.WORK_CASES, what)
    with db.unit_of_work() as session:
        case = case_for_change(session, number, expected_version)
        require_operation(actor, operation, case, session)
        details = dict(change(session, case) or {})
        # Free text a change returns under audit.PERSONAL is kept beside the event (purgeable).
        personal = details.pop(audit.PERSONAL, None)
        refresh(case, load_calendar(session), load_settings(session).pause_request_within_days)
        case.updated_at = now_utc()
        session.flush()
        audit.record(session, actor, action, case_id=case.id, case_number=case.number,
                     details=details, personal=personal)
        return summary_of(case, personal_data=True, today=date.today())
