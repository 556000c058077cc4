"""Parsing what a user typed into domain values, with messages that say what is wrong."""

from __future__ import annotations

import argparse
from datetime import date, datetime

from smarttek_dsar.domain.clock import RIGA


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a date; write it as YYYY-MM-DD, e.g. 2026-09-03"
        ) from None


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
    return value


def enum_value(enum_cls):
    def parse(text: str):
        try:
            return enum_cls(text.strip().lower())
        except ValueError:
            valid = ", ".join(e.value for e in enum_cls)
            raise argparse.ArgumentTypeError(f"'{text}' is not one of: {valid}") from None

    parse.__name__ = enum_cls.__name__
    return parse
