"""Case use cases: register a request, find cases, open one, assign it."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from smarttek_dsar.domain.clock import receipt_date
from smarttek_dsar.domain.identity import normalize_email, normalize_phone, parse_personal_code
from smarttek_dsar.domain.messages import Message
from smarttek_dsar.domain.operations import Operation
from smarttek_dsar.domain.rights import Channel, Right
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.domain.workflow import Stage
from smarttek_dsar.services import audit
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.administration.organisation import load_calendar, load_settings
from smarttek_dsar.services.case_query import (
    CaseFilter,
    apply_filter,
    order,
    summary_query,
)
from smarttek_dsar.services.case_records import (
    case_for_change,
    detail_of,
    find_case,
    rights_to_text,
    summary_from_row,
    summary_of,
)
from smarttek_dsar.services.deadlines import refresh
from smarttek_dsar.services.errors import NotFound, ServiceError
from smarttek_dsar.services.operations_guard import require_operation
from smarttek_dsar.services.permitted import allowed_actions, ready_actions
from smarttek_dsar.services.views import (
    AttachmentInput,
    CaseDetail,
    CaseSummary,
    PartyInput,
)
from smarttek_dsar.storage.database import Database
from smarttek_dsar.storage.models import Attachment, Case, CaseNumberCounter, CaseParty, User
from smarttek_dsar.storage.nul_bytes import strip_nul
from smarttek_dsar.storage.timestamps import as_utc, now_utc

EARLIEST_RECEIPT = datetime(2018, 5, 25, tzinfo=UTC)  # the GDPR applies from this day
CLOCK_SKEW = timedelta(minutes=5)


@dataclass(frozen=True)
class NewCase:
    """A request as intake records it."""

    channel: Channel
    received_at: datetime
    subject: PartyInput
    rights: Sequence[Right]
    request_text: str = ""
    receipt_proof: str = ""
    requester: PartyInput | None = None
    representative: PartyInput | None = None
    attachments: Sequence[AttachmentInput] = ()
    language: str = "lv"
    external_id: str | None = None
    identity_method: str | None = None  # e.g. "portal_login": noted in the receipt proof
    # Set by file intake ("email", "msg", "portal", "scan"): the creation event then says the
    # case was imported, not typed in, without a second audit write per imported file.
    imported_from: str | None = None
    # SHA-256 of the imported file: with external_id, what makes a later file a duplicate.
    content_sha256: str | None = None


def clean_party(party: PartyInput, what: str) -> PartyInput:
    party = strip_nul(party)  # before the keys and the search text are made from it
    try:
        code = parse_personal_code(party.personal_code).value if party.personal_code else None
        former = tuple(parse_personal_code(c).value for c in party.former_codes if c.strip())
        email = normalize_email(party.email) if party.email else None
        phone = normalize_phone(party.phone) if party.phone else None
    except ValueError as exc:
        # Both parts stay codes: "Datu subjekts: Personas kods ... nav derīgs" in the window.
        raise ServiceError("{what}: {exc}", what=Message(what),
                           exc=getattr(exc, "message", None) or str(exc)) from None
    return PartyInput(
        name=party.name.strip(),
        personal_code=code,
        former_codes=former,
        email=email,
        phone=phone,
        customer_no=(party.customer_no or "").strip() or None,
        address=party.address.strip(),
        authority_proof=party.authority_proof.strip(),
    )


def _check_received(received_at: datetime) -> datetime:
    if received_at.tzinfo is None:
        raise ServiceError("The receipt time needs a time zone (e.g. 2026-09-03T10:15+03:00).")
    received = as_utc(received_at)
    if received > now_utc() + CLOCK_SKEW:
        raise ServiceError("The receipt time is in the future; enter when the request arrived.")
    if received < EARLIEST_RECEIPT:
        raise ServiceError("The receipt time is before 25 May 2018, when the GDPR began to apply.")
    return received


def _party_row(role: str, party: PartyInput) -> CaseParty:
    return CaseParty(
        role=role,
        name=party.name,
        personal_code=party.personal_code,
        former_codes=",".join(party.former_codes),
        email=party.email,
        phone=party.phone,
        customer_no=party.customer_no,
        address=party.address,
        authority_proof=party.authority_proof,
    )


def search_text(number: str, parties: Sequence[PartyInput], letter_text: str = "") -> str:
    """What the case list's text filter finds a case by. A paper letter's text (typed in, or
    read from the scan) is included: its sender's details are often only in that text."""
    parts = [number]
    for p in parties:
        parts += [p.name, p.personal_code or "", *p.former_codes, p.email or "", p.phone or "",
                  p.customer_no or ""]
    parts.append(" ".join(letter_text.split()))
    return " ".join(x for x in parts if x).lower()


def letter_text(channel: str, request_text: str) -> str:
    # Letters (scanned or typed in) and signed documents: their text is the request itself.
    return request_text if channel in (Channel.LETTER.value, Channel.OTHER.value) else ""


def subject_key(subject: PartyInput) -> str | None:
    # The same person asking again, however they wrote: code first, then e-mail.
    return subject.personal_code or subject.email or None


class CaseService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- intake ---------------------------------------------------------------------------
    def create(self, actor: Actor, new: NewCase) -> CaseSummary:
        actor.require(Permission.WORK_CASES, "register requests")
        try:
            with self.db.unit_of_work() as session:
                case = self.create_in(session, actor, new)
                return summary_of(case, personal_data=True, today=date.today())
        except IntegrityError:
            # Only a request registered from another desk at this very moment gets here:
            # numbering cannot collide (see take_case_number).
            raise_if_registered(self.db, new.external_id)
            raise

    def create_in(self, session: Session, actor: Actor, new: NewCase) -> Case:
        """Register `new` inside the caller's transaction, so that intake can add to the same
        change (an identity check, a duplicate flag) and a file is imported whole or not at
        all. The caller's unit of work must be a write unit: the number is taken from the
        year's counter in it."""
        actor.require(Permission.WORK_CASES, "register requests")
        new = strip_nul(new)  # typed or pasted; PostgreSQL refuses NUL in text
        received = _check_received(new.received_at)
        subject = clean_party(new.subject, "Data subject")
        if not (subject.name or subject.email):
            raise ServiceError("Give at least the data subject's name or e-mail address.")
        requester = clean_party(new.requester, "Requester") if new.requester else None
        representative = (
            clean_party(new.representative, "Representative") if new.representative else None
        )
        if representative and not representative.authority_proof:
            raise ServiceError(
                "A representative must show proof of authority (e.g. a power of attorney); "
                "describe what was provided."
            )
        if new.language not in ("lv", "en"):
            raise ServiceError("The subject's language must be 'lv' or 'en'.")
        self._check_attachments(new.attachments, load_settings(session).max_attachment_mb)
        if new.external_id:
            existing = session.scalar(select(Case).where(Case.external_id == new.external_id))
            if existing is not None:
                raise DuplicateRequest(existing.number)
        return self._insert(session, actor, new, received, subject, requester, representative)

    def _check_attachments(self, attachments: Sequence[AttachmentInput], max_mb: int) -> None:
        for a in attachments:
            # The request file itself is kept whole as evidence of receipt (GDPR 5(2)), however
            # large: the limit is for what a sender attaches, not for the proof of arrival.
            if a.kind != "evidence" and len(a.content) > max_mb * 1024 * 1024:
                raise ServiceError(
                    "Attachment '{filename}' is {value:.1f} MB; the limit is {max_mb} MB "
                    "(Settings).", filename=a.filename, value=len(a.content) / 1048576, max_mb=max_mb
                )

    def _insert(self, session, actor, new, received, subject, requester, representative) -> Case:
        year = receipt_date(received).year
        sequence = take_case_number(session, year)
        number = f"DSAR-{year}-{sequence:04d}"
        parties = [p for p in (subject, requester, representative) if p]
        now = now_utc()
        proof = new.receipt_proof.strip()
        if new.identity_method:
            proof = (proof + f"\nIdentity method at intake: {new.identity_method}").strip()
        case = Case(
            number=number,
            year=year,
            sequence=sequence,
            channel=Channel(new.channel).value,
            received_at=received,
            receipt_proof=proof,
            request_text=new.request_text.strip(),
            language=new.language,
            stage=Stage.INTAKE.value,
            rights=rights_to_text(new.rights),
            assignee_id=None,
            created_by_id=actor.user_id,
            created_at=now,
            updated_at=now,
            external_id=new.external_id,
            search_text=search_text(number, parties,
                                    letter_text(Channel(new.channel).value, new.request_text)),
            content_sha256=new.content_sha256,
            subject_name=subject.name,
            subject_key=subject_key(subject),
        )
        case.parties.append(_party_row("subject", subject))
        if requester:
            case.parties.append(_party_row("requester", requester))
        if representative:
            case.parties.append(_party_row("representative", representative))
        refresh(case, load_calendar(session), load_settings(session).pause_request_within_days)
        session.add(case)
        session.flush()
        # One file per INSERT: flushed together, the rows would go in one multi-row statement
        # and the driver would hold every file's bytes at once (a 100 MB mail and its 96 MB of
        # attachments: 200 MB more at the peak on PostgreSQL, issue 13).
        for a in new.attachments:
            case.attachments.append(
                Attachment(
                    kind=a.kind, filename=a.filename, media_type=a.media_type,
                    sha256=hashlib.sha256(a.content).hexdigest(), size=len(a.content),
                    content=a.content, added_at=now,
                )
            )
            session.flush()
        audit.record(
            session, actor, "case.created", case_id=case.id, case_number=number,
            details={
                "channel": case.channel,
                "received_at": received.isoformat(),
                "rights": [r for r in case.rights.split(",") if r],
                # Hashes only: file names can carry a person's name, and the trail outlives purges.
                "attachments": [a.sha256 for a in case.attachments],
            } | ({"imported_from": new.imported_from} if new.imported_from else {}),
        )
        return case

    # -- finding --------------------------------------------------------------------------
    def list(
        self, actor: Actor, flt: CaseFilter | None = None, *, sort: str = "due",
        descending: bool = False, offset: int = 0, limit: int | None = None,
        today: date | None = None,
    ) -> list[CaseSummary]:
        actor.require(Permission.VIEW_CASE_METADATA, "list cases")
        flt = flt or CaseFilter()
        personal = actor.can(Permission.VIEW_PERSONAL_DATA)
        today = today or date.today()
        if sort == "subject" and not personal:
            # Ordering by a hidden name would still reveal it, row by row.
            raise ServiceError("Sorting by the data subject needs access to personal data.")
        try:
            query = order(
                apply_filter(summary_query(personal_data=personal), flt, personal_data=personal, today=today,
                             indexed_search=self.db.is_sqlite),
                sort, descending,
            )
        except ValueError as exc:
            raise ServiceError(str(exc)) from None
        query = query.offset(offset)
        if limit is not None:
            query = query.limit(limit)
        # Reading subjects' names is audited, so it is a write; a list without them only reads.
        with self.db.unit_of_work() if personal else self.db.read() as session:
            rows = session.execute(query).all()
            if personal and rows:
                # Subject names were read: that is access to personal data (GDPR 5(2)).
                audit.record(session, actor, "case.listed", details={"rows": len(rows)},
                             personal={"filter": flt.text})
            return [summary_from_row(r, personal_data=personal, today=today) for r in rows]

    def count(
        self, actor: Actor, flt: CaseFilter | None = None, today: date | None = None
    ) -> int:
        actor.require(Permission.VIEW_CASE_METADATA, "count cases")
        flt = flt or CaseFilter()
        personal = actor.can(Permission.VIEW_PERSONAL_DATA)
        query = apply_filter(
            select(func.count()).select_from(Case), flt, personal_data=personal,
            today=today or date.today(), indexed_search=self.db.is_sqlite,
        )
        with self.db.read() as session:
            return session.scalar(query) or 0

    def detail(self, actor: Actor, number: str, today: date | None = None) -> CaseDetail:
        actor.require(Permission.VIEW_CASE_METADATA, "open cases")
        today = today or date.today()
        with self.db.unit_of_work() as session:
            case = find_case(session, number)
            from smarttek_dsar.services.deadlines import deadline_of

            personal = actor.can(Permission.VIEW_PERSONAL_DATA)
            deadline = deadline_of(
                case, load_calendar(session), load_settings(session).pause_request_within_days,
                today, personal_data=personal,
            )
            if actor.can(Permission.VIEW_PERSONAL_DATA):
                audit.record(session, actor, "case.viewed", case_id=case.id,
                             case_number=case.number)
            return replace(detail_of(session, case, actor, deadline, today,
                                     allowed_actions(case, actor)),
                           ready_actions=ready_actions(case, actor))

    def assign(
        self, actor: Actor, number: str, username: str | None, expected_version: int | None = None
    ) -> CaseSummary:
        actor.require(Permission.WORK_CASES, "assign cases")
        with self.db.unit_of_work() as session:
            case = case_for_change(session, number, expected_version)
            require_operation(actor, Operation.ASSIGN, case, session)
            user = None
            if username:
                user = session.scalar(select(User).where(User.username == username.lower()))
                if user is None:
                    raise NotFound("No user named '{username}'.", username=username)
            case.assignee_id = user.id if user else None
            case.assignee = user
            case.updated_at = now_utc()
            session.flush()
            audit.record(session, actor, "case.assigned", case_id=case.id,
                         case_number=case.number, details={"assignee": username})
            return summary_of(case, personal_data=True, today=date.today())


def take_case_number(session: Session, year: int) -> int:
    """The next sequence number of `year`, taken from the year's counter row in the caller's
    transaction: two desks registering at once line up on the row (one upsert, which locks it
    on PostgreSQL; SQLite's write unit holds the database), and a rolled-back registration
    gives its number back. A year's first case creates the row, starting after any case
    already numbered in that year."""
    dialect = session.get_bind().dialect.name
    insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
    first = select(func.coalesce(func.max(Case.sequence), 0) + 1).where(Case.year == year)
    statement = insert(CaseNumberCounter).values(year=year, last_number=first.scalar_subquery())
    statement = statement.on_conflict_do_update(
        index_elements=[CaseNumberCounter.year],
        set_={"last_number": CaseNumberCounter.last_number + 1},
    ).returning(CaseNumberCounter.last_number)
    return session.execute(statement).scalar_one()


def raise_if_registered(db: Database, external_id: str | None) -> None:
    """After a failed insert: if the same request was registered meanwhile (by another desk,
    or an earlier import of the same file), say so instead of reporting a database error."""
    if not external_id:
        return
    with db.read() as session:
        number = session.scalar(select(Case.number).where(Case.external_id == external_id))
    if number is not None:
        raise DuplicateRequest(number) from None


class DuplicateRequest(ServiceError):
    """The same message or portal request was registered before."""

    def __init__(self, number: str) -> None:
        super().__init__(f"This request was registered before as {number}.")
        self.number = number
