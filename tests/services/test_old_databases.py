"""Databases made by earlier versions open in this one: migrations run at start and keep
every case (tests/data/make_old_databases.py says how each file was made)."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import inspect

from smarttek_dsar.services import Services
from smarttek_dsar.services.case_query import CaseFilter
from smarttek_dsar.storage.database import Database, sqlite_url
from smarttek_dsar.storage.migrate import head_revision, is_current

DATA = Path(__file__).resolve().parents[1] / "data"


def test_a_0001_database_upgrades_and_keeps_its_cases(tmp_path):
    copy = tmp_path / "dsar-0001.sqlite3"
    shutil.copy(DATA / "dsar-0001.sqlite3", copy)
    services = Services(Database(sqlite_url(copy)))
    assert is_current(services.db.engine) and head_revision() != "0001"
    tables = set(inspect(services.db.engine).get_table_names())
    assert {"cases", "audit_events"} <= tables and len(tables) > 15
    dpo = services.users.login("dpo", "old database password")
    found = services.cases.list(dpo, CaseFilter(text="šķēle"))
    assert [c.number for c in found] == ["DSAR-2026-0001"]
    detail = services.cases.detail(dpo, "DSAR-2026-0001")
    assert detail.subject.email == "erika.skele@pasts.example"
    assert services.audit.verify(dpo).ok
    services.db.dispose()
