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

from smarttek_dsar.domain.calendar import LatvianCalendar
from smarttek_dsar.domain.clock import Extension, compute_deadline, receipt_date
from smarttek_dsar.domain.operations import Operation
from smarttek_dsar.domain.register import Register
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.domain.workflow import Stage
from smarttek_dsar.exporters.atomic import staged_file
from smarttek_dsar.exporters.letter_pdf import LetterDocument, write_letter_pdf
from smarttek_dsar.exporters.manifest import sha256_of
from smarttek_dsar.services import audit
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.administration.organisation import load_calendar, load_settings
from smarttek_dsar.services.administration.register_service import RegisterService
from smarttek_dsar.services.case_records import detail_of, find_case
from smarttek_dsar.services.deadlines import case_pauses, deadline_of
from smarttek_dsar.services.errors import NotFound, ServiceError
from smarttek_dsar.services.letters import letter_values
from smarttek_dsar.services.letters.letter_templates import (
    LETTER_KINDS,
    LETTER_LANGUAGES,
    fill,
    read_template,
)
from smarttek_dsar.services.operations_guard import require_operation
from smarttek_dsar.services.views import CaseDetail
from smarttek_dsar.storage.database import Database
from smarttek_dsar.storage.models import Case

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
            raise ServiceError(f"Letters are written in Latvian (lv) or English (en), not "
                               f"'{language}'.")
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
               values: Mapping[str, str] | None = None, today: date | None = None
               ) -> RenderedLetter:
        """The letter's text, every placeholder filled (or an error naming the missing one)."""
        return self._prepare(actor, number, kind, language, values or {}, today, None)

    def write_pdf(self, actor: Actor, number: str, kind: str, out: Path, *,
                  language: str | None = None, values: Mapping[str, str] | None = None,
                  today: date | None = None) -> RenderedLetter:
        """The letter on the letterhead as PDF at `out`, published only once it is audited."""
        return self._prepare(actor, number, kind, language, values or {}, today, Path(out))

    def register_for(self, version: str | None) -> Register:
        """The register the case was reviewed under; the current one if that is not kept."""
        if version:
            try:
                return self.register.version(version)
            except NotFound:
                pass
        return self.register.current()

    def _prepare(self, actor: Actor, number: str, kind: str, language: str | None,
                 values: Mapping[str, str], today: date | None, out: Path | None
                 ) -> RenderedLetter:
        actor.require(Permission.WORK_CASES, "prepare letters")
        actor.require(Permission.VIEW_PERSONAL_DATA, "prepare letters that name the subject")
        if kind not in LETTER_KINDS:
            raise NotFound(f"There is no letter kind '{kind}'. Kinds: {', '.join(LETTER_KINDS)}.")
        today = today or date.today()
        if out is None:
            return self._compose(actor, number, kind, language, values, today, None)
        # The one rule (exporters/atomic.py): written in private staging, the audit entry
        # committed, then published in one rename; a failed commit publishes nothing.
        with staged_file(out) as staged:
            letter = self._compose(actor, number, kind, language, values, today, staged)
        return replace(letter, path=Path(out))

    def _compose(self, actor: Actor, number: str, kind: str, language: str | None,
                 values: Mapping[str, str], today: date, staged: Path | None
                 ) -> RenderedLetter:
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
            computed = self._values(kind, case, detail, chosen, issued_on, calendar, within,
                                    values)
            merged = {**computed, **values}
            letter_values.require_something_done(kind, merged, case.number)
            text = fill(kind, chosen, read_template(kind, chosen, self.overrides), merged)
            title = letter_title(kind, chosen)
            details: dict[str, object] = {"kind": kind, "language": chosen}
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

    def _values(self, kind: str, case: Case, detail: CaseDetail, language: str, today: date,
                calendar: LatvianCalendar, within: int, given: Mapping[str, str]
                ) -> dict[str, str]:
        values = letter_values.common_values(detail, language, today)
        register = self.register_for(detail.register_version)
        values["due_date"] = letter_values.letter_date(detail.deadline.initial_due, language)
        if kind == "identity_request":
            values.update(letter_values.identity_request_values(detail, language, today))
        elif kind == "extension":
            values.update(self._extension(case, detail, language, today, calendar, within,
                                          given.get("extension_reason")))
        elif kind in ("refusal", "partial_refusal"):
            values.update(letter_values.refusal_values(kind, detail, register, language))
        elif kind in letter_values.CONFIRMED_RIGHTS:
            values.update(letter_values.confirmation_values(kind, detail, register, language))
        elif kind == "art19_notice":
            values.update(letter_values.art19_values(detail, register, language, today))
        return values

    def _extension(self, case: Case, detail: CaseDetail, language: str, today: date,
                   calendar: LatvianCalendar, within: int, reason: str | None
                   ) -> dict[str, str]:
        if case.extension_notified_on is not None:
            return letter_values.extension_values(detail, language, detail.deadline.due_date,
                                       reason or case.extension_reason)
        if not Stage(case.stage).is_open:
            raise ServiceError(f"Case {case.number} is no longer open; there is nothing to "
                               "extend.")
        first = detail.deadline.initial_due
        if today > first:
            # GDPR 12(3): the subject must be told of an extension within the first month.
            raise ServiceError(
                f"The first deadline of case {case.number} ({first.isoformat()}) has passed: "
                "GDPR 12(3) allows an extension only when the subject is told within the first "
                "month. Answer the request now instead.")
        extended = compute_deadline(
            receipt_date(detail.summary.received_at), calendar, pauses=case_pauses(case),
            extension=Extension(reason or "extension", today), today=today,
            pause_request_within_days=within,
        )
        return letter_values.extension_values(detail, language, extended.due_date, reason)
