"""The case store: typed SQLAlchemy 2 models on one DeclarativeBase.

What must be kept follows DOMAIN.md §5 (accountability, GDPR 5(2)). Personal data lives in
CaseParty, Attachment, IdentityCheck details and request_text; the retention purge blanks
those and keeps the rest as anonymous statistics.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from smarttek_dsar.storage.base import Base
from smarttek_dsar.storage.blob_slices import write_in_slices


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    roles: Mapped[str] = mapped_column(String(100))  # comma-separated Role values
    # Deferred: team logins may not read it (storage/team_roles.py); only sign-in needs it.
    password_hash: Mapped[str] = mapped_column(String(255), deferred=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Case(Base):
    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)  # DSAR-2026-0001
    year: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer)
    channel: Mapped[str] = mapped_column(String(20))
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    receipt_proof: Mapped[str] = mapped_column(Text, default="")
    request_text: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(2), default="lv")
    stage: Mapped[str] = mapped_column(String(20), index=True)
    rights: Mapped[str] = mapped_column(String(200))  # comma-separated Right values, sorted
    rejection_reason: Mapped[str | None] = mapped_column(String(40))
    outcome_note: Mapped[str] = mapped_column(Text, default="")
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # Deadline, kept current by the services so that lists sort and filter in SQL.
    due_date: Mapped[date] = mapped_column(Date, index=True)
    initial_due_date: Mapped[date] = mapped_column(Date)
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    extended: Mapped[bool] = mapped_column(Boolean, default=False)
    extension_reason: Mapped[str | None] = mapped_column(Text)
    extension_notified_on: Mapped[date | None] = mapped_column(Date)
    responded_on: Mapped[date | None] = mapped_column(Date)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # How the case was answered, as the figures count it (domain/figures.answer_facts), kept
    # by the services; all three NULL while it is not answered. Stored so the dashboard's
    # answer times are a GROUP BY over an index, not a time-zone conversion of every row.
    answered_on: Mapped[date | None] = mapped_column(Date)
    days_to_answer: Mapped[int | None] = mapped_column(Integer)
    answered_on_time: Mapped[bool | None] = mapped_column(Boolean)
    register_version: Mapped[str | None] = mapped_column(String(40))
    external_id: Mapped[str | None] = mapped_column(String(300), unique=True)
    # SHA-256 of the request file as received: a mail is a duplicate only when its Message-ID
    # and its content are the same (NULL on cases registered before this was kept).
    content_sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    # Lower-cased number, subject name, e-mail and codes: one indexed place for the text filter.
    search_text: Mapped[str] = mapped_column(Text, default="")
    subject_name: Mapped[str] = mapped_column(String(300), default="")
    subject_key: Mapped[str | None] = mapped_column(String(100), index=True)
    # Intake flags a likely duplicate (same subject, open case, same rights); the specialist
    # merges it into the other case or keeps the two apart. Both choices are kept here.
    duplicate_of: Mapped[str | None] = mapped_column(String(20))
    duplicate_decision: Mapped[str | None] = mapped_column(String(20))  # merged | kept_apart
    purged_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}

    parties: Mapped[list[CaseParty]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CaseParty.id"
    )
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="Attachment.id"
    )
    identity_checks: Mapped[list[IdentityCheck]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="IdentityCheck.id"
    )
    pauses: Mapped[list[ClockPause]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="ClockPause.id"
    )
    decisions: Mapped[list[Decision]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="Decision.id"
    )
    tasks: Mapped[list[FulfilmentTask]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="FulfilmentTask.id"
    )
    disclosures: Mapped[list[Disclosure]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="Disclosure.id"
    )
    recipient_disclosures: Mapped[list[RecipientDisclosure]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="RecipientDisclosure.id"
    )
    assignee: Mapped[User | None] = relationship(foreign_keys=[assignee_id])

    __table_args__ = (
        UniqueConstraint("year", "sequence", name="uq_cases_year_sequence"),
        Index("ix_cases_received_at", "received_at"),
        # The manager dashboard reads its tiles, breakdowns and answer times from this index
        # alone (no table rows), and its deadline list walks open stages by due date.
        Index(
            "ix_cases_dashboard", "stage", "channel", "rights", "received_at", "due_date",
            "initial_due_date", "paused", "extended", "responded_on", "closed_at", "assignee_id",
        ),
        Index("ix_cases_stage_due", "stage", "due_date"),
        # Answer times: answered cases only (days_to_answer IS NOT NULL), already in GROUP BY
        # order, with the dashboard's filter columns so no table row is read.
        Index("ix_cases_answers", "days_to_answer", "answered_on_time", "received_at",
              "channel", "rights", "assignee_id"),
    )


class CaseParty(Base):
    """The requester, the data subject and any representative, as the request named them."""

    __tablename__ = "case_parties"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(20))  # subject | requester | representative
    name: Mapped[str] = mapped_column(String(300), default="")
    personal_code: Mapped[str | None] = mapped_column(String(20), index=True)
    former_codes: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str | None] = mapped_column(String(320))
    phone: Mapped[str | None] = mapped_column(String(40))
    customer_no: Mapped[str | None] = mapped_column(String(40))
    address: Mapped[str] = mapped_column(Text, default="")
    authority_proof: Mapped[str] = mapped_column(Text, default="")

    case: Mapped[Case] = relationship(back_populates="parties")


class Attachment(Base):
    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # evidence | request | id_document | other
    filename: Mapped[str] = mapped_column(String(300))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    deleted_reason: Mapped[str | None] = mapped_column(Text)
    # Deferred: lists never load file bodies. The last column, so that SQLite can write a
    # large file in slices (storage/blob_slices.py; migration 0013 moved it there).
    content: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))

    case: Mapped[Case] = relationship(back_populates="attachments")


write_in_slices(Attachment, "content")


class IdentityCheck(Base):
    __tablename__ = "identity_checks"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    method: Mapped[str] = mapped_column(String(40))
    document_type: Mapped[str | None] = mapped_column(String(40))
    document_last_digits: Mapped[str | None] = mapped_column(String(8))
    result: Mapped[str] = mapped_column(String(20))  # verified | failed
    doubt_reason: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    verifier_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    checked_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    case: Mapped[Case] = relationship(back_populates="identity_checks")


class ClockPause(Base):
    """GDPR 12(6): the clock waits while identity information is awaited."""

    __tablename__ = "clock_pauses"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date | None] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    requested_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    case: Mapped[Case] = relationship(back_populates="pauses")


class Decision(Base):
    """Legal review: one data category under one right."""

    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    category_id: Mapped[str] = mapped_column(String(60))
    right: Mapped[str] = mapped_column(String(30))
    outcome: Mapped[str] = mapped_column(String(20))
    article: Mapped[str] = mapped_column(String(60), default="")
    reason: Mapped[str] = mapped_column(Text, default="")  # internal note: never leaves the case
    suggested_outcome: Mapped[str | None] = mapped_column(String(20))
    # The structured ground: 17(1)(a)-(f) or 17(3)(a)-(e) for erasure, 18(1)(a)-(d) for
    # restriction, 21(1) / 21(3) for objections.
    ground: Mapped[str | None] = mapped_column(String(20))
    keep_until: Mapped[date | None] = mapped_column(Date)  # a time-bound 17(3) refusal
    # Addressed to the subject, in the case language, from the phrasebook entry phrase_key.
    subject_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    phrase_key: Mapped[str | None] = mapped_column(String(60))
    inaccuracy: Mapped[str] = mapped_column(Text, default="", server_default="")  # Art. 16
    corrected_value: Mapped[str] = mapped_column(Text, default="", server_default="")
    particular_situation: Mapped[str] = mapped_column(Text, default="", server_default="")
    compelling_grounds: Mapped[str] = mapped_column(Text, default="", server_default="")  # 21(1)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    case: Mapped[Case] = relationship(back_populates="decisions")

    __table_args__ = (UniqueConstraint("case_id", "category_id", "right", name="uq_decision_cell"),)


class FulfilmentTask(Base):
    __tablename__ = "fulfilment_tasks"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    action: Mapped[str] = mapped_column(String(40))  # erase | rectify | restrict | stop | notify
    system: Mapped[str] = mapped_column(String(200), default="")
    category_id: Mapped[str | None] = mapped_column(String(60))
    recipient: Mapped[str | None] = mapped_column(String(200))  # GDPR 19 notification target
    description: Mapped[str] = mapped_column(Text, default="")
    done_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    confirmed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    case: Mapped[Case] = relationship(back_populates="tasks")


class Disclosure(Base):
    """What was delivered to the subject: files with hashes, channel, date, proof."""

    __tablename__ = "disclosures"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    sent_on: Mapped[date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(20))
    format: Mapped[str] = mapped_column(String(100), default="")
    proof: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # None: sent to the data subject; else the other controller it went to (Art. 20(2)).
    recipient: Mapped[str | None] = mapped_column(String(300))

    case: Mapped[Case] = relationship(back_populates="disclosures")
    files: Mapped[list[DisclosedFile]] = relationship(
        back_populates="disclosure", cascade="all, delete-orphan", order_by="DisclosedFile.id"
    )


class RecipientDisclosure(Base):
    """A recipient this subject's data was actually disclosed to, per system, as the specialist
    confirmed for this case: Art. 19 notices and "recipients informed" cover only these."""

    __tablename__ = "recipient_disclosures"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    recipient_id: Mapped[str] = mapped_column(String(60))  # the register's recipient id
    recipient_name: Mapped[str] = mapped_column(String(300), default="", server_default="")
    system: Mapped[str] = mapped_column(String(200), default="", server_default="")
    category_id: Mapped[str | None] = mapped_column(String(60))
    confirmed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    confirmed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    case: Mapped[Case] = relationship(back_populates="recipient_disclosures")


class DisclosedFile(Base):
    __tablename__ = "disclosed_files"

    id: Mapped[int] = mapped_column(primary_key=True)
    disclosure_id: Mapped[int] = mapped_column(
        ForeignKey("disclosures.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)

    disclosure: Mapped[Disclosure] = relationship(back_populates="files")


class ExtraHoliday(Base):
    """One-off public holidays Parliament adds (e.g. 29 May 2023), entered by the DPO."""

    __tablename__ = "extra_holidays"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))


class Setting(Base):
    """Organisation-wide settings shared by every user of the database."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class CaseNumberCounter(Base):
    """The last case number given out in a year; incremented in the creating transaction."""

    __tablename__ = "case_number_counters"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_number: Mapped[int] = mapped_column(Integer)


class OrganisationDocument(Base):
    """One version of a document every desk shares: the register, the letter templates and
    phrasebook, the data-source definitions (never their secrets). The highest version of a
    kind is in force; older ones are kept as the record of what was in force when."""

    __tablename__ = "organisation_documents"
    __table_args__ = (
        UniqueConstraint("kind", "version", name="uq_organisation_documents_kind_version"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    version: Mapped[int] = mapped_column(Integer)
    content: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    changed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    changed_by: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(Text, default="", server_default="")


# The audit trail's and the collection's tables live in their own modules; imported here so
# that importing the models declares every table, and older imports keep working.
from smarttek_dsar.storage.audit_models import (  # noqa: E402, F401
    AuditCheckpoint,
    AuditEvent,
    AuditHead,
    AuditPersonalText,
)
from smarttek_dsar.storage.collection_models import (  # noqa: E402, F401
    CollectionRun,
    SearchedSource,
    SnapshotQuery,
    SnapshotReview,
    SnapshotRow,
)
from smarttek_dsar.storage.held_models import HeldMessage  # noqa: E402, F401
from smarttek_dsar.storage.mailbox_models import MailboxMessage  # noqa: E402, F401
