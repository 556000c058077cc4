"""Team mode sign-in (PostgreSQL): each desk connects with the user's own login, so the server
checks the password; every connection first asks the server's throttle for a sign-in window
(migration 0009, storage/team_roles.py)."""

from __future__ import annotations

from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from smarttek_dsar.services.errors import AuthenticationFailed
from smarttek_dsar.storage import team_roles
from smarttek_dsar.storage.database import Database, DatabaseError


def is_team_address(url: str) -> bool:
    """A PostgreSQL address without a user: each user signs in with their own login."""
    return team_roles.is_team_url(url)


def sign_in_to_team(url: str, username: str, password: str):
    """Team mode: open the services with the user's own database login and sign them in.
    Returns (services, actor). A wrong name or password is refused by the server, in the
    same words as the program's own check."""
    from smarttek_dsar.services import Services
    from smarttek_dsar.storage.migrate import is_current

    name = username.strip().lower()
    if not name or not password:
        raise AuthenticationFailed("Wrong user name or password.")
    db = Database(team_roles.signed_in_url(url, name, password), migrate=False)
    _throttle_connections(db, url, name)
    try:
        try:
            current = is_current(db.engine)
        except OperationalError as exc:
            raise _connection_problem(exc, db) from None
        if not current:
            raise DatabaseError("The database ({database}) needs an upgrade: the database "
                                "owner runs 'smarttek-dsar init' first.",
                                database=db.describe())
        db.team_login = name
        if team_roles.reads_through_views(db.engine):
            db.read_tables_from(team_roles.MANAGER_SCHEMA)
        services = Services(db)
        return services, services.users.login(name, "")
    except BaseException:
        db.dispose()
        raise


def _throttle_connections(db: Database, url: str, name: str) -> None:
    """Every connection of this login (the first and each one the pool opens later) asks the
    server's throttle for a window first; the server refuses the password outside one, so a
    client that skips this (psql, a script) is throttled too (migration 0009)."""

    # users.py re-exports this module's functions: imported here, not at the top.
    from smarttek_dsar.services.administration.users import too_many_attempts

    def open_window(_dialect, _record, _args, _kwargs):
        wait = team_roles.open_sign_in_window(url, name)
        if wait:
            # Refused before any password is tried, in the same words for every name.
            raise AuthenticationFailed(too_many_attempts(wait))
        return None  # the driver connects as usual

    def got_in(dbapi_connection, _record):
        team_roles.signed_in(dbapi_connection)

    event.listen(db.engine, "do_connect", open_window)
    event.listen(db.engine, "connect", got_in)


def _connection_problem(exc: OperationalError, db: Database) -> Exception:
    words = str(exc.orig or exc)
    refused = ("password authentication failed", "not permitted to log in",
               "no password supplied")
    if any(r in words for r in refused) or ('role "' in words and "does not exist" in words):
        return AuthenticationFailed("Wrong user name or password.")
    first = words.strip().splitlines()[0] if words.strip() else type(exc).__name__
    return DatabaseError("Cannot open the database ({database}): {exc}",
                         database=db.describe(), exc=first)
