"""Retention of the case files themselves. A case file is personal data too: kept a
documented period after closure (default 3 years), then its personal parts are removed and
only anonymous statistics stay (GDPR 5(1)(e)). The same run deletes held mail (mail intake
kept as no request) past its own, shorter retention, so one purge covers everything kept."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import and_, delete, or_, select, update
from sqlalchemy.orm import selectinload

from smarttek_dsar.domain.case_evidence import CASE_FILE_ID
from smarttek_dsar.domain.clock import RIGA
from smarttek_dsar.domain.rights import Right
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.domain.workflow import FINAL_STAGES
from smarttek_dsar.services import audit
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.administration.organisation import load_settings
from smarttek_dsar.services.audit_old_details import forget_old_details
from smarttek_dsar.services.intake.held_mail import delete_held, held_due
from smarttek_dsar.storage.database import Database
from smarttek_dsar.storage.models import (
    Case,
    CollectionRun,
    Decision,
    DisclosedFile,
    Disclosure,
    SearchedSource,
    SnapshotRow,
)
from smarttek_dsar.storage.search_index import rebuild_search_index
from smarttek_dsar.storage.timestamps import now_utc


@dataclass(frozen=True)
class PurgeReport:
    cutoff: datetime
    numbers: tuple[str, ...]
    dry_run: bool
    # Held mail due (dry run) or deleted: dismissed ones and ones nobody decided on.
    held_dismissed: int = 0
    held_undecided: int = 0


def retention_cutoff(now: datetime, years: int) -> datetime:
    try:
        return now.replace(year=now.year - years)
    except ValueError:  # 29 February
        return now.replace(year=now.year - years, day=28)


def _past_retention(cutoff: datetime, today: date):
    """A case file is purged once its retention has passed: counted from closing, or, where
    the subject was told a date (a refused erasure of the case file, 17(3)(e)), from that
    date, so that the letter's "kept until" is exactly what happens."""
    told = (select(Decision.id)
            .where(Decision.case_id == Case.id, Decision.category_id == CASE_FILE_ID,
                   Decision.right == Right.ERASURE.value, Decision.keep_until.is_not(None)))
    told_and_passed = told.where(Decision.keep_until < today)
    return or_(and_(~told.exists(), Case.closed_at < cutoff), told_and_passed.exists())


class RetentionService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def purge(self, actor: Actor, *, dry_run: bool = False, now: datetime | None = None) -> PurgeReport:
        actor.require(Permission.PURGE, "purge case files")
        now = now or now_utc()
        with self.db.unit_of_work() as session:
            settings = load_settings(session)
            years = settings.retention_years
            cutoff = retention_cutoff(now.astimezone(UTC), years)
            cases = session.scalars(
                select(Case)
                .where(
                    Case.stage.in_([s.value for s in FINAL_STAGES]),
                    Case.closed_at.is_not(None),
                    Case.purged_at.is_(None),
                    _past_retention(cutoff, now.astimezone(RIGA).date()),
                )
                .order_by(Case.id)
                .options(selectinload(Case.parties), selectinload(Case.attachments),
                         selectinload(Case.identity_checks), selectinload(Case.decisions),
                         selectinload(Case.tasks), selectinload(Case.pauses),
                         selectinload(Case.disclosures).selectinload(Disclosure.files))
            ).all()
            numbers = tuple(c.number for c in cases)
            if not dry_run:
                for case in cases:
                    # What names the subject, for the searches typed in the case list that
                    # belong to no case (taken before the parties are emptied); a search for
                    # the surname alone names them too.
                    terms = tuple(value for party in case.parties
                                  for value in (party.name, party.personal_code, party.email,
                                                party.phone, *(party.name or "").split())
                                  if value and len(value) >= 4)
                    _purge(case, now)
                    # The collected copy of the subject's data goes with the rest (issue 4).
                    session.execute(delete(SnapshotRow).where(SnapshotRow.case_id == case.id))
                    # A failed source's message may quote what was searched for.
                    session.execute(
                        update(SearchedSource)
                        .where(SearchedSource.run_id.in_(
                            select(CollectionRun.id).where(CollectionRun.case_id == case.id)))
                        .where(SearchedSource.error.is_not(None))
                        .values(error=""))
                    # The personal text kept beside this case's audit events; the events and
                    # their digests stay, so the chain still verifies.
                    audit.forget_personal_text(session, case.id, terms=terms)
                    # Events from before the anchored trail carried such text in their
                    # (hashed) details: replaced, and vouched for by a sealed event.
                    forget_old_details(session, actor, case.id, case.number, terms)
                    audit.record(session, actor, "case.purged", case_id=case.id,
                                 case_number=case.number, details={"retention_years": years})
            if numbers and not dry_run:
                session.flush()
                rebuild_search_index(session)
            held = held_due(session, now.astimezone(UTC),
                            dismissed_days=settings.held_dismissed_days,
                            undecided_days=settings.held_undecided_days)
            if not dry_run and (held.dismissed or held.undecided):
                delete_held(session, held)
                # Counts and periods only: the held mails' numbers and digests are in their
                # own mail.held events already.
                audit.record(session, actor, "mail.held_purged",
                             details={"dismissed": len(held.dismissed),
                                      "undecided": len(held.undecided),
                                      "dismissed_days": settings.held_dismissed_days,
                                      "undecided_days": settings.held_undecided_days})
            audit.record(session, actor, "retention.run",
                         details={"dry_run": dry_run, "cases": len(numbers),
                                  "cutoff": cutoff.isoformat(),
                                  "held_dismissed": len(held.dismissed),
                                  "held_undecided": len(held.undecided)})
        if not dry_run:
            # Committed first: what was removed must not stay in free pages or the WAL.
            self.db.erase_free_space()
        return PurgeReport(cutoff, numbers, dry_run, len(held.dismissed), len(held.undecided))


def _purge(case: Case, now: datetime) -> None:
    """Keep what statistics need (channel, rights, dates, stage, outcomes, articles and
    grounds, how many files of what size were sent); drop who and what."""
    case.parties.clear()
    case.attachments.clear()
    for check in case.identity_checks:
        check.document_last_digits = None
        check.notes = ""
        check.doubt_reason = ""
    for decision in case.decisions:
        decision.reason = ""
        decision.subject_reason = ""
        decision.inaccuracy = ""
        decision.corrected_value = ""
        decision.particular_situation = ""
        decision.compelling_grounds = ""
    for task in case.tasks:
        task.description = ""
        # GDPR 19 notices stay countable; who was notified goes.
        task.recipient = "" if task.recipient else None
    for disclosure in case.disclosures:
        disclosure.proof = ""
        disclosure.recipient = "" if disclosure.recipient else None
        for number, file in enumerate(disclosure.files, start=1):
            file.filename = _neutral_name(file, number)
    for pause in case.pauses:
        pause.reason = ""
    case.request_text = ""
    case.receipt_proof = ""
    case.outcome_note = ""
    case.extension_reason = "" if case.extension_reason else None
    case.subject_name = ""
    case.subject_key = None
    case.search_text = case.number.lower()
    case.external_id = None
    case.purged_at = now


def _neutral_name(file: DisclosedFile, number: int) -> str:
    """A sent file's name often carries the subject's name or code
    (`Liga_Ozola_010190-10001_answer.pdf`); its hash and size stay as the proof of what was
    sent, the name becomes `file-1.pdf`."""
    suffix = file.filename.rsplit(".", 1)[-1].lower() if "." in file.filename else ""
    kept = suffix if suffix.isalnum() and suffix.isascii() and len(suffix) <= 5 else ""
    return f"file-{number}" + (f".{kept}" if kept else "")
