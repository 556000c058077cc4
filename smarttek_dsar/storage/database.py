"""Opening the case store: engine, SQLite hardening, migrations at start, units of work."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

from smarttek_dsar.paths import default_database_path

DATABASE_ENV = "SMARTTEK_DSAR_DB"


class DatabaseError(RuntimeError):
    """The database cannot be opened or used; the message says which and what to do."""


def resolve_url(explicit: str | None = None) -> str:
    """--db wins, then SMARTTEK_DSAR_DB, then the SQLite file in the user data directory."""
    url = explicit or os.environ.get(DATABASE_ENV)
    if url:
        return url
    return sqlite_url(default_database_path())


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{Path(path).resolve()}"


def describe_url(url: str) -> str:
    """For the title bar and messages: the file, or the team server, never a password."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return f"local file {parsed.database}"
    return f"team server {parsed.host or 'localhost'}/{parsed.database}"


def _prepare_sqlite_file(path: str) -> None:
    """Create the file readable by its owner only: it holds subjects' personal data."""
    if path in ("", ":memory:"):
        return
    file = Path(path)
    file.parent.mkdir(parents=True, exist_ok=True)
    if not file.exists():
        fd = os.open(file, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    else:
        try:
            os.chmod(file, 0o600)
        except OSError:
            pass  # not ours to change (e.g. a read-only copy); opening still works


def make_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
        parsed.get_dialect()
    except NoSuchModuleError:
        raise DatabaseError(
            f"No database driver for '{url.split(':', 1)[0]}'. Use sqlite:///... or "
            "postgresql+psycopg://..."
        ) from None
    except ArgumentError:
        raise DatabaseError(
            f"'{url}' is not a database URL. Use e.g. sqlite:///path/to/file.sqlite3 or "
            "postgresql+psycopg://user@host/dbname."
        ) from None
    if parsed.get_backend_name() == "sqlite":
        _prepare_sqlite_file(parsed.database or "")
        engine = create_engine(url, connect_args={"timeout": 15})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=15000")
    cursor.close()


class Database:
    """One case store. Services open short units of work on it; nobody holds a session."""

    def __init__(self, url: str, *, migrate: bool = True) -> None:
        self.url = url
        self.engine = make_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        if migrate:
            self.migrate()

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def describe(self) -> str:
        return describe_url(self.url)

    def migrate(self) -> None:
        from smarttek_dsar.storage.migrate import upgrade_to_head

        try:
            upgrade_to_head(self.engine)
        except Exception as exc:  # connection refused, no permission, not a database file...
            raise DatabaseError(f"Cannot open the database ({self.describe()}): {exc}") from exc

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        if self.is_sqlite:
            # Keeps SQLite's table statistics fresh so the planner picks the right index (the
            # annual report's year filter is 15x faster with them); cheap when little changed.
            try:
                with self.engine.connect() as connection:
                    connection.exec_driver_sql("PRAGMA optimize")
            except Exception:  # closing must never fail because of housekeeping
                pass
        self.engine.dispose()
