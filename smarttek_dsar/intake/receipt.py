"""Checks on the receipt time an incoming file claims, before a deadline is built on it.

The one-month clock of GDPR 12(3) starts at receipt, so a wrong receipt time gives a wrong
deadline. A time that cannot be right is refused rather than guessed.
"""

from __future__ import annotations

import email.utils
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from smarttek_dsar.intake.incoming import IntakeError

RIGA = ZoneInfo("Europe/Riga")

# Nothing the desk handles can predate the Internet-era mail systems it reads; a year before
# 2000 is a client with a dead clock battery, not a real receipt time.
EARLIEST_PLAUSIBLE = datetime(2000, 1, 1, tzinfo=UTC)

# Clocks of mail servers and of this PC drift a little; more than this in the future is wrong.
FUTURE_TOLERANCE = timedelta(minutes=5)


def utc_now(now: datetime | None) -> datetime:
    """`now` as aware UTC; tests pass a fixed `now`, production passes None."""
    if now is None:
        return datetime.now(UTC)
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    return now.astimezone(UTC)


def parse_mail_date(value: str) -> datetime | None:
    """An RFC 5322 date as aware UTC, or None when it cannot be read."""
    try:
        parsed = email.utils.parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        # RFC 5322 3.3: "-0000" means the time is UTC but the sender's zone is unknown.
        parsed = parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except (OverflowError, ValueError):
        return None


def checked_receipt(
    moment: datetime, *, filename: str, evidence: str, now: datetime | None
) -> datetime:
    """`moment` as aware UTC if it can be a real receipt time, else IntakeError."""
    if moment.tzinfo is None:
        raise IntakeError(
            "{filename}: the {evidence} ({moment}) has no time zone, so the moment of "
            "receipt is ambiguous. Ask the sender of the file for a time with a zone.", filename=filename, evidence=evidence, moment=moment.isoformat()
        )
    moment = moment.astimezone(UTC)
    current = utc_now(now)
    shown = moment.astimezone(RIGA).strftime("%d.%m.%Y %H:%M")
    if moment < EARLIEST_PLAUSIBLE:
        raise IntakeError(
            "{filename}: the {evidence} says {shown}, before the year 2000, which cannot be "
            "the real receipt time. Register the request by hand with the date it arrived.", filename=filename, evidence=evidence, shown=shown
        )
    if moment > current + FUTURE_TOLERANCE:
        raise IntakeError(
            "{filename}: the {evidence} says {shown} (Riga time), which is in the future. "
            "The sender's clock is probably wrong; register the request by hand with the "
            "date it arrived.", filename=filename, evidence=evidence, shown=shown
        )
    return moment


def letter_receipt(received_on: date, *, filename: str, now: datetime | None) -> datetime:
    """The receipt moment for a paper letter delivered on `received_on` (a Riga date).

    The time of day is unknown. Noon in Riga keeps the same calendar date in Riga and in
    UTC, so no later time-zone conversion can move the letter to another day.
    """
    moment = datetime.combine(received_on, time(12, 0), tzinfo=RIGA).astimezone(UTC)
    today_riga = utc_now(now).astimezone(RIGA).date()
    if received_on > today_riga:
        raise IntakeError(
            "{filename}: the delivery date {received_on:%d.%m.%Y} is in the future. Enter "
            "the day the letter was delivered to the office.", filename=filename, received_on=received_on
        )
    if moment < EARLIEST_PLAUSIBLE:
        raise IntakeError(
            "{filename}: the delivery date {received_on:%d.%m.%Y} is before the year 2000. "
            "Enter the day the letter was delivered to the office.", filename=filename, received_on=received_on
        )
    return moment
