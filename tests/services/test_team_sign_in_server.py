"""Team mode against a server that really checks passwords (issue 13): a throwaway
PostgreSQL cluster with scram-sha-256 (tests/services/scram_cluster.py). The server, not
only the program, refuses wrong passwords, throttles guessing by name and by client even
for a client that bypasses the program, and keeps managers away from personal data."""

from __future__ import annotations

import statistics
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import text

from smarttek_dsar.domain.roles import Role
from smarttek_dsar.services.administration.users import sign_in_to_team
from smarttek_dsar.services.errors import AuthenticationFailed
from smarttek_dsar.storage import team_roles
from smarttek_dsar.storage.database import DatabaseError
from tests.conftest import PASSWORD
from tests.fixed_clock import TODAY
from tests.services.case_factory import new_request
from tests.services.manager_cases import build_full_case, personal_data_in, personal_values
from tests.services.scram_cluster import (  # noqa: F401  (fixtures)
    access_rules_first,
    scram_database_url,
    scram_server,
)
from tests.services.team_fixture import Team, team_on

SUBJECT = "Jānis Bērziņš"
WRONG = "not the password!"


@pytest.fixture(name="team")
def scram_team(scram_database_url) -> Team:  # noqa: F811  (the fixture)
    with team_on(scram_database_url) as team:
        yield team


def _wrong_sign_in(team: Team, name: str, password: str = WRONG) -> str:
    with pytest.raises(AuthenticationFailed) as refused:
        sign_in_to_team(team.url, name, password)
    return str(refused.value)


def _gate(team: Team, name: str) -> int:
    return team_roles.open_sign_in_window(team.url, name)


def test_the_server_refuses_a_wrong_password_and_takes_the_right_one(team):
    anna = team.add("anna", Role.SPECIALIST)
    assert _wrong_sign_in(team, anna) == "Wrong user name or password."
    assert _wrong_sign_in(team, team.name("nobody")) == "Wrong user name or password."
    with team.desk(anna) as (services, actor):
        assert actor.username == anna
        number = services.cases.create(actor, new_request(name=SUBJECT)).number
    assert number


def test_a_managers_connection_cannot_select_a_name_nor_change_the_audit_trail(team):
    anna = team.add("anna", Role.SPECIALIST)
    with team.desk(anna) as (services, actor):
        services.cases.create(actor, new_request(name=SUBJECT))
    maris = team.add("maris", Role.MANAGER)
    assert _gate(team, maris) == 0  # what the program does first; psql gets the same window
    with team.psql(maris) as connection:
        for statement in ("SELECT subject_name FROM cases",
                          "SELECT name FROM case_parties",
                          "UPDATE audit_events SET action = 'forged' WHERE seq = 1",
                          "DELETE FROM audit_events",
                          "UPDATE sign_in_throttle SET failures = 0",
                          "SELECT dsar_sign_in_unlock('x')"):
            with pytest.raises(errors.InsufficientPrivilege):
                connection.execute(statement)
        rows = connection.execute("SELECT * FROM manager_views.cases").fetchall()
        assert len(rows) == 1 and SUBJECT not in repr(rows)
    assert team.owner.audit.verify(team.dpo).ok


def test_a_client_that_skips_the_program_is_refused_even_the_right_password(team):
    """psql with the right password but no window from the throttle: the password is kept
    expired on the server, so it is refused as a wrong one would be."""
    anna = team.add("anna", Role.SPECIALIST)
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        team.psql(anna).close()
    # After the program's sign-in the window is closed again at once.
    with team.desk(anna):
        pass
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        team.psql(anna).close()


def test_guessing_is_throttled_by_the_server_for_known_and_unknown_names_alike(team):
    anna = team.add("anna", Role.SPECIALIST)
    nobody = team.name("nobody")
    for _ in range(5):
        assert _wrong_sign_in(team, anna) == "Wrong user name or password."
        assert _wrong_sign_in(team, nobody) == "Wrong user name or password."
    # The sixth attempt waits, before any password is tried: the right one too, and the
    # same words for a name that has no login.
    assert _wrong_sign_in(team, anna, PASSWORD).startswith("Too many attempts; try again in")
    assert _wrong_sign_in(team, nobody).startswith("Too many attempts; try again in")
    # The server holds the count: a client that bypasses the program cannot get a window,
    # so even the right password at psql is refused.
    assert _gate(team, anna) > 0
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        team.psql(anna).close()


def test_the_administrators_unlock_clears_the_servers_count(team):
    anna = team.add("anna", Role.SPECIALIST)
    for _ in range(5):
        _wrong_sign_in(team, anna)
    assert _wrong_sign_in(team, anna, PASSWORD).startswith("Too many attempts")
    team.owner.users.unlock(team.dpo, anna)
    with team.desk(anna) as (_services, actor):
        assert actor.username == anna


def test_the_count_is_per_client_too(team):
    """Ten failures from one address (any names) make that client wait as well."""
    names = [team.name(f"n{i}") for i in range(10)]
    for name in names:
        assert _gate(team, name) == 0
    assert _gate(team, team.name("another")) > 0


def test_a_signed_in_login_cannot_reset_its_own_or_anothers_count(team):
    anna = team.add("anna", Role.SPECIALIST)
    maris = team.add("maris", Role.MANAGER)
    for _ in range(3):
        _wrong_sign_in(team, maris)
    assert _gate(team, anna) == 0
    with team.psql(anna) as connection:
        for statement in ("DELETE FROM sign_in_throttle",
                          "SELECT dsar_sign_in_unlock('" + maris + "')",
                          "SELECT dsar_sign_in_window('" + maris + "')",
                          # Keeping one's own password open for good is the server's to refuse.
                          f"ALTER ROLE \"{anna}\" VALID UNTIL 'infinity'"):
            with pytest.raises(errors.InsufficientPrivilege):
                connection.execute(statement)
    with team.owner.db.read() as session:
        failures = session.connection().exec_driver_sql(
            "SELECT max(failures) FROM sign_in_throttle").scalar_one()
    assert failures == 4  # three wrong sign-ins and the window above, counted


def test_unknown_and_known_names_take_about_as_long(team):
    anna = team.add("anna", Role.SPECIALIST)
    timings = {}
    for label, name in (("known", anna), ("unknown", team.name("nobody"))):
        runs = []
        for _ in range(3):
            started = time.perf_counter()
            _wrong_sign_in(team, name)
            runs.append(time.perf_counter() - started)
        timings[label] = statistics.median(runs)
    started = time.perf_counter()
    with team.desk(anna):
        right = time.perf_counter() - started
    print(f"wrong password, median of 3: known {timings['known'] * 1000:.0f} ms, "
          f"unknown {timings['unknown'] * 1000:.0f} ms; right password (window, SCRAM, "
          f"sign-in event) {right * 1000:.0f} ms")
    slower, faster = max(timings.values()), min(timings.values())
    assert slower - faster < max(0.15, faster)


def _server_role(team: Team, login: str) -> tuple[list[str], bool, bool]:
    with team.owner.db.read() as session:
        connection = session.connection()
        groups = connection.exec_driver_sql(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = %s ORDER BY 1",
            (login,)).scalars().all()
        can_login, create_role = connection.exec_driver_sql(
            "SELECT rolcanlogin, rolcreaterole FROM pg_roles WHERE rolname = %s",
            (login,)).one()
    return groups, can_login, create_role


def test_a_specialist_made_manager_can_no_longer_select_cases(team):
    anna = team.add("anna", Role.SPECIALIST, Role.ADMIN)
    with team.desk(anna) as (services, actor):
        number = services.cases.create(actor, new_request(name=SUBJECT)).number
    team.owner.users.set_roles(team.dpo, anna, frozenset({Role.MANAGER}))
    assert _server_role(team, anna) == ([f"{team.prefix}_manager"], True, False)
    with team.desk(anna) as (services, actor):
        assert actor.roles == frozenset({Role.MANAGER})
        assert [c.subject_name for c in services.cases.list(actor, today=TODAY)] == [None]
    assert _gate(team, anna) == 0
    with team.psql(anna) as connection:
        with pytest.raises(errors.InsufficientPrivilege):
            connection.execute("SELECT subject_name FROM cases")
        assert connection.execute("SELECT number FROM manager_views.cases").fetchall() == [
            (number,)]
    # And back: the case tables again.
    team.owner.users.set_roles(team.dpo, anna, frozenset({Role.SPECIALIST}))
    assert _server_role(team, anna) == ([f"{team.prefix}_specialist"], True, False)
    with team.desk(anna) as (services, actor):
        assert SUBJECT in repr(services.cases.detail(actor, number, today=TODAY))


def test_a_disabled_user_keeps_no_group_and_a_role_change_does_not_reopen_the_login(team):
    anna = team.add("anna", Role.SPECIALIST)
    team.owner.users.disable(team.dpo, anna)
    team.owner.users.set_roles(team.dpo, anna, frozenset({Role.SPECIALIST, Role.ADMIN}))
    assert _server_role(team, anna) == ([], False, False)
    assert _wrong_sign_in(team, anna, PASSWORD) == "Wrong user name or password."
    assert _gate(team, anna) == 0  # counted, but the gate opens no window for her
    with pytest.raises(psycopg.OperationalError):
        team.psql(anna).close()


def test_a_manager_on_a_manager_login_opens_the_case_and_its_timeline_without_personal_data(
        team):
    """Through the views alone: the case detail, the deadline steps and the timeline open,
    and nothing in them (nor in the views read at psql) is personal."""
    anna = team.add("anna", Role.SPECIALIST)
    with team.desk(anna) as (services, actor):
        number, case_id = build_full_case(services, actor)
    maris = team.add("maris", Role.MANAGER)
    with team.desk(maris) as (services, actor):
        detail = services.cases.detail(actor, number, today=TODAY)
        timeline = services.audit.case_timeline(actor, case_id)
    assert detail.summary.number == number and detail.summary.subject_name is None
    actions = [event.action for event in timeline]
    assert actions[0] == "case.created" and "deadline.extended" in actions
    assert personal_data_in((detail, timeline), personal_values()) == []
    assert _gate(team, maris) == 0
    with team.psql(maris) as connection:
        everything = [connection.execute(f"SELECT * FROM manager_views.{view}").fetchall()
                      for view in ("cases", "case_parties", "clock_pauses", "decisions",
                                   "identity_checks", "fulfilment_tasks", "attachments",
                                   "disclosures", "disclosed_files", "audit_events",
                                   "audit_personal_texts")]
    assert personal_data_in(everything, personal_values()) == []


def test_connections_opened_at_once_on_a_real_thread_pool_all_get_in(team):
    """The pool opens several connections of one login at the same moment (background work):
    each asks for its own window, and the first one in does not close the others'."""
    anna = team.add("anna", Role.SPECIALIST)
    with team.desk(anna) as (services, _actor):
        services.db.engine.dispose()  # start with no pooled connection

        def one_query(_):
            with services.db.engine.connect() as connection:
                barrier.wait(timeout=20)  # every connection open at once
                return connection.execute(text("SELECT current_user")).scalar_one()

        barrier = threading.Barrier(4)
        with ThreadPoolExecutor(max_workers=4) as pool:
            assert list(pool.map(one_query, range(4))) == [anna] * 4
    # Afterwards the window is closed again.
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        team.psql(anna).close()


def test_a_gate_the_server_does_not_let_in_is_said_in_one_sentence(
        team, scram_server):  # noqa: F811  (the fixture)
    anna = team.add("anna", Role.SPECIALIST)
    refuse_gate = f"host all {team_roles.GATE_LOGIN} 127.0.0.1/32 reject"
    with access_rules_first(scram_server, refuse_gate):
        with pytest.raises(DatabaseError, match="allow it in pg_hba.conf"):
            sign_in_to_team(team.url, anna, PASSWORD)
    with team.desk(anna) as (_services, actor):
        assert actor.username == anna
