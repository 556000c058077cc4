"""The sources form's Test button, measured through SourcesService.test_query on a real SQLite
source: a subject with many rows (the rows are counted in batches, never kept), and how soon a
Cancel stops a statement that would run for a long time.

Targets: counting 100,000 rows under 1 s; a cancel stops a running SQLite statement within
0.2 s. Run: python benchmarks/bench_query_test.py [--rows N]
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import threading
import time
from pathlib import Path

from smarttek_dsar.domain.progress import CallbackProgress, Cancelled
from smarttek_dsar.services import Services
from smarttek_dsar.services.administration.query_test import SampleSubject
from smarttek_dsar.sources.config import CategoryQuery, SourcesConfig, SqlSource
from smarttek_dsar.storage.database import sqlite_url

EMAIL = "liga@example.lv"
SLOW = ("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 1000000000) "
        "SELECT count(*) FROM n WHERE :email IS NOT NULL")


def build(path: Path, rows: int) -> None:
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE events (email TEXT, at TEXT, what TEXT)")
        db.execute("CREATE INDEX events_email ON events (email)")
        db.executemany("INSERT INTO events VALUES (?, '2024-01-01T10:00:00', 'login')",
                       ((EMAIL,) for _ in range(rows)))
        db.executemany("INSERT INTO events VALUES (?, '2024-01-01T10:00:00', 'login')",
                       ((f"other{n}@example.lv",) for n in range(rows)))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-query-test-"))
    build(work / "system.sqlite3", args.rows)
    services = Services.open(sqlite_url(work / "cases.sqlite3"))
    services.users.create_first_admin("dpo", "a long enough password")
    dpo = services.users.actor_for("dpo", reason="benchmark")
    source = SqlSource("Portal", f"sqlite:///{work / 'system.sqlite3'}", (
        CategoryQuery("portal_app_accounts",
                      "SELECT at, what FROM events WHERE email = :email"),
        CategoryQuery("portal_app_accounts", SLOW)))
    config = SourcesConfig((source,))

    timings = []
    for _ in range(5):
        started = time.perf_counter()
        result = services.sources.test_query(dpo, "Portal", 0, config=config,
                                             sample=SampleSubject(email=EMAIL))
        timings.append(time.perf_counter() - started)
        assert result.ok and result.rows == args.rows, result
    print(f"count {args.rows:,} rows of one subject: best {min(timings) * 1000:.0f} ms, "
          f"worst {max(timings) * 1000:.0f} ms (target < 1000 ms)")

    progress = CallbackProgress()
    stopped: list[float] = []

    def run() -> None:
        try:
            services.sources.test_query(dpo, "Portal", 1, config=config,
                                        sample=SampleSubject(email=EMAIL), progress=progress)
        except Cancelled:
            stopped.append(time.perf_counter())

    worker = threading.Thread(target=run)
    worker.start()
    time.sleep(0.5)  # the statement is running inside SQLite
    pressed = time.perf_counter()
    progress.cancel()
    worker.join(30)
    assert stopped, "the test did not stop"
    print(f"cancel of a running statement: stopped {(stopped[0] - pressed) * 1000:.0f} ms after "
          "Cancel (target < 200 ms)")
    services.db.dispose()


if __name__ == "__main__":
    main()
