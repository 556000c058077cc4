"""Searching real systems: the demo SQLite and PostgreSQL databases and real CSV/XLSX exports.
A subject is found under a former code, a stranger is found nowhere, and sources that cannot
be read say why."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
import sqlalchemy as sa

from smarttek_dsar.sources.config import SheetMapping, SqlSource
from smarttek_dsar.sources.file_source import check_file_source, search_file
from smarttek_dsar.sources.found import SourceFailure
from smarttek_dsar.sources.identifiers import SubjectIdentifiers
from smarttek_dsar.sources.sql_source import (
    check_sql_source,
    read_only,
    run_codes_query,
    search_sql,
    source_engine,
)
from smarttek_dsar.storage.database import sqlite_url
from tests.sources.systems_fixtures import (
    NEIGHBOUR,
    NEW_CODE,
    OLD_CODE,
    build_systems,
    demo_config,
    marketing_source,
    survey_source,
    write_marketing_csv,
    write_survey_xlsx,
)


def run(steps):
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            return stop.value


def by_category(found) -> dict[str, list[dict]]:
    result: dict[str, list[dict]] = {}
    for rows in found:
        result.setdefault(rows.category_id, []).extend(json.loads(r) for r in rows.rows)
    return result


@pytest.fixture(scope="module")
def sqlite_systems(tmp_path_factory):
    path = tmp_path_factory.mktemp("systems") / "systems.sqlite3"
    systems = build_systems(sqlite_url(path))
    return systems, demo_config(path).sources[0]


@pytest.fixture
def pg_systems(fresh_postgres_url):
    systems = build_systems(fresh_postgres_url)
    base = demo_config(__import__("pathlib").Path("unused")).sources[0]
    return systems, replace(base, url=fresh_postgres_url)


def _former_code_and_stranger(systems, source):
    # The case knows only the code she had before 2018: the CRM files her under the new one.
    found = by_category(run(search_sql(source, SubjectIdentifiers.of(personal_codes=[OLD_CODE]))))
    assert [r["personal_code"] for r in found["identification"] if "personal_code" in r] == [
        NEW_CODE]
    assert [r["former_personal_code"] for r in found["identification"]
            if "former_personal_code" in r] == [OLD_CODE]
    assert any(NEIGHBOUR in r["description"] for r in found["service_incidents"])
    assert run_codes_query(source, SubjectIdentifiers.of(personal_codes=[NEW_CODE])) \
        and set(run_codes_query(source, SubjectIdentifiers.of(personal_codes=[NEW_CODE]))) == {
            NEW_CODE, OLD_CODE}
    stranger = systems.stranger
    nothing = run(search_sql(source, SubjectIdentifiers.of(
        personal_codes=[stranger.personal_code], email=stranger.email)))
    assert len(nothing) == len(source.queries) and all(not rows.rows for rows in nothing)


def test_sqlite_subject_found_under_former_code_and_stranger_nowhere(sqlite_systems):
    _former_code_and_stranger(*sqlite_systems)


@pytest.mark.postgres
def test_postgresql_subject_found_under_former_code_and_stranger_nowhere(pg_systems):
    _former_code_and_stranger(*pg_systems)


def test_any_customer_is_found_by_code_without_hyphen_or_by_email(sqlite_systems):
    systems, source = sqlite_systems
    person = systems.people[7]
    for identifiers in (SubjectIdentifiers.of(personal_codes=[person.personal_code.replace(
            "-", "")]), SubjectIdentifiers.of(email=person.email.upper())):
        found = by_category(run(search_sql(source, identifiers)))
        assert found["contact_details"] == [{
            "customer_no": person.customer_no, "email": person.email, "phone": person.phone,
            "address": person.address, "language": person.language}]


def test_searches_cannot_write_even_past_the_guard(sqlite_systems):
    _systems, source = sqlite_systems
    engine = source_engine(source)
    with read_only(engine) as connection, pytest.raises(sa.exc.OperationalError):
        connection.exec_driver_sql("DELETE FROM customers")
    engine.dispose()


@pytest.mark.postgres
def test_postgresql_searches_run_in_a_read_only_transaction(pg_systems):
    _systems, source = pg_systems
    engine = source_engine(source)
    with read_only(engine) as connection, pytest.raises(sa.exc.InternalError,
                                                        match="read-only transaction"):
        connection.exec_driver_sql("DELETE FROM portal_logins")
    engine.dispose()


def test_bad_query_missing_database_and_unreachable_server_say_why(sqlite_systems, tmp_path):
    _systems, source = sqlite_systems
    broken = replace(source, queries=(replace(source.queries[0], sql="SELECT no_such FROM "
                                              "customers WHERE email = :email"),))
    with pytest.raises(SourceFailure, match="category 'identification' failed: no such column"):
        run(search_sql(broken, SubjectIdentifiers.of(email="a@b.lv")))
    with pytest.raises(SourceFailure, match="does not exist"):
        check_sql_source(replace(source, url=sqlite_url(tmp_path / "gone.sqlite3")))
    assert not (tmp_path / "gone.sqlite3").exists()  # not silently created
    unreachable = SqlSource(name="CRM", url="postgresql+psycopg://reader@127.0.0.1:1/crm",
                            queries=source.queries[:1])
    with pytest.raises(SourceFailure, match="Cannot connect"):
        check_sql_source(unreachable)
    assert "queries run" in str(check_sql_source(source))


def test_csv_export_keyed_by_the_old_code_without_hyphen(tmp_path):
    source = marketing_source(write_marketing_csv(tmp_path / "marketing.csv"))
    found = run(search_file(source, SubjectIdentifiers.of(personal_codes=[OLD_CODE])))
    rows = by_category(found)
    assert rows["marketing_preferences"] == [{"Personas kods": "01019010001", "Kanāls": "sms",
                                              "Piekrišana dota": "2019-04-01",
                                              "Piezīme": "izstāde"}]
    assert rows["contact_details"] == [{"E-pasts": ""}]
    assert "marketing.csv" in found[0].query and "personal_code in Personas kods" in \
        found[0].query
    nobody = by_category(run(search_file(source, SubjectIdentifiers.of(
        personal_codes=["311299-10009"]))))
    assert nobody == {"marketing_preferences": [], "contact_details": []}


def test_xlsx_export_by_email_in_any_case_and_an_ignored_column(tmp_path):
    source = survey_source(write_survey_xlsx(tmp_path / "survey.xlsx"))
    rows = by_category(run(search_file(source, SubjectIdentifiers.of(
        email="ilze.kalnina@PASTS.example"))))
    assert rows == {"customer_surveys": [{"E-pasts": "Ilze.Kalnina@pasts.example",
                                          "Vārds": "Ilze", "Uzvārds": "Kalniņa", "NPS": 9,
                                          "Komentārs": "Ātri salaboja."}]}
    by_name = by_category(run(search_file(source, SubjectIdentifiers.of(name="ilze  KALNIŅA"))))
    assert len(by_name["customer_surveys"]) == 1


def test_missing_and_broken_files_wrong_sheet_and_column_say_why(tmp_path):
    with pytest.raises(SourceFailure, match="does not exist"):
        check_file_source(marketing_source(tmp_path / "gone.csv"))
    fake = tmp_path / "survey.xlsx"
    fake.write_text("this is not a workbook")
    with pytest.raises(SourceFailure, match="not a readable XLSX"):
        check_file_source(survey_source(fake))
    real = write_survey_xlsx(tmp_path / "real.xlsx")
    wrong_sheet = replace(survey_source(real), sheets=(SheetMapping("Klienti", "identification"),))
    with pytest.raises(SourceFailure, match="no sheet 'Klienti'.*Aptaujas"):
        check_file_source(wrong_sheet)
    wrong_column = replace(survey_source(real), identifiers=(("email", ("Epasts",)),))
    with pytest.raises(SourceFailure, match="no column 'Epasts'"):
        run(search_file(wrong_column, SubjectIdentifiers.of(email="a@b.lv")))
    latin = tmp_path / "latin.csv"
    latin.write_bytes("Personas kods;Kanāls\n01019010001;sms\n".encode("cp1257"))
    with pytest.raises(SourceFailure, match="not utf-8-sig text"):
        run(search_file(marketing_source(latin), SubjectIdentifiers.of(email="a@b.lv")))
