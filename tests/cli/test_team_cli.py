"""Team mode end to end on the real PostgreSQL server: the owner runs `init --team`, an
administrator adds users from their own login, and every command connects with the user's own
login (the address in SMARTTEK_DSAR_DB names only the server and the database)."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import create_engine

from smarttek_dsar.storage import team_roles
from tests.cli.cli_runner import Cli
from tests.fixed_clock import TODAY
from tests.services.team_fixture import server_address

PW = "a long enough password"


@pytest.fixture
def team_cli(fresh_postgres_url, tmp_path):
    prefix = f"c{uuid.uuid4().hex[:10]}"
    names = [f"{prefix}.{n}" for n in ("dpo", "anna", "maris")]
    owner = Cli(fresh_postgres_url, tmp_path / "owner")
    desk = Cli(server_address(fresh_postgres_url), tmp_path / "desk")
    try:
        yield prefix, owner, desk, names
    finally:
        engine = create_engine(fresh_postgres_url, isolation_level="AUTOCOMMIT")
        with engine.connect() as connection:
            team_roles.drop_roles(connection, prefix, names)
        engine.dispose()


def test_the_team_works_with_their_own_logins_from_the_command_line(team_cli):
    prefix, owner, desk, (dpo, anna, maris) = team_cli
    made = owner("init", "--team", "--role-prefix", prefix, "--admin", dpo, password=PW)
    assert made.code == 0, made.err
    assert f"{prefix}_manager" in made.out
    for name, roles in ((anna, "specialist"), (maris, "manager")):
        added = desk("user", "add", name, "--roles", roles, user=dpo, password=PW,
                     extra_env={"SMARTTEK_DSAR_NEW_PASSWORD": PW})
        assert added.code == 0, added.err
    new = desk("case", "new", "--channel", "email", "--received", TODAY.isoformat(),
               "--subject-name", "Līga Ozola", "--personal-code", "010190-10001",
               "--right", "access", "--json", user=anna, password=PW)
    assert new.code == 0, new.err
    number = new.json()["number"]
    seen = desk("case", "list", "--json", user=anna, password=PW)
    assert seen.code == 0 and "Līga Ozola" in seen.out
    # The manager's own login: the list through the views, no name anywhere.
    listed = desk("case", "list", "--json", user=maris, password=PW)
    assert listed.code == 0, listed.err
    assert number in listed.out and "Līga" not in listed.out
    shown = desk("case", "show", number, user=maris, password=PW)
    assert shown.code == 0, shown.err
    assert number in shown.out and "Līga" not in shown.out and "010190" not in shown.out
    unknown = desk("case", "list", user=f"{prefix}.nobody", password=PW)
    assert unknown.code == 1 and "Wrong user name or password" in unknown.err
    verified = desk("audit", "verify", "--json", user=dpo, password=PW)
    assert verified.code == 0, verified.err
    assert verified.json()["ok"] is True
    # A role change regrants on the server: anna made manager reads only the views.
    demoted = desk("user", "roles", anna, "--roles", "manager", user=dpo, password=PW)
    assert demoted.code == 0, demoted.err
    assert "now has the roles manager" in demoted.out
    seen = desk("case", "list", "--json", user=anna, password=PW)
    assert seen.code == 0 and number in seen.out and "Līga" not in seen.out
    # A second init renews the grants without being told again.
    again = owner("init", password=PW)
    assert again.code == 0 and f"{prefix}_specialist" in again.out


def test_team_roles_are_refused_on_a_local_file_which_stays_as_it_was(tmp_path):
    cli = Cli(f"sqlite:///{tmp_path / 'cases.sqlite3'}", tmp_path / "home")
    refused = cli("init", "--team", "--admin", "dpo", password=PW)
    assert refused.code == 1 and "PostgreSQL team database" in refused.err
    assert len(refused.err.strip().splitlines()) == 1
    made = cli("init", "--admin", "dpo", password=PW)
    assert made.code == 0, made.err
    assert "Team roles" not in made.out
    assert cli("case", "list", "--json", user="dpo", password=PW).json() == []
