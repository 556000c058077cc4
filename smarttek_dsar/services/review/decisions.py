"""The legal review's decisions: one per data category and invoked right, with the article that
allows a refusal and the reason for overriding a suggestion."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from smarttek_dsar.domain.operations import Operation
from smarttek_dsar.domain.rights import Outcome, Right
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.services import audit
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.case_records import case_for_change, rights_from_text, summary_of
from smarttek_dsar.services.errors import ServiceError
from smarttek_dsar.services.operations_guard import require_operation
from smarttek_dsar.services.views import CaseSummary
from smarttek_dsar.storage.database import Database
from smarttek_dsar.storage.models import Decision
from smarttek_dsar.storage.timestamps import now_utc


@dataclass(frozen=True)
class DecisionInput:
    category_id: str
    right: Right
    outcome: Outcome
    article: str
    reason: str = ""
    suggested_outcome: Outcome | None = None


class DecisionService:
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
