"""`case list` with a text filter over 100,000 cases (target: 100 ms or less on SQLite), and
recomputing the stored deadlines of every open case, each beside the bare library in the same run.

Run: python benchmarks/bench_case_list.py
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from datetime import date, datetime, timedelta

from demo_store import demo_services

from smarttek_dsar.domain.clock import Pause, compute_deadline, receipt_date
from smarttek_dsar.services.administration.organisation import load_calendar
from smarttek_dsar.services.case_query import CaseFilter
from smarttek_dsar.services.deadlines import refresh_all
from smarttek_dsar.storage.timestamps import as_utc

TERMS = ["bērziņ", "ozola", "dsar-2026-01", "@pasts", "+37126", "zzzz-nobody"]


def median_ms(fn, repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    services = demo_services()
    actor = services.users.actor_for("dpo", reason="benchmark")
    path = services.db.engine.url.database
    bare = sqlite3.connect(path)
    print("Text filter over 100,000 cases; 'page' is the window's first page of 200 rows.")
    print(f"{'filter':<14} {'rows':>6} {'all rows ms':>12} {'page ms':>8} {'bare SQL ms':>12}")
    for term in TERMS:
        rows = services.cases.list(actor, CaseFilter(text=term))
        ours = median_ms(lambda t=term: services.cases.list(actor, CaseFilter(text=t)))
        # The bare library: the same rows with sqlite3 and a plain LIKE over the column.
        theirs = median_ms(lambda t=term: bare.execute(
            "SELECT id, number, stage, rights, channel, received_at, due_date, paused, extended,"
            " subject_name, assignee_id, version FROM cases WHERE search_text LIKE ?"
            " ORDER BY due_date, id", (f"%{t}%",)).fetchall())
        page = median_ms(lambda t=term: services.cases.list(actor, CaseFilter(text=t), limit=200))
        print(f"{term:<14} {len(rows):>6} {ours:>12.1f} {page:>8.1f} {theirs:>12.1f}")
    first_page = median_ms(lambda: services.cases.list(actor, CaseFilter(), limit=200))
    count = median_ms(lambda: services.cases.count(actor, CaseFilter()))
    print(f"first page of 200 (no filter): {first_page:.1f} ms; count: {count:.1f} ms")

    with services.db.unit_of_work() as session:
        started = time.perf_counter()
        # A day later: every open pause moves its case's deadline, as in the daily refresh.
        changed = refresh_all(session, today=date.today() + timedelta(days=1))
        ours = time.perf_counter() - started
        session.rollback()
    # Bare: the same clock over plain rows fetched with sqlite3, nothing written back.
    with services.db.unit_of_work() as session:
        calendar = load_calendar(session)
    started = time.perf_counter()
    pauses: dict[int, list[Pause]] = {}
    for case_id, start, end, reason in bare.execute(
            "SELECT case_id, start, end, reason FROM clock_pauses"):
        pauses.setdefault(case_id, []).append(
            Pause(date.fromisoformat(start), date.fromisoformat(end) if end else None, reason))
    total = 0
    today = date.today()
    for case_id, received in bare.execute(
            "SELECT id, received_at FROM cases WHERE stage IN "
            "('intake','identity','review','fulfilment')"):
        compute_deadline(receipt_date(as_utc(datetime.fromisoformat(received))), calendar,
                         pauses=tuple(pauses.get(case_id, ())), today=today)
        total += 1
    bare_time = time.perf_counter() - started
    all_cases = bare.execute("SELECT count(*) FROM cases").fetchone()[0]
    started = time.perf_counter()
    for (received,) in bare.execute("SELECT received_at FROM cases"):
        compute_deadline(receipt_date(as_utc(datetime.fromisoformat(received))), calendar,
                         today=today)
    every = time.perf_counter() - started
    print(f"recompute stored deadlines of {total} open cases (refresh_all in SQL batches, {changed} "
          f"changed): {ours:.2f} s; bare sqlite3 + clock: {bare_time:.2f} s")
    print(f"clock over all {all_cases} cases' receipt dates: {every:.2f} s (target 2 s)")


if __name__ == "__main__":
    main()
