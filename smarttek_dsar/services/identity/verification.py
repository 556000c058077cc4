"""Who is asking: the identity check, and the clock paused while identity information is awaited
(GDPR 12(6)). Each call checks the role, the stage and the version, changes the case and writes
the audit event in one transaction."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from smarttek_dsar.domain.clock import receipt_date
from smarttek_dsar.domain.identity import IdDocumentType, VerificationMethod, last_digits
from smarttek_dsar.domain.operations import Operation
from smarttek_dsar.domain.workflow import Stage
from smarttek_dsar.services import audit
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.case_change import change_case
from smarttek_dsar.services.errors import ServiceError
from smarttek_dsar.services.views import CaseSummary
from smarttek_dsar.storage.database import Database
from smarttek_dsar.storage.models import Case, ClockPause, IdentityCheck
from smarttek_dsar.storage.timestamps import as_utc, now_utc


class IdentityService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def verify_identity(
        self, actor: Actor, number: str, *, method: VerificationMethod, verified: bool,
        document_type: IdDocumentType | None = None, document_number: str | None = None,
        notes: str = "", expected_version: int | None = None,
    ) -> CaseSummary:
        """Record what was checked, never a copy: only the document type and its last digits.
        Any ID scan attached to the case is deleted once the check is recorded (data
        minimisation, GDPR 5(1)(c); DOMAIN.md §4)."""

        def change(session: Session, case: Case) -> dict:
            method_ = VerificationMethod(method)
            if method_ is VerificationMethod.ID_DOCUMENT and not (document_type and document_number):
                raise ServiceError("For an ID document, record its type and number (only the "
                                   "last digits are kept).")
            digits = last_digits(document_number) if document_number else None
            now = now_utc()
            case.identity_checks.append(IdentityCheck(
                method=method_.value,
                document_type=IdDocumentType(document_type).value if document_type else None,
                document_last_digits=digits, result="verified" if verified else "failed",
                notes=notes.strip(), verifier_id=actor.user_id, checked_at=now,
            ))
            details: dict = {"method": method_.value, "result": "verified" if verified else "failed"}
            if verified:
                for pause in case.pauses:
                    if pause.end is None:  # the information arrived with the check
                        pause.end = max(pause.start, date.today())
                        details["pause_ended"] = pause.end.isoformat()
                deleted = _delete_id_copies(case, now)
                if deleted:
                    details["id_copies_deleted"] = deleted
                if Stage(case.stage) is Stage.INTAKE:
                    case.stage = Stage.IDENTITY.value
            return details

        return change_case(self.db, actor, number, expected_version, "identity.checked", change,
                           operation=Operation.VERIFY,
                           what="verify identities")

    def request_information(
        self, actor: Actor, number: str, *, reason: str, start: date | None = None,
        expected_version: int | None = None,
    ) -> CaseSummary:
        """GDPR 12(6): ask for what identity needs; the clock waits. Not for narrowing a
        request: that does not pause the deadline."""

        def change(_session, case: Case) -> dict:
            if not reason.strip():
                raise ServiceError("Say what identity information was asked for.")
            day = start or date.today()
            received_on = receipt_date(as_utc(case.received_at))
            if day < received_on or day > date.today():
                raise ServiceError("The pause starts between the receipt date and today.")
            case.pauses.append(ClockPause(start=day, end=None, reason=reason.strip(),
                                          requested_by_id=actor.user_id))
            if Stage(case.stage) is Stage.INTAKE:
                case.stage = Stage.IDENTITY.value
            return {"start": day.isoformat(), audit.PERSONAL: {"reason": reason.strip()}}

        return change_case(self.db, actor, number, expected_version, "clock.paused", change,
                           operation=Operation.PAUSE,
                           what="pause the clock")

    def information_received(
        self, actor: Actor, number: str, *, on: date | None = None,
        expected_version: int | None = None,
    ) -> CaseSummary:
        def change(_session, case: Case) -> dict:
            open_pause = next(p for p in case.pauses if p.end is None)  # the table checked
            day = on or date.today()
            if day < open_pause.start or day > date.today():
                raise ServiceError(
                    "The information arrives between {start} and today.", start=open_pause.start.isoformat()
                )
            open_pause.end = day
            return {"start": open_pause.start.isoformat(), "end": day.isoformat()}

        return change_case(self.db, actor, number, expected_version, "clock.resumed", change,
                           operation=Operation.RESUME,
                           what="resume the clock")


def _delete_id_copies(case: Case, now) -> list[str]:
    deleted = []
    for attachment in case.attachments:
        if attachment.kind == "id_document" and attachment.deleted_at is None:
            attachment.content = None
            attachment.deleted_at = now
            attachment.deleted_reason = "ID document copy deleted once identity was verified"
            deleted.append(attachment.filename)
    return deleted
