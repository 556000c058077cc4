"""Opening the case store: engine, SQLite hardening, migrations at start, units of work.

Every unit of work says once what kind it is (as Calibre's read_api/write_api do):
`unit_of_work()` may write and is serialized against every other writer before its first
read, so what it read still holds when it commits (the audit chain's head, a case's version,
the year's case counter); `read()` only reads and can never write.

- SQLite: pysqlite's own transaction handling is switched off and each unit begins itself
  (SQLAlchemy's documented pysqlite recipe): BEGIN IMMEDIATE takes the write lock before the
  first read, waiting up to the busy timeout for the current writer; a read begins a plain
  (deferred) transaction that reads a WAL snapshot without waiting for writers.
- PostgreSQL: rows are locked where a writer reads what it will change (the audit head, the
  case, the counter: SELECT ... FOR UPDATE or an upsert), so a second writer waits and then
  sees the first one's result.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from smarttek_dsar.domain.messages import Message, Messaged, message
from smarttek_dsar.paths import default_database_path
from smarttek_dsar.storage.nul_bytes import strip_nul_before_flush

DATABASE_ENV = "SMARTTEK_DSAR_DB"
# How long a writer waits for the one before it. Write units are short (milliseconds); this is
# room for a slow disk or a long import of a large file, not a normal wait.
BUSY_TIMEOUT_SECONDS = 15
# Set on a read unit's session; a flush in it is a programming error, caught at once.
READ_ONLY = "smarttek_dsar.read_only"
# Set by the service that changes a case (services.case_records.case_for_change): a function
# that, given a read session, returns the user-facing conflict error for that case. A collision
# the database finds only at flush or commit is then reported exactly like a stale version.
ON_COLLISION = "smarttek_dsar.on_collision"
_BEGIN = "smarttek_dsar_begin"
# How long wiping the file after a purge waits for another program's read to end.
_ERASE_WAIT_MS = 2000


class DatabaseError(Messaged, RuntimeError):
    """The database cannot be opened or used; the message says which and what to do (a message
    code with parameters, domain/messages.py, like the services' errors)."""

    def __init__(self, template: str | Message, /, **params: Any) -> None:
        super().__init__(self._set_message(template, params))


def resolve_url(explicit: str | None = None) -> str:
    """--db wins, then SMARTTEK_DSAR_DB, then the SQLite file in the user data directory."""
    url = explicit or os.environ.get(DATABASE_ENV)
    if url:
        return url
    return sqlite_url(default_database_path())


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{Path(path).resolve()}"


def described_url(url: str) -> Message:
    """For the title bar and messages: the file, or the team server, never a password (a
    message code: the window names it in its language)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return message("local file {path}", path=parsed.database)
    return message("team server {host}/{database}", host=parsed.host or "localhost",
                   database=parsed.database)


def describe_url(url: str) -> str:
    return str(described_url(url))


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
            "No database driver for '{scheme}'. Use sqlite:///... or postgresql+psycopg://...", scheme=url.split(':', 1)[0]
        ) from None
    except ArgumentError:
        raise DatabaseError(
            "'{url}' is not a database URL. Use e.g. sqlite:///path/to/file.sqlite3 or "
            "postgresql+psycopg://user@host/dbname.", url=url
        ) from None
    # A failed statement's message and any SQL log would otherwise list every bound value:
    # names, codes and request texts would end up in logs and error dialogs (GDPR 5(1)(f), 32).
    if parsed.get_backend_name() == "sqlite":
        _prepare_sqlite_file(parsed.database or "")
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_SECONDS},
                               hide_parameters=True)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True, hide_parameters=True)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # The driver must not begin transactions itself: it would begin at the first write, after
    # the reads a writer depends on (see _sqlite_begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    # Deleted rows are overwritten with zeros, not left in free pages: a purged subject's data
    # must not stay readable in the file (GDPR 5(1)(e), issue 13).
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_SECONDS * 1000)}")
    cursor.close()


def _sqlite_begin(connection) -> None:
    # Units of work say which BEGIN they need (Database._sessions / _readers); anything else
    # (migrations, housekeeping) is a writer too.
    mode = connection.get_execution_options().get(_BEGIN, "IMMEDIATE")
    connection.exec_driver_sql(f"BEGIN {mode}")


def _refuse_flush(session: Session, _context, _instances) -> None:
    if session.info.get(READ_ONLY) and (session.new or session.dirty or session.deleted):
        raise RuntimeError("A read unit of work tried to write; open a unit_of_work() instead.")


def _collision(exc: BaseException) -> bool:
    """Two writers collided on the same rows (found by the database, not by our own check)."""
    if isinstance(exc, StaleDataError):
        return True
    if isinstance(exc, OperationalError):
        code = getattr(exc.orig, "sqlstate", None)
        # 40001 serialization_failure, 40P01 deadlock_detected, 55P03 lock_not_available
        return code in ("40001", "40P01", "55P03")
    return False


class Database:
    """One case store. Services open short units of work on it; nobody holds a session."""

    def __init__(self, url: str, *, migrate: bool = True) -> None:
        self.url = url
        # Team mode: the user whose own PostgreSQL login this database was opened with
        # (services.administration.users.sign_in_to_team); None with shared credentials.
        self.team_login: str | None = None
        self.engine = make_engine(url)
        self._writing = threading.local()
        self._make_sessions(self.engine)
        if migrate:
            self.migrate()

    def _make_sessions(self, engine: Engine) -> None:
        writer = engine.execution_options(**{_BEGIN: "IMMEDIATE"})
        reader = engine.execution_options(**{_BEGIN: "DEFERRED"})
        if not self.is_sqlite:
            reader = reader.execution_options(postgresql_readonly=True)
        self._sessions = sessionmaker(writer, expire_on_commit=False)
        self._readers = sessionmaker(reader, expire_on_commit=False, info={READ_ONLY: True})
        event.listen(self._readers, "before_flush", _refuse_flush)
        event.listen(self._sessions, "before_flush", strip_nul_before_flush)

    def read_tables_from(self, schema: str) -> None:
        """Team mode, a manager's login: every table the services name is read from the views
        of that schema (storage/team_roles.py), which carry no personal data."""
        self._make_sessions(self.engine.execution_options(schema_translate_map={None: schema}))

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def describe(self) -> str:
        return describe_url(self.url)

    def description(self) -> Message:
        return described_url(self.url)

    def migrate(self) -> None:
        from smarttek_dsar.storage.migrate import upgrade_to_head

        try:
            upgrade_to_head(self.engine)
        except Exception as exc:  # connection refused, no permission, not a database file...
            raise DatabaseError("Cannot open the database ({database}): {exc}",
                                database=self.description(), exc=exc) from exc

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One write transaction, serialized against other writers from its first statement:
        committed when the block ends, rolled back on any error. Two writers that still
        collide on a case (found only by the database) get the same ConflictError as a
        stale expected version."""
        if getattr(self._writing, "active", False):
            # A second writer on the same thread would wait for the first one's lock until the
            # busy timeout (SQLite) or forever (the PostgreSQL audit head): fail at once instead.
            raise RuntimeError("A write unit of work was opened inside another one on the same "
                               "thread; pass the session on or read with Database.read().")
        self._writing.active = True
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException as exc:
            session.rollback()
            conflict = session.info.get(ON_COLLISION)
            if conflict is not None and _collision(exc):
                with self.read() as fresh:
                    raise conflict(fresh) from exc
            self._raise_if_refused(exc)
            raise
        finally:
            session.close()
            self._writing.active = False

    @contextmanager
    def read(self) -> Iterator[Session]:
        """One read-only transaction (a consistent snapshot) that never waits for writers;
        for pages that record no audit event. Any attempt to write in it fails at once."""
        session = self._readers()
        try:
            yield session
        except DBAPIError as exc:
            self._raise_if_refused(exc)
            raise
        finally:
            # Ends the transaction without expiring what was loaded (rollback would).
            session.close()

    def _raise_if_refused(self, exc: BaseException) -> None:
        """Team mode: the server refused something to this user's own login (a manager's
        login reads cases only through views without personal data): one clear sentence
        instead of an internal error."""
        if self.team_login is None or not isinstance(exc, DBAPIError):
            return
        code = getattr(exc.orig, "sqlstate", None)
        # 42501 insufficient_privilege; 42703 / 42P01 a column or table the managers' views
        # do not have
        if code in ("42501", "42703", "42P01"):
            raise DatabaseError(
                "The database server does not let the login '{team_login}' read or change "
                "this (team roles: managers see case metadata only, nobody changes the audit "
                "trail).", team_login=self.team_login) from None

    def erase_free_space(self) -> None:
        """SQLite: rewrite the file without free pages (VACUUM), then move the write-ahead log
        into it and cut the log to zero bytes (wal_checkpoint(TRUNCATE)). After a purge neither
        the file's free space nor the log may still hold what was removed. A connection that
        is open but idle does not stop this; one in the middle of a read makes the checkpoint
        incomplete, and that is reported. PostgreSQL: nothing here (its own vacuum reclaims
        dead rows)."""
        if not self.is_sqlite:
            return
        busy_message = ("The purge is saved, but another program was using the case file, so "
                        "its free space and write-ahead log could not be wiped. Close the other "
                        "windows and run purge again.")
        raw = self.engine.raw_connection()
        try:
            # The driver's own transaction handling is off (_sqlite_pragmas): VACUUM and the
            # checkpoint run outside any transaction, as SQLite requires.
            connection = raw.driver_connection
            # A reader that holds the file keeps holding it: say so after a short wait
            # instead of the writers' full busy timeout (twice).
            connection.execute(f"PRAGMA busy_timeout={_ERASE_WAIT_MS}")
            connection.execute("VACUUM")
            busy, log_frames, _moved = connection.execute(
                "PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlite3.OperationalError:  # locked past the wait
            raise DatabaseError(busy_message) from None
        finally:
            with contextlib.suppress(sqlite3.Error):
                raw.driver_connection.execute(
                    f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_SECONDS * 1000)}")
            raw.close()
        if busy or log_frames > 0:
            raise DatabaseError(busy_message)

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
