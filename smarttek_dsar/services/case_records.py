"""Turning stored cases into views, and loading a case for a change with a version check."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import desc, select
from sqlalchemy.orm import Session, selectinload

from smarttek_dsar.domain.clock import RIGA, Deadline, receipt_date
from smarttek_dsar.domain.rights import Channel, Right
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.domain.workflow import Stage, repeat_request_hint, repeat_requests
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.case_query import classify
from smarttek_dsar.services.deadlines import PAUSE_REASON_WITHOUT_PERSONAL_DATA
from smarttek_dsar.services.errors import ConflictError, NotFound
from smarttek_dsar.services.views import (
    AttachmentView,
    CaseDetail,
    CaseSummary,
    DecisionView,
    DisclosureView,
    IdentityCheckView,
    PartyView,
    PauseView,
    TaskView,
)
from smarttek_dsar.storage.database import ON_COLLISION
from smarttek_dsar.storage.models import AuditEvent, Case, Disclosure, User
from smarttek_dsar.storage.timestamps import as_utc


def rights_to_text(rights) -> str:
    # Surrounding commas let a LIKE '%,objection,%' filter tell objection from objection_marketing.
    values = sorted({Right(r).value for r in rights})
    return "," + ",".join(values) + "," if values else ","


def rights_from_text(text: str) -> tuple[Right, ...]:
    return tuple(Right(r) for r in text.split(",") if r)


def summary_from_row(row, *, personal_data: bool, today: date) -> CaseSummary:
    (case_id, number, stage, rights, channel, received_at, due, paused, extended, subject,
     assignee, version) = row
    stage = Stage(stage)
    if stage.is_open:
        days, state = classify(due, paused, today)
    else:
        days, state = None, None
    return CaseSummary(
        id=case_id,
        number=number,
        stage=stage,
        rights=rights_from_text(rights),
        channel=Channel(channel),
        received_at=as_utc(received_at),
        due_date=due,
        days_left=days,
        deadline_state=state,
        paused=bool(paused) and stage.is_open,
        extended=bool(extended),
        subject_name=subject if personal_data else None,
        assignee=assignee,
        version=version,
    )


def summary_of(case: Case, *, personal_data: bool, today: date) -> CaseSummary:
    row = (
        case.id, case.number, case.stage, case.rights, case.channel, case.received_at,
        case.due_date, case.paused, case.extended, case.subject_name,
        case.assignee.username if case.assignee else None, case.version,
    )
    return summary_from_row(row, personal_data=personal_data, today=today)


def find_case(session: Session, number: str, *, for_update: bool = False) -> Case:
    query = (
        select(Case)
        .where(Case.number == number.strip().upper())
        .options(
            selectinload(Case.parties),
            selectinload(Case.pauses),
            selectinload(Case.identity_checks),
            selectinload(Case.decisions),
            selectinload(Case.tasks),
            selectinload(Case.attachments),
            selectinload(Case.disclosures).selectinload(Disclosure.files),
        )
    )
    if for_update:
        # FOR NO KEY UPDATE: a second writer of this case waits here, while events and child
        # rows that only refer to the case (foreign-key KEY SHARE locks) do not.
        query = query.with_for_update(of=Case, key_share=True).execution_options(
            populate_existing=True
        )
    case = session.scalar(query)
    if case is None:
        raise NotFound("No case numbered '{number}'. Case numbers look like DSAR-2026-0001.", number=number)
    return case


def case_for_change(session: Session, number: str, expected_version: int | None) -> Case:
    """Load the case to change it, locked until the unit of work ends. If the caller read an
    older version, somebody else changed it in between: refuse rather than overwrite their
    work. A writer that reaches the case while another holds it waits, then sees the other's
    version and gets this same refusal."""
    case = find_case(session, number, for_update=True)
    # Should the database still find a collision at flush or commit, the unit of work reports
    # it with the same message (storage.database.ON_COLLISION).
    case_id, case_number = case.id, case.number  # the case object expires on rollback
    session.info[ON_COLLISION] = lambda fresh: conflict_error(fresh, case_id, case_number)
    if expected_version is not None and case.version != expected_version:
        raise conflict_error(session, case.id, case.number)
    if case.purged_at is not None:
        raise ConflictError("Case {number} was purged after its retention period ended.", number=case.number)
    return case


def conflict_error(session: Session, case_id: int, number: str) -> ConflictError:
    """The one message for "somebody else changed this case first", naming who and when."""
    last = session.scalar(
        select(AuditEvent).where(AuditEvent.case_id == case_id).order_by(desc(AuditEvent.seq))
        .limit(1)
    )
    if last is None:
        return ConflictError("Case {number} was changed since you opened it. Reload the case "
                             "to see the change, then try again.", number=number)
    # Riga time, like every time the window shows (issue 14); each language writes the moment
    # its own way through the field's format in its template.
    return ConflictError(
        "Case {number} was changed by {username} at {moment:%Y-%m-%d %H:%M} Riga time since you "
        "opened it. Reload the case to see the change, then try again.", number=number,
        username=last.username, moment=as_utc(last.at).astimezone(RIGA))


def _username(session: Session, user_id: int | None) -> str | None:
    if user_id is None:
        return None
    user = session.get(User, user_id)
    return user.username if user else None


def earlier_requests(session: Session, case: Case) -> list[date]:
    if not case.subject_key:
        return []
    since = as_utc(case.received_at) - timedelta(days=366)
    rows = session.scalars(
        select(Case.received_at).where(
            Case.subject_key == case.subject_key,
            Case.id != case.id,
            Case.received_at >= since,
            Case.received_at <= case.received_at,
        )
    )
    return [receipt_date(as_utc(r)) for r in rows]


def detail_of(
    session: Session, case: Case, actor: Actor, deadline: Deadline, today: date,
    allowed: frozenset[str],
) -> CaseDetail:
    personal = actor.can(Permission.VIEW_PERSONAL_DATA)
    summary = summary_of(case, personal_data=personal, today=today)
    received_on, earlier = receipt_date(as_utc(case.received_at)), earlier_requests(session, case)
    hint = repeat_request_hint(received_on, earlier)
    detail = CaseDetail(
        summary=summary,
        deadline=deadline,
        personal_data_hidden=not personal,
        receipt_proof=case.receipt_proof if personal else "",
        request_text=case.request_text if personal else "",
        language=case.language,
        rejection_reason=case.rejection_reason,
        outcome_note=case.outcome_note if personal else "",
        extension_reason=case.extension_reason if personal else None,
        extension_notified_on=case.extension_notified_on,
        responded_on=case.responded_on,
        register_version=case.register_version,
        repeat_hint=hint if personal else None,
        repeat_requests=repeat_requests(received_on, earlier) if personal else 0,
        pauses=tuple(
            PauseView(p.start, p.end, p.reason if personal else PAUSE_REASON_WITHOUT_PERSONAL_DATA)
            for p in case.pauses
        ),
        allowed_actions=allowed,
        duplicate_of=case.duplicate_of,
        duplicate_decision=case.duplicate_decision,
    )
    if not personal:
        return detail
    from dataclasses import replace

    return replace(
        detail,
        parties=tuple(
            PartyView(
                p.role, p.name, p.personal_code, tuple(c for c in p.former_codes.split(",") if c),
                p.email, p.phone, p.customer_no, p.address, p.authority_proof,
            )
            for p in case.parties
        ),
        attachments=tuple(
            AttachmentView(
                a.id, a.kind, a.filename, a.media_type, a.sha256, a.size,
                as_utc(a.deleted_at) if a.deleted_at else None, a.deleted_reason,
            )
            for a in case.attachments
        ),
        identity_checks=tuple(
            IdentityCheckView(
                c.method, c.document_type, c.document_last_digits, c.result, c.doubt_reason,
                c.notes, _username(session, c.verifier_id), as_utc(c.checked_at),
            )
            for c in case.identity_checks
        ),
        decisions=tuple(
            DecisionView(
                d.category_id, Right(d.right), d.outcome, d.article, d.reason,
                d.suggested_outcome, _username(session, d.decided_by_id),
                ground=d.ground, keep_until=d.keep_until, subject_reason=d.subject_reason or "",
                phrase_key=d.phrase_key, inaccuracy=d.inaccuracy or "",
                corrected_value=d.corrected_value or "",
                particular_situation=d.particular_situation or "",
                compelling_grounds=d.compelling_grounds or "",
            )
            for d in case.decisions
        ),
        tasks=tuple(
            TaskView(
                t.id, t.action, t.system, t.category_id, t.recipient, t.description,
                as_utc(t.done_at) if t.done_at else None, _username(session, t.confirmed_by_id),
            )
            for t in case.tasks
        ),
        disclosures=tuple(
            DisclosureView(
                d.sent_on, d.channel, d.format, d.proof,
                tuple((f.filename, f.sha256, f.size) for f in d.files),
            )
            for d in case.disclosures
        ),
    )


def now_riga_date(now: datetime) -> date:
    return receipt_date(now)
