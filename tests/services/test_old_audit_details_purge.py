"""Purge and audit events written before the anchored trail (issue 13): their details carried
personal free text themselves. Purge now replaces it, a sealed event vouches for exactly the
changed events, and the chain still verifies; any other change to those events is still
named. Uses a case store made by the code of that time (tests/data/make_old_personal_details.py)."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from smarttek_dsar.services import Services
from smarttek_dsar.storage.database import Database, sqlite_url
from tests.services.team_fixture import team_database  # noqa: F401  (the fixture)

DATA = Path(__file__).resolve().parents[1] / "data"
PASSWORD = "old database password"
PURGED_SUBJECT = ("Gaidām Ērikas pases kopiju", "Ērikas Šķēles dati ir septiņās sistēmās",
                  "Ērikas brālis Jānis Šķēle", "Erika_Skele_010190-10001_atbilde.pdf",
                  "Ērika Šķēle")
KEPT = "Pētera pilnvara trūkst"  # the other case is open: its trail stays whole


@pytest.fixture
def old_store(tmp_path):
    copy = tmp_path / "old.sqlite3"
    shutil.copy(DATA / "dsar-0006-personal-details.sqlite3", copy)
    services = Services(Database(sqlite_url(copy)))
    try:
        yield services, services.users.login("dpo", PASSWORD), copy
    finally:
        services.db.dispose()


def _details(path: Path) -> dict[int, str]:
    with sqlite3.connect(path) as raw:
        return dict(raw.execute("SELECT seq, details FROM audit_events"))


def _file_bytes(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in path.parent.iterdir()
                    if p.name.startswith(path.name))


def test_the_upgrade_keeps_the_old_details_and_the_chain_verifies(old_store):
    services, dpo, path = old_store
    assert services.audit.verify(dpo).ok
    old = " ".join(_details(path).values())
    for value in PURGED_SUBJECT:
        assert value in old  # what the security test found: personal text in hashed details


def test_purge_forgets_the_old_details_and_the_chain_still_verifies(old_store):
    services, dpo, path = old_store
    report = services.retention.purge(dpo, now=datetime(2040, 1, 1, tzinfo=UTC))
    assert len(report.numbers) == 1
    details = " ".join(_details(path).values())
    everything = _file_bytes(path)
    for value in PURGED_SUBJECT:
        assert value not in details, value
        assert value.encode() not in everything, value
    assert KEPT in details
    verified = services.audit.verify(dpo)
    assert verified.ok, verified.problem
    assert verified.purged_texts == 5  # search, pause, extension, recipient, file names
    actions = [e.action for e in services.audit.recent(dpo)]
    assert "audit.old_details_forgotten" in actions


@pytest.mark.parametrize("change", [
    "UPDATE audit_events SET username = 'mallory' WHERE seq = 7",
    "UPDATE audit_events SET details = '{\"reason\":\"(purged)\",\"start\":\"2026-09-05\"}' "
    "WHERE seq = 7",
    "UPDATE audit_events SET details = '{\"reason\":\"forged\",\"start\":\"2026-11-03\"}' "
    "WHERE seq = 21",
])
def test_after_the_purge_any_other_change_to_an_old_event_is_still_named(old_store, change):
    services, dpo, path = old_store
    services.retention.purge(dpo, now=datetime(2040, 1, 1, tzinfo=UTC))
    with sqlite3.connect(path) as raw:
        raw.execute(change)
    report = services.audit.verify(dpo)
    seq = int(change.rsplit("= ", 1)[1])
    assert not report.ok and report.first_bad_seq == seq, report.problem


def test_on_both_databases_old_style_details_are_forgotten_through_the_owners_function(
        services, admin, specialist):
    """Events whose details carry personal text, followed by the upgrade's marker, as a
    store upgraded from before 0007 has them; on PostgreSQL the change goes through
    dsar_audit_forget_old_details, since nobody may update an audit event."""
    from sqlalchemy import text, update

    from smarttek_dsar.services import audit
    from smarttek_dsar.services.actor import SYSTEM
    from smarttek_dsar.storage.models import Case
    from tests.fixed_clock import NOW_UTC
    from tests.services.case_factory import new_request

    number = services.cases.create(specialist, new_request(name="Ērika Šķēle")).number
    with services.db.unit_of_work() as session:
        case_id = session.execute(text("SELECT id FROM cases")).scalar_one()
        # Keys the old code used for free text that are neither moved aside nor facts.
        audit.record(session, specialist, "clock.paused", case_id=case_id, case_number=number,
                     details={"start": "2026-09-04", "why": "Gaidām Ērikas pases kopiju"})
        audit.record(session, SYSTEM, "audit.rehashed", details={"events": 3})
    services.response.withdraw(specialist, number, note="")
    with services.db.unit_of_work() as session:
        session.execute(update(Case).values(closed_at=NOW_UTC.replace(year=2020)))
    assert services.retention.purge(admin).numbers == (number,)
    with services.db.read() as session:
        details = " ".join(session.execute(text("SELECT details FROM audit_events")).scalars())
    assert "Gaidām" not in details and '"why":"(purged)"' in details
    assert '"start":"2026-09-04"' in details  # the facts stay
    report = services.audit.verify(admin)
    assert report.ok, report.problem
    # The function changes nothing written after the upgrade.
    if not services.db.is_sqlite:
        with pytest.raises(Exception, match="before the anchored trail"):
            with services.db.unit_of_work() as session:
                last = session.execute(text("SELECT max(seq) FROM audit_events")).scalar_one()
                session.execute(text("SELECT dsar_audit_forget_old_details(:s, '{}')"),
                                {"s": last})


def test_an_administrator_on_their_own_team_login_purges_old_details(team):
    """Team mode: nobody may update an audit event, the administrator's login included; the
    old details still go, through the owner's function granted to the administrators."""
    from sqlalchemy import text, update

    from smarttek_dsar.domain.roles import Role
    from smarttek_dsar.services import audit
    from smarttek_dsar.services.actor import SYSTEM
    from smarttek_dsar.storage.models import Case
    from tests.fixed_clock import NOW_UTC
    from tests.services.case_factory import new_request

    anna = team.add("anna", Role.SPECIALIST)
    with team.desk(anna) as (services, actor):
        number = services.cases.create(actor, new_request(name="Ērika Šķēle")).number
        services.response.withdraw(actor, number, note="")
    owner = team.owner
    with owner.db.unit_of_work() as session:
        case_id = session.execute(text("SELECT id FROM cases")).scalar_one()
        audit.record(session, SYSTEM, "clock.paused", case_id=case_id, case_number=number,
                     details={"start": "2026-09-04", "why": "Gaidām Ērikas pases kopiju"})
        audit.record(session, SYSTEM, "audit.rehashed", details={"events": 3})
        session.execute(update(Case).values(closed_at=NOW_UTC.replace(year=2020)))
    with team.desk(team.name("dpo")) as (services, dpo):
        assert services.retention.purge(dpo).numbers == (number,)
    with owner.db.read() as session:
        details = " ".join(session.execute(text("SELECT details FROM audit_events")).scalars())
    assert "Gaidām" not in details
    assert owner.audit.verify(team.dpo).ok
