"""Correcting what intake recorded about the data subject: a mistyped personal code, e-mail or
phone is fixed on the case (GDPR 5(1)(d) accuracy), validated as at intake, audited and
version-checked like every change, and the duplicate check runs again on the corrected data.

The same operation corrects the rest of what intake recorded about the request: the
representative and their proof of authority (EDPB Guidelines 01/2022: a representative needs
proof), the language the subject is answered in (GDPR 12(1): intelligible to the subject),
and the proof of receipt the deadline runs from (GDPR 12(3), 5(2))."""

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
from smarttek_dsar.storage.models import Case, CaseParty
from smarttek_dsar.storage.timestamps import now_utc

# The subject's fields a correction may change, as stored on the party row.
FIELDS = ("name", "personal_code", "email", "phone", "customer_no", "address")
# The representative's, with the proof of their authority.
REPRESENTATIVE_FIELDS = ("name", "personal_code", "email", "phone", "address",
                         "authority_proof")
LANGUAGES = ("lv", "en")


@dataclass(frozen=True)
class RequestCorrection:
    """What intake recorded about the request besides the subject, all of it as the form shows
    it: `representative` None means the subject acts alone."""

    representative: PartyInput | None
    language: str
    receipt_proof: str


def _checked_request(request: RequestCorrection) -> RequestCorrection:
    """Validated as intake validates a new request."""
    representative = None
    if request.representative is not None:
        representative = clean_party(request.representative, "Representative")
        if not representative.name:
            raise ServiceError("Representative: give the representative's name, or remove the "
                               "representative.")
        if not representative.authority_proof:
            raise ServiceError(
                "A representative must show proof of authority (e.g. a power of attorney); "
                "describe what was provided.")
    if request.language not in LANGUAGES:
        raise ServiceError("The subject's language must be 'lv' or 'en'.")
    proof = request.receipt_proof.strip()
    if not proof:
        # GDPR 12(3), 5(2): the deadline runs from receipt, and the case must show it.
        raise ServiceError("The receipt proof cannot be empty: say what shows when the request "
                           "arrived (e-mail headers, envelope stamp, portal record).")
    return RequestCorrection(representative, request.language, proof)


def _representative_values(party: CaseParty | PartyInput | None) -> dict[str, str] | None:
    if party is None:
        return None
    return {name: getattr(party, name) or "" for name in REPRESENTATIVE_FIELDS}


@dataclass(frozen=True)
class CorrectionResult:
    summary: CaseSummary
    changed: tuple[str, ...]  # the fields that changed (names, not values)
    duplicate_of: str | None  # an open case of the same subject found after the correction


class SubjectCorrectionService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def correct(self, actor: Actor, number: str, subject: PartyInput,
                expected_version: int | None = None, *,
                request: RequestCorrection | None = None) -> CorrectionResult:
        """Replace the subject's details with `subject` (all fields, as the form shows them)
        and, when `request` is given, the representative, language and receipt proof."""
        actor.require(Permission.WORK_CASES, "correct a subject's details")
        actor.require(Permission.VIEW_PERSONAL_DATA, "correct a subject's details")
        cleaned = clean_party(subject, "Data subject")
        if not cleaned.name and not cleaned.email:
            raise ServiceError("Data subject: give a name or an e-mail address.")
        checked = _checked_request(request) if request is not None else None
        with self.db.unit_of_work() as session:
            case = case_for_change(session, number, expected_version)
            require_operation(actor, Operation.CORRECT_SUBJECT, case, session)
            row = next((p for p in case.parties if p.role == "subject"), None)
            if row is None:
                row = CaseParty(role="subject")
                case.parties.append(row)
            before: dict[str, object] = {name: getattr(row, name) or None for name in FIELDS}
            after: dict[str, object] = {name: getattr(cleaned, name) or None for name in FIELDS}
            changed = [name for name in FIELDS if before[name] != after[name]]
            for name in FIELDS:  # name and address are never NULL, the others may be
                empty = "" if name in ("name", "address") else None
                setattr(row, name, after[name] if after[name] is not None else empty)
            if checked is not None:
                changed += _correct_request(case, checked, before, after)
            if not changed:
                raise ServiceError("Nothing to correct: the details are as recorded.")
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
                                    tuple(changed), duplicate)


def _correct_request(case: Case, request: RequestCorrection, before: dict[str, object],
                     after: dict[str, object]) -> list[str]:
    """Apply `request` to the case; the names of what changed, their values into before/after
    (personal text: the representative's name, the proof)."""
    changed = []
    row = next((p for p in case.parties if p.role == "representative"), None)
    old, new = _representative_values(row), _representative_values(request.representative)
    if old != new:
        changed.append("representative")
        before["representative"], after["representative"] = old, new
        if request.representative is None:
            case.parties.remove(row)  # the subject now acts alone
        else:
            if row is None:
                row = CaseParty(role="representative", former_codes="")
                case.parties.append(row)
            for name in REPRESENTATIVE_FIELDS:
                value = getattr(request.representative, name)
                empty = "" if name in ("name", "address", "authority_proof") else None
                setattr(row, name, value if value else empty)
    for name, value in (("language", request.language), ("receipt_proof", request.receipt_proof)):
        if getattr(case, name) != value:
            changed.append(name)
            before[name], after[name] = getattr(case, name), value
            setattr(case, name, value)
    return changed


def _as_input(party: CaseParty) -> PartyInput:
    names = {f.name for f in fields(PartyInput)}
    values = {name: getattr(party, name) for name in names if hasattr(party, name)}
    values["former_codes"] = tuple(c for c in (party.former_codes or "").split(",") if c)
    return PartyInput(**values)
