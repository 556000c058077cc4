"""Letters to the subject and to recipients, filled from the case file and printed as PDF.

Who may: a user who works cases and sees personal data (the letters name the subject). Every
letter prepared or written is in the audit trail; a written letter is published only after
its audit entry (with the file's SHA-256) is committed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from smarttek_dsar.domain.operations import Operation
from smarttek_dsar.domain.register import Register
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.exporters.atomic import staged_file
from smarttek_dsar.exporters.letter_pdf import LetterDocument, write_letter_pdf
from smarttek_dsar.exporters.manifest import sha256_of
from smarttek_dsar.services import audit
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.administration.organisation import load_calendar, load_settings
from smarttek_dsar.services.administration.register_service import RegisterService
from smarttek_dsar.services.case_records import detail_of, find_case
from smarttek_dsar.services.deadlines import deadline_of
from smarttek_dsar.services.errors import NotFound, ServiceError
from smarttek_dsar.services.letters import letter_values
from smarttek_dsar.services.letters.letter_facts import LetterFacts, facts_of
from smarttek_dsar.services.letters.letter_templates import (
    LETTER_KINDS,
    LETTER_LANGUAGES,
    fill,
    read_template,
)
from smarttek_dsar.services.operations_guard import require_operation
from smarttek_dsar.services.views import CaseDetail
from smarttek_dsar.storage.database import Database

LETTER_TITLES: dict[str, tuple[str, str]] = {
    "acknowledgement": ("Pieprasījuma saņemšanas apstiprinājums", "Acknowledgement of receipt"),
    "identity_request": ("Lūgums apstiprināt identitāti", "Request to confirm identity"),
    "extension": ("Termiņa pagarinājums", "Extension of the time limit"),
    "refusal": ("Atteikums", "Refusal"),
    "partial_refusal": ("Daļējs atteikums", "Partial refusal"),
    "confirmation_erasure": ("Dzēšanas apstiprinājums", "Confirmation of erasure"),
    "confirmation_rectification": ("Labošanas apstiprinājums", "Confirmation of rectification"),
    "confirmation_restriction": ("Ierobežošanas apstiprinājums",
                                 "Confirmation of restriction"),
    "confirmation_objection": ("Atbilde uz iebildumiem", "Reply to your objection"),
    "confirmation_consent_withdrawal": ("Piekrišanas atsaukuma apstiprinājums",
                                        "Confirmation of consent withdrawal"),
    "art19_notice": ("Paziņojums saņēmējam (VDAR 19. pants)",
                     "Notice to a recipient (GDPR Art. 19)"),
}


# The only placeholders a user may fill by hand (--set, the window's fields): the wording of
# what is asked of the subject. Every other value states a fact and comes from the case record.
SETTABLE_VALUES = frozenset({"requested_information"})
REFUSAL_KINDS = ("refusal", "partial_refusal")


class LateRefusal(ServiceError):
    """GDPR 12(4): the refusal is past its deadline; it is written only once the user confirms."""


@dataclass(frozen=True)
class RenderedLetter:
    case_number: str
    kind: str
    language: str
    issued_on: date
    title: str
    text: str
    path: Path | None = None  # set when written as PDF
    sha256: str | None = None


def letter_title(kind: str, language: str) -> str:
    lv_title, en_title = LETTER_TITLES[kind]
    return lv_title if language == "lv" else en_title


def case_language(language: str | None, case_language_code: str) -> str:
    if language is not None:
        if language not in LETTER_LANGUAGES:
            raise ServiceError("Letters are written in Latvian (lv) or English (en), not "
                               "'{language}'.", language=language)
        return language
    # The subject's own language where the company writes it (GDPR 12(1)); Latvian otherwise.
    return case_language_code if case_language_code in LETTER_LANGUAGES else "lv"


class LetterService:
    def __init__(self, db: Database, register: RegisterService,
                 overrides: Path | None = None) -> None:
        self.db = db
        self.register = register
        self.overrides = overrides

    def render(self, actor: Actor, number: str, kind: str, *, language: str | None = None,
               values: Mapping[str, str] | None = None, today: date | None = None,
               recipient_id: int | None = None) -> RenderedLetter:
        """The letter's text, every placeholder filled (or an error naming the missing fact)."""
        return self._prepare(actor, number, kind, language, values or {}, today, None,
                             recipient_id, late_confirmed=True)

    def write_pdf(self, actor: Actor, number: str, kind: str, out: Path, *,
                  language: str | None = None, values: Mapping[str, str] | None = None,
                  today: date | None = None, recipient_id: int | None = None,
                  late_confirmed: bool = False) -> RenderedLetter:
        """The letter on the letterhead as PDF at `out`, published only once it is audited.
        A refusal past the GDPR 12(4) deadline raises LateRefusal unless `late_confirmed`."""
        return self._prepare(actor, number, kind, language, values or {}, today, Path(out),
                             recipient_id, late_confirmed=late_confirmed)

    def register_for(self, version: str | None) -> Register:
        """The register the case was reviewed under; the current one if that is not kept."""
        return self.register.version_or_current(version)

    def _prepare(self, actor: Actor, number: str, kind: str, language: str | None,
                 values: Mapping[str, str], today: date | None, out: Path | None,
                 recipient_id: int | None, *, late_confirmed: bool) -> RenderedLetter:
        actor.require(Permission.WORK_CASES, "prepare letters")
        actor.require(Permission.VIEW_PERSONAL_DATA, "prepare letters that name the subject")
        if kind not in LETTER_KINDS:
            raise NotFound("There is no letter kind '{kind}'. Kinds: {letter_kinds}.", kind=kind, letter_kinds=', '.join(LETTER_KINDS))
        fixed = sorted(set(values) - SETTABLE_VALUES)
        if fixed:
            raise ServiceError(
                "${name} states a fact of the case and is filled from the case record; it "
                "cannot be set by hand. Record the fact in the case instead. Values you may "
                "set: {settable}.", name=fixed[0], settable=", ".join(sorted(SETTABLE_VALUES)))
        today = today or date.today()
        if out is None:
            return self._compose(actor, number, kind, language, values, today, None,
                                 recipient_id, late_confirmed)
        # The one rule (exporters/atomic.py): written in private staging, the audit entry
        # committed, then published in one rename; a failed commit publishes nothing.
        with staged_file(out) as staged:
            letter = self._compose(actor, number, kind, language, values, today, staged,
                                   recipient_id, late_confirmed)
        return replace(letter, path=Path(out))

    def _compose(self, actor: Actor, number: str, kind: str, language: str | None,
                 values: Mapping[str, str], today: date, staged: Path | None,
                 recipient_id: int | None, late_confirmed: bool) -> RenderedLetter:
        with self.db.unit_of_work() as session:
            case = find_case(session, number)
            require_operation(actor, Operation.LETTER, case, session)
            calendar = load_calendar(session)
            within = load_settings(session).pause_request_within_days
            deadline = deadline_of(case, calendar, within, today)
            detail = detail_of(session, case, actor, deadline, today, frozenset())
            chosen = case_language(language, case.language)
            issued_on = today
            if kind == "extension" and case.extension_notified_on is not None:
                issued_on = case.extension_notified_on  # a copy of the letter sent then
            register = self.register_for(detail.register_version)
            facts = facts_of(case, register)
            if chosen != case.language and letter_values.prints_subject_reasons(kind, facts):
                # The reasons addressed to the subject are recorded in the case language; a
                # letter in the other language would quote them untranslated.
                raise ServiceError(
                    "The reasons for the subject in case {number} are recorded in "
                    "'{language}': write this letter in that language.", number=case.number, language=case.language)
            late = kind in REFUSAL_KINDS and today > detail.deadline.refusal_due
            if late and staged is not None and not late_confirmed:
                raise LateRefusal(
                    "The GDPR 12(4) deadline for telling the subject of a refusal in case "
                    "{number} was {refusal_due}; it has passed. Confirm to write the refusal "
                    "anyway (--confirm-late); the audit trail records that it was late.", number=case.number, refusal_due=detail.deadline.refusal_due.isoformat())
            computed = self._values(kind, facts, detail, register, chosen, issued_on,
                                    recipient_id)
            merged = {**computed, **values}
            text = fill(kind, chosen, read_template(kind, chosen, self.overrides), merged)
            if kind in REFUSAL_KINDS:
                text = letter_values.with_remedies(text, computed["remedies"])
            title = letter_title(kind, chosen)
            details: dict[str, object] = {"kind": kind, "language": chosen}
            if late:
                details["late"] = True
            digest = None
            if staged is not None:
                write_letter_pdf(LetterDocument(text, chosen, case.number, issued_on,  # type: ignore[arg-type]
                                                title), staged)
                digest = sha256_of(staged)
                details.update(file=staged.name, sha256=digest)
            audit.record(session, actor, "letter.written" if staged else "letter.prepared",
                         case_id=case.id, case_number=case.number, details=details)
            return RenderedLetter(case.number, kind, chosen, issued_on, title, text, staged,
                                  digest)

    def _values(self, kind: str, facts: LetterFacts, detail: CaseDetail, register: Register,
                language: str, today: date, recipient_id: int | None) -> dict[str, str]:
        values = letter_values.common_values(detail, language, today)
        number = detail.summary.number
        values["due_date"] = letter_values.letter_date(detail.deadline.initial_due, language)
        if kind == "identity_request":
            values.update(letter_values.identity_request_values(facts, language, number))
        elif kind == "extension":
            values.update(self._extension(facts, detail, language, number))
        elif kind in REFUSAL_KINDS:
            values.update(letter_values.refusal_values(kind, facts, detail, register, language))
        elif kind in letter_values.CONFIRMED_RIGHTS:
            values.update(letter_values.confirmation_values(kind, facts, register, language,
                                                            number))
        elif kind == "art19_notice":
            values.update(letter_values.art19_values(facts, detail, register, language, today,
                                                     recipient_id))
        return values

    @staticmethod
    def _extension(facts: LetterFacts, detail: CaseDetail, language: str, number: str
                   ) -> dict[str, str]:
        """GDPR 12(3): the letter states the recorded extension (reason and new date)."""
        if facts.extension_notified_on is None or not detail.deadline.extended:
            raise ServiceError(
                "Case {number} has no recorded extension: the letter states its reason and "
                "the new date. Record it first (case extend {number} --reason ...), then "
                "write the letter.", number=number)
        if not facts.extension_reason:
            raise ServiceError("The extension of case {number} has no recorded reason; the "
                               "subject must be told why (GDPR 12(3)).", number=number)
        return letter_values.extension_values(detail, language, detail.deadline.due_date,
                                              facts.extension_reason)
