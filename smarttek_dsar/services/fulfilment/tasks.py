"""Doing what was decided: the fulfilment tasks (erase, rectify, restrict, stop marketing or
processing) and the GDPR 19 notices to the recipients the data was disclosed to."""

from __future__ import annotations

from datetime import date

from smarttek_dsar.domain.operations import Operation
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.services import audit
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.case_records import case_for_change, summary_of
from smarttek_dsar.services.errors import NotFound, ServiceError
from smarttek_dsar.services.operations_guard import require_operation
from smarttek_dsar.services.views import CaseSummary
from smarttek_dsar.storage.database import Database
from smarttek_dsar.storage.models import FulfilmentTask
from smarttek_dsar.storage.timestamps import now_utc

TASK_ACTIONS = ("erase", "rectify", "restrict", "stop_marketing", "stop_processing", "notify")


class FulfilmentService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add_task(
        self, actor: Actor, number: str, *, action: str, system: str = "",
        category_id: str | None = None, recipient: str | None = None, description: str = "",
        expected_version: int | None = None,
    ) -> CaseSummary:
        actor.require(Permission.WORK_CASES, "plan fulfilment tasks")
        if action not in TASK_ACTIONS:
            raise ServiceError("Unknown task '{action}'. Use one of: {task_actions}.", action=action, task_actions=', '.join(TASK_ACTIONS))
        if action == "notify" and not (recipient or "").strip():
            raise ServiceError("A GDPR 19 notice needs the recipient to notify.")
        with self.db.unit_of_work() as session:
            case = case_for_change(session, number, expected_version)
            require_operation(actor, Operation.TASK, case, session)
            case.tasks.append(FulfilmentTask(
                action=action, system=system.strip(), category_id=category_id,
                recipient=(recipient or "").strip() or None, description=description.strip(),
            ))
            case.updated_at = now_utc()
            session.flush()
            audit.record(session, actor, "task.added", case_id=case.id, case_number=case.number,
                         details={"action": action, "system": system},
                         personal={"recipient": recipient})
            return summary_of(case, personal_data=True, today=date.today())

    def complete_task(
        self, actor: Actor, number: str, task_id: int, expected_version: int | None = None
    ) -> CaseSummary:
        actor.require(Permission.WORK_CASES, "complete fulfilment tasks")
        with self.db.unit_of_work() as session:
            case = case_for_change(session, number, expected_version)
            require_operation(actor, Operation.COMPLETE_TASK, case, session)
            task = next((t for t in case.tasks if t.id == task_id), None)
            if task is None:
                raise NotFound("Case {number} has no task {task_id}.", number=case.number, task_id=task_id)
            if task.done_at is not None:
                raise ServiceError("That task is done already.")
            task.done_at, task.confirmed_by_id = now_utc(), actor.user_id
            case.updated_at = now_utc()
            session.flush()
            audit.record(session, actor, "task.done", case_id=case.id, case_number=case.number,
                         details={"task": task_id, "action": task.action})
            return summary_of(case, personal_data=True, today=date.today())
