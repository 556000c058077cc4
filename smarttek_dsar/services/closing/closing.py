"""Moving a case to its next stage and closing it once the subject has been answered. Each call
checks the role, the stage and the version, changes the case and writes the audit event in one
transaction."""

from __future__ import annotations

from smarttek_dsar.domain.operations import Operation
from smarttek_dsar.domain.workflow import Stage, next_stage
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.case_change import change_case
from smarttek_dsar.services.views import CaseSummary
from smarttek_dsar.storage.database import Database
from smarttek_dsar.storage.models import Case
from smarttek_dsar.storage.timestamps import now_utc


class ClosingService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def advance(
        self, actor: Actor, number: str, expected_version: int | None = None
    ) -> CaseSummary:
        def change(_session, case: Case) -> dict:
            target = next_stage(Stage(case.stage))  # the table checked the missing steps
            before = case.stage
            case.stage = target.value
            return {"from": before, "to": target.value}

        return change_case(self.db, actor, number, expected_version, "case.advanced", change,
                           operation=Operation.ADVANCE,
                           what="move cases along")

    def close(self, actor: Actor, number: str, expected_version: int | None = None) -> CaseSummary:
        def change(_session, case: Case) -> dict:
            case.stage = Stage.CLOSED.value
            case.closed_at = now_utc()
            return {"from": Stage.RESPONDED.value, "to": Stage.CLOSED.value}

        return change_case(self.db, actor, number, expected_version, "case.closed", change,
                           operation=Operation.CLOSE,
                           what="close cases")
