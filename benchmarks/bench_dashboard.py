"""The managers' dashboard over 100,000 cases and 1,000,000 audit events: every figure
(DashboardService.figures) on SQLite (target 200 ms) and PostgreSQL (target 300 ms), each
beside the same aggregate queries run with the bare driver (sqlite3 / psycopg) in the same run.

The audit events are added to a copy of the cached demo store with executemany and made-up
hashes: the chain does NOT verify in this copy (it only has to weigh on the database). The
indexes requested for the dashboard (see REQUESTED_INDEXES) are timed without and with.

Run: python benchmarks/bench_dashboard.py [--pg postgresql+psycopg://postgres@127.0.0.1/test]
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from demo_store import demo_services
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import make_url

from smarttek_dsar.services import Services
from smarttek_dsar.storage.database import Database, sqlite_url
from smarttek_dsar.storage.migrate import head_revision, is_current

AUDIT_EVENTS = 1_000_000
REQUESTED_INDEXES = {
    # Covering index: the tiles, the three breakdowns and the answer-time histogram are read
    # from it alone, without touching the wide case rows (request text, search text).
    "ix_cases_dashboard": "cases (stage, channel, rights, received_at, due_date, "
                          "initial_due_date, paused, extended, responded_on, closed_at, "
                          "assignee_id)",
    # The deadline list: each open stage walked in due-date order, stopping at 200 rows.
    "ix_cases_stage_due": "cases (stage, due_date)",
    # Answer times: the stored days to answer of answered cases, in GROUP BY order.
    "ix_cases_answers": "cases (days_to_answer, answered_on_time, received_at, channel, rights, "
                        "assignee_id)",
}
COPY_TABLES = ("users", "cases", "audit_head", "audit_events")


def median_ms(fn, repeat: int = 9) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def sqlite_copy(folder: Path = Path("/tmp/smarttek-bench")) -> Path:
    """The cached 100k store plus audit events up to a million, built once."""
    path = folder / "dashboard-100k-1M.sqlite3"
    if path.exists():
        _migrate(path)
        return path
    source = demo_services()
    source.db.dispose()
    started = time.perf_counter()
    shutil.copyfile(Path(make_url(source.db.url).database), path.with_suffix(".part"))
    connection = sqlite3.connect(path.with_suffix(".part"))
    have, last = connection.execute("SELECT count(*), max(seq) FROM audit_events").fetchone()
    cases = connection.execute("SELECT id, number FROM cases").fetchall()
    moment = datetime(2026, 1, 1, tzinfo=UTC)
    actions = ("case.viewed", "case.listed", "identity.checked", "review.decided",
               "case.advanced", "task.done")

    def rows():
        for i in range(AUDIT_EVENTS - have):
            case_id, number = cases[i % len(cases)]
            at = (moment + timedelta(seconds=i * 20)).strftime("%Y-%m-%d %H:%M:%S.000000")
            yield (last + i + 1, at, "janis", actions[i % len(actions)], case_id, number, "{}",
                   "0" * 64, f"{i:064x}")

    connection.executemany(
        "INSERT INTO audit_events (seq, at, username, action, case_id, case_number, details,"
        " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows())
    connection.commit()
    connection.close()
    path.with_suffix(".part").rename(path)
    print(f"(added {AUDIT_EVENTS - have} audit events in {time.perf_counter() - started:.1f} s;"
          " their hashes are made up: the chain of this copy does not verify)")
    return path


def _migrate(path: Path) -> None:
    """A copy cached by an older version is brought to the newest schema first (the runs
    below open it without migrating, to drop and add the indexes themselves). Timed: the
    migrations' backfills run over all 100,000 cases."""
    db = Database(sqlite_url(path), migrate=False)
    if not is_current(db.engine):
        with db.engine.begin() as connection:
            # An earlier run may have added the requested indexes to the older schema; the
            # migration that defines them would then stop at "index already exists".
            for name in REQUESTED_INDEXES:
                connection.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")
        started = time.perf_counter()
        db.migrate()
        print(f"(migrated the cached copy to revision {head_revision()} in "
              f"{time.perf_counter() - started:.1f} s)")
    db.dispose()


def capture_statements(services: Services, actor) -> list[tuple[str, object]]:
    """The SQL DashboardService.figures sends, with its parameters, for the bare run."""
    statements: list[tuple[str, object]] = []

    def keep(_conn, _cursor, statement, parameters, _context, _many):
        statements.append((statement, parameters))

    event.listen(services.db.engine, "before_cursor_execute", keep)
    services.dashboard.figures(actor)
    event.remove(services.db.engine, "before_cursor_execute", keep)
    return [(s, p) for s, p in statements if "users.username = " not in s]


def create_indexes(execute, analyze: str = "ANALYZE") -> None:
    for name, definition in REQUESTED_INDEXES.items():
        execute(f"CREATE INDEX IF NOT EXISTS {name} ON {definition}")
    execute(analyze)


def bench_sqlite(path: Path) -> None:
    services = Services(Database(sqlite_url(path), migrate=False))
    manager = services.users.actor_for("manager", reason="benchmark")
    bare = sqlite3.connect(path)
    events = bare.execute("SELECT count(*) FROM audit_events").fetchone()[0]
    cases = bare.execute("SELECT count(*) FROM cases").fetchone()[0]
    print(f"SQLite: {cases} cases, {events} audit events")
    for name in REQUESTED_INDEXES:
        bare.execute(f"DROP INDEX IF EXISTS {name}")
    bare.commit()
    for label in ("without the requested indexes", "with the requested indexes"):
        if label.startswith("with "):
            create_indexes(bare.execute)
            bare.commit()
        statements = capture_statements(services, manager)
        ours = median_ms(lambda: services.dashboard.figures(manager), repeat=5)
        theirs = median_ms(lambda st=statements: [bare.execute(s, p).fetchall() for s, p in st],
                           repeat=5)
        print(f"  {label:<32} figures(): {ours:7.1f} ms   bare sqlite3, same "
              f"{len(statements)} queries: {theirs:7.1f} ms   (target 200 ms)")
    for s, p in statements:
        each = median_ms(lambda s=s, p=p: bare.execute(s, p).fetchall(), repeat=5)
        print(f"      {each:6.1f} ms  {' '.join(s.split())[:90]}")
    services.db.dispose()


def bench_postgres(path: Path, admin_url: str) -> None:
    import psycopg

    name = f"dsar_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    try:
        services = Services(Database(url))  # the schema, by the migrations
        started = time.perf_counter()
        _load(path, url)
        print(f"PostgreSQL: loaded the same rows in {time.perf_counter() - started:.1f} s "
              f"(fresh database {name})")
        manager = services.users.actor_for("manager", reason="benchmark")
        plain = url.replace("postgresql+psycopg://", "postgresql://")
        with psycopg.connect(plain, autocommit=True) as bare:
            # As autovacuum would have done on a live server: statistics and the visibility
            # map, without which PostgreSQL cannot answer from an index alone.
            bare.execute("VACUUM ANALYZE")
            for label in ("without the requested indexes", "with the requested indexes"):
                if label.startswith("with "):
                    create_indexes(bare.execute, "VACUUM ANALYZE")
                statements = capture_statements(services, manager)
                ours = median_ms(lambda: services.dashboard.figures(manager), repeat=5)

                def run_bare(statements=statements):
                    for s, p in statements:
                        bare.execute(s, p).fetchall()

                theirs = median_ms(run_bare, repeat=5)
                print(f"  {label:<32} figures(): {ours:7.1f} ms   bare psycopg, same "
                      f"{len(statements)} queries: {theirs:7.1f} ms   (target 300 ms)")
            for s, p in statements:
                each = median_ms(lambda s=s, p=p: bare.execute(s, p).fetchall(), repeat=5)
                print(f"      {each:6.1f} ms  {' '.join(s.split())[:90]}")
        services.db.dispose()
    finally:
        with admin.connect() as conn:
            conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              "WHERE datname = :n"), {"n": name})
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


def _load(path: Path, url: str) -> None:
    import psycopg

    source = sqlite3.connect(path)
    plain = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain) as target:
        target.execute("SET TIME ZONE 'UTC'")  # the SQLite copy holds UTC wall times
        target.execute("DELETE FROM audit_events; DELETE FROM audit_head; DELETE FROM users")
        for table in COPY_TABLES:
            pg_columns = [r[0] for r in target.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = %s",
                (table,))]
            columns = [c for c in pg_columns
                       if c in {r[1] for r in source.execute(f"PRAGMA table_info({table})")}]
            listed = ", ".join(columns)
            with target.cursor().copy(f"COPY {table} ({listed}) FROM STDIN") as copy:
                for row in source.execute(f"SELECT {listed} FROM {table}"):
                    copy.write_row(row)
        target.commit()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pg", default="postgresql+psycopg://postgres@127.0.0.1:5432/test")
    parser.add_argument("--no-pg", action="store_true")
    parser.add_argument("--no-sqlite", action="store_true")
    args = parser.parse_args()
    path = sqlite_copy()
    if not args.no_sqlite:
        bench_sqlite(path)
    if not args.no_pg:
        bench_postgres(path, args.pg)


if __name__ == "__main__":
    main()
