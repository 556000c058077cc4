"""The store itself: migrations match the models, SQLite file hardening, clear open errors."""

from __future__ import annotations

import os
import stat

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from smarttek_dsar.storage.database import Database, DatabaseError, sqlite_url
from smarttek_dsar.storage.models import Base
from smarttek_dsar.storage.search_index import is_search_index_table
from smarttek_dsar.storage.team_roles import SERVER_ONLY_TABLES


def test_migrations_build_exactly_the_models(db_url):
    db = Database(db_url)
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": _ours})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []
    db.dispose()


def _ours(obj, name, kind, reflected, other) -> bool:
    # sign_in_throttle (migration 0009) is the server's own, written only by its functions.
    return not (kind == "table" and (is_search_index_table(name) or name in SERVER_ONLY_TABLES))


def test_sqlite_file_is_private_and_in_wal_mode(tmp_path):
    path = tmp_path / "sub" / "cases.sqlite3"
    db = Database(sqlite_url(path))
    mode = stat.S_IMODE(os.stat(path).st_mode)
    assert mode == 0o600
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    db.dispose()


def test_opening_twice_migrates_once(tmp_path):
    url = sqlite_url(tmp_path / "c.sqlite3")
    Database(url).dispose()
    Database(url).dispose()  # already at head: nothing to do, no error


def test_a_file_that_is_not_a_database_gets_a_clear_message(tmp_path):
    bogus = tmp_path / "letter.sqlite3"
    bogus.write_text("Dear DPO, this is not a database.")
    with pytest.raises(DatabaseError, match="Cannot open the database"):
        Database(sqlite_url(bogus))
    with pytest.raises(DatabaseError, match="not a database URL"):
        Database("no such thing")


def test_an_unknown_database_driver_gets_a_clear_message():
    with pytest.raises(DatabaseError, match=r"No database driver for 'oracle\+nothing'"):
        Database("oracle+nothing://user@host/db")
