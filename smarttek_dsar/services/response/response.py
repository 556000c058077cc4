"""Answering the subject other than by delivering: more time (GDPR 12(3)), a refusal (GDPR 12(5))
or the request withdrawn. Each call checks the role, the stage and the version, changes the case
and writes the audit event in one transaction."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from smarttek_dsar.domain.clock import check_extension, receipt_date
from smarttek_dsar.domain.operations import Operation
from smarttek_dsar.domain.workflow import RejectionReason, Stage
from smarttek_dsar.services import audit
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.administration.organisation import load_calendar
from smarttek_dsar.services.case_change import change_case
from smarttek_dsar.services.deadlines import case_pauses
from smarttek_dsar.services.errors import ServiceError
from smarttek_dsar.services.views import CaseSummary
from smarttek_dsar.storage.database import Database
from smarttek_dsar.storage.models import Case
from smarttek_dsar.storage.timestamps import as_utc, now_utc


class ResponseService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def extend(
        self, actor: Actor, number: str, *, reason: str, notified_on: date,
        expected_version: int | None = None,
    ) -> CaseSummary:
        """GDPR 12(3): two more months where necessary, the subject told within the first."""

        def change(session: Session, case: Case) -> dict:
            if notified_on > date.today():
                raise ServiceError("The subject cannot have been told in the future.")
            check_extension(
                receipt_date(as_utc(case.received_at)), load_calendar(session),
                pauses=case_pauses(case), reason=reason, notified_on=notified_on,
            )
            case.extension_reason = reason.strip()
            case.extension_notified_on = notified_on
            return {"notified_on": notified_on.isoformat(),
                    audit.PERSONAL: {"reason": reason.strip()}}

        return change_case(self.db, actor, number, expected_version, "deadline.extended", change,
                           operation=Operation.EXTEND,
                           what="extend deadlines")

    def reject(
        self, actor: Actor, number: str, *, reason: RejectionReason, note: str,
        expected_version: int | None = None,
    ) -> CaseSummary:
        def change(_session, case: Case) -> dict:
            code = RejectionReason(reason)
            if not note.strip():
                # GDPR 12(5): the company must be able to show why.
                raise ServiceError("Give the reasons for the refusal ({article}); the "
                                   "subject must be told them.", article=code.article)
            case.stage = Stage.REJECTED.value
            case.rejection_reason = code.value
            case.outcome_note = note.strip()
            case.closed_at = now_utc()
            return {"reason": code.value, "article": code.article}

        return change_case(self.db, actor, number, expected_version, "case.rejected", change,
                           operation=Operation.REJECT,
                           what="reject requests")

    def withdraw(
        self, actor: Actor, number: str, *, note: str = "", expected_version: int | None = None
    ) -> CaseSummary:
        def change(_session, case: Case) -> dict:
            case.stage = Stage.WITHDRAWN.value
            case.outcome_note = note.strip()
            case.closed_at = now_utc()
            return {"note": bool(note.strip())}

        return change_case(self.db, actor, number, expected_version, "case.withdrawn", change,
                           operation=Operation.WITHDRAW,
                           what="record withdrawals")
