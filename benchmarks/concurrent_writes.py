"""Several desks at once on one case store, on real threads, on SQLite and PostgreSQL: 8
writers changing cases from the version they read and 8 readers opening cases (an audited
read each), then N registrations at once. Prints errors, conflicts and operations per second,
and beside them the bare driver (sqlite3 / psycopg) appending to a locked chain head from the
same number of threads: the floor that any serialized, audited write pays.

Run: python benchmarks/concurrent_writes.py [--seconds 15] [--creations 400]
PostgreSQL is measured when SMARTTEK_DSAR_TEST_PG (or --pg) names a server; a fresh database
is created there and dropped afterwards.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

# The workload and the request builder are the stress test's own, so the two measure the same.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from smarttek_dsar.domain.roles import Role  # noqa: E402
from smarttek_dsar.services import Services  # noqa: E402
from smarttek_dsar.storage.database import Database, sqlite_url  # noqa: E402
from tests.services.case_factory import new_request  # noqa: E402
from tests.services.concurrent_workload import (  # noqa: E402
    CONFLICT_MESSAGE,
    create_in_parallel,
    run_desks,
)

DESKS = 8
PASSWORD = "correct horse battery"


def measure_app(url: str, seconds: float, creations: int) -> None:
    services = Services(Database(url))
    try:
        services.users.create_first_admin("dpo", PASSWORD, "DPO", also_specialist=False)
        admin = services.users.login("dpo", PASSWORD)
        desks = []
        for i in range(DESKS):
            services.users.add(admin, f"desk{i}", PASSWORD, frozenset({Role.SPECIALIST}))
            desks.append(services.users.login(f"desk{i}", PASSWORD))
        numbers = [
            services.cases.create(desks[0], new_request(name=f"S {i}", code=None,
                                                        email=f"s{i}@example.lv")).number
            for i in range(4)
        ]
        first = {n: services.cases.detail(admin, n).summary.version for n in numbers}
        outcome = run_desks(services, desks, desks, numbers, seconds)
        last = {n: services.cases.detail(admin, n).summary.version for n in numbers}
        broken = outcome.lost_or_double_writes(first, last)
        wrong_words = [c for c in outcome.conflicts if not CONFLICT_MESSAGE.match(c.message)]
        print(f"  {DESKS} writers + {DESKS} audited readers, {outcome.seconds:.1f} s: "
              f"{outcome.writes / outcome.seconds:7.1f} changes/s, "
              f"{outcome.reads / outcome.seconds:7.1f} audited openings/s, "
              f"{len(outcome.conflicts)} conflicts ({len(wrong_words)} without the message), "
              f"{len(outcome.errors)} errors, {len(broken)} lost/double writes")
        for error in outcome.errors[:5]:
            print(f"    error: {error[:160]}")

        requests = [new_request(name=f"N {i}", code=None, email=f"n{i}@example.lv")
                    for i in range(creations)]
        created, errors, took = create_in_parallel(services, desks[1], requests, threads=16)
        print(f"  {creations} registrations from 16 threads: {len(set(created))} distinct cases, "
              f"{len(errors)} errors, {creations / took:7.1f} cases/s")
        report = services.audit.verify(admin)
        state = "OK (gapless, every hash verified)" if report.ok else f"BROKEN: {report.problem}"
        print(f"  audit chain of {report.events} events: {state}")
    finally:
        services.db.dispose()


def bare_appends(connect, begin: str, lock_head: str, append: str, seconds: float,
                 threads: int) -> None:
    """The same shape of write with nothing else: lock the head, append one row, move the
    head, commit."""
    errors, done, lock = [], [0], threading.Lock()
    deadline = time.monotonic() + seconds

    def work(_index: int) -> None:
        connection = connect()
        cursor = connection.cursor()
        count = 0
        while time.monotonic() < deadline:
            try:
                cursor.execute(begin)
                cursor.execute(lock_head)
                seq = cursor.fetchone()[0] + 1
                cursor.execute(append, (seq, "x" * 200))
                cursor.execute("UPDATE head SET last_seq = last_seq + 1")
                cursor.execute("COMMIT")
                count += 1
            except Exception as exc:  # noqa: BLE001 - counted
                cursor.execute("ROLLBACK")
                with lock:
                    errors.append(repr(exc))
        connection.close()
        with lock:
            done[0] += count

    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=threads) as pool:
        list(pool.map(work, range(threads)))
    took = time.monotonic() - started
    print(f"  bare driver, {threads} threads appending to a locked head, {took:.1f} s: "
          f"{done[0] / took:7.1f} appends/s, {len(errors)} errors")


SCHEMA = ["CREATE TABLE head (last_seq INTEGER NOT NULL)", "INSERT INTO head VALUES (0)",
          "CREATE TABLE chain (seq INTEGER PRIMARY KEY, payload TEXT NOT NULL)"]


def bare_sqlite(path: Path, seconds: float) -> None:
    def connect():
        connection = sqlite3.connect(path, isolation_level=None, timeout=15,
                                     check_same_thread=False)
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")
        return connection

    setup = connect()
    for statement in SCHEMA:
        setup.execute(statement)
    setup.close()
    bare_appends(connect, "BEGIN IMMEDIATE", "SELECT last_seq FROM head",
                 "INSERT INTO chain (seq, payload) VALUES (?, ?)", seconds, 2 * DESKS)


def bare_postgres(url: str, seconds: float) -> None:
    import psycopg

    dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)

    def connect():
        return psycopg.connect(dsn, autocommit=True)

    with connect() as setup:
        for statement in SCHEMA:
            setup.execute(statement)
    bare_appends(connect, "BEGIN", "SELECT last_seq FROM head FOR UPDATE",
                 "INSERT INTO chain (seq, payload) VALUES (%s, %s)", seconds, 2 * DESKS)


def fresh_postgres(base: str) -> tuple[str, callable]:
    name = f"dsar_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              "WHERE datname = :n"), {"n": name})
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()

    return make_url(base).set(database=name).render_as_string(hide_password=False), drop


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=15.0)
    parser.add_argument("--creations", type=int, default=400)
    parser.add_argument("--pg", default=os.environ.get("SMARTTEK_DSAR_TEST_PG"))
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        print("SQLite (one file, WAL):")
        measure_app(sqlite_url(Path(folder) / "cases.sqlite3"), args.seconds, args.creations)
        bare_sqlite(Path(folder) / "bare.sqlite3", args.seconds)
    if not args.pg:
        print("PostgreSQL: skipped (set SMARTTEK_DSAR_TEST_PG or --pg)")
        return
    print("PostgreSQL:")
    url, drop = fresh_postgres(args.pg)
    try:
        measure_app(url, args.seconds, args.creations)
        bare_postgres(url, args.seconds)
    finally:
        drop()


if __name__ == "__main__":
    main()
