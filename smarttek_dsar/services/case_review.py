"""Legal review decisions, fulfilment tasks (incl. GDPR 19 notices) and the delivery record."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from smarttek_dsar.domain.operations import Operation
from smarttek_dsar.domain.rights import Channel, Outcome, Right
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.services import audit
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.case_records import case_for_change, rights_from_text, summary_of
from smarttek_dsar.services.deadlines import store_answer
from smarttek_dsar.services.errors import NotFound, ServiceError
from smarttek_dsar.services.operations_guard import require_operation
from smarttek_dsar.services.views import CaseSummary
from smarttek_dsar.storage.database import Database
from smarttek_dsar.storage.models import (
    Decision,
    DisclosedFile,
    Disclosure,
    FulfilmentTask,
)
from smarttek_dsar.storage.timestamps import now_utc

TASK_ACTIONS = ("erase", "rectify", "restrict", "stop_marketing", "stop_processing", "notify")


@dataclass(frozen=True)
class DecisionInput:
    category_id: str
    right: Right
    outcome: Outcome
    article: str
    reason: str = ""
    suggested_outcome: Outcome | None = None


@dataclass(frozen=True)
class DeliveredFile:
    filename: str
    sha256: str
    size: int


class CaseReview:
    def __init__(self, db: Database) -> None:
        self.db = db

    def record_decisions(
        self, actor: Actor, number: str, decisions: Sequence[DecisionInput],
        expected_version: int | None = None, register_version: str | None = None,
    ) -> CaseSummary:
        """One decision per data category and right. Overriding a suggestion needs a reason,
        and the override is in the audit trail."""
        actor.require(Permission.WORK_CASES, "record review decisions")
        with self.db.unit_of_work() as session:
            case = case_for_change(session, number, expected_version)
            require_operation(actor, Operation.DECIDE, case, session)
            invoked = set(rights_from_text(case.rights))
            existing = {(d.category_id, d.right): d for d in case.decisions}
            overrides = []
            for item in decisions:
                right, outcome = Right(item.right), Outcome(item.outcome)
                if right not in invoked:
                    raise ServiceError(f"The request does not invoke {right.label} ({right.article}).")
                if outcome in (Outcome.REFUSE, Outcome.PARTIAL) and not item.article.strip():
                    raise ServiceError(f"{item.category_id}/{right.value}: name the article that "
                                       "allows refusing (e.g. Art. 17(3)(b)).")
                overridden = item.suggested_outcome is not None and item.suggested_outcome != outcome
                if overridden and not item.reason.strip():
                    raise ServiceError(f"{item.category_id}/{right.value}: overriding the suggested "
                                       f"'{item.suggested_outcome}' needs a reason.")
                row = existing.get((item.category_id, right.value))
                if row is None:
                    row = Decision(case_id=case.id, category_id=item.category_id, right=right.value)
                    case.decisions.append(row)
                row.outcome, row.article, row.reason = outcome.value, item.article.strip(), item.reason.strip()
                row.suggested_outcome = item.suggested_outcome.value if item.suggested_outcome else None
                row.decided_by_id, row.decided_at = actor.user_id, now_utc()
                if overridden:
                    overrides.append([item.category_id, right.value, item.suggested_outcome.value,
                                      outcome.value, item.reason.strip()])
            if register_version:
                case.register_version = register_version
            case.updated_at = now_utc()
            session.flush()
            audit.record(session, actor, "review.decided", case_id=case.id,
                         case_number=case.number,
                         details={"decisions": [[d.category_id, Right(d.right).value,
                                                 Outcome(d.outcome).value] for d in decisions],
                                  "overrides": overrides})
            return summary_of(case, personal_data=True, today=date.today())

    def add_task(
        self, actor: Actor, number: str, *, action: str, system: str = "",
        category_id: str | None = None, recipient: str | None = None, description: str = "",
        expected_version: int | None = None,
    ) -> CaseSummary:
        actor.require(Permission.WORK_CASES, "plan fulfilment tasks")
        if action not in TASK_ACTIONS:
            raise ServiceError(f"Unknown task '{action}'. Use one of: {', '.join(TASK_ACTIONS)}.")
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
                         details={"action": action, "system": system, "recipient": recipient})
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
                raise NotFound(f"Case {case.number} has no task {task_id}.")
            if task.done_at is not None:
                raise ServiceError("That task is done already.")
            task.done_at, task.confirmed_by_id = now_utc(), actor.user_id
            case.updated_at = now_utc()
            session.flush()
            audit.record(session, actor, "task.done", case_id=case.id, case_number=case.number,
                         details={"task": task_id, "action": task.action})
            return summary_of(case, personal_data=True, today=date.today())

    def record_delivery(
        self, actor: Actor, number: str, *, sent_on: date, channel: Channel, format: str,
        proof: str = "", files: Sequence[DeliveredFile] = (), expected_version: int | None = None,
    ) -> CaseSummary:
        """What reached the subject, how and when, with the SHA-256 of every file."""
        actor.require(Permission.EXPORT, "record deliveries")
        if sent_on > date.today():
            raise ServiceError("The sending date cannot be in the future.")
        with self.db.unit_of_work() as session:
            case = case_for_change(session, number, expected_version)
            require_operation(actor, Operation.DELIVER, case, session)
            disclosure = Disclosure(
                sent_on=sent_on, channel=Channel(channel).value, format=format.strip(),
                proof=proof.strip(), recorded_by_id=actor.user_id, recorded_at=now_utc(),
            )
            for f in files:
                disclosure.files.append(DisclosedFile(filename=f.filename, sha256=f.sha256,
                                                      size=f.size))
            case.disclosures.append(disclosure)
            case.responded_on = sent_on
            store_answer(case)
            case.updated_at = now_utc()
            session.flush()
            audit.record(session, actor, "response.delivered", case_id=case.id,
                         case_number=case.number,
                         details={"sent_on": sent_on.isoformat(), "channel": disclosure.channel,
                                  "files": [[f.filename, f.sha256] for f in files]})
            return summary_of(case, personal_data=True, today=date.today())
