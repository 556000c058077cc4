"""Correcting what intake recorded about the data subject: a mistyped personal code, e-mail or
phone is fixed on the case (GDPR 5(1)(d) accuracy), validated as at intake, audited and
version-checked like every change, and the duplicate check runs again on the corrected data."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

from smarttek_dsar.domain.operations import Operation
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.services import audit
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.case_records import case_for_change, summary_of
from smarttek_dsar.services.cases import clean_party, letter_text, search_text, subject_key
from smarttek_dsar.services.errors import ServiceError
from smarttek_dsar.services.intake.duplicates import flag_likely_duplicate
from smarttek_dsar.services.operations_guard import require_operation
from smarttek_dsar.services.views import CaseSummary, PartyInput
from smarttek_dsar.storage.database import Database
from smarttek_dsar.storage.models import CaseParty
from smarttek_dsar.storage.timestamps import now_utc

# The subject's fields a correction may change, as stored on the party row.
FIELDS = ("name", "personal_code", "email", "phone", "customer_no", "address")


@dataclass(frozen=True)
class CorrectionResult:
    summary: CaseSummary
    changed: tuple[str, ...]  # the fields that changed (names, not values)
    duplicate_of: str | None  # an open case of the same subject found after the correction


class SubjectCorrectionService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def correct(self, actor: Actor, number: str, subject: PartyInput,
                expected_version: int | None = None) -> CorrectionResult:
        """Replace the subject's details with `subject` (all fields, as the form shows them)."""
        actor.require(Permission.WORK_CASES, "correct a subject's details")
        actor.require(Permission.VIEW_PERSONAL_DATA, "correct a subject's details")
        cleaned = clean_party(subject, "Data subject")
        if not cleaned.name and not cleaned.email:
            raise ServiceError("Data subject: give a name or an e-mail address.")
        with self.db.unit_of_work() as session:
            case = case_for_change(session, number, expected_version)
            require_operation(actor, Operation.CORRECT_SUBJECT, case, session)
            row = next((p for p in case.parties if p.role == "subject"), None)
            if row is None:
                row = CaseParty(role="subject")
                case.parties.append(row)
            before = {name: getattr(row, name) or None for name in FIELDS}
            after = {name: getattr(cleaned, name) or None for name in FIELDS}
            changed = tuple(name for name in FIELDS if before[name] != after[name])
            if not changed:
                raise ServiceError("Nothing to correct: the details are as recorded.")
            for name in FIELDS:  # name and address are never NULL, the others may be
                empty = "" if name in ("name", "address") else None
                setattr(row, name, after[name] if after[name] is not None else empty)
            others = [_as_input(p) for p in case.parties if p.role != "subject"]
            case.subject_name = cleaned.name
            case.subject_key = subject_key(cleaned)
            case.search_text = search_text(case.number, [cleaned, *others],
                                           letter_text(case.channel, case.request_text))
            case.updated_at = now_utc()
            session.flush()
            # Which fields changed is a fact of the trail; the values are personal text,
            # kept beside the event so that purge can delete them.
            audit.record(session, actor, "case.subject_corrected", case_id=case.id,
                         case_number=case.number, details={"fields": list(changed)},
                         personal={"before": {k: before[k] for k in changed},
                                   "after": {k: after[k] for k in changed}})
            duplicate = None
            if case.duplicate_of is None and {"personal_code", "email"} & set(changed):
                found = flag_likely_duplicate(session, actor, case)
                duplicate = found[0] if found else None
            return CorrectionResult(summary_of(case, personal_data=True, today=date.today()),
                                    changed, duplicate)


def _as_input(party: CaseParty) -> PartyInput:
    names = {f.name for f in fields(PartyInput)}
    values = {name: getattr(party, name) for name in names if hasattr(party, name)}
    values["former_codes"] = tuple(c for c in (party.former_codes or "").split(",") if c)
    return PartyInput(**values)
