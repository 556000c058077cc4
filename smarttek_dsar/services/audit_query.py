"""Which audit events the audit log shows: by user, action, case and Riga days, newest first,
a page at a time (keyset paging on the event number, so a page never shifts while others
write)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import Select

from smarttek_dsar.domain.clock import RIGA
from smarttek_dsar.storage.models import AuditEvent

PAGE = 500


@dataclass(frozen=True)
class AuditQuery:
    username: str = ""
    action: str = ""  # an action or its start: "case." finds every case action
    case_number: str = ""
    since: date | None = None  # Riga days, both ends included
    until: date | None = None
    before_seq: int | None = None  # the next page: events older than this one

    def __post_init__(self) -> None:
        if self.since and self.until and self.since > self.until:
            from smarttek_dsar.services.errors import ServiceError

            raise ServiceError("The first day is after the last day; swap them.")


def _riga_midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=RIGA).astimezone(UTC)


def narrowed(query: Select, wanted: AuditQuery) -> Select:
    if wanted.username.strip():
        query = query.where(AuditEvent.username == wanted.username.strip().lower())
    if wanted.action.strip():
        action = wanted.action.strip()
        query = query.where(AuditEvent.action.startswith(action, autoescape=True)
                            if action.endswith(".") else AuditEvent.action == action)
    if wanted.case_number.strip():
        query = query.where(AuditEvent.case_number == wanted.case_number.strip().upper())
    if wanted.since:
        query = query.where(AuditEvent.at >= _riga_midnight(wanted.since))
    if wanted.until:
        query = query.where(AuditEvent.at < _riga_midnight(wanted.until + timedelta(days=1)))
    if wanted.before_seq is not None:
        query = query.where(AuditEvent.seq < wanted.before_seq)
    return query
