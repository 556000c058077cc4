"""A team database on the real PostgreSQL server: group roles and a login per user, all named
with a prefix of this test's own (roles are cluster-wide) and dropped afterwards."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import psycopg
import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from smarttek_dsar.domain.roles import Role
from smarttek_dsar.services import Services
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.administration.users import sign_in_to_team
from smarttek_dsar.storage import team_roles
from smarttek_dsar.storage.database import Database
from tests.conftest import PASSWORD


@dataclass
class Team:
    owner_url: str  # the database owner's address (init, clean-up)
    url: str  # what every desk's settings name: server and database, no user
    prefix: str
    owner: Services
    dpo: Actor  # the first administrator, created by init as the owner
    logins: list[str] = field(default_factory=list)

    def name(self, short: str) -> str:
        return f"{self.prefix}.{short}"

    def add(self, short: str, *roles: Role) -> str:
        """A user with their own login, added by the administrator."""
        self.owner.users.add(self.dpo, self.name(short), PASSWORD, frozenset(roles), short)
        self.logins.append(self.name(short))
        return self.name(short)

    @contextmanager
    def desk(self, username: str, password: str = PASSWORD) -> Iterator[tuple[Services, Actor]]:
        """The program on a user's desk: signed in with their own database login."""
        services, actor = sign_in_to_team(self.url, username, password)
        try:
            yield services, actor
        finally:
            services.db.dispose()

    def psql(self, username: str, password: str = PASSWORD) -> psycopg.Connection:
        """A user at `psql` with their own login (autocommit: each statement on its own)."""
        url = make_url(team_roles.signed_in_url(self.url, username, password))
        return psycopg.connect(host=url.host, port=url.port, dbname=url.database,
                               user=url.username, password=url.password, autocommit=True)


def server_address(owner_url: str) -> str:
    """What a desk's settings name: the owner's address without user and password."""
    url = make_url(owner_url)
    assert team_roles.is_team_url(url._replace(username=None, password=None)
                                  .render_as_string(hide_password=False))
    return url._replace(username=None, password=None).render_as_string(hide_password=False)


@contextmanager
def team_on(owner_url: str) -> Iterator[Team]:
    """Team roles with a prefix of their own on the database at owner_url, and the first
    administrator; every login and group dropped afterwards."""
    prefix = f"t{uuid.uuid4().hex[:10]}"
    owner = Services(Database(owner_url))
    team = None
    try:
        owner.team.set_up(prefix)
        dpo_name = f"{prefix}.dpo"
        owner.users.create_first_admin(dpo_name, PASSWORD, "Dace Ozola")
        dpo = owner.users.login(dpo_name, PASSWORD)
        team = Team(owner_url, server_address(owner_url), prefix, owner, dpo, [dpo_name])
        yield team
    finally:
        owner.db.dispose()
        engine = create_engine(owner_url, isolation_level="AUTOCOMMIT")
        with engine.connect() as connection:
            logins = team.logins if team else [f"{prefix}.dpo"]
            connection.exec_driver_sql(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = ANY(%s)",
                (logins,))
            team_roles.drop_roles(connection, prefix, logins)
        engine.dispose()


@pytest.fixture(name="team")
def team_database(fresh_postgres_url) -> Iterator[Team]:
    with team_on(fresh_postgres_url) as team:
        yield team
