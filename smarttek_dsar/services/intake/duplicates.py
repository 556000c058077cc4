"""Likely duplicate requests: the same person asking again, for the same thing, while an
earlier case is still open (a reminder, the same mail sent twice, a portal request repeated
by e-mail). Intake only flags; the specialist merges the new case into the earlier one or
keeps the two apart, and both choices stay on record.

A merged request is answered with the earlier case, whose deadline is the earlier one, so
merging can never push an answer past the date GDPR 12(3) allows for either request.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from smarttek_dsar.domain.operations import Operation
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.domain.workflow import OPEN_STAGES, Stage
from smarttek_dsar.services import audit
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.case_records import (
    case_for_change,
    find_case,
    rights_from_text,
    rights_to_text,
    summary_of,
)
from smarttek_dsar.services.deadlines import store_answer
from smarttek_dsar.services.errors import ServiceError
from smarttek_dsar.services.operations_guard import require_operation
from smarttek_dsar.services.views import CaseSummary
from smarttek_dsar.storage.database import Database
from smarttek_dsar.storage.models import Attachment, Case, CaseParty
from smarttek_dsar.storage.timestamps import as_utc, now_utc

MERGED = "merged"
KEPT_APART = "kept_apart"


def likely_duplicates(session: Session, case: Case) -> list[str]:
    """Open cases of the same subject (personal code or e-mail) asking for a right this case
    asks for too, oldest first."""
    subject = next((p for p in case.parties if p.role == "subject"), None)
    if subject is None:
        return []
    same_person = []
    if subject.personal_code:
        same_person.append(CaseParty.personal_code == subject.personal_code)
    if subject.email:
        same_person.append(func.lower(CaseParty.email) == subject.email.lower())
    if not same_person:
        return []
    rows = session.execute(
        select(Case.number, Case.rights)
        .join(CaseParty, CaseParty.case_id == Case.id)
        .where(
            CaseParty.role == "subject",
            or_(*same_person),
            Case.id != case.id,
            Case.stage.in_([s.value for s in OPEN_STAGES]),
        )
        .distinct()
        .order_by(Case.number)
    ).all()
    wanted = set(rights_from_text(case.rights))
    # Rights guessed from free text rarely match exactly, so any shared right counts; a request
    # with no recognised right may be a reminder of anything and is flagged too.
    return [number for number, rights in rows
            if not wanted or wanted & set(rights_from_text(rights))]


def flag_likely_duplicate(session: Session, actor: Actor, case: Case) -> list[str]:
    """Mark `case` as a likely duplicate of the oldest matching open case, in the caller's
    transaction; the candidates are returned for the user to see."""
    candidates = sorted(likely_duplicates(session, case), key=_number_order)
    if candidates:
        case.duplicate_of = candidates[0]
        session.flush()
        audit.record(session, actor, "case.duplicate_flagged", case_id=case.id,
                     case_number=case.number,
                     details={"duplicate_of": candidates[0], "candidates": candidates})
    return candidates


def _number_order(number: str) -> tuple[int, int]:
    # DSAR-2026-0012: year, then sequence; plain text order would put 10000 before 9999.
    _, year, sequence = number.split("-")
    return int(year), int(sequence)


class DuplicateService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def merge_duplicate(
        self, actor: Actor, number: str, expected_version: int | None = None
    ) -> CaseSummary:
        """Withdraw the flagged case `number` as merged into the case it duplicates: its files
        are copied there, its rights and words added, both cases audited."""
        actor.require(Permission.WORK_CASES, "merge duplicate requests")
        with self.db.unit_of_work() as session:
            case = case_for_change(session, number, expected_version)
            require_operation(actor, Operation.MERGE_DUPLICATE, case, session)
            target = find_case(session, case.duplicate_of or "", for_update=True)
            if not Stage(target.stage).is_open:
                raise ServiceError(
                    "{number} is no longer open ({stage}); keep {other} apart and answer "
                    "it on its own.", number=target.number, stage=Stage(target.stage),
                    other=case.number
                )
            now = now_utc()
            copied = []
            for attachment in case.attachments:
                if attachment.deleted_at is not None or attachment.content is None:
                    continue  # an ID copy deleted after verification stays deleted
                target.attachments.append(Attachment(
                    kind=attachment.kind, filename=attachment.filename,
                    media_type=attachment.media_type, sha256=attachment.sha256,
                    size=attachment.size, content=attachment.content, added_at=now,
                ))
                copied.append(attachment.sha256)
            before = set(rights_from_text(target.rights))
            added = set(rights_from_text(case.rights)) - before
            if added:
                # A right asked for only in the later request must not be lost by the merge.
                target.rights = rights_to_text(before | added)
            received = as_utc(case.received_at)
            target.request_text = (
                f"{target.request_text}\n\n--- Merged from {case.number}, received "
                f"{received:%Y-%m-%d %H:%M} UTC ---\n{case.request_text}"
            ).strip()
            target.updated_at = now
            case.stage = Stage.WITHDRAWN.value
            case.outcome_note = f"merged into {target.number}"
            case.duplicate_decision = MERGED
            case.closed_at = now
            store_answer(case)  # a withdrawal is no answer; a response already sent stays one
            case.updated_at = now
            session.flush()
            audit.record(session, actor, "case.merged", case_id=case.id, case_number=case.number,
                         details={"into": target.number, "attachments": copied})
            audit.record(session, actor, "case.merge_received", case_id=target.id,
                         case_number=target.number,
                         details={"from": case.number, "attachments": copied,
                                  "rights_added": sorted(r.value for r in added)})
            return summary_of(case, personal_data=True, today=date.today())

    def keep_apart(
        self, actor: Actor, number: str, expected_version: int | None = None
    ) -> CaseSummary:
        """The flagged case is a request of its own: record the choice and leave both open."""
        actor.require(Permission.WORK_CASES, "decide on duplicate requests")
        with self.db.unit_of_work() as session:
            case = case_for_change(session, number, expected_version)
            require_operation(actor, Operation.KEEP_APART, case, session)
            case.duplicate_decision = KEPT_APART
            case.updated_at = now_utc()
            session.flush()
            audit.record(session, actor, "case.kept_apart", case_id=case.id,
                         case_number=case.number, details={"duplicate_of": case.duplicate_of})
            return summary_of(case, personal_data=True, today=date.today())
