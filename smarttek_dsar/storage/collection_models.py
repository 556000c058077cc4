"""A case's data collection: the runs, the sources searched, the queries and the rows found
for the subject, and which categories a specialist reviewed (services/review/)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from smarttek_dsar.storage.base import Base


class CollectionRun(Base):
    """One search of the company's systems for a case's subject (DOMAIN §5: systems searched,
    when, by whom). The newest run is the case's snapshot; older runs keep their source list."""

    __tablename__ = "collection_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # Which kinds of identifier were searched by (personal_code,email,...), not their values.
    searched_by: Mapped[str] = mapped_column(String(100), default="")
    found: Mapped[bool] = mapped_column(Boolean)
    register_version: Mapped[str | None] = mapped_column(String(40))

    sources: Mapped[list[SearchedSource]] = relationship(
        back_populates="run", cascade="all, delete-orphan", order_by="SearchedSource.id"
    )


class SearchedSource(Base):
    __tablename__ = "searched_sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(
        ForeignKey("collection_runs.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(10))  # sql | file
    location: Mapped[str] = mapped_column(String(500), default="")  # URL without password, path
    status: Mapped[str] = mapped_column(String(10))  # ok | failed
    error: Mapped[str | None] = mapped_column(Text)
    row_count: Mapped[int] = mapped_column(Integer, default=0)
    duration_ms: Mapped[int] = mapped_column(Integer, default=0)

    run: Mapped[CollectionRun] = relationship(back_populates="sources")


class SnapshotQuery(Base):
    """What produced a group of snapshot rows: source, system, category and the query text."""

    __tablename__ = "snapshot_queries"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(
        ForeignKey("collection_runs.id", ondelete="CASCADE"), index=True
    )
    source: Mapped[str] = mapped_column(String(200))
    system: Mapped[str] = mapped_column(String(200), default="")
    category_id: Mapped[str] = mapped_column(String(60))
    query: Mapped[str] = mapped_column(Text)
    columns: Mapped[str] = mapped_column(Text, default="[]")  # JSON list, in order
    row_count: Mapped[int] = mapped_column(Integer, default=0)


class SnapshotRow(Base):
    """One row found for the subject, frozen as JSON when collected. The specialist may exclude
    it or redact fields of it (other people's data, GDPR 15(4)), each with a reason."""

    __tablename__ = "snapshot_rows"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("collection_runs.id", ondelete="CASCADE"))
    query_id: Mapped[int] = mapped_column(
        ForeignKey("snapshot_queries.id", ondelete="CASCADE"), index=True
    )
    category_id: Mapped[str] = mapped_column(String(60))
    position: Mapped[int] = mapped_column(Integer)
    row_json: Mapped[str] = mapped_column(Text)
    excluded: Mapped[bool] = mapped_column(Boolean, default=False)
    exclusion_reason: Mapped[str | None] = mapped_column(Text)
    redactions: Mapped[str] = mapped_column(Text, default="{}")  # JSON: field -> reason

    __table_args__ = (Index("ix_snapshot_rows_run_category", "run_id", "category_id"),)


class SnapshotReview(Base):
    """A category of a run checked by a specialist: only reviewed data may be disclosed."""

    __tablename__ = "snapshot_reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(
        ForeignKey("collection_runs.id", ondelete="CASCADE"), index=True
    )
    category_id: Mapped[str] = mapped_column(String(60))
    reviewed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    reviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    __table_args__ = (UniqueConstraint("run_id", "category_id", name="uq_snapshot_review"),)
