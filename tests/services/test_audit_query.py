"""The audit log by user, action, case and Riga day, and page after page beyond the newest 500."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
import time_machine

from smarttek_dsar.domain.clock import RIGA
from smarttek_dsar.services import audit
from smarttek_dsar.services.audit_query import PAGE, AuditQuery
from smarttek_dsar.services.errors import PermissionDenied, ServiceError
from tests.fixed_clock import TODAY


def _events_at(services, actor, moment: datetime, action: str, case_number: str | None,
               count: int = 1) -> None:
    with time_machine.travel(moment, tick=False):
        with services.db.unit_of_work() as session:
            for _ in range(count):
                audit.record(session, actor, action, case_number=case_number)


def test_filters_pick_the_events_a_reader_asks_for(services, admin, specialist, manager):
    yesterday = TODAY - timedelta(days=1)
    # 23:30 on the day before in Riga; the next event, an hour later, is on today's Riga date.
    late = datetime.combine(yesterday, time(23, 30), tzinfo=RIGA)
    _events_at(services, specialist, late, "case.closed", "DSAR-2026-0007")
    _events_at(services, specialist, late + timedelta(hours=1), "case.advanced", "DSAR-2026-0007")
    _events_at(services, admin, late + timedelta(hours=2), "backup.made", None)

    def actions(**wanted) -> list[str]:
        return [e.action for e in services.audit.recent(admin, query=AuditQuery(**wanted))]

    assert actions(case_number="dsar-2026-0007") == ["case.advanced", "case.closed"]
    assert actions(action="case.", username="ANNA") == ["case.advanced", "case.closed"]
    assert actions(action="case.closed") == ["case.closed"]
    assert actions(action="case.clo") == []  # a whole action, or a prefix ending in "."
    # Riga days: the first event is on yesterday's date, the others on today's.
    assert "case.closed" in actions(since=yesterday, until=yesterday)
    assert "case.advanced" not in actions(since=yesterday, until=yesterday)
    assert {"case.advanced", "backup.made"} <= set(actions(since=TODAY, until=TODAY))
    with pytest.raises(ServiceError, match="swap them"):
        AuditQuery(since=TODAY, until=yesterday)
    with pytest.raises(PermissionDenied):
        services.audit.recent(manager, query=AuditQuery(action="case."))


def test_pages_reach_beyond_the_newest_500(services, admin):
    _events_at(services, admin, datetime.combine(TODAY, time(9), tzinfo=RIGA), "test.filled",
               None, count=PAGE + 20)
    first = services.audit.recent(admin, query=AuditQuery(action="test.filled"))
    assert len(first) == PAGE
    second = services.audit.recent(admin, query=AuditQuery(action="test.filled",
                                                           before_seq=first[-1].seq))
    assert len(second) == 20
    seqs = [e.seq for e in first + second]
    assert seqs == sorted(seqs, reverse=True) and len(set(seqs)) == PAGE + 20
