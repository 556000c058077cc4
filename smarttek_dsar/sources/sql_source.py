"""Searching an SQL database: read-only connection, parameterised queries, streamed rows.

The identifiers are always bound as parameters, never pasted into the SQL. Each search runs
in a read-only transaction with a statement timeout where the database has them (PostgreSQL:
SET TRANSACTION READ ONLY + statement_timeout; MySQL/MariaDB: START TRANSACTION READ ONLY +
max_execution_time / max_statement_time; SQLite: the file opened read-only with query_only and
a progress handler that stops a query past its time); MS SQL has no such switch, so give the
source a login with db_datareader only. `sql_guard` parses every query first and refuses
anything but one plain SELECT on every database. The real barrier is a read-only database
login, which the Data sources page asks the administrator to use.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DataError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.pool import NullPool

from smarttek_dsar.domain.messages import Message, message
from smarttek_dsar.sources.config import BIND_PARAMETERS, SqlSource
from smarttek_dsar.sources.found import FoundRows, SourceFailure, row_json
from smarttek_dsar.sources.identifiers import SubjectIdentifiers
from smarttek_dsar.sources.sql_guard import (
    bind_names,
    check_read_only,
    escape_like,
    like_parameters,
)

BATCH = 5_000
_CONNECT_TIMEOUT = 10  # seconds: an unreachable server is reported, not waited for
# A search for one person's rows that runs longer than this is a runaway query (or an attack
# on the company system); it is stopped by the server and reported.
STATEMENT_TIMEOUT = 120  # seconds

_TIMEOUT_ARGS = {
    "postgresql": {"connect_timeout": _CONNECT_TIMEOUT},
    "mysql": {"connect_timeout": _CONNECT_TIMEOUT},
    "mariadb": {"connect_timeout": _CONNECT_TIMEOUT},
    "mssql": {"timeout": _CONNECT_TIMEOUT},
}


def describe_source_url(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def source_engine(source: SqlSource, password: str | None = None) -> sa.Engine:
    try:
        url = make_url(source.url)
    except ArgumentError:
        raise SourceFailure(
            "'{url}' is not a database URL; write e.g. "
            "postgresql+psycopg://reader@crm.example.lv/crm or "
            "sqlite:///C:/exports/crm.sqlite3.", url=source.url
        ) from None
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url)
    if password:
        url = url.set(password=password)
    try:
        return sa.create_engine(
            url, poolclass=NullPool, hide_parameters=True,
            connect_args=_TIMEOUT_ARGS.get(url.get_backend_name(), {}),
        )
    except (NoSuchModuleError, ModuleNotFoundError, ImportError) as error:
        raise SourceFailure(
            "No database driver for '{drivername}' is installed ({error}). Install it (e.g. "
            "pymysql for MySQL/MariaDB, pyodbc for MS SQL) or change the URL.", drivername=url.drivername, error=error
        ) from None


def _sqlite_engine(url: URL) -> sa.Engine:
    if not url.database or url.database == ":memory:":
        raise SourceFailure("An SQLite source must name its database file.")
    path = Path(url.database)
    if not path.is_file():
        # sqlite would silently create an empty file and find nothing: say so instead.
        raise SourceFailure("The database file {path} does not exist. Check the path in the "
                            "data source settings.", path=path)
    uri = path.resolve().as_uri() + "?mode=ro"

    def connect() -> sqlite3.Connection:
        connection = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=15)
        connection.execute("PRAGMA query_only = ON")
        return connection

    return sa.create_engine("sqlite://", creator=connect, poolclass=NullPool,
                            hide_parameters=True)


@contextmanager
def read_only(engine: sa.Engine, timeout: float = STATEMENT_TIMEOUT,
              stop: Callable[[], bool] | None = None) -> Iterator[sa.Connection]:
    """A connection inside a read-only transaction whose statements stop after `timeout`
    seconds (on SQLite also once `stop()` says so), rolled back at the end whatever happened."""
    try:
        connection = engine.connect()
    except SQLAlchemyError as error:
        raise SourceFailure("Cannot connect: {error}", error=_first_line(error)) from None
    try:
        try:
            _begin_read_only(connection, timeout, stop)
        except SQLAlchemyError as error:
            raise SourceFailure(
                "Cannot start a read-only search: {error}", error=_first_line(error)) from None
        yield connection
    finally:
        try:
            connection.rollback()
        finally:
            connection.close()


def _begin_read_only(connection: sa.Connection, timeout: float,
                     stop: Callable[[], bool] | None = None) -> None:
    backend = connection.dialect.name
    if backend == "postgresql":
        connection.exec_driver_sql("SET TRANSACTION READ ONLY")
        # SET LOCAL: the limit ends with this transaction.
        connection.exec_driver_sql(f"SET LOCAL statement_timeout = {int(timeout * 1000)}")
    elif backend in ("mysql", "mariadb"):
        if getattr(connection.dialect, "is_mariadb", False):
            connection.exec_driver_sql(f"SET SESSION max_statement_time = {float(timeout)}")
        else:
            connection.exec_driver_sql(f"SET SESSION max_execution_time = {int(timeout * 1000)}")
        connection.exec_driver_sql("START TRANSACTION READ ONLY")
    elif backend == "sqlite":
        # SQLite has no statement timeout: the progress handler (called every 10,000 virtual
        # machine steps) interrupts the statement once the time is up.
        deadline = time.monotonic() + timeout
        raw = connection.connection.driver_connection
        raw.set_progress_handler(
            lambda: int(time.monotonic() > deadline or (stop is not None and stop())), 10_000)


def prepared(sql: str, backend: str | None = None) -> sa.TextClause:
    check_read_only(sql, backend)
    statement = sa.text(sql)
    if "personal_codes" in bind_names(sql):
        # A list of codes (current and former, each with and without the hyphen): IN (...).
        # Typed as text: an empty list (a subject without a code) is rendered as an empty
        # text set, which PostgreSQL compares with a text column (untyped it is an integer
        # set: "operator does not exist: text = integer").
        statement = statement.bindparams(
            sa.bindparam("personal_codes", expanding=True, type_=sa.String()))
    return statement


def parameters(
    sql: str, identifiers: SubjectIdentifiers, backend: str | None = None
) -> dict[str, object]:
    values = identifiers.bind_values()
    in_like = like_parameters(sql, backend)
    return {
        name: escape_like(values[name], backend) if name in in_like else values[name]
        for name in bind_names(sql) if name in BIND_PARAMETERS
    }


def _run(connection: sa.Connection, sql: str, identifiers: SubjectIdentifiers) -> sa.CursorResult:
    backend = connection.dialect.name
    return connection.execute(prepared(sql, backend), parameters(sql, identifiers, backend))


def search_sql(
    source: SqlSource, identifiers: SubjectIdentifiers, password: str | None = None
) -> Iterator[int]:
    """Run every category query; yield the rows found so far; return the FoundRows list.

    A generator so that the caller can stop between batches (cancel) and show progress.
    """
    found: list[FoundRows] = []
    engine = source_engine(source, password)
    total = 0
    try:
        with read_only(engine) as connection:
            for query in source.queries:
                rows = FoundRows(source.name, query.category_id, query.sql,
                                 query.system or source.name)
                try:
                    result = _run(connection.execution_options(stream_results=True),
                                  query.sql, identifiers)
                    rows.columns = tuple(result.keys())
                    for batch in result.partitions(BATCH):
                        rows.rows.extend(row_json(rows.columns, row) for row in batch)
                        total += len(batch)
                        yield total
                except SQLAlchemyError as error:
                    raise SourceFailure(
                        "The query for category '{category_id}' failed: {error}", category_id=query.category_id, error=_first_line(error)
                    ) from None
                found.append(rows)
    finally:
        engine.dispose()
    return found


def run_subject_query(
    source: SqlSource, identifiers: SubjectIdentifiers, limit: int, password: str | None = None
) -> list[dict[str, object]]:
    if not source.subject_query:
        return []
    engine = source_engine(source, password)
    try:
        with read_only(engine) as connection:
            try:
                result = _run(connection, source.subject_query, identifiers)
                return [dict(row) for row in result.mappings().fetchmany(limit)]
            except SQLAlchemyError as error:
                raise SourceFailure("The subject query failed: {error}", error=_first_line(error)) from None
    finally:
        engine.dispose()


def run_codes_query(
    source: SqlSource, identifiers: SubjectIdentifiers, password: str | None = None
) -> list[str]:
    """Every personal code the source knows the subject by (current and former)."""
    if not source.codes_query or not identifiers.personal_codes:
        return []
    only_codes = SubjectIdentifiers(personal_codes=identifiers.personal_codes)
    engine = source_engine(source, password)
    try:
        with read_only(engine) as connection:
            try:
                result = _run(connection, source.codes_query, only_codes)
                return [str(code) for code in result.scalars() if code]
            except SQLAlchemyError as error:
                raise SourceFailure("The codes query failed: {error}", error=_first_line(error)) from None
    finally:
        engine.dispose()


def count_query_rows(
    source: SqlSource, sql: str, identifiers: SubjectIdentifiers, password: str | None = None,
    *, stop: Callable[[], bool] | None = None, batch: int = 500,
) -> Iterator[int]:
    """Run one query (checked by sql_guard, read-only, time-limited) for one subject and yield
    the number of rows counted so far; the rows themselves are never kept (a test of a query
    must not copy a person's data anywhere). Stop iterating to cancel between batches; `stop`
    also interrupts a long SQLite statement."""
    engine = source_engine(source, password)
    try:
        with read_only(engine, stop=stop) as connection, _cancelled_by(connection, stop):
            try:
                result = _run(connection.execution_options(stream_results=True), sql,
                              identifiers)
                counted = 0
                yield counted
                for rows in result.partitions(batch):
                    counted += len(rows)
                    yield counted
            except SQLAlchemyError as error:
                raise SourceFailure("The query failed: {error}", error=_first_line(error)) from None
    finally:
        engine.dispose()


@contextmanager
def _cancelled_by(connection: sa.Connection, stop: Callable[[], bool] | None) -> Iterator[None]:
    """On PostgreSQL, ask the server to cancel the running statement once `stop()` says so: a
    query may compute for a long time before its first row (SQLite: the progress handler)."""
    raw = connection.connection.driver_connection
    cancel = getattr(raw, "cancel_safe", None) or getattr(raw, "cancel", None)
    if stop is None or connection.dialect.name != "postgresql" or cancel is None:
        yield
        return
    done = threading.Event()

    def watch() -> None:
        while not done.wait(0.1):
            if stop():
                try:
                    cancel()
                except Exception:  # the statement ended meanwhile; nothing left to cancel
                    pass
                return

    watcher = threading.Thread(target=watch, name="query-cancel", daemon=True)
    watcher.start()
    try:
        yield
    finally:
        done.set()
        watcher.join()


def check_sql_source(source: SqlSource, password: str | None = None) -> Message:
    """Connect and run every query with no identifiers: proves the tables and columns exist."""
    engine = source_engine(source, password)
    nobody = SubjectIdentifiers()
    try:
        with read_only(engine) as connection:
            statements = [(q.category_id, q.sql) for q in source.queries]
            if source.subject_query:
                statements.append(("subject lookup", source.subject_query))
            if source.codes_query:
                statements.append(("personal codes", source.codes_query))
            for what, sql in statements:
                try:
                    _run(connection, sql, nobody).fetchmany(1)
                except SQLAlchemyError as error:
                    raise SourceFailure(
                        "The query for '{what}' failed: {error}", what=what, error=_first_line(error)) from None
    finally:
        engine.dispose()
    return message("Connected to {source}; {count} {count:plural:query|queries} run.",
                   source=describe_source_url(source.url), count=len(statements))


def _first_line(error: SQLAlchemyError) -> str:
    if isinstance(error, DataError):
        # The server's text quotes the value that did not fit: a subject's identifier.
        return ("a value searched for does not fit a column's type (DataError); check the "
                "query's comparisons")
    original = getattr(error, "orig", None) or error
    text = str(original).strip().splitlines()
    return text[0] if text else type(original).__name__
