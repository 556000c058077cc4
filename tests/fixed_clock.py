"""The one day every test runs on: SMARTTEK_DSAR_TEST_TODAY (YYYY-MM-DD), default 2026-12-02,
from 10:00 Riga time. tests/conftest.py moves the clock there for the whole session; helpers and
tests that need "today" or "now" take it from here (or from the `today` fixture), never from the
system clock, so CI can run the same tests under several dates."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, time

from smarttek_dsar.domain.clock import RIGA

TODAY_ENV = "SMARTTEK_DSAR_TEST_TODAY"
# A Wednesday whose one-month deadline (2 January 2027) is a Saturday, moved to Monday 4 January:
# the kind of day on which date-sensitive tests used to fail.
DEFAULT_TODAY = "2026-12-02"


class BadTestDate(ValueError):
    pass


def _today_from_environment() -> date:
    raw = os.environ.get(TODAY_ENV) or DEFAULT_TODAY
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise BadTestDate(f"{TODAY_ENV}={raw!r} is not a date; write it as YYYY-MM-DD") from None


TODAY = _today_from_environment()
# 10:00 in Riga is 07:00 or 08:00 UTC: the same calendar day in Riga, in UTC and on any machine
# between the Americas and Riga, so date.today() in the application and the Riga date agree.
NOW = datetime.combine(TODAY, time(10, 0), tzinfo=RIGA)
NOW_UTC = NOW.astimezone(UTC)
