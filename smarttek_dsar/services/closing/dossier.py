"""The case dossier for the Data State Inspectorate: the whole case file in one PDF.

The Inspectorate may ask how a request was handled (GDPR 58(1)(a)); the controller must be
able to show it (5(2)). Who may: a specialist (EXPORT and VIEW_PERSONAL_DATA), since the file
names the subject. The dossier written is itself in the audit trail, with its SHA-256.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from smarttek_dsar.domain.audit_words import (
    Translate,
    action_words,
    detail_lines,
    task_action_words,
)
from smarttek_dsar.domain.clock import RIGA, riga_minute
from smarttek_dsar.domain.identity import IdDocumentType, VerificationMethod
from smarttek_dsar.domain.operations import Operation
from smarttek_dsar.domain.register import Register
from smarttek_dsar.domain.rights import Channel, Outcome
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.domain.workflow import RejectionReason
from smarttek_dsar.exporters.atomic import staged_file
from smarttek_dsar.exporters.dossier_content import DossierContent
from smarttek_dsar.exporters.dossier_pdf import write_dossier_pdf
from smarttek_dsar.exporters.manifest import sha256_of
from smarttek_dsar.services import audit
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.administration.organisation import load_calendar, load_settings
from smarttek_dsar.services.case_records import detail_of, find_case
from smarttek_dsar.services.deadlines import deadline_of
from smarttek_dsar.services.letters.letter_values import category_name, cite, right_label
from smarttek_dsar.services.letters.letters import LetterService, case_language
from smarttek_dsar.services.message_catalogue import translator
from smarttek_dsar.services.operations_guard import require_operation
from smarttek_dsar.services.views import CaseDetail
from smarttek_dsar.storage.database import Database
from smarttek_dsar.storage.models import Case, CollectionRun
from smarttek_dsar.storage.timestamps import as_utc

_DETAILS_CHARS = 400
_ROLES = {"subject": ("Datu subjekts", "Data subject"),
          "requester": ("Pieprasītājs", "Requester"),
          "representative": ("Pārstāvis", "Representative")}
_WORDS = {
    "lv": {"code": "personas kods", "former": "iepriekšējie kodi", "email": "e-pasts",
           "phone": "tālrunis", "customer": "klienta Nr.", "ongoing": "turpinās",
           "ok": "veiksmīgi", "failed": "neizdevās", "told": "datu subjekts informēts",
           "kept": "{years} gadi pēc lietas slēgšanas", "riga": "Rīgas laiks",
           "languages": {"lv": "latviešu", "en": "angļu"},
           "verified": "apstiprināta", "not_verified": "nav apstiprināta"},
    "en": {"code": "personal code", "former": "former codes", "email": "e-mail",
           "phone": "phone", "customer": "customer no.", "ongoing": "ongoing",
           "ok": "searched", "failed": "failed", "told": "subject told on",
           "kept": "{years} years after the case is closed", "riga": "Riga time",
           "languages": {"lv": "Latvian", "en": "English"},
           "verified": "verified", "not_verified": "not verified"},
}


@dataclass(frozen=True)
class WrittenDossier:
    case_number: str
    language: str
    path: Path
    sha256: str
    sections: tuple[str, ...]


def _label(item, language: str) -> str:  # type: ignore[no-untyped-def]
    return item.label_lv if language == "lv" else item.label


def _stamp(moment: datetime | None) -> str:
    # Riga time, like the receipt above and every time the window shows (issue 14, "Times").
    return riga_minute(as_utc(moment)) if moment else ""


class DossierService:
    def __init__(self, db: Database, letters: LetterService) -> None:
        self.db = db
        self.letters = letters

    def write(self, actor: Actor, number: str, out: Path, *, language: str | None = None,
              today: date | None = None) -> WrittenDossier:
        actor.require(Permission.EXPORT, "prepare the case dossier")
        actor.require(Permission.VIEW_PERSONAL_DATA, "prepare the case dossier")
        today = today or date.today()
        out = Path(out)
        # The one rule (exporters/atomic.py): written in private staging, the audit entry
        # (with the file's SHA-256) committed, then published in one rename.
        with staged_file(out) as staged, self.db.unit_of_work() as session:
            case = find_case(session, number)
            require_operation(actor, Operation.DOSSIER, case, session)
            settings = load_settings(session)
            deadline = deadline_of(case, load_calendar(session),
                                   settings.pause_request_within_days, today)
            detail = detail_of(session, case, actor, deadline, today, frozenset())
            chosen = case_language(language, "lv")
            register = self.letters.register_for(detail.register_version)
            content = DossierContent(
                case_number=case.number, language=chosen,  # type: ignore[arg-type]
                generated_on=today, generated_by=actor.display_name or actor.username,
                facts=_facts(case, detail, chosen, settings.retention_years),
                tables=_tables(session, case, detail, register, chosen),
            )
            write_dossier_pdf(content, staged)
            digest = sha256_of(staged)
            audit.record(session, actor, "dossier.written", case_id=case.id,
                         case_number=case.number,
                         details={"file": out.name, "language": chosen, "sha256": digest})
            audit.checkpoint(session, "dossier")
            written = WrittenDossier(case.number, chosen, out, digest, tuple(content.tables))
        return written


def _facts(case: Case, detail: CaseDetail, language: str, years: int) -> list[tuple[str, str]]:
    words = _WORDS[language]
    received = as_utc(case.received_at).astimezone(RIGA)
    summary = detail.summary
    extension = ""
    if detail.extension_notified_on:
        extension = (f"{detail.extension_reason or ''} ({words['told']} "
                     f"{detail.extension_notified_on.isoformat()})")
    rejection = ""
    if detail.rejection_reason:
        reason = RejectionReason(detail.rejection_reason)
        rejection = f"{_label(reason, language)} ({cite(reason.article, language)}). " \
                    f"{detail.outcome_note}"
    kept = words["kept"].format(years=years)
    if case.closed_at is not None:
        closed = as_utc(case.closed_at).date()
        kept = f"{closed.replace(year=closed.year + years, day=min(closed.day, 28))} ({kept})"
    return [
        ("case", summary.number),
        ("stage", _label(summary.stage, language)),
        ("rights", ", ".join(f"{right_label(r, language)} ({cite(r.article, language)})"
                             for r in summary.rights)),
        ("channel", _label(Channel(summary.channel), language)),
        ("received", f"{received:%Y-%m-%d %H:%M} ({words['riga']})"),
        ("receipt_proof", detail.receipt_proof),
        ("language", words["languages"].get(detail.language, detail.language)),
        ("assignee", summary.assignee or ""),
        ("initial_due", detail.deadline.initial_due.isoformat()),
        ("due", detail.deadline.due_date.isoformat()),
        ("extension", extension),
        ("responded", detail.responded_on.isoformat() if detail.responded_on else ""),
        ("rejection", rejection.strip()),
        ("register", detail.register_version or ""),
        ("request_text", detail.request_text),
        ("retention", kept),
    ]


def _tables(session: Session, case: Case, detail: CaseDetail, register: Register,
            language: str) -> dict[str, list[list[str]]]:
    words = _WORDS[language]
    lv = language == "lv"
    return {
        "parties": [[_ROLES.get(p.role, (p.role, p.role))[0 if lv else 1], p.name,
                     _identifiers(p, words), p.address, p.authority_proof]
                    for p in detail.parties],
        "identity": [[_stamp(c.checked_at), _method(c.method, language), _document(c, language),
                      words["verified"] if c.result == "verified" else c.result,
                      c.verifier or "", "\n".join(x for x in (c.doubt_reason, c.notes) if x)]
                     for c in detail.identity_checks],
        "pauses": [[p.start.isoformat(), p.end.isoformat() if p.end else words["ongoing"],
                    p.reason] for p in detail.pauses],
        "deadline": [[s.on.isoformat() if s.on else "", s.text_lv if lv else s.text]
                     for s in detail.deadline.steps],
        "decisions": [[category_name(register, d.category_id, language),
                       right_label(d.right, language), _label(Outcome(d.outcome), language),
                       cite(d.article, language), d.reason, d.decided_by or ""]
                      for d in detail.decisions],
        "searches": _searches(session, case.id, words),
        "tasks": [[task_action_words(t.action, translator(language)), t.system, t.recipient or "", t.description, _stamp(t.done_at),
                   t.confirmed_by or ""] for t in detail.tasks],
        "disclosures": [[d.sent_on.isoformat(), _label(Channel(d.channel), language), d.format,
                         d.proof, name, sha, str(size)]
                        for d in detail.disclosures for name, sha, size in (d.files or
                                                                           (("", "", ""),))],
        "timeline": _timeline(session, case.id, language,
                              {c.id: category_name(register, c.id, language)
                               for c in register.categories}),
    }


def _identifiers(party, words: dict[str, str]) -> str:  # type: ignore[no-untyped-def]
    parts = [
        (words["code"], party.personal_code),
        (words["former"], ", ".join(party.former_codes)),
        (words["email"], party.email),
        (words["phone"], party.phone),
        (words["customer"], party.customer_no),
    ]
    return "\n".join(f"{label}: {value}" for label, value in parts if value)


def _method(method: str, language: str) -> str:
    try:
        return _label(VerificationMethod(method), language)
    except ValueError:
        return method


def _document(check, language: str) -> str:  # type: ignore[no-untyped-def]
    if not check.document_type:
        return ""
    try:
        kind = _label(IdDocumentType(check.document_type), language)
    except ValueError:
        kind = check.document_type
    return f"{kind} …{check.document_last_digits}" if check.document_last_digits else kind


def _searches(session: Session, case_id: int, words: dict[str, str]) -> list[list[str]]:
    rows = []
    for run in session.scalars(select(CollectionRun).where(CollectionRun.case_id == case_id)
                               .order_by(CollectionRun.id)):
        for source in run.sources:
            status = words["ok"] if source.status == "ok" else \
                f"{words['failed']}: {source.error or ''}"
            rows.append([_stamp(run.finished_at), source.name, status, str(source.row_count)])
    return rows


def _timeline(session: Session, case_id: int, language: str,
              categories: dict[str, str]) -> list[list[str]]:
    """The audit trail in words of the dossier's language (issue 14: no codes for people), the
    same words the window's timeline shows, from the same translations; the register's
    categories by their names. With the personal text kept beside each event (until purge
    deletes it): the reader is a specialist."""
    translate = translator(language)
    return [[_stamp(event.at), event.username, action_words(event.action, translate),
             _details(event.details, language, translate, categories)]
            for event in audit.case_events(session, case_id)]


def _details(details: dict, language: str, translate: Translate,
             categories: dict[str, str]) -> str:
    """One phrase a line; checksums whole (the document is evidence), a very long value
    shortened (the full event stays in the audit trail and its export)."""
    return "\n".join(line if len(line) <= _DETAILS_CHARS else line[:_DETAILS_CHARS] + "…"
                     for line in detail_lines(details, language, translate,
                                              whole_checksums=True, names=categories))
