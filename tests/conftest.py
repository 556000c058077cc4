"""Shared fixtures: a fixed clock for the whole session, a fresh real database per test, on
SQLite and (when SMARTTEK_DSAR_TEST_PG names a server) on PostgreSQL, with the three kinds of
user."""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Iterator
from datetime import date, datetime, time

import pytest
import time_machine
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from smarttek_dsar.domain.clock import RIGA
from smarttek_dsar.domain.roles import Role
from smarttek_dsar.services import Services
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.storage.database import Database, sqlite_url
from tests.fixed_clock import NOW, TODAY

PG_ENV = "SMARTTEK_DSAR_TEST_PG"
PASSWORD = "correct horse battery"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Unexpected errors the tests provoke are logged here, not in the developer's own log folder
# (inherited by the command-line subprocesses too).
os.environ.setdefault("SMARTTEK_DSAR_LOG_DIR", tempfile.mkdtemp(prefix="dsar-test-logs-"))


@pytest.fixture(scope="session", autouse=True)
def fixed_clock() -> Iterator[time_machine.Traveller]:
    """Every test runs on TODAY (SMARTTEK_DSAR_TEST_TODAY, default 2026-12-02; see
    tests/fixed_clock.py), from 10:00 Riga time. Session-wide, so fixtures built once (the UI
    tests' demo database) see the same day as the tests. The clock still ticks, so timeouts and
    durations behave; time.monotonic, Qt timers and the PostgreSQL server's own now() are not
    moved (the application takes every timestamp from Python, not from the server). Files get
    the real time as mtime: tests that compare mtimes with the clock stamp them with os.utime
    (tests/services/intake_files.write). The CLI's subprocesses join the clock in
    tests/cli/cli_runner.py; date pickers read Python's clock (smarttek_dsar/ui/today.py)."""
    with time_machine.travel(NOW, tick=True) as traveller:
        yield traveller


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "on_day(day): a dated example that must run on `day` (a date), whatever "
        "SMARTTEK_DSAR_TEST_TODAY says; for tests of fixed past receipts")


@pytest.fixture(autouse=True)
def dated_example(request) -> Iterator[None]:
    """Tests marked on_day(date(...)) run on that day, from 10:00 Riga time."""
    marker = request.node.get_closest_marker("on_day")
    if marker is None:
        yield
        return
    with time_machine.travel(datetime.combine(marker.args[0], time(10, 0), tzinfo=RIGA),
                             tick=True):
        yield


@pytest.fixture
def today(request) -> date:
    """The day the test runs on (in Riga): TODAY, or the day of its on_day marker."""
    marker = request.node.get_closest_marker("on_day")
    return marker.args[0] if marker else TODAY


def postgres_admin_url() -> str | None:
    return os.environ.get(PG_ENV) or None


@pytest.fixture(autouse=True)
def quick_password_hashing(monkeypatch):
    """Still Argon2id, with the smallest cost: the production cost (about 0.1 s a hash) would
    make the suite spend most of its time hashing test passwords."""
    from argon2 import PasswordHasher

    from smarttek_dsar.services.administration import users

    monkeypatch.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024,
                                                         parallelism=1))


@pytest.fixture
def fresh_postgres_url() -> Iterator[str]:
    """A brand-new PostgreSQL database for one test, dropped afterwards."""
    base = postgres_admin_url()
    if not base:
        pytest.skip(f"{PG_ENV} is not set")
    name = f"dsar_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(base).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n"
            ), {"n": name})
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return sqlite_url(tmp_path / "cases.sqlite3")
    return request.getfixturevalue("fresh_postgres_url")


@pytest.fixture
def services(db_url) -> Iterator[Services]:
    svc = Services(Database(db_url))
    yield svc
    svc.db.dispose()


@pytest.fixture
def admin(services) -> Actor:
    services.users.create_first_admin("dpo", PASSWORD, "Dace Ozola", also_specialist=False)
    return services.users.login("dpo", PASSWORD)


@pytest.fixture
def specialist(services, admin) -> Actor:
    services.users.add(admin, "anna", PASSWORD, frozenset({Role.SPECIALIST}), "Anna Kļaviņa")
    return services.users.login("anna", PASSWORD)


@pytest.fixture
def manager(services, admin) -> Actor:
    services.users.add(admin, "maris", PASSWORD, frozenset({Role.MANAGER}), "Māris Liepa")
    return services.users.login("maris", PASSWORD)


@pytest.fixture(autouse=True)
def private_staging(monkeypatch, tmp_path_factory) -> Iterator[object]:
    """Each test stages files in its own private folder (exporters/atomic.py), not the user's."""
    root = tmp_path_factory.mktemp("data") / "staging"
    monkeypatch.setenv("SMARTTEK_DSAR_STAGING", str(root))
    yield root


@pytest.fixture(scope="session", autouse=True)
def private_audit_anchor(tmp_path_factory) -> Iterator[object]:
    """The test session has its own audit key file and checkpoint copies
    (services/audit_anchor.py), never the user's keyring or data folder. Session-wide, like the
    UI tests' demo database sealed with it; a test that replaces the key sets its own."""
    from smarttek_dsar.services import audit_anchor

    root = tmp_path_factory.mktemp("audit-anchor")
    saved = {name: os.environ.get(name) for name in (audit_anchor.KEY_ENV,
                                                      audit_anchor.ANCHORS_ENV)}
    os.environ[audit_anchor.KEY_ENV] = str(root / "audit.key")
    os.environ[audit_anchor.ANCHORS_ENV] = str(root / "checkpoints")
    yield root
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@pytest.fixture(autouse=True)
def private_trust_anchors(monkeypatch, tmp_path_factory) -> Iterator[object]:
    """Each test has its own (empty) folder of trusted signature authorities, never the user's
    (services/identity/trust_anchors.py)."""
    root = tmp_path_factory.mktemp("trust-anchors")
    monkeypatch.setenv("SMARTTEK_DSAR_TRUST_ANCHORS", str(root))
    yield root
