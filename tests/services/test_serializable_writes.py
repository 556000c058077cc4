"""Many desks at once, on real threads, on one SQLite file and one PostgreSQL database: no
write is lost or doubled, the audit chain stays whole, and a desk that changed a case from
an outdated version is told so in words."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from smarttek_dsar.domain.roles import Role
from smarttek_dsar.services import audit
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.errors import ConflictError
from smarttek_dsar.storage.database import Database
from smarttek_dsar.storage.models import AuditEvent
from tests.conftest import PASSWORD
from tests.fixed_clock import TODAY
from tests.services.case_factory import new_request
from tests.services.concurrent_workload import (
    CONFLICT_MESSAGE,
    create_in_parallel,
    run_desks,
    same_version_race,
)

DESKS = 8
SECONDS = 3.0


@pytest.fixture
def desks(services, admin) -> list[Actor]:
    actors = []
    for i in range(DESKS):
        services.users.add(admin, f"desk{i}", PASSWORD, frozenset({Role.SPECIALIST}), f"Desk {i}")
        actors.append(services.users.login(f"desk{i}", PASSWORD))
    return actors


def audit_events(services, admin) -> int:
    report = services.audit.verify(admin)
    assert report.ok, report.problem
    return report.events


def test_writers_and_audited_readers_together(services, admin, desks):
    numbers = [
        services.cases.create(desks[0], new_request(name=f"Subject {i}", code=None,
                                                    email=f"s{i}@example.lv")).number
        for i in range(4)  # fewer cases than writers: they collide on purpose
    ]
    first = {n: services.cases.detail(admin, n).summary.version for n in numbers}
    before = audit_events(services, admin) + 1  # the verification is an event too

    outcome = run_desks(services, writers=desks, readers=desks, numbers=numbers,
                        seconds=SECONDS)

    assert outcome.errors == []
    assert outcome.writes > 0 and outcome.reads > 0
    last = {n: services.cases.detail(admin, n).summary.version for n in numbers}
    assert outcome.lost_or_double_writes(first, last) == []
    # Two desks changing a case from the same version: the later one hears of the conflict.
    assert outcome.conflicts, "no two desks met on a case; the test would prove nothing"
    for conflict in outcome.conflicts:
        assert CONFLICT_MESSAGE.match(conflict.message), conflict.message
    # Every change and every opening left exactly one event; the chain verifies gapless.
    after = audit_events(services, admin)
    assert after - before == outcome.writes + outcome.reads


def test_eight_desks_change_one_case_from_the_same_version(services, admin, desks):
    number = services.cases.create(desks[0], new_request()).number
    results = same_version_race(services, desks, number)
    won = [r for r in results if not isinstance(r, Exception)]
    lost = [r for r in results if isinstance(r, Exception)]
    assert len(won) == 1
    assert len(lost) == DESKS - 1
    for error in lost:
        assert isinstance(error, ConflictError), repr(error)
        assert str(error).startswith(f"Case {number} was changed by {won[0].assignee} at ")
    assert services.cases.detail(admin, number).summary.assignee == won[0].assignee
    assert audit_events(services, admin) > 0


def test_eighty_registrations_at_once_get_eighty_numbers(services, admin, specialist):
    requests = [new_request(name=f"Subject {i}", code=None, email=f"s{i}@example.lv")
                for i in range(80)]
    numbers, errors, _seconds = create_in_parallel(services, specialist, requests, threads=16)
    assert errors == []
    year = TODAY.year  # the tests' fixed day (tests/fixed_clock.py)
    assert sorted(numbers) == [f"DSAR-{year}-{i:04d}" for i in range(1, 81)]
    # The counter goes on from there.
    assert services.cases.create(specialist, new_request()).number == f"DSAR-{year}-0081"
    assert audit_events(services, admin) > 80


def test_the_first_events_of_a_new_store_line_up(db_url):
    """No audit head yet: sixteen first writers must not both create it."""
    db = Database(db_url)
    actor = Actor(None, "system", "System", frozenset())

    def first_event(i: int) -> int:
        with db.unit_of_work() as session:
            return audit.record(session, actor, "test.started", details={"writer": i}).seq

    try:
        with ThreadPoolExecutor(max_workers=16) as pool:
            seqs = list(pool.map(first_event, range(16)))
        assert sorted(seqs) == list(range(1, 17))
        with db.read() as session:
            report = audit.verify_chain(session)
            assert session.query(AuditEvent).count() == 16
        assert report.ok and report.events == 16, report.problem
    finally:
        db.dispose()
