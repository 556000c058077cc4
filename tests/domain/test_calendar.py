"""Latvian working days: the holidays a case handler would find in the Latvian law and calendar."""

from datetime import date

import holidays
import pytest

from smarttek_dsar.domain.calendar import LatvianCalendar
from smarttek_dsar.domain.errors import DomainError

CALENDAR = LatvianCalendar()

# Checked by hand against the law "Par svētku, atceres un atzīmējamām dienām" and a 2026 calendar:
# Easter 2026 is 5 April, so Good Friday is 3 April and Whitsunday 24 May.
HOLIDAYS_2026 = [
    (date(2026, 1, 1), "New Year's Day"),
    (date(2026, 4, 3), "Good Friday"),
    (date(2026, 4, 5), "Easter Sunday"),
    (date(2026, 4, 6), "Easter Monday"),
    (date(2026, 5, 1), "Labor Day"),
    (date(2026, 5, 4), "Restoration of Independence Day"),
    (date(2026, 5, 10), "Mother's Day"),
    (date(2026, 5, 24), "Pentecost"),
    (date(2026, 6, 23), "Midsummer Eve"),
    (date(2026, 6, 24), "Midsummer Day"),
    (date(2026, 11, 18), "Republic of Latvia Proclamation Day"),
    (date(2026, 12, 24), "Christmas Eve"),
    (date(2026, 12, 25), "Christmas Day"),
    (date(2026, 12, 26), "Second Day of Christmas"),
    (date(2026, 12, 31), "New Year's Eve"),
]

# Cabinet-order days off for state institutions; not public holidays (DOMAIN.md, section 2).
SUBSTITUTED_DAYS_OFF = [
    date(2024, 12, 23),
    date(2024, 12, 30),
    date(2025, 5, 2),
    date(2025, 11, 17),
    date(2026, 1, 2),
    date(2026, 6, 22),
]


@pytest.mark.parametrize(("day", "name"), HOLIDAYS_2026)
def test_every_latvian_public_holiday_of_2026(day: date, name: str) -> None:
    assert CALENDAR.is_public_holiday(day)
    assert name in (CALENDAR.holiday_name(day) or "")
    assert not CALENDAR.is_working_day(day)


def test_holiday_names_in_latvian_keep_their_diacritics() -> None:
    assert CALENDAR.holiday_name_lv(date(2026, 5, 10)) == "Mātes diena"
    assert CALENDAR.holiday_name_lv(date(2026, 6, 24)) == "Jāņu diena"
    assert CALENDAR.holiday_name_lv(date(2026, 4, 3)) == "Lielā Piektdiena"


def test_song_and_dance_festival_closing_days_are_holidays() -> None:
    # The 2018 and 2023 festivals closed on a Sunday; the law gave the Monday off.
    for day in (date(2018, 7, 9), date(2023, 7, 10)):
        assert CALENDAR.is_public_holiday(day)
        assert "Song and Dance" in (CALENDAR.holiday_name(day) or "")


@pytest.mark.parametrize(
    ("weekend_day", "moved_to"),
    [
        (date(2024, 5, 4), date(2024, 5, 6)),  # Saturday -> Monday
        (date(2025, 5, 4), date(2025, 5, 5)),  # Sunday -> Monday
        (date(2023, 11, 18), date(2023, 11, 20)),  # Saturday -> Monday
        (date(2028, 11, 18), date(2028, 11, 20)),  # Saturday -> Monday
    ],
)
def test_4_may_and_18_november_on_a_weekend_move_to_monday(
    weekend_day: date, moved_to: date
) -> None:
    assert CALENDAR.is_public_holiday(weekend_day)
    assert moved_to.weekday() == 0
    assert CALENDAR.is_public_holiday(moved_to)
    assert not CALENDAR.is_working_day(moved_to)


@pytest.mark.parametrize("day", SUBSTITUTED_DAYS_OFF)
def test_substituted_days_off_are_working_days(day: date) -> None:
    # The package does list the day (so the exclusion is what keeps it a working day) ...
    listed = holidays.country_holidays("LV", years=day.year, language="en_US").get(day)
    assert listed is not None and listed.startswith("Day off (substituted")
    # ... but it is no public holiday, so it cannot move a legal deadline.
    assert not CALENDAR.is_public_holiday(day)
    assert CALENDAR.holiday_name(day) is None
    assert CALENDAR.is_working_day(day)
    assert CALENDAR.next_working_day(day) == day


def test_whit_monday_is_not_a_latvian_holiday() -> None:
    assert CALENDAR.is_working_day(date(2026, 5, 25))


def test_a_saturday_made_a_working_day_by_cabinet_order_is_still_a_saturday() -> None:
    # 14 December 2024 was worked in exchange for 23 December; Reg. 1182/71 still skips it.
    assert not CALENDAR.is_working_day(date(2024, 12, 14))


def test_weekends_are_not_working_days() -> None:
    assert not CALENDAR.is_working_day(date(2026, 10, 3))  # Saturday
    assert not CALENDAR.is_working_day(date(2026, 10, 4))  # Sunday
    assert CALENDAR.is_working_day(date(2026, 10, 5))  # Monday


def test_next_working_day() -> None:
    assert CALENDAR.next_working_day(date(2026, 10, 7)) == date(2026, 10, 7)
    assert CALENDAR.next_working_day(date(2026, 10, 3)) == date(2026, 10, 5)
    # Good Friday, Saturday, Easter Sunday, Easter Monday -> Tuesday.
    assert CALENDAR.next_working_day(date(2026, 4, 3)) == date(2026, 4, 7)
    # 24, 25, 26 December 2025 (Wed-Fri), then the weekend -> Monday 29 December.
    assert CALENDAR.next_working_day(date(2025, 12, 24)) == date(2025, 12, 29)


def test_parliaments_one_off_holiday_29_may_2023() -> None:
    entered = LatvianCalendar([(date(2023, 5, 29), "Hockey bronze medal day")])
    assert entered.is_public_holiday(date(2023, 5, 29))
    assert not entered.is_working_day(date(2023, 5, 29))
    # The package already knows this one; its bilingual name is kept.
    assert "Ice Hockey" in (entered.holiday_name(date(2023, 5, 29)) or "")


def test_extra_holidays_entered_by_the_dpo() -> None:
    one_off = date(2027, 9, 1)  # a Wednesday
    assert CALENDAR.is_working_day(one_off)
    named = LatvianCalendar([(one_off, "Extra day off by law")])
    assert not named.is_working_day(one_off)
    assert named.holiday_name(one_off) == "Extra day off by law"
    assert named.holiday_name_lv(one_off) == "Extra day off by law"
    unnamed = LatvianCalendar([one_off])
    assert unnamed.is_public_holiday(one_off)
    assert unnamed.holiday_name(one_off) == "Extra public holiday entered by the DPO"
    assert "speciālists" in (unnamed.holiday_name_lv(one_off) or "")


def test_an_extra_holiday_must_be_a_date() -> None:
    with pytest.raises(DomainError, match="must be a date"):
        LatvianCalendar(["2027-09-01"])  # type: ignore[list-item]


def test_calendar_is_immutable_hashable_and_equal_by_its_extra_holidays() -> None:
    a = LatvianCalendar([date(2027, 9, 1), date(2027, 9, 2)])
    b = LatvianCalendar([date(2027, 9, 2), date(2027, 9, 1)])
    assert a == b and hash(a) == hash(b)
    assert a != CALENDAR
    assert LatvianCalendar() == CALENDAR
    assert len({a, b, CALENDAR}) == 2
    with pytest.raises(AttributeError):
        a.extra = 1  # type: ignore[attr-defined]
    assert a.extra_holidays[0][0] == date(2027, 9, 1)
