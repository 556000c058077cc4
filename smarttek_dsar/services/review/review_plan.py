"""Turning the register and the snapshot into decisions and fulfilment tasks.

`accept_suggestions` records the suggested decision (legal_rules) for every invoked right and
every category where the subject's data was found (all categories when nothing was collected),
with the register version; cells already decided are left as the reviewer set them.
`generate_tasks` plans the fulfilment work (domain.fulfilment_plan), skipping tasks present.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from smarttek_dsar.domain.fulfilment_plan import DecidedCell, PlannedTask, plan_tasks
from smarttek_dsar.domain.legal_rules import suggest_decision
from smarttek_dsar.domain.operations import Operation
from smarttek_dsar.domain.rights import Outcome, Right
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.services import audit
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.administration.register_service import RegisterService
from smarttek_dsar.services.case_records import (
    case_for_change,
    find_case,
    rights_from_text,
)
from smarttek_dsar.services.operations_guard import require_operation
from smarttek_dsar.services.review.collection import latest_run_id
from smarttek_dsar.services.review.decisions import DecisionInput, DecisionService
from smarttek_dsar.services.views import CaseSummary
from smarttek_dsar.storage.database import Database
from smarttek_dsar.storage.models import FulfilmentTask, SnapshotQuery
from smarttek_dsar.storage.timestamps import now_utc


@dataclass(frozen=True)
class AcceptedSuggestions:
    summary: CaseSummary | None  # None when there was nothing left to decide
    register_version: str
    recorded: int
    kept: int  # cells the reviewer had decided already
    categories: tuple[str, ...]
    from_snapshot: bool  # False: nothing was collected, every register category was used


class ReviewPlan:
    def __init__(self, db: Database, decisions: DecisionService, register: RegisterService
                 ) -> None:
        self.db = db
        self.decisions = decisions
        self.register = register

    def accept_suggestions(self, actor: Actor, number: str) -> AcceptedSuggestions:
        actor.require(Permission.WORK_CASES, "record review decisions")
        register = self.register.current()
        with self.db.unit_of_work() as session:
            case = find_case(session, number)
            require_operation(actor, Operation.DECIDE, case, session)
            rights = rights_from_text(case.rights)
            found = _systems_by_category(session, case.id)
            decided = {(d.category_id, d.right) for d in case.decisions}
            language = "lv" if case.language == "lv" else "en"
        known = set(register.category_ids)
        if found:
            categories = tuple(c for c in register.category_ids if c in found)
        else:
            categories = register.category_ids
        inputs = []
        for right in rights:
            for category_id in categories:
                if (category_id, right.value) in decided or category_id not in known:
                    continue
                suggestion = suggest_decision(right, register.category(category_id))
                inputs.append(DecisionInput(
                    category_id, right, suggestion.outcome, suggestion.article,
                    suggestion.reason(language), suggested_outcome=suggestion.outcome,
                ))
        kept = len(rights) * len(categories) - len(inputs)
        summary = None
        if inputs:
            summary = self.decisions.record_decisions(actor, number, inputs,
                                                      register_version=register.version)
        return AcceptedSuggestions(summary, register.version, len(inputs), kept, categories,
                                   bool(found))

    def generate_tasks(self, actor: Actor, number: str, expected_version: int | None = None
                       ) -> tuple[PlannedTask, ...]:
        """Add the fulfilment tasks the decisions call for; returns those added. With the
        version the caller saw, a case changed meanwhile is a conflict, as for every change."""
        actor.require(Permission.WORK_CASES, "plan fulfilment tasks")
        with self.db.unit_of_work() as session:
            case = case_for_change(session, number, expected_version)
            require_operation(actor, Operation.GENERATE_TASKS, case, session)
            register = (self.register.version(case.register_version) if case.register_version
                        else self.register.current())
            cells = [DecidedCell(d.category_id, Right(d.right), Outcome(d.outcome))
                     for d in case.decisions if d.category_id in register.category_ids]
            searched = latest_run_id(session, case.id) is not None
            systems = _systems_by_category(session, case.id) if searched else None
            present = {(t.action, t.system, t.category_id, t.recipient) for t in case.tasks}
            added = []
            for task in plan_tasks(register, cells, systems):
                if task.key in present:
                    continue
                present.add(task.key)
                case.tasks.append(FulfilmentTask(
                    action=task.action, system=task.system, category_id=task.category_id,
                    recipient=task.recipient, description=task.description,
                ))
                added.append(task)
            if added:
                case.updated_at = now_utc()
            session.flush()
            audit.record(session, actor, "tasks.generated", case_id=case.id,
                         case_number=case.number,
                         details={"added": [[t.action, t.system, t.category_id, t.recipient]
                                            for t in added],
                                  "register_version": register.version})
            return tuple(added)


def _systems_by_category(session, case_id: int) -> dict[str, tuple[str, ...]]:
    """Systems where the current snapshot found rows, per category (empty if none)."""
    run_id = latest_run_id(session, case_id)
    if run_id is None:
        return {}
    systems: dict[str, list[str]] = {}
    for category_id, system in session.execute(
        select(SnapshotQuery.category_id, SnapshotQuery.system)
        .where(SnapshotQuery.run_id == run_id, SnapshotQuery.row_count > 0)
        .order_by(SnapshotQuery.id)
    ):
        names = systems.setdefault(category_id, [])
        if system not in names:
            names.append(system)
    return {category: tuple(names) for category, names in systems.items()}
