"""Team mode on PostgreSQL: every user signs in to the server with their own login, and the
server, not only the program, decides what each login may read and change.

- Group roles (NOLOGIN), one per role of the program: `<prefix>_specialist`,
  `<prefix>_manager`, `<prefix>_admin` (prefix "dsar" unless init was told otherwise; roles
  are cluster-wide, so two installations on one server, or tests, use different prefixes).
  The prefix is kept in the settings table, so `user add` knows which groups to grant.
- Specialists and administrators: the case tables. Managers: only the views of schema
  manager_views (migration 0008), which carry no personal data, plus the configuration the
  program needs to start (settings, holidays, organisation documents). Nobody: UPDATE or
  DELETE on the audit trail (audit_events: INSERT and SELECT; audit_head: SELECT); the head is
  moved only by the SECURITY DEFINER function dsar_audit_append.
- Login roles: one per user, named as the user, password stored as a SCRAM-SHA-256 verifier
  computed on this side (libpq's PQencryptPasswordConn), so the password itself never reaches
  the server's statement log. The program opened with a login that may not read `cases`
  reads every table it names from the schema manager_views instead (SQLAlchemy's
  schema_translate_map), so the dashboard's queries run unchanged on the views, while the
  same login at `psql` is refused the tables themselves.

Grants are set by `set_up` (run by the database owner through `smarttek-dsar init`); run it
again after an upgrade that added tables.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.engine import make_url

from smarttek_dsar.domain.roles import Role
from smarttek_dsar.storage import manager_views

DEFAULT_PREFIX = "dsar"
PREFIX_SETTING = "team.role_prefix"
MANAGER_SCHEMA = "manager_views"  # migration 0008

# The audit trail: appended to, read, never changed (the head only through the function).
APPEND_ONLY_TABLES = frozenset({"audit_events", "audit_checkpoints"})
# Personal text beside the events (services/audit.py): written by the workers, read by them,
# deleted only by purge (the administrator's).
PERSONAL_TEXT_TABLES = frozenset({"audit_personal_texts"})
FUNCTION_ONLY_TABLES = frozenset({"audit_head"})
# What a manager's program reads to start and to compute deadlines: no subject's data
# (read through manager_views by the program; granted here for the start-up checks).
CONFIGURATION_TABLES = frozenset({"settings", "extra_holidays", "organisation_documents",
                                  "alembic_version"})
# Everyone may read who the users are (names, roles) but not their password hashes.
USER_COLUMNS = ("id", "username", "display_name", "roles", "active", "failed_logins",
                "locked_until", "created_at")
AUDIT_FUNCTIONS = ("dsar_audit_head()", "dsar_audit_append(audit_events)")
# The server's own sign-in throttle (migration 0009): written only by its functions.
SERVER_ONLY_TABLES = frozenset({"sign_in_throttle"})
# The gate: one login per server that may only ask dsar_sign_in_window(name) for a sign-in
# window (it counts the attempt and throttles). Its password is not a secret: every desk must
# use it before anyone has signed in, and it opens nothing by itself.
GATE_LOGIN = "dsar_sign_in"
GATE_PASSWORD = "dsar-sign-in-gate"
# A team login's password is kept expired; the window function opens it for seconds.
CLOSED = "1970-01-01 00:00:00+00"


class TeamRoleError(RuntimeError):
    """A login or grant cannot be made; the message says which and why."""


def is_team_url(url: str) -> bool:
    """A PostgreSQL address without a user: each user signs in with their own login."""
    parsed = make_url(url)
    return parsed.get_backend_name() == "postgresql" and not parsed.username


def signed_in_url(url: str, username: str, password: str) -> str:
    """The team address with the user's own login and password."""
    return make_url(url).set(username=username, password=password).render_as_string(
        hide_password=False)


def group_name(prefix: str, role: Role) -> str:
    return f"{prefix}_{role.value}"


def check_prefix(prefix: str) -> str:
    name = prefix.strip().lower()
    if not name or len(name) > 40 or not all(c.isalnum() or c == "_" for c in name) \
            or not name[0].isalpha():
        raise TeamRoleError("A role prefix is 1-40 letters, digits or underscores, starting "
                            "with a letter, e.g. 'dsar'.")
    return name


def stored_prefix(connection: Connection) -> str | None:
    """The prefix init set up on this database; None when team roles were never set up."""
    return connection.execute(text("SELECT value FROM settings WHERE key = :k"),
                              {"k": PREFIX_SETTING}).scalar_one_or_none()


def _quote(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote_identifier(name)


def _role_exists(connection: Connection, name: str) -> bool:
    return connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"),
                              {"n": name}).first() is not None


def set_up(connection: Connection, prefix: str = DEFAULT_PREFIX) -> dict[Role, str]:
    """Create the group roles if missing and (re)grant exactly what each may do. Idempotent.
    Run by the database owner (who must be allowed to create roles)."""
    prefix = check_prefix(prefix)
    q = lambda name: _quote(connection, name)  # noqa: E731
    home = connection.execute(text("SELECT current_schema()")).scalar_one()
    groups = {role: group_name(prefix, role) for role in Role}
    for name in groups.values():
        if not _role_exists(connection, name):
            connection.exec_driver_sql(f"CREATE ROLE {q(name)} NOLOGIN")
    tables = inspect(connection).get_table_names(schema=home)
    everyone = ", ".join(q(g) for g in groups.values())
    workers = ", ".join(q(groups[r]) for r in (Role.SPECIALIST, Role.ADMIN))
    manager, admin = q(groups[Role.MANAGER]), q(groups[Role.ADMIN])
    schema = q(home)
    run = connection.exec_driver_sql
    # Start from nothing, so a second run after a change of this file leaves exactly these.
    run(f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {everyone}")
    run(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM {everyone}")
    run(f"GRANT USAGE ON SCHEMA {schema}, {MANAGER_SCHEMA} TO {everyone}")
    for table in tables:
        t = f"{schema}.{q(table)}"
        if table in SERVER_ONLY_TABLES:
            continue
        if table == "users":
            columns = ", ".join(q(c) for c in USER_COLUMNS)
            run(f"GRANT SELECT ({columns}) ON {t} TO {everyone}")
            run(f"GRANT INSERT, UPDATE ON {t} TO {admin}")
        elif table in APPEND_ONLY_TABLES:
            run(f"GRANT SELECT, INSERT ON {t} TO {workers}")
        elif table in PERSONAL_TEXT_TABLES:
            run(f"GRANT SELECT, INSERT ON {t} TO {workers}")
            run(f"GRANT DELETE ON {t} TO {admin}")
        elif table in FUNCTION_ONLY_TABLES:
            run(f"GRANT SELECT ON {t} TO {workers}")
        elif table in CONFIGURATION_TABLES:
            run(f"GRANT SELECT ON {t} TO {manager}")
            run(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {t} TO {workers}")
        else:
            run(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {t} TO {workers}")
    run(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {workers}")
    # The views follow the tables as they are now (a column added by an upgrade included).
    manager_views.rebuild(connection)
    run(f"REVOKE ALL ON ALL TABLES IN SCHEMA {MANAGER_SCHEMA} FROM {everyone}")
    run(f"GRANT SELECT ON ALL TABLES IN SCHEMA {MANAGER_SCHEMA} TO {manager}")
    for function in AUDIT_FUNCTIONS:
        run(f"GRANT EXECUTE ON FUNCTION {schema}.{function} TO {everyone}")
    _set_up_sign_in_gate(connection, schema, everyone, admin)
    connection.execute(
        text("DELETE FROM settings WHERE key = :k"), {"k": PREFIX_SETTING})
    connection.execute(text("INSERT INTO settings (key, value) VALUES (:k, :v)"),
                       {"k": PREFIX_SETTING, "v": prefix})
    return groups


def _set_up_sign_in_gate(connection: Connection, schema: str, everyone: str,
                         admin: str) -> None:
    """The gate login and the throttle functions' grants (migration 0009); every user's login
    closed until a window is opened for it (logins made before the throttle included)."""
    q = lambda name: _quote(connection, name)  # noqa: E731
    run = connection.exec_driver_sql
    gate = q(GATE_LOGIN)
    verifier = _literal(_verifier(connection, GATE_LOGIN, GATE_PASSWORD))
    if not _role_exists(connection, GATE_LOGIN):
        run(f"CREATE ROLE {gate} LOGIN NOINHERIT PASSWORD {verifier}")
    run(f"GRANT USAGE ON SCHEMA {schema} TO {gate}")
    run(f"GRANT EXECUTE ON FUNCTION {schema}.dsar_sign_in_window(text) TO {gate}")
    run(f"GRANT EXECUTE ON FUNCTION {schema}.dsar_sign_in_succeeded() TO {everyone}")
    run(f"GRANT EXECUTE ON FUNCTION {schema}.dsar_sign_in_unlock(text) TO {admin}")
    run(f"GRANT EXECUTE ON FUNCTION {schema}.dsar_audit_forget_old_details(integer, text) "
        f"TO {admin}")
    logins = connection.execute(text(
        "SELECT u.username FROM users u JOIN pg_roles r ON r.rolname = u.username "
        "WHERE NOT r.rolsuper AND r.rolname <> current_user")).scalars().all()
    for login in logins:
        run(f"ALTER ROLE {q(login)} VALID UNTIL {_literal(CLOSED)}")


def _verifier(connection: Connection, username: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of the password, computed by libpq on this side."""
    pgconn = connection.connection.dbapi_connection.pgconn
    return pgconn.encrypt_password(password.encode("utf-8"), username.encode("utf-8"),
                                   b"scram-sha-256").decode("ascii")


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def create_login(connection: Connection, prefix: str, username: str, password: str,
                 roles: Iterable[Role]) -> None:
    """The user's own login role, member of the groups of their roles. An administrator's
    login may create and change logins (CREATEROLE), so `user add` works from their desk."""
    roles = frozenset(roles)
    q = lambda name: _quote(connection, name)  # noqa: E731
    if _role_exists(connection, username):
        raise TeamRoleError(f"The database server has a login named '{username}' already; "
                            "choose another user name.")
    attributes = "LOGIN CREATEROLE" if Role.ADMIN in roles else "LOGIN"
    # The password is closed from the start: the server accepts it only inside a window
    # opened by the throttle (migration 0009).
    connection.exec_driver_sql(
        f"CREATE ROLE {q(username)} {attributes} PASSWORD "
        f"{_literal(_verifier(connection, username, password))} VALID UNTIL {_literal(CLOSED)}")
    set_groups(connection, prefix, username, roles)


def set_groups(connection: Connection, prefix: str, username: str,
               roles: Iterable[Role]) -> None:
    """The login is a member of exactly the groups of these roles (a role change regrants:
    a specialist made manager loses the case tables at once). Only an administrator's login
    may create and change logins. Sessions already open keep their old membership until
    they reconnect; the program reconnects at every sign-in."""
    roles = frozenset(roles)
    if not _role_exists(connection, username):
        return  # a user from before team mode: nothing on the server to change
    q = lambda name: _quote(connection, name)  # noqa: E731
    for role in Role:
        group = q(group_name(prefix, role))
        if role in roles:
            connection.exec_driver_sql(f"GRANT {group} TO {q(username)}")
        else:
            connection.exec_driver_sql(f"REVOKE {group} FROM {q(username)}")
    create = "CREATEROLE" if Role.ADMIN in roles else "NOCREATEROLE"
    connection.exec_driver_sql(f"ALTER ROLE {q(username)} {create}")


def open_sign_in_window(url: str, username: str) -> int | None:
    """Ask the server's throttle for a sign-in window for `username` through the gate login
    (migration 0009). Returns the seconds to wait (> 0: refused, no password tried), 0 when
    the window is open, None when this server has no gate (team roles set up before the
    throttle: the server then checks the password alone; run init again)."""
    import psycopg

    parsed = make_url(url)
    try:
        with psycopg.connect(host=parsed.host, port=parsed.port, dbname=parsed.database,
                             user=GATE_LOGIN, password=GATE_PASSWORD, autocommit=True,
                             connect_timeout=15) as gate:
            return int(gate.execute("SELECT dsar_sign_in_window(%s)", (username,))
                       .fetchone()[0])
    except psycopg.OperationalError as exc:
        if "pg_hba.conf" in str(exc):
            from smarttek_dsar.storage.database import DatabaseError

            raise DatabaseError(
                "The database server does not let the sign-in gate (login '{login}') "
                "connect: allow it in pg_hba.conf beside the users' logins (README, team "
                "mode).", login=GATE_LOGIN) from None
        return None  # no gate on this server (set up before the throttle), or it is down
    except (psycopg.errors.UndefinedFunction, psycopg.errors.InsufficientPrivilege):
        return None


def signed_in(dbapi_connection) -> None:
    """A connection that got in: clear its own login's count and close its window."""
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("SELECT dsar_sign_in_succeeded()")
        dbapi_connection.commit()
    except Exception:  # a server without the throttle (before init was run again)
        dbapi_connection.rollback()
    finally:
        cursor.close()


def reads_through_views(engine: Engine) -> bool:
    """A login that may not read the case table but may read the managers' views."""
    with engine.connect() as connection:
        return bool(connection.execute(text(
            "SELECT NOT has_table_privilege('cases', 'SELECT') "
            "AND has_schema_privilege(:s, 'USAGE')"), {"s": MANAGER_SCHEMA}).scalar_one())


def set_login_password(connection: Connection, username: str, password: str) -> None:
    if not _role_exists(connection, username):
        return  # a user from before team mode, or SQLite copied over: nothing to change
    connection.exec_driver_sql(
        f"ALTER ROLE {_quote(connection, username)} PASSWORD "
        f"{_literal(_verifier(connection, username, password))}")


def disable_login(connection: Connection, prefix: str, username: str) -> None:
    """The login can no longer connect and holds no group: nothing left to read or change."""
    if not _role_exists(connection, username):
        return
    q = lambda name: _quote(connection, name)  # noqa: E731
    connection.exec_driver_sql(f"ALTER ROLE {q(username)} NOLOGIN")
    for role in Role:
        connection.exec_driver_sql(
            f"REVOKE {q(group_name(prefix, role))} FROM {q(username)}")


def drop_roles(connection: Connection, prefix: str, logins: Iterable[str] = ()) -> None:
    """Remove logins and the groups of one prefix from the server (their grants first), e.g.
    after a test or when an installation is taken down. Run in the database whose objects
    they were granted on."""
    q = lambda name: _quote(connection, name)  # noqa: E731
    # The gate login (GATE_LOGIN) is shared by every database on the server and holds
    # nothing: it stays.
    names = [*logins, *(group_name(prefix, role) for role in Role)]
    for name in names:
        if _role_exists(connection, name):
            connection.exec_driver_sql(f"DROP OWNED BY {q(name)}")
            connection.exec_driver_sql(f"DROP ROLE {q(name)}")
