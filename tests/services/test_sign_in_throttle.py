"""Guessing passwords, on real threads, on SQLite and PostgreSQL: every attempt is counted,
after five failures each further attempt waits a growing delay (never a lock for good), an
unknown name answers like a known one, and an administrator can clear the delay."""

from __future__ import annotations

import statistics
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
import time_machine
from sqlalchemy import select

from smarttek_dsar.domain.roles import Role
from smarttek_dsar.services.administration.users import FREE_ATTEMPTS
from smarttek_dsar.services.errors import (
    AuthenticationFailed,
    NotFound,
    PermissionDenied,
    ServiceError,
)
from smarttek_dsar.storage.models import AuditEvent, User
from tests.conftest import PASSWORD
from tests.fixed_clock import NOW_UTC

WRONG = "Wrong user name or password."


@pytest.fixture
def clock():
    with time_machine.travel(NOW_UTC, tick=False) as traveller:
        yield traveller


@pytest.fixture
def juris(services, admin) -> str:
    services.users.add(admin, "juris", PASSWORD, frozenset({Role.SPECIALIST}), "Juris Kalns")
    return "juris"


def answer(services, name: str, password: str, client: str = "desk-1") -> str:
    try:
        services.users.login(name, password, client=client)
    except AuthenticationFailed as refused:
        return str(refused)
    return "signed in"


def failed_logins(services, name: str) -> int:
    with services.db.read() as session:
        return session.scalar(select(User.failed_logins).where(User.username == name))


def actions(services) -> list[str]:
    with services.db.read() as session:
        return list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)))


def test_sixteen_parallel_wrong_passwords_are_counted_and_only_five_checked(
    services, juris, clock
):
    with ThreadPoolExecutor(16) as pool:
        answers = list(pool.map(lambda i: answer(services, juris, f"guess {i}"), range(16)))
    # The delay is reserved before a password is checked: parallel guesses cannot slip past,
    # and no count is lost (before: 16 checked, failed_logins 2 on SQLite).
    assert failed_logins(services, juris) == FREE_ATTEMPTS
    assert answers.count(WRONG) == FREE_ATTEMPTS
    assert answers.count("Too many attempts; try again in 1 second.") == 16 - FREE_ATTEMPTS
    assert actions(services).count("user.login_failed") == FREE_ATTEMPTS


def test_the_right_password_works_after_a_growing_delay(services, juris, clock):
    for _ in range(FREE_ATTEMPTS):
        assert answer(services, juris, "wrong password") == WRONG
    # The right password is refused during the wait, without being checked.
    assert answer(services, juris, PASSWORD) == "Too many attempts; try again in 1 second."
    clock.shift(1)
    assert answer(services, juris, "wrong again") == WRONG
    assert answer(services, juris, PASSWORD) == "Too many attempts; try again in 2 seconds."
    clock.shift(2)
    assert answer(services, juris, "and again") == WRONG
    assert answer(services, juris, PASSWORD) == "Too many attempts; try again in 4 seconds."
    clock.shift(4)
    assert answer(services, juris, PASSWORD) == "signed in"
    assert failed_logins(services, juris) == 0
    assert answer(services, juris, "one slip") == WRONG  # a fresh start, not a delay


def test_the_delay_is_capped_so_nobody_is_locked_out_for_good(services, juris, clock):
    for _ in range(40):
        answer(services, juris, "wrong password")
        clock.shift(15 * 60)  # a guesser who waits out every delay
    message = answer(services, juris, "wrong password")
    assert message == WRONG
    assert answer(services, juris, PASSWORD) == "Too many attempts; try again in 900 seconds."
    clock.shift(15 * 60)
    assert answer(services, juris, PASSWORD) == "signed in"


def test_an_unknown_name_gets_the_same_answers_as_a_known_one(services, juris, clock):
    known = [answer(services, juris, "wrong password", client="desk-1") for _ in range(7)]
    unknown = [answer(services, "nobody", "wrong password", client="desk-2") for _ in range(7)]
    assert known == unknown == [WRONG] * 5 + ["Too many attempts; try again in 1 second."] * 2
    clock.shift(1)
    assert answer(services, "nobody", "wrong", client="desk-2") == WRONG
    assert answer(services, "nobody", "wrong", client="desk-2") == (
        "Too many attempts; try again in 2 seconds.")
    # A password typed into the name field is not stored anywhere.
    with services.db.read() as session:
        text = " ".join(session.scalars(select(AuditEvent.details)))
    assert "nobody" not in text


def test_an_unknown_name_takes_as_long_as_a_wrong_password(services, admin, clock, monkeypatch):
    from argon2 import PasswordHasher

    from smarttek_dsar.services.administration import users

    # Still much cheaper than production, but costly enough that the hash, not the noise of
    # a shared test machine, sets the time (before: unknown 2 ms, known 121 ms). The dummy
    # hash follows whichever hasher is in use.
    monkeypatch.setattr(users, "_hasher", PasswordHasher(time_cost=2, memory_cost=16 * 1024,
                                                         parallelism=1))
    names = [f"user{i}" for i in range(11)]
    for name in names:
        services.users.add(admin, name, PASSWORD, frozenset({Role.SPECIALIST}))

    def seconds(name: str, client: str) -> float:
        started = time.perf_counter()
        assert answer(services, name, "wrong password", client=client) == WRONG
        return time.perf_counter() - started

    seconds("warm-up", "warm-up")
    known, unknown = [], []
    for i, name in enumerate(names):  # interleaved, so a busy moment hits both alike
        known.append(seconds(name, f"k{i}"))
        unknown.append(seconds(f"ghost{i}", f"u{i}"))
    ratio = statistics.median(unknown) / statistics.median(known)
    assert 0.5 < ratio < 2, (statistics.median(known), statistics.median(unknown))


def test_one_client_guessing_many_names_waits_and_other_desks_do_not(services, juris, clock):
    # Password spraying: one wrong guess each for many names, from one desk.
    sprayed = [answer(services, f"name{i}", "Summer2026!", client="intruder") for i in range(12)]
    assert sprayed[:10] == [WRONG] * 10
    assert sprayed[10:] == ["Too many attempts; try again in 1 second."] * 2
    assert answer(services, juris, PASSWORD, client="intruder").startswith("Too many attempts")
    assert answer(services, juris, PASSWORD, client="juris-desk") == "signed in"


def test_an_administrator_unlock_clears_the_delay(services, admin, juris, specialist, clock):
    for _ in range(12):
        answer(services, juris, "wrong password")
    assert answer(services, juris, PASSWORD).startswith("Too many attempts")
    with pytest.raises(PermissionDenied):
        services.users.unlock(specialist, juris)
    with pytest.raises(NotFound):
        services.users.unlock(admin, "nobody")
    services.users.unlock(admin, juris)
    assert failed_logins(services, juris) == 0
    assert answer(services, juris, PASSWORD) == "signed in"
    assert "user.unlocked" in actions(services)


def test_an_actor_without_a_password_needs_a_reason_and_is_audited(services, admin):
    with pytest.raises(TypeError):
        services.users.actor_for("dpo")  # type: ignore[call-arg]
    with pytest.raises(ServiceError, match="Say why"):
        services.users.actor_for("dpo", reason=" ")
    assert services.users.actor_for("dpo", reason="self-test").username == "dpo"
    assert actions(services)[-1] == "user.actor_without_password"
