"""Plain objects the collection services return: the search result, the snapshot
as the specialist reviews it, and the reviewed snapshot the export discloses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from smarttek_dsar.domain.messages import Message
from smarttek_dsar.domain.redaction import Redaction, RedactionReason
from smarttek_dsar.sources.lookup import SubjectMatch


@dataclass(frozen=True)
class RedactedValue:
    """A redacted field in a disclosed copy: only the reason category travels on, never the
    value nor the internal note (GDPR 15(4))."""

    reason: RedactionReason


# The usual redaction: other people's data.
REDACTED = RedactedValue(RedactionReason.OTHERS_DATA)


@dataclass(frozen=True)
class SourceStatus:
    name: str
    kind: str  # sql | file
    location: str  # URL without password, or the file path
    status: str  # ok | failed
    error: str | None
    rows: int
    duration_ms: int


@dataclass(frozen=True)
class CategoryCount:
    category_id: str
    source: str
    rows: int


@dataclass(frozen=True)
class CollectionResult:
    case_number: str
    run_id: int
    started_at: datetime
    finished_at: datetime
    found: bool
    message: str  # says plainly whether the subject was found, and where not searched
    sources: tuple[SourceStatus, ...]
    counts: tuple[CategoryCount, ...]
    subjects: tuple[SubjectMatch, ...] = ()  # who the sources' subject queries matched
    warnings: tuple[str, ...] = ()
    # The message and the warnings as message codes, for the window's language.
    said: tuple[Message, ...] = ()
    said_warnings: tuple[Message, ...] = ()

    @property
    def failed(self) -> tuple[SourceStatus, ...]:
        return tuple(s for s in self.sources if s.status != "ok")

    @property
    def total_rows(self) -> int:
        return sum(c.rows for c in self.counts)


@dataclass(frozen=True)
class SnapshotRowView:
    id: int
    values: dict[str, object]  # as collected, columns in order
    excluded: bool
    exclusion_reason: str | None
    redactions: dict[str, Redaction]  # field -> reason category and internal note


@dataclass(frozen=True)
class SnapshotTableView:
    """The rows one query (or sheet) found for one category."""

    query_id: int
    source: str
    system: str
    category_id: str
    query: str
    columns: tuple[str, ...]
    rows: tuple[SnapshotRowView, ...]


@dataclass(frozen=True)
class SnapshotView:
    case_number: str
    run_id: int | None  # None: the case was never searched
    collected_at: datetime | None
    collected_by: str | None
    found: bool
    sources: tuple[SourceStatus, ...]
    tables: tuple[SnapshotTableView, ...]
    reviewed: frozenset[str]  # category ids marked reviewed in this run

    @property
    def category_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(t.category_id for t in self.tables if t.rows))


@dataclass(frozen=True)
class DisclosedTable:
    source: str
    system: str
    columns: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]  # excluded rows left out, redacted fields replaced
    query: str = ""  # what produced the rows: finds the source definition's labels


@dataclass(frozen=True)
class DisclosedCategory:
    category_id: str
    tables: tuple[DisclosedTable, ...]


@dataclass(frozen=True)
class ReviewedSnapshot:
    """What may be disclosed: reviewed categories only, with exclusions and redactions
    applied. `pending` lists categories with data that nobody has reviewed yet."""

    case_number: str
    run_id: int | None
    collected_at: datetime | None
    found: bool
    systems_searched: tuple[SourceStatus, ...]
    categories: tuple[DisclosedCategory, ...]
    pending: tuple[str, ...]
