"""The services' side of the operations table: the facts of a stored case, and the one check
every service runs before it changes a case (domain/operations.py decides; this only asks)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from smarttek_dsar.domain.operations import Operation, OperationRefused, Refusal, RefusalKind
from smarttek_dsar.domain.operations import allowed as allowed_by_table
from smarttek_dsar.domain.operations import refusal as refusal_by_table
from smarttek_dsar.domain.rights import Right
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.domain.workflow import CaseFacts, Stage
from smarttek_dsar.services.actor import Actor, role_words
from smarttek_dsar.services.case_records import find_case, rights_from_text
from smarttek_dsar.services.errors import PermissionDenied, ServiceError
from smarttek_dsar.storage.database import Database
from smarttek_dsar.storage.models import Case, CollectionRun

# Rights answered by a letter alone need no per-category decision (a complaint is handled by
# the DPO; its outcome is recorded in the response).
RIGHTS_WITHOUT_DECISIONS = frozenset({Right.COMPLAINT})


class OperationNotAllowed(ServiceError, OperationRefused):
    """The table refuses the operation: a ServiceError for the services' callers and the
    domain's refusal (with its kind and message) at once."""

    def __init__(self, refusal: Refusal) -> None:
        OperationRefused.__init__(self, refusal)


def case_facts(case: Case, session: Session | None = None) -> CaseFacts:
    """What the table needs to know about a stored case."""
    session = session or object_session(case)
    rights = frozenset(rights_from_text(case.rights))
    decided = {Right(d.right) for d in case.decisions}
    collected = False
    if session is not None and case.id is not None:
        collected = session.scalar(
            select(CollectionRun.id).where(CollectionRun.case_id == case.id).limit(1)
        ) is not None
    return CaseFacts(
        stage=Stage(case.stage),
        rights=rights,
        has_subject=any(p.role == "subject" and (p.name or p.email) for p in case.parties),
        identity_verified=any(c.result == "verified" for c in case.identity_checks),
        paused=any(p.end is None for p in case.pauses),
        rights_without_decision=frozenset(rights - decided - RIGHTS_WITHOUT_DECISIONS),
        open_tasks=sum(1 for t in case.tasks if t.done_at is None),
        response_recorded=bool(case.disclosures),
        extended=bool(case.extended) or case.extension_notified_on is not None,
        data_collected=collected,
        duplicate_of=case.duplicate_of,
        duplicate_decision=case.duplicate_decision,
        purged=case.purged_at is not None,
    )


def require_operation(actor: Actor, operation: Operation, case: Case,
                      session: Session | None = None) -> CaseFacts:
    """Refuse unless the table allows `operation` on `case` for `actor`; returns the facts.
    A missing permission is a PermissionDenied naming the user, like Actor.require."""
    facts = case_facts(case, session)
    why = refusal_by_table(operation, facts, actor.permissions)
    if why is not None:
        raise _error(actor, why)
    return facts


def _error(actor: Actor, why: Refusal) -> ServiceError:
    if why.kind is RefusalKind.PERMISSION:
        return PermissionDenied("{username} ({roles}) may not {what}.", username=actor.username,
                                roles=role_words(actor.roles), what=why.said.params["what"])
    return OperationNotAllowed(why)


@dataclass(frozen=True)
class OperationStatus:
    """One row of `smarttek-dsar case actions`: may the caller do this now, and if not, why."""

    operation: Operation
    allowed: bool
    reason: str | None = None
    refused_by: str | None = None  # permission | stage | precondition

    def to_json(self) -> dict:
        return {"operation": self.operation.value, "allowed": self.allowed,
                "reason": self.reason, "refused_by": self.refused_by}


class CaseOperations:
    """Read-only: every operation on one case with the table's answer for the caller."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def actions(self, actor: Actor, number: str) -> tuple[OperationStatus, ...]:
        actor.require(Permission.VIEW_CASE_METADATA, "open cases")
        with self.db.unit_of_work() as session:
            case = find_case(session, number)
            answers = allowed_by_table(case_facts(case, session), actor.permissions)
        return tuple(
            OperationStatus(op, True) if why is None
            else OperationStatus(op, False, str(_error(actor, why)), why.kind.value)
            for op, why in answers.items()
        )
