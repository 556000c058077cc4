"""How long recomputing every case deadline takes: 100,000 cases, budget 2 seconds.

Run: python benchmarks/bench_deadlines.py

Prints the clock (memoised, with explanation steps) on a cold and on a warm memo, the clock with
its memo bypassed, and the bare `holidays` library doing the same date work with no steps and no
memo, for comparison. The case mix is fixed by a seed: receipts spread over two years, about 10%
with an identity pause (a fifth of those still open) and about 5% extended.
"""

from __future__ import annotations

import calendar as stdlib_calendar
import random
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import holidays

# Run as a plain script from a checkout, without installing the package first.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from smarttek_dsar.domain import calendar as lv_calendar  # noqa: E402
from smarttek_dsar.domain import clock  # noqa: E402
from smarttek_dsar.domain.calendar import LatvianCalendar  # noqa: E402
from smarttek_dsar.domain.clock import Extension, Pause, compute_deadline  # noqa: E402

CASES = 100_000
BUDGET_SECONDS = 2.0
FIRST_RECEIPT = date(2025, 1, 1)
SPREAD_DAYS = 730
TODAY = date(2026, 12, 31)

Case = tuple[date, tuple[Pause, ...], Extension | None]


def make_cases(seed: int = 20260903) -> list[Case]:
    rng = random.Random(seed)
    cases: list[Case] = []
    for _ in range(CASES):
        received = FIRST_RECEIPT + timedelta(days=rng.randrange(SPREAD_DAYS))
        pauses: tuple[Pause, ...] = ()
        if rng.random() < 0.10:
            start = received + timedelta(days=rng.randrange(0, 11))
            end = None if rng.random() < 0.2 else start + timedelta(days=rng.randrange(1, 21))
            pauses = (Pause(start, end, "awaiting identity information"),)
        extension = None
        if rng.random() < 0.05:
            extension = Extension("complexity", received + timedelta(days=rng.randrange(1, 25)))
        cases.append((received, pauses, extension))
    return cases


def run_clock(cases: list[Case]) -> None:
    workdays = LatvianCalendar()
    for received, pauses, extension in cases:
        compute_deadline(received, workdays, pauses=pauses, extension=extension, today=TODAY)


def run_clock_without_memo(cases: list[Case]) -> None:
    # The same computation with every explanation step, calling past the lru_cache.
    uncached = clock._compute.__wrapped__
    workdays = LatvianCalendar()
    for received, pauses, extension in cases:
        today = TODAY if any(p.end is None for p in pauses) else None
        uncached(received, workdays, pauses, extension, today, clock.PAUSE_REQUEST_WITHIN_DAYS)


def _bare_add_months(d: date, n: int) -> date:
    year, month = divmod(d.year * 12 + d.month - 1 + n, 12)
    last = stdlib_calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(d.day, last))


def run_bare_library(cases: list[Case]) -> None:
    """Package lookups and date arithmetic only: no steps, no memo, no pause rules beyond days."""
    table = holidays.country_holidays("LV", language="en_US")

    def is_holiday(d: date) -> bool:
        names = table.get_list(d)
        return any(not name.startswith("Day off (substituted") for name in names)

    for received, pauses, extension in cases:
        paused = sum(((p.end or TODAY) - p.start).days for p in pauses)
        months = 3 if extension is not None else 1
        due = _bare_add_months(received, months) + timedelta(days=paused)
        while due.weekday() >= 5 or is_holiday(due):
            due += timedelta(days=1)


def timed(run: Callable[[list[Case]], None], cases: list[Case]) -> float:
    started = time.perf_counter()
    run(cases)
    return time.perf_counter() - started


def main() -> None:
    cases = make_cases()
    clock._compute.cache_clear()
    lv_calendar.public_holidays_of_year.cache_clear()
    cold = timed(run_clock, cases)
    info = clock._compute.cache_info()
    warm = timed(run_clock, cases)
    no_memo = timed(run_clock_without_memo, cases)
    bare = timed(run_bare_library, cases)

    print(f"{CASES:,} case deadlines (receipts over {SPREAD_DAYS} days, ~10% paused, ~5% extended)")
    print(f"  compute_deadline, cold memo:       {cold:7.3f} s  ({info.misses:,} distinct inputs)")
    print(f"  compute_deadline, warm memo:       {warm:7.3f} s")
    print(f"  clock with memo bypassed (steps):  {no_memo:7.3f} s")
    print(f"  bare holidays library, no steps:   {bare:7.3f} s")
    verdict = "within" if max(cold, warm) <= BUDGET_SECONDS else "OVER"
    print(f"  budget {BUDGET_SECONDS:.1f} s for the memoised clock: {verdict}")


if __name__ == "__main__":
    main()
