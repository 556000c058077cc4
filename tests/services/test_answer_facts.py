"""The answer facts the services store on a case (answered_on, days_to_answer,
answered_on_time) for the dashboard, on SQLite and PostgreSQL: set when a case is answered,
kept in step when its deadline moves, and filled in by migration 0004 for older stores."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from alembic import command
from sqlalchemy import select

from smarttek_dsar.domain.clock import RIGA
from smarttek_dsar.domain.identity import VerificationMethod
from smarttek_dsar.domain.rights import Channel, Outcome, Right
from smarttek_dsar.domain.workflow import RejectionReason
from smarttek_dsar.services.response.delivery import DeliveredFile
from smarttek_dsar.services.review.decisions import DecisionInput
from smarttek_dsar.storage.migrate import alembic_config
from smarttek_dsar.storage.models import Case
from tests.fixed_clock import TODAY
from tests.services.case_factory import new_request
from tests.services.dashboard_fixture import build_cases


def stored(services, number: str) -> tuple:
    with services.db.unit_of_work() as session:
        case = session.scalar(select(Case).where(Case.number == number))
        return case.answered_on, case.days_to_answer, case.answered_on_time


def to_fulfilment(services, specialist, number: str) -> None:
    services.identity.verify_identity(specialist, number,
                                      method=VerificationMethod.EMAIL_ON_FILE, verified=True)
    services.closing.advance(specialist, number)
    services.decisions.record_decisions(specialist, number, [
        DecisionInput("contracts_and_offers", Right.ACCESS, Outcome.GRANT, Right.ACCESS.article)])
    services.closing.advance(specialist, number)


def deliver(services, specialist, number: str, sent_on) -> None:
    services.delivery.record_delivery(specialist, number, sent_on=sent_on, channel=Channel.EMAIL,
                                      format="PDF", files=[DeliveredFile("copy.pdf", "0" * 64, 1)])


def test_a_response_on_time_and_a_late_one(services, specialist):
    today = TODAY
    received = today - timedelta(days=70)
    early = services.cases.create(specialist, new_request(received=_riga(received, 10)))
    late = services.cases.create(specialist, new_request(received=_riga(received, 11),
                                                         code=None, email="cits@example.lv"))
    for summary, day in ((early, 12), (late, 40)):
        to_fulfilment(services, specialist, summary.number)
        assert stored(services, summary.number) == (None, None, None)
        deliver(services, specialist, summary.number, received + timedelta(days=day))
    assert stored(services, early.number) == (received + timedelta(days=12), 12, True)
    assert stored(services, late.number) == (received + timedelta(days=40), 40, False)
    # Moving on to "response sent" and "closed" leaves the answer as it was.
    services.closing.advance(specialist, late.number)
    services.closing.close(specialist, late.number)
    assert stored(services, late.number) == (received + timedelta(days=40), 40, False)


def test_a_refusal_is_answered_the_riga_day_it_is_closed(services, specialist):
    today = TODAY
    old = services.cases.create(specialist, new_request(days_ago=50))
    new = services.cases.create(specialist, new_request(days_ago=5, code=None,
                                                        email="cits@example.lv"))
    for summary in (old, new):
        services.response.reject(specialist, summary.number, reason=RejectionReason.EXCESSIVE,
                                 note="Third identical request this month")
    # GDPR 12(4): a refusal is due within the first month.
    assert stored(services, old.number) == (today, 50, False)
    assert stored(services, new.number) == (today, 5, True)


def test_a_request_received_late_in_the_evening_utc_counts_from_the_next_riga_day(
    services, specialist
):
    # 22:30 UTC is 00:30 or 01:30 the next day in Riga, winter or summer.
    utc_day = TODAY - timedelta(days=20)
    received = datetime.combine(utc_day, time(22, 30), UTC)
    summary = services.cases.create(specialist, new_request(received=received))
    to_fulfilment(services, specialist, summary.number)
    deliver(services, specialist, summary.number, utc_day + timedelta(days=4))
    assert stored(services, summary.number) == (utc_day + timedelta(days=4), 3, True)


def test_a_withdrawn_request_is_not_answered(services, specialist):
    summary = services.cases.create(specialist, new_request(days_ago=10))
    services.response.withdraw(specialist, summary.number, note="Subject withdrew by phone")
    assert stored(services, summary.number) == (None, None, None)


def test_a_holiday_that_moves_the_due_date_can_make_a_late_response_timely(
    services, specialist, admin
):
    summary = services.cases.create(specialist, new_request(days_ago=60))
    due = summary.due_date
    to_fulfilment(services, specialist, summary.number)
    deliver(services, specialist, summary.number, due + timedelta(days=1))
    assert stored(services, summary.number)[2] is False
    # Still in fulfilment: the holiday recomputes its deadline, and the answer follows it.
    services.organisation.add_holiday(admin, due, "Parliament's one-off holiday")
    assert stored(services, summary.number)[2] is True
    services.organisation.remove_holiday(admin, due)
    assert stored(services, summary.number)[2] is False


def test_migration_0004_fills_in_what_the_services_store(services, specialist, manager):
    built = build_cases(services, specialist)
    before = {x: stored(services, n) for x, n in built.numbers.items()}
    assert sum(1 for facts in before.values() if facts[0] is not None) == 4  # F G I J
    figures = services.dashboard.figures(manager, today=built.today)
    config = alembic_config()
    with services.db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0003")
        command.upgrade(config, "head")
    assert {x: stored(services, n) for x, n in built.numbers.items()} == before
    assert services.dashboard.figures(manager, today=built.today) == figures


def _riga(day, hour: int) -> datetime:
    return datetime.combine(day, time(hour), RIGA)
