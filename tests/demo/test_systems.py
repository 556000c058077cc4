import os
import uuid
from datetime import date

import pytest
import sqlalchemy as sa

from smarttek_dsar.demo.people import Person, generate_people
from smarttek_dsar.demo.systems import build_systems_database
from smarttek_dsar.demo.systems_schema import SYSTEMS_METADATA

PEOPLE_COUNT = 1_500
EXPECTED_TABLES = {
    "customers", "customer_code_history", "contracts", "offers", "invoices", "payments",
    "service_incidents", "call_recordings", "cctv_records", "portal_accounts", "portal_logins",
    "marketing_consents", "survey_answers", "risk_assessments",
}


@pytest.fixture(scope="module")
def people() -> list[Person]:
    return generate_people(PEOPLE_COUNT, seed=21)


@pytest.fixture(scope="module")
def built(people, tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('systems') / 'systems.db'}"
    calls: list[tuple[int, int]] = []
    counts = build_systems_database(
        url, people, seed=21, progress=lambda done, total: calls.append((done, total))
    )
    engine = sa.create_engine(url)
    yield engine, counts, calls
    engine.dispose()


def table_rows(engine: sa.Engine, name: str) -> list[tuple]:
    table = SYSTEMS_METADATA.tables[name]
    with engine.connect() as conn:
        return list(conn.execute(sa.select(table).order_by(table.c.id)))


def test_every_system_table_is_built_and_counted(built):
    engine, counts, _ = built
    assert set(counts) == EXPECTED_TABLES == set(sa.inspect(engine).get_table_names())
    with engine.connect() as conn:
        for name, expected in counts.items():
            table = SYSTEMS_METADATA.tables[name]
            assert conn.scalar(sa.select(sa.func.count()).select_from(table)) == expected
    assert counts["customers"] == PEOPLE_COUNT
    assert all(counts[name] > 0 for name in EXPECTED_TABLES)


def test_progress_reports_people_done(built):
    _, _, calls = built
    assert calls[-1] == (PEOPLE_COUNT, PEOPLE_COUNT)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_identifiers_are_indexed(built):
    engine, _, _ = built
    inspector = sa.inspect(engine)

    def indexed(table: str) -> set[str]:
        return {c for ix in inspector.get_indexes(table) for c in ix["column_names"]}

    assert {"personal_code", "email", "phone", "customer_no"} <= indexed("customers")
    assert "personal_code" in indexed("customer_code_history")
    assert "username" in indexed("portal_accounts")
    assert "caller_phone" in indexed("call_recordings")


def test_former_code_leads_to_the_customer(built, people):
    engine, _, _ = built
    changed = next(p for p in people if p.former_codes)
    customers = SYSTEMS_METADATA.tables["customers"]
    history = SYSTEMS_METADATA.tables["customer_code_history"]
    query = (
        sa.select(customers.c.personal_code, customers.c.customer_no, history.c.valid_until)
        .join(history, history.c.customer_id == customers.c.id)
        .where(history.c.personal_code == changed.former_codes[0])
    )
    with engine.connect() as conn:
        code, customer_no, valid_until = conn.execute(query).one()
    assert (code, customer_no) == (changed.personal_code, changed.customer_no)
    assert date(2017, 7, 1) <= valid_until <= date(2026, 3, 1)


def test_some_incidents_name_another_person(built, people):
    engine, _, _ = built
    incidents = SYSTEMS_METADATA.tables["service_incidents"]
    with engine.connect() as conn:
        rows = conn.execute(sa.select(incidents.c.customer_id, incidents.c.description)).all()
    naming_others = [
        text for customer_id, text in rows
        if any(p.full_name in text for p in people if p.person_id != customer_id)
    ]
    assert 0 < len(naming_others) < len(rows) / 4
    assert any(ch in "āčēģīķļņšūž" for _, text in rows for ch in text)


def test_some_customers_exist_nowhere_else(built):
    engine, _, _ = built
    customers = SYSTEMS_METADATA.tables["customers"]
    linked = sa.union(*(
        sa.select(table.c.customer_id) for table in SYSTEMS_METADATA.sorted_tables
        if "customer_id" in table.c
    )).subquery()
    query = sa.select(sa.func.count()).select_from(customers).where(
        customers.c.id.not_in(sa.select(linked.c.customer_id))
    )
    with engine.connect() as conn:
        only_in_crm = conn.scalar(query)
    assert 0 < only_in_crm < PEOPLE_COUNT * 0.05


def test_retention_cases_are_present(built):
    engine, _, _ = built
    offers = SYSTEMS_METADATA.tables["offers"]
    invoices = SYSTEMS_METADATA.tables["invoices"]
    with engine.connect() as conn:
        stale_offers = conn.scalar(sa.select(sa.func.count()).select_from(offers).where(
            offers.c.contract_id.is_(None), offers.c.offered_on < date(2023, 3, 1)))
        unpaid = conn.scalar(sa.select(sa.func.count()).select_from(invoices).where(
            invoices.c.status == "unpaid"))
        scores = conn.execute(sa.select(SYSTEMS_METADATA.tables["survey_answers"].c.nps_score))
        assert {score for (score,) in scores} <= set(range(11))
    assert stale_offers > 0 and unpaid > 0


def test_same_seed_builds_the_same_database(tmp_path, people):
    first, second = tmp_path / "a.db", tmp_path / "b.db"
    subset = people[:300]
    build_systems_database(f"sqlite:///{first}", subset, seed=4)
    build_systems_database(f"sqlite:///{second}", subset, seed=4)
    engines = [sa.create_engine(f"sqlite:///{path}") for path in (first, second)]
    try:
        for name in EXPECTED_TABLES:
            assert table_rows(engines[0], name) == table_rows(engines[1], name), name
    finally:
        for engine in engines:
            engine.dispose()


def test_rebuilding_replaces_the_previous_demo_data(tmp_path, people):
    url = f"sqlite:///{tmp_path / 'again.db'}"
    build_systems_database(url, people[:100])
    counts = build_systems_database(url, people[:50])
    engine = sa.create_engine(url)
    try:
        assert len(table_rows(engine, "customers")) == counts["customers"] == 50
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_builds_in_postgresql(people):
    url = os.environ.get("SMARTTEK_DSAR_TEST_PG")
    if not url:
        pytest.skip("set SMARTTEK_DSAR_TEST_PG to a PostgreSQL URL to run this test")
    schema = f"demo_systems_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(url)
    with admin.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    try:
        schema_url = sa.make_url(url).update_query_dict({"options": f"-csearch_path={schema}"})
        counts = build_systems_database(
            schema_url.render_as_string(hide_password=False), people[:500], seed=21
        )
        with admin.connect() as conn:
            for name, expected in counts.items():
                found = conn.scalar(sa.text(f'SELECT count(*) FROM "{schema}"."{name}"'))
                assert found == expected, name
            amount = conn.scalar(sa.text(f'SELECT amount FROM "{schema}".invoices LIMIT 1'))
            assert amount.as_tuple().exponent == -2  # Numeric, not float
            names = conn.scalars(sa.text(f'SELECT last_name FROM "{schema}".customers'))
            assert {p.last_name for p in people[:500]} == set(names)  # diacritics survive
    finally:
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
