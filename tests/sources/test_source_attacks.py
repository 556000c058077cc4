"""The security test's attacks on data sources, repeated on real servers: PostgreSQL (dblink_exec
changed the source, pg_read_file read a server file), MariaDB (its comment syntax), a subject
without a personal code, a runaway query, and LIKE wildcards in a subject's identifiers."""

from __future__ import annotations

import json
import uuid
from dataclasses import replace
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from smarttek_dsar.sources.config import CategoryQuery, SqlSource
from smarttek_dsar.sources.found import SourceFailure
from smarttek_dsar.sources.identifiers import SubjectIdentifiers
from smarttek_dsar.sources.lookup import find_subjects
from smarttek_dsar.sources.sql_guard import NotReadOnly
from smarttek_dsar.sources.sql_source import (
    check_sql_source,
    read_only,
    run_subject_query,
    search_sql,
    source_engine,
)
from smarttek_dsar.storage.database import sqlite_url
from tests.sources.systems_fixtures import build_systems, demo_config

MARIADB_ADMIN = "mysql+pymysql://root@127.0.0.1:3306/"


def run(steps):
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            return stop.value


def rows_of(found) -> list[dict]:
    return [json.loads(row) for rows in found for row in rows.rows]


def one_query(url: str, sql: str, category: str = "contact_details") -> SqlSource:
    return SqlSource(name="CRM", url=url, queries=(CategoryQuery(category, sql),))


def count(url: str, table: str) -> int:
    engine = sa.create_engine(url)
    with engine.connect() as connection:
        number = connection.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one()
    engine.dispose()
    return number


@pytest.fixture
def pg_systems(fresh_postgres_url):
    systems = build_systems(fresh_postgres_url)
    base = demo_config(Path("unused")).sources[0]
    return systems, replace(base, url=fresh_postgres_url)


@pytest.fixture
def mariadb_url():
    pymysql = pytest.importorskip("pymysql")
    name = f"dsar_test_{uuid.uuid4().hex[:12]}"
    try:
        admin = pymysql.connect(host="127.0.0.1", port=3306, user="root", password="")
    except pymysql.err.OperationalError:
        pytest.skip("no MariaDB/MySQL server at 127.0.0.1:3306")
    with admin.cursor() as cursor:
        cursor.execute(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4")
    try:
        yield make_url(MARIADB_ADMIN).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.cursor() as cursor:
            cursor.execute(f"DROP DATABASE IF EXISTS `{name}`")
        admin.close()


@pytest.mark.postgres
def test_postgresql_dblink_exec_and_pg_read_file_are_refused_and_nothing_changes(pg_systems):
    systems, source = pg_systems
    engine = sa.create_engine(systems.url)
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS dblink")
    engine.dispose()
    before = count(systems.url, "customers")
    target = make_url(systems.url)
    # dblink opens a second, writable connection: the read-only transaction cannot stop it.
    attack = (f"SELECT dblink_exec('host=127.0.0.1 user={target.username} "
              f"dbname={target.database}', 'DELETE FROM customers') AS gone "
              "WHERE :email IS NOT NULL")
    for sql in (attack, "SELECT pg_read_file('/etc/passwd') AS secret",
                "SELECT * FROM pg_ls_dir('.') AS f",
                "SELECT lo_import('/etc/passwd') AS oid"):
        with pytest.raises(NotReadOnly):
            run(search_sql(one_query(systems.url, sql), SubjectIdentifiers.of(email="a@b.lv")))
        with pytest.raises(NotReadOnly):
            check_sql_source(one_query(systems.url, sql))
    assert count(systems.url, "customers") == before


@pytest.mark.postgres
def test_postgresql_runaway_query_is_stopped_by_the_statement_timeout(pg_systems):
    _systems, source = pg_systems
    engine = source_engine(source)
    with read_only(engine, timeout=0.5) as connection, pytest.raises(
            sa.exc.OperationalError, match="statement timeout"):
        connection.exec_driver_sql("SELECT pg_sleep(5)")  # past the guard, on purpose
    engine.dispose()


def test_sqlite_runaway_query_is_interrupted(tmp_path):
    path = tmp_path / "systems.sqlite3"
    build_systems(sqlite_url(path))
    engine = source_engine(one_query(sqlite_url(path), "SELECT 1"))
    endless = ("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
               "SELECT count(*) FROM n")
    with read_only(engine, timeout=0.3) as connection, pytest.raises(
            sa.exc.OperationalError, match="interrupted"):
        connection.exec_driver_sql(endless)
    engine.dispose()


@pytest.mark.postgres
def test_postgresql_subject_without_personal_code_is_still_searched(pg_systems):
    # The empty :personal_codes list used to fail with "operator does not exist: text = integer".
    systems, source = pg_systems
    person = systems.people[4]
    found = rows_of(run(search_sql(source, SubjectIdentifiers.of(email=person.email))))
    assert {"customer_no": person.customer_no, "email": person.email, "phone": person.phone,
            "address": person.address, "language": person.language} in found
    assert "queries run" in str(check_sql_source(source))
    matches = find_subjects(replace(demo_config(Path("unused")), sources=(source,)),
                            email=person.email)
    assert [m.customer_no for m in matches] == [person.customer_no]


def _like_attack(url: str, backend_concat: str) -> None:
    sql = (f"SELECT customer_no, email FROM customers WHERE email LIKE {backend_concat} "
           "ESCAPE '!'")
    source = one_query(url, sql)
    everybody = rows_of(run(search_sql(source, SubjectIdentifiers.of(email="%"))))
    assert everybody == []
    underscore = rows_of(run(search_sql(source, SubjectIdentifiers.of(email="_%@%"))))
    assert underscore == []
    # The escaped value still finds the subject's own address.
    own = count(url, "customers") and rows_of(run(search_sql(
        source, SubjectIdentifiers.of(email="ilze.kalnina@pasts.example"))))
    assert [row["customer_no"] for row in own] == ["C-0009031"]


@pytest.mark.postgres
def test_postgresql_like_wildcards_in_an_identifier_match_only_themselves(pg_systems):
    systems, _source = pg_systems
    _like_attack(systems.url, ":email")


def test_sqlite_like_wildcards_in_an_identifier_match_only_themselves(tmp_path):
    path = tmp_path / "systems.sqlite3"
    build_systems(sqlite_url(path))
    _like_attack(sqlite_url(path), "'%' || :email || '%'")


def test_mariadb_source_is_searched_read_only_with_its_comment_syntax(mariadb_url):
    systems = build_systems(mariadb_url)
    person = systems.people[2]
    sql = ("SELECT customer_no, email FROM customers  # the CRM's customer table\n"
           "WHERE personal_code IN :personal_codes -- current and former codes\n"
           "   OR email = :email /* lower-case */")
    source = one_query(mariadb_url, sql)
    found = rows_of(run(search_sql(source, SubjectIdentifiers.of(email=person.email))))
    assert found == [{"customer_no": person.customer_no, "email": person.email}]
    by_code = rows_of(run(search_sql(source, SubjectIdentifiers.of(
        personal_codes=[person.personal_code]))))
    assert by_code == found
    subject = replace(source, subject_query=(
        "SELECT CONCAT(first_name, ' ', last_name) AS name, personal_code, email, phone, "
        "customer_no FROM customers WHERE email = :email"))
    assert run_subject_query(subject, SubjectIdentifiers.of(email=person.email), 5)[0][
        "customer_no"] == person.customer_no
    _like_attack(mariadb_url, "CONCAT('%', :email, '%')")
    before = count(mariadb_url, "customers")
    for hidden in ("SELECT email FROM customers /*! ; DELETE FROM customers */",
                   "SELECT email FROM customers /*M! INTO OUTFILE '/tmp/x' */",
                   "SELECT email FROM customers --1; DELETE FROM customers",
                   "SELECT LOAD_FILE('/etc/passwd') AS f", "SELECT SLEEP(30) AS s"):
        with pytest.raises(NotReadOnly):
            check_sql_source(one_query(mariadb_url, hidden))
    assert count(mariadb_url, "customers") == before
    # Past the guard, the transaction itself refuses to write and stops a runaway statement.
    engine = source_engine(source)
    with read_only(engine) as connection, pytest.raises(sa.exc.OperationalError,
                                                        match="READ ONLY"):
        connection.exec_driver_sql("DELETE FROM customers")
    with read_only(engine, timeout=0.5) as connection, pytest.raises(
            sa.exc.OperationalError, match="max_statement_time"):
        connection.exec_driver_sql("SELECT SLEEP(5) FROM customers")
    engine.dispose()
    assert count(mariadb_url, "customers") == before


def test_a_refused_source_is_skipped_by_the_subject_lookup_not_run(tmp_path):
    path = tmp_path / "systems.sqlite3"
    build_systems(sqlite_url(path))
    source = replace(one_query(sqlite_url(path), "SELECT 1 AS one"),
                     subject_query="SELECT load_extension('evil') AS name")
    config = replace(demo_config(path), sources=(source,))
    assert find_subjects(config, email="a@b.lv") == []
    with pytest.raises(SourceFailure):
        check_sql_source(replace(source, url=sqlite_url(tmp_path / "missing.sqlite3")))


@pytest.mark.postgres
def test_postgresql_a_value_that_does_not_fit_is_reported_without_the_value(pg_systems):
    systems, _source = pg_systems
    source = one_query(systems.url, "SELECT id FROM customers WHERE id = CAST(:email AS integer)")
    with pytest.raises(SourceFailure) as failed:
        run(search_sql(source, SubjectIdentifiers.of(email="liga.ozola@pasts.example")))
    assert "DataError" in str(failed.value) and "liga.ozola" not in str(failed.value)
