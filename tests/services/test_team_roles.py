"""Team mode on the real PostgreSQL server (issue 13): each user signs in with their own
login; the server, not only the program, keeps managers away from personal data and everyone
away from changing the audit trail. Skipped without SMARTTEK_DSAR_TEST_PG."""

from __future__ import annotations

import base64
import hashlib
import hmac

import psycopg
import pytest
from psycopg import errors
from pypdf import PdfReader
from sqlalchemy import create_engine, text

from smarttek_dsar.domain.identity import VerificationMethod
from smarttek_dsar.domain.roles import Role
from smarttek_dsar.domain.workflow import Stage
from smarttek_dsar.services.administration.users import sign_in_to_team
from smarttek_dsar.services.errors import AuthenticationFailed, ServiceError
from tests.conftest import PASSWORD
from tests.fixed_clock import TODAY
from tests.services.case_factory import new_request
from tests.services.team_fixture import Team, team_database  # noqa: F401  (the fixture)

SUBJECT = "Jānis Bērziņš"


def _specialist_case(team: Team) -> str:
    anna = team.add("anna", Role.SPECIALIST)
    with team.desk(anna) as (services, actor):
        return services.cases.create(actor, new_request(name=SUBJECT)).number


def test_a_manager_login_cannot_select_a_subjects_name_but_reads_the_views(team):
    number = _specialist_case(team)
    maris = team.add("maris", Role.MANAGER)
    with team.psql(maris) as connection:
        for query in ("SELECT subject_name FROM cases",
                      "SELECT number FROM cases",
                      "SELECT name, personal_code, email FROM case_parties",
                      "SELECT request_text FROM public.cases",
                      "SELECT reason FROM clock_pauses",
                      "SELECT details FROM audit_events",
                      "SELECT password_hash FROM users"):
            with pytest.raises(errors.InsufficientPrivilege):
                connection.execute(query)
        rows = connection.execute(
            "SELECT number, stage, channel, due_date FROM manager_views.cases").fetchall()
        assert [r[0] for r in rows] == [number]
        columns = {c.name for c in connection.execute(
            "SELECT * FROM manager_views.cases").description}
        assert {"number", "stage", "rights", "due_date", "assignee_id"} <= columns
        # The view has the table's shape (so the program's objects load), personal columns
        # always empty.
        for personal in ("subject_name", "search_text", "request_text", "receipt_proof",
                         "outcome_note", "extension_reason", "external_id", "subject_key"):
            assert connection.execute(
                f"SELECT count(*) FROM manager_views.cases WHERE {personal} IS NOT NULL"
            ).fetchone()[0] == 0
        whole = connection.execute("SELECT * FROM manager_views.cases").fetchall()
        assert SUBJECT not in repr(whole)


def test_a_managers_dashboard_runs_on_the_managers_own_connection(team):
    number = _specialist_case(team)
    maris = team.add("maris", Role.MANAGER)
    with team.desk(maris) as (services, actor):
        assert actor.roles == frozenset({Role.MANAGER})
        figures = services.dashboard.figures(actor, today=TODAY)
        assert figures.open == 1
        assert [row.number for row in figures.deadlines] == [number]
        assert {m.username for m in services.dashboard.assignees(actor)} >= {team.name("anna")}
        listed = services.cases.list(actor, today=TODAY)
        assert [(c.number, c.subject_name) for c in listed] == [(number, None)]
        assert services.cases.count(actor, today=TODAY) == 1
        # The case opens through the views, without the name.
        assert services.cases.detail(actor, number, today=TODAY).summary.subject_name is None


def test_a_specialist_works_a_case_through_the_services_on_their_own_login(team):
    anna = team.add("anna", Role.SPECIALIST)
    with team.desk(anna) as (services, actor):
        case = services.cases.create(actor, new_request(name=SUBJECT))
        services.closing.advance(actor, case.number)
        services.identity.verify_identity(actor, case.number,
                                          method=VerificationMethod.EMAIL_ON_FILE, verified=True)
        services.closing.advance(actor, case.number)
        services.cases.assign(actor, case.number, anna)
        detail = services.cases.detail(actor, case.number, today=TODAY)
        assert detail.summary.stage is Stage.REVIEW
        assert SUBJECT in repr(detail)
    with team.owner.db.read() as session:
        users = session.execute(text(
            "SELECT DISTINCT username FROM audit_events WHERE case_number = :n"),
            {"n": case.number}).scalars().all()
    assert users == [anna]
    # Every event went through the owner's function, and the chain still holds.
    assert team.owner.audit.verify(team.dpo).ok


@pytest.mark.parametrize("who", ["specialist", "manager", "admin"])
def test_nobody_can_update_or_delete_an_audit_row(team, who):
    roles = {"specialist": (Role.SPECIALIST,), "manager": (Role.MANAGER,),
             "admin": (Role.ADMIN, Role.SPECIALIST)}[who]
    _specialist_case(team)
    login = team.add(who, *roles)
    with team.psql(login) as connection:
        for statement in ("UPDATE audit_events SET action = 'forged' WHERE seq = 1",
                          "UPDATE audit_events SET case_id = NULL",
                          "DELETE FROM audit_events WHERE seq = 1",
                          "TRUNCATE audit_events",
                          "UPDATE audit_head SET last_seq = 0",
                          "DELETE FROM audit_head"):
            with pytest.raises(errors.InsufficientPrivilege):
                connection.execute(statement)
        # The append function takes only the event that follows the head.
        with pytest.raises(errors.SerializationFailure):
            connection.execute(
                "SELECT dsar_audit_append(jsonb_populate_record(NULL::audit_events, "
                "jsonb_build_object('seq', 1, 'at', now(), 'username', 'x', 'action', 'x', "
                "'details', '{}', 'prev_hash', repeat('0', 64), 'hash', repeat('1', 64))))")
    assert team.owner.audit.verify(team.dpo).ok


def test_user_add_creates_a_scram_login_in_the_groups_of_the_roles(team):
    login = team.add("maris", Role.MANAGER)
    engine = create_engine(team.owner_url)
    with engine.connect() as connection:
        stored = connection.execute(text(
            "SELECT rolpassword FROM pg_authid WHERE rolname = :n"), {"n": login}).scalar_one()
        groups = connection.execute(text(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :n"), {"n": login}
        ).scalars().all()
    engine.dispose()
    assert groups == [f"{team.prefix}_manager"]
    assert _scram_matches(stored, PASSWORD)
    assert not _scram_matches(stored, PASSWORD + "x")


def test_a_disabled_user_cannot_connect_any_more(team):
    anna = team.add("anna", Role.SPECIALIST)
    team.owner.users.disable(team.dpo, anna)
    with pytest.raises(AuthenticationFailed, match="Wrong user name or password"):
        sign_in_to_team(team.url, anna, PASSWORD)


def test_an_unknown_login_gets_the_same_answer_as_a_wrong_password(team):
    with pytest.raises(AuthenticationFailed, match="Wrong user name or password"):
        sign_in_to_team(team.url, team.name("nobody"), PASSWORD)


def test_the_server_refuses_a_wrong_password(team):
    anna = team.add("anna", Role.SPECIALIST)
    try:
        team.psql(anna, "wrong password!").close()
    except psycopg.OperationalError:
        pass
    else:
        pytest.skip("this server trusts local connections (pg_hba.conf); the password is "
                    "checked by test_user_add_creates_a_scram_login_in_the_groups_of_the_roles")
    with pytest.raises(AuthenticationFailed, match="Wrong user name or password"):
        sign_in_to_team(team.url, anna, "wrong password!")


def test_an_administrators_login_adds_users_with_their_own_logins(team):
    admin = team.add("ilze", Role.ADMIN)
    with team.desk(admin) as (services, actor):
        services.users.add(actor, team.name("janis"), PASSWORD, frozenset({Role.SPECIALIST}))
        team.logins.append(team.name("janis"))
    with team.desk(team.name("janis")) as (services, actor):
        assert actor.roles == frozenset({Role.SPECIALIST})
    # A specialist's login may not make logins: refused in one clear sentence.
    with team.desk(team.name("janis")) as (services, actor):
        with pytest.raises(ServiceError):
            services.users.add(actor, team.name("eve"), PASSWORD, frozenset({Role.ADMIN}))


def _scram_matches(stored: str, password: str) -> bool:
    """RFC 5802/7677: the stored key is H(HMAC(SaltedPassword, "Client Key"))."""
    method, rest = stored.split("$", 1)
    assert method == "SCRAM-SHA-256"
    params, keys = rest.split("$")
    iterations, salt = params.split(":")
    stored_key, _server_key = keys.split(":")
    salted = hashlib.pbkdf2_hmac("sha256", password.encode(), base64.b64decode(salt),
                                 int(iterations))
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    return base64.b64encode(hashlib.sha256(client_key).digest()).decode() == stored_key


def test_what_a_managers_login_can_run_and_what_it_is_refused_in_one_sentence(team, tmp_path):
    number = _specialist_case(team)
    maris = team.add("maris", Role.MANAGER)
    with team.desk(maris) as (services, actor):
        pdf = services.reports.write_dashboard(actor, None, tmp_path / "d.pdf", today=TODAY)
        services.reports.write_dashboard(actor, None, tmp_path / "d.xlsx", fmt="xlsx",
                                         today=TODAY)
        assert services.reports.annual(actor, TODAY.year, today=TODAY).received == 1
        annual = services.reports.write_annual(actor, TODAY.year, tmp_path / "a.pdf",
                                               today=TODAY)
        texts = [page.extract_text() for f in (pdf, annual) for page in PdfReader(f).pages]
        assert number in " ".join(texts) and SUBJECT not in " ".join(texts)
        assert {u.username for u in services.users.assignable(actor)} == {team.name("anna"),
                                                                          team.name("dpo")}
        assert services.organisation.settings() is not None
        # The case and its timeline open through the views; the audit log page is refused.
        assert services.audit.case_timeline(actor, 1)[0].action == "case.created"
        assert SUBJECT not in repr(services.cases.detail(actor, number, today=TODAY))
        with pytest.raises(ServiceError):
            services.audit.recent(actor)
        # Their own password: changed on the server, which checks it at the next sign-in.
        services.users.set_password(actor, maris, "another long password")
    with team.owner.db.read() as session:
        stored = session.execute(text("SELECT rolpassword FROM pg_authid WHERE rolname = :n"),
                                 {"n": maris}).scalar_one()
    assert _scram_matches(stored, "another long password")


def test_the_views_keep_the_same_fact_details_as_the_managers_timeline():
    from smarttek_dsar.services.timeline_facts import FACT_DETAILS
    from smarttek_dsar.storage import manager_views

    assert manager_views.FACT_DETAILS == FACT_DETAILS
