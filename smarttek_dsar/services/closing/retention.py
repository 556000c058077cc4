"""Retention of the case files themselves. A case file is personal data too: kept a
documented period after closure (default 3 years), then its personal parts are removed and
only anonymous statistics stay (GDPR 5(1)(e))."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import selectinload

from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.domain.workflow import FINAL_STAGES
from smarttek_dsar.services import audit
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.administration.organisation import load_settings
from smarttek_dsar.storage.database import Database
from smarttek_dsar.storage.models import Case, SnapshotRow
from smarttek_dsar.storage.timestamps import now_utc


@dataclass(frozen=True)
class PurgeReport:
    cutoff: datetime
    numbers: tuple[str, ...]
    dry_run: bool


def retention_cutoff(now: datetime, years: int) -> datetime:
    try:
        return now.replace(year=now.year - years)
    except ValueError:  # 29 February
        return now.replace(year=now.year - years, day=28)


class RetentionService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def purge(self, actor: Actor, *, dry_run: bool = False, now: datetime | None = None) -> PurgeReport:
        actor.require(Permission.PURGE, "purge case files")
        now = now or now_utc()
        with self.db.unit_of_work() as session:
            years = load_settings(session).retention_years
            cutoff = retention_cutoff(now.astimezone(UTC), years)
            cases = session.scalars(
                select(Case)
                .where(
                    Case.stage.in_([s.value for s in FINAL_STAGES]),
                    Case.closed_at.is_not(None),
                    Case.closed_at < cutoff,
                    Case.purged_at.is_(None),
                )
                .order_by(Case.id)
                .options(selectinload(Case.parties), selectinload(Case.attachments),
                         selectinload(Case.identity_checks), selectinload(Case.decisions),
                         selectinload(Case.tasks), selectinload(Case.disclosures))
            ).all()
            numbers = tuple(c.number for c in cases)
            if not dry_run:
                for case in cases:
                    _purge(case, now)
                    # The collected copy of the subject's data goes with the rest (issue 4).
                    session.execute(delete(SnapshotRow).where(SnapshotRow.case_id == case.id))
                    audit.record(session, actor, "case.purged", case_id=case.id,
                                 case_number=case.number, details={"retention_years": years})
            audit.record(session, actor, "retention.run",
                         details={"dry_run": dry_run, "cases": len(numbers),
                                  "cutoff": cutoff.isoformat()})
            return PurgeReport(cutoff, numbers, dry_run)


def _purge(case: Case, now: datetime) -> None:
    """Keep what statistics need (channel, rights, dates, stage, outcomes); drop who and what."""
    case.parties.clear()
    case.attachments.clear()
    for check in case.identity_checks:
        check.document_last_digits = None
        check.notes = ""
        check.doubt_reason = ""
    for decision in case.decisions:
        decision.reason = ""
    for task in case.tasks:
        task.description = ""
    for disclosure in case.disclosures:
        disclosure.proof = ""
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
