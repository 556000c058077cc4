"""Latvian working days, as Regulation 1182/71 Art. 3(4) needs them to end a legal period.

Plain Python; no Qt, no SQL, no I/O. Public holidays come from the maintained `holidays`
package (country "LV"); the DPO adds one-off holidays that Parliament declares later.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta
from functools import cache
from types import MappingProxyType

import holidays

from smarttek_dsar.domain.errors import DomainError

# A holiday's name in English and in Latvian.
HolidayNames = tuple[str, str]

SATURDAY = 5
_EXTRA_HOLIDAY_NAME: HolidayNames = (
    "Extra public holiday entered by the DPO",
    "Papildu svētku diena, ko ievadījis datu aizsardzības speciālists",
)


def _names_without_substituted(day_names: list[str], substituted_label: str) -> list[str]:
    # The package lists Cabinet-order "days off (substituted from ...)" beside real holidays.
    # They only move working days of state institutions; they are not public holidays in the
    # sense of Reg. 1182/71 Art. 3(4), and moving a legal deadline onto them would be a breach.
    # The package builds their names from its own `substituted_label`, so its prefix marks them
    # in every language.
    prefix = substituted_label.split("%s", 1)[0]
    return [name for name in day_names if not name.startswith(prefix)]


def _package_year(year: int, language: str) -> dict[date, str]:
    table = holidays.country_holidays("LV", years=year, language=language)
    substituted_label = table.tr(getattr(table, "substituted_label", "%s"))
    named: dict[date, str] = {}
    for day in table:
        # Holidays moved from a weekend ("(observed)", e.g. 4 May, 18 November) stay in: the law
        # itself makes the following Monday a public holiday.
        names = _names_without_substituted(table.get_list(day), substituted_label)
        if names:
            named[day] = "; ".join(names)
    return named


@cache
def public_holidays_of_year(year: int) -> Mapping[date, HolidayNames]:
    """Latvian public holidays of one year from the package, without substituted days off.

    Cached per year: building the package's table is the slow part of every lookup.
    """
    english = _package_year(year, "en_US")
    latvian = _package_year(year, "lv")
    return MappingProxyType(
        {day: (english[day], latvian.get(day, english[day])) for day in english}
    )


def _normalise_extra(entry: date | tuple[date, str]) -> tuple[date, HolidayNames]:
    if isinstance(entry, tuple):
        day, name = entry
        names = (name, name) if name and name.strip() else _EXTRA_HOLIDAY_NAME
    else:
        day, names = entry, _EXTRA_HOLIDAY_NAME
    if isinstance(day, datetime):
        day = day.date()
    if not isinstance(day, date):
        raise DomainError(
            "An extra public holiday must be a date, not {day!r}. Enter it as a calendar "
            "date.", day=day
        )
    return day, names


class LatvianCalendar:
    """Which days count as working days in Latvia for ending a legal period.

    Immutable and hashable (by its extra holidays) so deadline computations that take it can be
    memoised.
    """

    __slots__ = ("_extras", "_extras_key", "_hash")

    def __init__(self, extra_holidays: Iterable[date | tuple[date, str]] = ()) -> None:
        extras: dict[date, HolidayNames] = {}
        for entry in extra_holidays:
            day, names = _normalise_extra(entry)
            extras[day] = names
        key = tuple(sorted(extras.items()))
        object.__setattr__(self, "_extras", MappingProxyType(extras))
        object.__setattr__(self, "_extras_key", key)
        object.__setattr__(self, "_hash", hash(key))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("LatvianCalendar is immutable; build a new one instead")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, LatvianCalendar):
            return NotImplemented
        return self._extras_key == other._extras_key

    def __hash__(self) -> int:
        return self._hash

    def __repr__(self) -> str:
        return f"LatvianCalendar(extra_holidays={[day for day, _ in self._extras_key]!r})"

    @property
    def extra_holidays(self) -> tuple[tuple[date, str], ...]:
        """The DPO's one-off holidays, by date, with their (English) names."""
        return tuple((day, names[0]) for day, names in self._extras_key)

    def _names(self, d: date) -> HolidayNames | None:
        # A one-off day Parliament declared may already be in the package (e.g. 29 May 2023):
        # the package's bilingual name wins over the DPO's entry.
        return public_holidays_of_year(d.year).get(d) or self._extras.get(d)

    def is_public_holiday(self, d: date) -> bool:
        return d in self._extras or d in public_holidays_of_year(d.year)

    def holiday_name(self, d: date) -> str | None:
        names = self._names(d)
        return names[0] if names else None

    def holiday_name_lv(self, d: date) -> str | None:
        names = self._names(d)
        return names[1] if names else None

    def is_working_day(self, d: date) -> bool:
        # Reg. 1182/71 Art. 3(4) names Saturdays and Sundays outright, so a Saturday that the
        # Cabinet made a working day for state institutions is still not a working day here.
        return d.weekday() < SATURDAY and not self.is_public_holiday(d)

    def next_working_day(self, d: date) -> date:
        """`d` itself when it is a working day, else the first working day after it."""
        while not self.is_working_day(d):
            d += timedelta(days=1)
        return d
