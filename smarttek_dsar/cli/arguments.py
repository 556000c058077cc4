"""Parsing what a user typed into domain values, with messages that say what is wrong."""

from __future__ import annotations

import argparse
from datetime import date, datetime

from smarttek_dsar.domain.clock import RIGA

# Dates a request, a holiday or a report can sensibly have; beyond them date arithmetic
# (a deadline three months on) would run off the calendar.
FIRST_YEAR, LAST_YEAR = 1900, 2199


def _in_range(value, text: str):
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(
            f"'{text}' is out of range; give a date between {FIRST_YEAR} and {LAST_YEAR}")
    return value


def iso_date(text: str) -> date:
    try:
        value = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a date; write it as YYYY-MM-DD, e.g. 2026-09-03"
        ) from None
    return _in_range(value, text)


def year(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a year, e.g. 2026") from None
    if not FIRST_YEAR <= value <= LAST_YEAR:
        raise argparse.ArgumentTypeError(
            f"{value} is out of range; give a year between {FIRST_YEAR} and {LAST_YEAR}")
    return value


def whole_number(low: int, high: int):
    """An integer argument between low and high, e.g. --limit or --pause-days."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{value} is out of range; give {low} to {high}")
        return value

    parse.__name__ = "number"
    return parse


def seconds(low: float, high: float):
    """A finite number of seconds between low and high (NaN and infinity are refused)."""

    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not a number of seconds") from None
        if not low <= value <= high:  # also false for NaN
            raise argparse.ArgumentTypeError(f"'{text}' is out of range; give {low} to {high}")
        return value

    parse.__name__ = "seconds"
    return parse


def received_at(text: str) -> datetime:
    """A date or a date and time; without a zone it is Riga time, where the company receives."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a date/time; write e.g. 2026-09-03 or 2026-09-03T14:30"
        ) from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=RIGA)
    return _in_range(value, text)


def enum_value(enum_cls):
    def parse(text: str):
        try:
            return enum_cls(text.strip().lower())
        except ValueError:
            valid = ", ".join(e.value for e in enum_cls)
            raise argparse.ArgumentTypeError(f"'{text}' is not one of: {valid}") from None

    parse.__name__ = enum_cls.__name__
    return parse
