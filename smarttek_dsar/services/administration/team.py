"""Team mode on PostgreSQL: the group roles and grants that make the server enforce the
roles (storage/team_roles.py). Set up by `smarttek-dsar init`, run by the database owner
before any user exists, so there is no actor to check: the server decides (only the owner, or
a login allowed to create roles and grant on the tables, gets through)."""

from __future__ import annotations

from sqlalchemy.exc import OperationalError, ProgrammingError

from smarttek_dsar.domain.roles import Role
from smarttek_dsar.services import audit
from smarttek_dsar.services.actor import SYSTEM
from smarttek_dsar.services.errors import ServiceError
from smarttek_dsar.storage import team_roles
from smarttek_dsar.storage.database import Database


class TeamRolesService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def prefix(self) -> str | None:
        """The group roles' prefix, or None when team roles were never set up here."""
        if self.db.is_sqlite:
            return None
        with self.db.read() as session:
            return team_roles.stored_prefix(session.connection())

    def set_up(self, prefix: str | None = None) -> list[str]:
        """Create the group roles (if missing) and grant each exactly its tables; returns the
        group names. Idempotent: run again after an upgrade that added tables."""
        if self.db.is_sqlite:
            raise ServiceError("Team roles are for a PostgreSQL team database; a local SQLite "
                               "file has one user.")
        try:
            with self.db.unit_of_work() as session:
                connection = session.connection()
                chosen = prefix or team_roles.stored_prefix(connection) \
                    or team_roles.DEFAULT_PREFIX
                groups = team_roles.set_up(connection, chosen)
                audit.record(session, SYSTEM, "team.roles_set_up",
                             details={"groups": sorted(groups.values())})
        except team_roles.TeamRoleError as exc:
            raise ServiceError(str(exc)) from None
        except (ProgrammingError, OperationalError) as exc:
            first = str(exc.orig or exc).strip().splitlines()[0]
            raise ServiceError(
                "Only the database owner (allowed to create roles) can set up team roles: "
                "run 'smarttek-dsar init' with the owner's login in --db ({first}).", first=first) from None
        return [groups[role] for role in Role]
