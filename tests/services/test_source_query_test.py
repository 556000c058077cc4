"""Testing one query of a data source for one subject (issue 14, the sources form's Test button):
a real SQLite company system and a real CSV export; only the number of rows comes back, the
audit trail keeps no identifier typed, a writing query is refused before it runs."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace

import pytest
from sqlalchemy import select

from smarttek_dsar.domain.progress import CallbackProgress, Cancelled
from smarttek_dsar.services.administration.query_test import SampleSubject
from smarttek_dsar.services.errors import PermissionDenied, ServiceError
from smarttek_dsar.sources.config import (
    CategoryQuery,
    FileSource,
    SheetMapping,
    SourcesConfig,
    SqlSource,
)
from smarttek_dsar.storage.models import AuditEvent
from tests.services.case_factory import JANIS_CODE, new_request

EMAIL = "janis.berzins@example.lv"


@pytest.fixture
def crm(tmp_path) -> SqlSource:
    path = tmp_path / "crm.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT, code TEXT)")
        db.execute("CREATE TABLE invoices (customer_id INTEGER, amount TEXT)")
        db.execute("INSERT INTO customers VALUES (1, ?, ?), (2, 'other@example.lv', NULL)",
                   (EMAIL, JANIS_CODE))
        db.executemany("INSERT INTO invoices VALUES (?, ?)",
                       [(1, "10.00"), (1, "12.50"), (1, "7.00"), (2, "99.00")])
    return SqlSource("CRM", f"sqlite:///{path}", (
        CategoryQuery("billing_payments", "SELECT i.amount FROM invoices i JOIN customers c ON "
                      "c.id = i.customer_id WHERE c.email = :email OR c.code IN :personal_codes"),
        CategoryQuery("contact_details", "SELECT email FROM no_such_table WHERE email = :email"),
    ))


@pytest.fixture
def export(tmp_path) -> FileSource:
    path = tmp_path / "survey.csv"
    path.write_text(f"E-pasts;Vērtējums\n{EMAIL};9\n{EMAIL};7\nother@example.lv;3\n",
                    encoding="utf-8")
    return FileSource("Survey export", str(path), (("email", ("E-pasts",)),),
                      (SheetMapping(None, "customer_surveys"),))


def _events(services, action: str) -> list[AuditEvent]:
    with services.db.read() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def test_a_query_counts_the_subjects_rows_of_a_case(services, specialist, crm):
    case = services.cases.create(specialist, new_request())
    result = services.sources.test_query(specialist, "CRM", 0, config=SourcesConfig((crm,)),
                                         case_number=case.number)
    assert result.ok and result.rows == 3 and result.category_id == "billing_payments"
    assert "found 3 rows" in result.message
    [event] = _events(services, "sources.query_tested")
    assert event.case_number == case.number
    assert json.loads(event.details)["rows"] == 3


def test_a_sample_identifier_is_used_and_never_kept(services, admin, crm):
    result = services.sources.test_query(admin, "CRM", 0, config=SourcesConfig((crm,)),
                                         sample=SampleSubject(email="Other@Example.lv"))
    assert result.ok and result.rows == 1
    [event] = _events(services, "sources.query_tested")
    assert "other@example.lv" not in event.details.lower()
    assert json.loads(event.details)["subject"] == "sample"


def test_a_broken_query_says_why_in_words(services, admin, crm):
    result = services.sources.test_query(admin, "CRM", 1, config=SourcesConfig((crm,)),
                                         sample=SampleSubject(email=EMAIL))
    assert not result.ok and result.rows == 0
    assert "no such table: no_such_table" in result.message


def test_a_writing_query_is_refused_before_it_runs(services, admin, crm, tmp_path):
    # An unsaved form may hold anything: the guard checks again when the query runs.
    writing = replace(crm, queries=(CategoryQuery("billing_payments", "DELETE FROM invoices"),))
    result = services.sources.test_query(admin, "CRM", 0, config=SourcesConfig((writing,)),
                                         sample=SampleSubject(email=EMAIL))
    assert not result.ok and "only SELECT queries" in result.message
    with sqlite3.connect(tmp_path / "crm.sqlite3") as db:
        assert db.execute("SELECT count(*) FROM invoices").fetchone() == (4,)


def test_a_file_source_counts_the_matching_lines(services, admin, export):
    result = services.sources.test_query(admin, "Survey export", config=SourcesConfig((export,)),
                                         sample=SampleSubject(email=EMAIL.upper()))
    assert result.ok and result.rows == 2 and result.category_id == "customer_surveys"


def test_without_a_subject_the_test_asks_for_one(services, admin, crm):
    with pytest.raises(ServiceError, match="type a sample personal code"):
        services.sources.test_query(admin, "CRM", 0, config=SourcesConfig((crm,)))


def test_cancel_stops_the_test_and_records_nothing(services, admin, crm):
    progress = CallbackProgress()
    progress.cancel()
    with pytest.raises(Cancelled):
        services.sources.test_query(admin, "CRM", 0, config=SourcesConfig((crm,)),
                                    sample=SampleSubject(email=EMAIL), progress=progress)
    assert _events(services, "sources.query_tested") == []


def test_a_manager_may_not_test(services, manager, crm):
    with pytest.raises(PermissionDenied):
        services.sources.test_query(manager, "CRM", 0, config=SourcesConfig((crm,)),
                                    sample=SampleSubject(email=EMAIL))


def test_a_postgresql_source_is_counted_and_a_cancel_stops_it(fresh_postgres_url, tmp_path):
    """A real PostgreSQL server as the company system: rows are streamed and counted in
    batches, so Cancel stops a query that would return fifty million rows at the next batch."""
    import threading
    import time

    from sqlalchemy import create_engine, text

    from smarttek_dsar.services import Services
    from smarttek_dsar.storage.database import Database, sqlite_url

    engine = create_engine(fresh_postgres_url)
    with engine.begin() as db:
        db.execute(text("CREATE TABLE logins (email text, at timestamptz)"))
        db.execute(text("INSERT INTO logins SELECT :e, now() FROM generate_series(1, 1200)"),
                   {"e": EMAIL})
    engine.dispose()
    source = SqlSource("Portal", fresh_postgres_url, (
        CategoryQuery("portal_app_accounts", "SELECT at FROM logins WHERE email = :email"),
        CategoryQuery("portal_app_accounts", "SELECT x FROM generate_series(1, 50000000) x "
                      "WHERE :email <> ''"),
    ))
    store = Services(Database(sqlite_url(tmp_path / "cases.sqlite3")))
    store.users.create_first_admin("dpo", "a long enough password")
    dpo = store.users.actor_for("dpo", reason="test")
    config = SourcesConfig((source,))
    try:
        result = store.sources.test_query(dpo, "Portal", 0, config=config,
                                          sample=SampleSubject(email=EMAIL))
        assert result.ok and result.rows == 1200
        progress, outcome = CallbackProgress(), []

        def run() -> None:
            try:
                outcome.append(store.sources.test_query(
                    dpo, "Portal", 1, config=config, sample=SampleSubject(email=EMAIL),
                    progress=progress))
            except Cancelled:
                outcome.append("cancelled")

        worker = threading.Thread(target=run)
        worker.start()
        time.sleep(1.0)  # the server is computing the series, no row has come back yet
        pressed = time.monotonic()
        progress.cancel()
        worker.join(30)
        assert outcome == ["cancelled"]
        assert time.monotonic() - pressed < 2  # the server was asked to cancel the statement
    finally:
        store.db.dispose()
