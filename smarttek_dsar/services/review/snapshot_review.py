"""Reviewing the collected snapshot before anything is disclosed.

The specialist excludes rows that are not the subject's, redacts fields that are somebody
else's data (GDPR 15(4): redact, do not refuse the whole copy), each with a reason, and marks
categories reviewed. Only reviewed categories reach `reviewed_snapshot`, the one read the
export uses. Changing a row of a reviewed category takes the mark away: it is reviewed again.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from smarttek_dsar.domain.operations import Operation
from smarttek_dsar.domain.redaction import (
    Redaction,
    RedactionReason,
    dump_redactions,
    parse_redactions,
)
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.services import audit
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.case_records import case_for_change, find_case
from smarttek_dsar.services.errors import NotFound, ServiceError
from smarttek_dsar.services.operations_guard import require_operation
from smarttek_dsar.services.review.collection import latest_run_id
from smarttek_dsar.services.review.collection_views import (
    DisclosedCategory,
    DisclosedTable,
    RedactedValue,
    ReviewedSnapshot,
    SnapshotRowView,
    SnapshotTableView,
    SnapshotView,
    SourceStatus,
)
from smarttek_dsar.storage.database import Database
from smarttek_dsar.storage.models import (
    Case,
    CollectionRun,
    SnapshotQuery,
    SnapshotReview,
    SnapshotRow,
    User,
)
from smarttek_dsar.storage.timestamps import as_utc, now_utc


class SnapshotReviewService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def snapshot(self, actor: Actor, number: str) -> SnapshotView:
        """Every row of the case's current snapshot, as collected, with the review marks."""
        actor.require(Permission.VIEW_PERSONAL_DATA, "see the data collected for a case")
        with self.db.unit_of_work() as session:
            case = find_case(session, number)
            view = _snapshot_view(session, case)
            audit.record(session, actor, "snapshot.viewed", case_id=case.id,
                         case_number=case.number, details={"run": view.run_id})
            return view

    def exclude_row(self, actor: Actor, number: str, row_id: int, reason: str, *,
                    excluded: bool = True) -> None:
        actor.require(Permission.WORK_CASES, "exclude collected rows")
        if excluded and not reason.strip():
            raise ServiceError("Say why the row is left out (e.g. it is another customer's "
                               "record).")
        with self.db.unit_of_work() as session:
            case, row = _row_for_change(session, actor, number, row_id)
            row.excluded = excluded
            row.exclusion_reason = reason.strip() if excluded else None
            _unreview(session, row)
            case.updated_at = now_utc()
            audit.record(session, actor, "snapshot.row_excluded" if excluded
                         else "snapshot.row_included", case_id=case.id, case_number=case.number,
                         details={"row": row.id, "category": row.category_id,
                                  "reason": reason.strip()})

    def redact_field(self, actor: Actor, number: str, row_id: int, field: str, note: str = "",
                     *, reason: RedactionReason | str = RedactionReason.OTHERS_DATA,
                     redacted: bool = True) -> None:
        """Redact one field (GDPR 15(4)): the subject sees the reason category; `note` is the
        specialist's internal note and never leaves the case."""
        actor.require(Permission.WORK_CASES, "redact collected data")
        try:
            category = RedactionReason(reason)
        except ValueError:
            choices = ", ".join(r.value for r in RedactionReason)
            raise ServiceError("Unknown redaction reason '{reason}'; use one of {choices}.", reason=reason, choices=choices
                               ) from None
        with self.db.unit_of_work() as session:
            case, row = _row_for_change(session, actor, number, row_id)
            if field not in json.loads(row.row_json):
                raise ServiceError("The row has no field '{field}'.", field=field)
            redactions = parse_redactions(row.redactions)
            if redacted:
                redactions[field] = Redaction(category, note.strip())
            else:
                redactions.pop(field, None)
            row.redactions = dump_redactions(redactions)
            _unreview(session, row)
            case.updated_at = now_utc()
            audit.record(session, actor, "snapshot.field_redacted" if redacted
                         else "snapshot.redaction_removed", case_id=case.id,
                         case_number=case.number,
                         # The reason's category is a code of the trail; the note is free text
                         # kept beside the event (purge deletes it).
                         details={"row": row.id, "category": row.category_id, "field": field,
                                  "reason_category": category.value},
                         personal={"note": note.strip()})

    def mark_reviewed(self, actor: Actor, number: str,
                      categories: Iterable[str] | None = None) -> tuple[str, ...]:
        """Mark categories of the current snapshot reviewed (all with data when None)."""
        actor.require(Permission.WORK_CASES, "mark collected data reviewed")
        with self.db.unit_of_work() as session:
            case = case_for_change(session, number, None)
            require_operation(actor, Operation.REVIEW_DATA, case, session)
            run_id = _require_run(session, case)
            present = set(session.scalars(select(SnapshotRow.category_id).distinct()
                                          .where(SnapshotRow.run_id == run_id)))
            chosen = tuple(sorted(present if categories is None else set(categories)))
            unknown = [c for c in chosen if c not in present]
            if unknown:
                raise ServiceError("No data was collected in category '{unknown}'.", unknown=unknown[0])
            done = set(session.scalars(select(SnapshotReview.category_id)
                                       .where(SnapshotReview.run_id == run_id)))
            for category in chosen:
                if category not in done:
                    session.add(SnapshotReview(run_id=run_id, category_id=category,
                                               reviewed_at=now_utc(),
                                               reviewed_by_id=actor.user_id))
            case.updated_at = now_utc()
            audit.record(session, actor, "snapshot.reviewed", case_id=case.id,
                         case_number=case.number,
                         details={"run": run_id, "categories": list(chosen)})
            return chosen

    def reviewed_snapshot(self, actor: Actor, number: str) -> ReviewedSnapshot:
        """What may be disclosed: reviewed categories, exclusions and redactions applied."""
        actor.require(Permission.VIEW_PERSONAL_DATA, "read the reviewed data of a case")
        with self.db.unit_of_work() as session:
            case = find_case(session, number)
            view = _snapshot_view(session, case)
            categories = []
            for category_id in view.category_ids:
                if category_id not in view.reviewed:
                    continue
                tables = tuple(d for d in (_disclosed(t) for t in view.tables
                                           if t.category_id == category_id) if d.rows)
                if tables:  # every row excluded: nothing of this category is disclosed
                    categories.append(DisclosedCategory(category_id, tables))
            pending = tuple(c for c in view.category_ids if c not in view.reviewed)
            audit.record(session, actor, "snapshot.read_for_disclosure", case_id=case.id,
                         case_number=case.number,
                         details={"run": view.run_id, "categories": [c.category_id
                                                                     for c in categories]})
            return ReviewedSnapshot(
                case_number=case.number, run_id=view.run_id, collected_at=view.collected_at,
                found=view.found, systems_searched=view.sources, categories=tuple(categories),
                pending=pending,
            )


def _disclosed(table: SnapshotTableView) -> DisclosedTable:
    rows = tuple(
        tuple(RedactedValue(row.redactions[column].reason) if column in row.redactions
              else row.values.get(column)
              for column in table.columns)
        for row in table.rows if not row.excluded
    )
    return DisclosedTable(table.source, table.system, table.columns, rows, table.query)


def _require_run(session: Session, case: Case) -> int:
    run_id = latest_run_id(session, case.id)
    if run_id is None:
        raise ServiceError("No data has been collected for case {number} yet.", number=case.number)
    return run_id


def _row_for_change(session: Session, actor: Actor, number: str, row_id: int
                    ) -> tuple[Case, SnapshotRow]:
    case = case_for_change(session, number, None)
    require_operation(actor, Operation.REVIEW_DATA, case, session)
    row = session.get(SnapshotRow, row_id)
    if row is None or row.case_id != case.id:
        raise NotFound("Case {number} has no collected row {row_id}.", number=case.number, row_id=row_id)
    return case, row


def _unreview(session: Session, row: SnapshotRow) -> None:
    session.execute(delete(SnapshotReview).where(SnapshotReview.run_id == row.run_id,
                                                 SnapshotReview.category_id == row.category_id))


def _snapshot_view(session: Session, case: Case) -> SnapshotView:
    run_id = latest_run_id(session, case.id)
    if run_id is None:
        return SnapshotView(case.number, None, None, None, False, (), (), frozenset())
    run = session.get(CollectionRun, run_id)
    by = session.get(User, run.by_id) if run.by_id else None
    sources = tuple(
        SourceStatus(s.name, s.kind, s.location, s.status, s.error, s.row_count, s.duration_ms)
        for s in run.sources
    )
    rows_by_query: dict[int, list[SnapshotRowView]] = {}
    for row in session.execute(
        select(SnapshotRow.query_id, SnapshotRow.id, SnapshotRow.row_json, SnapshotRow.excluded,
               SnapshotRow.exclusion_reason, SnapshotRow.redactions)
        .where(SnapshotRow.run_id == run_id).order_by(SnapshotRow.query_id, SnapshotRow.position)
    ):
        rows_by_query.setdefault(row.query_id, []).append(SnapshotRowView(
            row.id, json.loads(row.row_json), bool(row.excluded), row.exclusion_reason,
            parse_redactions(row.redactions),
        ))
    tables = tuple(
        SnapshotTableView(q.id, q.source, q.system, q.category_id, q.query,
                          tuple(json.loads(q.columns)), tuple(rows_by_query.get(q.id, ())))
        for q in session.scalars(select(SnapshotQuery).where(SnapshotQuery.run_id == run_id)
                                 .order_by(SnapshotQuery.id))
    )
    reviewed = frozenset(session.scalars(select(SnapshotReview.category_id)
                                         .where(SnapshotReview.run_id == run_id)))
    return SnapshotView(
        case_number=case.number, run_id=run_id, collected_at=as_utc(run.finished_at),
        collected_by=by.username if by else None, found=run.found, sources=sources,
        tables=tables, reviewed=reviewed,
    )
