"""Turning the register and the snapshot into decisions and fulfilment tasks.

`accept_suggestions` records the suggested decision (legal_rules) for every invoked right and
every category where the subject's data was found in the case's snapshot, plus the file of the
request itself (only that file before anything was collected), with the register version; cells already decided are left as the reviewer set
them. Only lawful decisions are recorded: a rectification without an identified inaccuracy and a
restriction without an 18(1) ground are recorded as "not applicable" and reported as needing
facts; a refusal that must say until when data is kept, and cannot tell, is not recorded.
`generate_tasks` plans the fulfilment work (domain.fulfilment_plan), skipping tasks present.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from smarttek_dsar.domain.case_evidence import CASE_FILE_ID, CaseEvidence, add_years
from smarttek_dsar.domain.fulfilment_plan import DecidedCell, PlannedTask, plan_tasks
from smarttek_dsar.domain.legal_rules import (
    NEEDS_GROUND,
    NEEDS_INACCURACY,
    NEEDS_KEEP_UNTIL,
    Suggestion,
    suggest_decision,
)
from smarttek_dsar.domain.operations import Operation
from smarttek_dsar.domain.register import Register
from smarttek_dsar.domain.rights import Outcome, Right
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.services import audit
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.administration.organisation import load_settings
from smarttek_dsar.services.administration.register_service import RegisterService
from smarttek_dsar.services.case_records import (
    case_for_change,
    find_case,
    rights_from_text,
)
from smarttek_dsar.services.operations_guard import require_operation
from smarttek_dsar.services.review.collection import latest_run_id
from smarttek_dsar.services.review.decisions import DecisionInput, DecisionService, category_of
from smarttek_dsar.services.views import CaseSummary
from smarttek_dsar.storage.database import Database
from smarttek_dsar.storage.models import FulfilmentTask, SnapshotQuery, SnapshotRow
from smarttek_dsar.storage.timestamps import now_utc

_NEEDED = {
    NEEDS_INACCURACY: "what is inaccurate and the corrected value (Art. 16); recorded as not "
                      "applicable",
    NEEDS_GROUND: "one of the grounds of Art. 18(1)(a)-(d); recorded as not applicable",
    NEEDS_KEEP_UNTIL: "the date until which the data is kept (Art. 17(3)); not recorded",
}


@dataclass(frozen=True)
class NeedsFacts:
    """A cell the suggestions could not decide lawfully on their own."""

    category_id: str
    right: Right
    needed: str  # what the reviewer must record

    def __str__(self) -> str:
        return f"{self.category_id}/{self.right.value}: needs {self.needed}"


@dataclass(frozen=True)
class AcceptedSuggestions:
    summary: CaseSummary | None  # None when there was nothing left to decide
    register_version: str
    recorded: int
    kept: int  # cells the reviewer had decided already
    categories: tuple[str, ...]  # where data was found, and the case file
    from_snapshot: bool  # False: nothing collected yet, only the case file was decided
    needs_facts: tuple[NeedsFacts, ...] = ()
    not_held: tuple[str, ...] = ()  # register categories with no data: nothing to decide


@dataclass(frozen=True)
class CaseSuggestions:
    register_version: str
    categories: tuple[str, ...]  # where data was found, then the case file
    not_held: tuple[str, ...]  # searched and nothing found: no decision to take
    searched: bool
    suggestions: dict[tuple[str, Right], Suggestion]  # per category and invoked right


def _suggest(register: Register, session, case) -> CaseSuggestions:
    searched = latest_run_id(session, case.id) is not None
    rights = rights_from_text(case.rights)
    rows = _rows_by_category(session, case.id)
    # The case file is kept for the retention the DPO set, counted from the answer, which is
    # due on the case's deadline (services/closing/retention.py deletes it then).
    years = load_settings(session).retention_years
    case_file_until = add_years(case.due_date, years)
    evidence = CaseEvidence(today=date.today(), rights=frozenset(rights), rows=rows,
                            case_file_keep_until=case_file_until)
    categories = (*(c for c in register.category_ids if rows.get(c)), CASE_FILE_ID)
    # Before a search nothing is known to be held or not held: only the case file is.
    not_held = tuple(c for c in register.category_ids if not rows.get(c)) if searched else ()
    suggestions = {
        (category_id, right): suggest_decision(right, category_of(register, category_id),
                                               evidence)
        for category_id in categories for right in rights
    }
    return CaseSuggestions(register.version, categories, not_held, searched, suggestions)


class ReviewPlan:
    def __init__(self, db: Database, decisions: DecisionService, register: RegisterService
                 ) -> None:
        self.db = db
        self.decisions = decisions
        self.register = register

    def suggestions(self, actor: Actor, number: str) -> CaseSuggestions:
        """The suggestion for every invoked right and every category where data was found
        (and the case file), as the review panel shows them and `accept_suggestions` records
        them, under the register in force."""
        actor.require(Permission.VIEW_PERSONAL_DATA, "see the suggested decisions of a case")
        register = self.register.current()
        with self.db.read() as session:
            case = find_case(session, number)
            return _suggest(register, session, case)

    def accept_suggestions(self, actor: Actor, number: str) -> AcceptedSuggestions:
        actor.require(Permission.WORK_CASES, "record review decisions")
        register = self.register.current()
        with self.db.unit_of_work() as session:
            case = find_case(session, number)
            require_operation(actor, Operation.DECIDE, case, session)
            plan = _suggest(register, session, case)
            decided = {(d.category_id, d.right) for d in case.decisions}
            language = "lv" if case.language == "lv" else "en"
        inputs, needs = [], []
        for (category_id, right), suggestion in plan.suggestions.items():
            if (category_id, right.value) in decided:
                continue
            needs += [NeedsFacts(category_id, right, _NEEDED[n]) for n in suggestion.needs]
            if NEEDS_KEEP_UNTIL in suggestion.needs:
                continue  # a refusal must say until when; the reviewer enters the date
            inputs.append(DecisionInput(
                category_id, right, suggestion.outcome, suggestion.article,
                suggestion.reason(language), suggested_outcome=suggestion.outcome,
                ground=suggestion.ground, keep_until=suggestion.keep_until,
                phrase_key=suggestion.phrase_key,
            ))
        kept = sum(1 for category_id, right in plan.suggestions
                   if (category_id, right.value) in decided)
        summary = None
        if inputs:
            summary = self.decisions.record_decisions(actor, number, inputs,
                                                      register_version=register.version)
        return AcceptedSuggestions(summary, register.version, len(inputs), kept,
                                   plan.categories, plan.searched, tuple(needs), plan.not_held)

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


def _rows_by_category(session, case_id: int) -> dict[str, tuple[dict, ...]]:
    """The current snapshot's rows per category, without the rows the reviewer left out as
    not the subject's."""
    run_id = latest_run_id(session, case_id)
    rows: dict[str, list[dict]] = {}
    for category_id, row_json in session.execute(
        select(SnapshotRow.category_id, SnapshotRow.row_json)
        .where(SnapshotRow.run_id == run_id, SnapshotRow.excluded.is_(False))
        .order_by(SnapshotRow.query_id, SnapshotRow.position)
    ):
        rows.setdefault(category_id, []).append(json.loads(row_json))
    return {category: tuple(found) for category, found in rows.items()}


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
