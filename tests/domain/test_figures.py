"""answer_facts: the one definition of an answered case's Riga day, days and timeliness."""

from datetime import UTC, date, datetime

from smarttek_dsar.domain.clock import RIGA
from smarttek_dsar.domain.figures import AnswerFacts, answer_facts

RECEIVED = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # Monday 2 March 2026, 11:00 in Riga
DUE, INITIAL = date(2026, 6, 2), date(2026, 4, 2)  # extended; the first-month deadline


def test_a_response_counts_from_the_riga_receipt_day_to_the_sending_day():
    assert answer_facts(RECEIVED, date(2026, 3, 20), None, "responded", INITIAL, INITIAL) == \
        AnswerFacts(date(2026, 3, 20), 18, True)


def test_a_response_is_on_time_by_the_extended_due_date_but_not_after_it():
    assert answer_facts(RECEIVED, DUE, None, "closed", DUE, INITIAL).on_time
    assert not answer_facts(RECEIVED, date(2026, 6, 3), None, "closed", DUE, INITIAL).on_time


def test_a_refusal_is_judged_by_the_first_month_whatever_the_extension():
    closed = datetime(2026, 4, 20, 12, 0, tzinfo=UTC)
    assert answer_facts(RECEIVED, None, closed, "rejected", DUE, INITIAL) == \
        AnswerFacts(date(2026, 4, 20), 49, False)
    early = datetime(2026, 4, 2, 20, 0, tzinfo=UTC)  # 23:00 in Riga (summer time): still 2 April
    assert answer_facts(RECEIVED, None, early, "rejected", DUE, INITIAL).on_time


def test_a_refusal_late_in_the_evening_utc_counts_on_the_next_riga_day():
    late = datetime(2026, 4, 1, 21, 30, tzinfo=UTC)  # 00:30 on 2 April in Riga
    facts = answer_facts(RECEIVED, None, late, "rejected", DUE, INITIAL)
    assert facts.answered_on == date(2026, 4, 2) and facts.days == 31


def test_naive_timestamps_are_utc_as_the_store_gives_them_back():
    evening = datetime(2026, 1, 10, 22, 30)  # 00:30 on 11 January in Riga (winter time)
    facts = answer_facts(evening, date(2026, 1, 12), None, "responded", DUE, INITIAL)
    assert facts.days == 1
    assert facts == answer_facts(evening.replace(tzinfo=UTC).astimezone(RIGA),
                                 date(2026, 1, 12), None, "responded", DUE, INITIAL)


def test_withdrawn_or_open_cases_are_not_answered():
    closed = datetime(2026, 3, 5, tzinfo=UTC)
    assert answer_facts(RECEIVED, None, closed, "withdrawn", DUE, INITIAL) is None
    assert answer_facts(RECEIVED, None, None, "review", DUE, INITIAL) is None
    assert answer_facts(RECEIVED, None, None, "rejected", DUE, INITIAL) is None
    # A response already sent stays the answer whatever happens to the case afterwards.
    assert answer_facts(RECEIVED, date(2026, 3, 4), closed, "withdrawn", DUE, INITIAL).days == 2
