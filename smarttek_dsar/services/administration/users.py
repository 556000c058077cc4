"""Users, roles and sign-in. Passwords are kept only as Argon2id hashes (memory-hard)."""

from __future__ import annotations

import getpass
import hashlib
import math
import secrets
import socket
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, select, text, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlalchemy.orm import Session

from smarttek_dsar.domain.messages import Message, message
from smarttek_dsar.domain.roles import Permission, Role
from smarttek_dsar.services import audit
from smarttek_dsar.services.actor import SYSTEM, Actor
from smarttek_dsar.services.errors import AuthenticationFailed, NotFound, ServiceError
from smarttek_dsar.storage import team_roles
from smarttek_dsar.storage.database import Database
from smarttek_dsar.storage.models import Setting, User
from smarttek_dsar.storage.timestamps import as_utc, now_utc

MIN_PASSWORD_LENGTH = 10
FREE_ATTEMPTS = 5  # failed sign-ins of one name before each further attempt waits 2^(n-5) s
LOCK_MAX = timedelta(minutes=15)  # the longest wait: a guesser can slow a colleague, not bar them

_hasher = PasswordHasher()


@dataclass(frozen=True)
class UserView:
    id: int
    username: str
    display_name: str
    roles: frozenset[Role]
    active: bool


def _view(user: User) -> UserView:
    return UserView(user.id, user.username, user.display_name, _roles(user), user.active)


def _roles(user: User) -> frozenset[Role]:
    return frozenset(Role(r) for r in user.roles.split(",") if r)


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ServiceError("The password must have at least {min_password_length} characters.", min_password_length=MIN_PASSWORD_LENGTH)


def _check_username(username: str) -> str:
    name = username.strip().lower()
    if not name or len(name) > 64 or not all(c.isalnum() or c in "._-" for c in name):
        raise ServiceError(
            "A user name is 1-64 letters, digits, dots, dashes or underscores, e.g. 'anna.ozola'."
        )
    return name


class UserService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def has_users(self) -> bool:
        with self.db.unit_of_work() as session:
            return bool(session.scalar(select(func.count()).select_from(User)))

    def create_first_admin(
        self, username: str, password: str, display_name: str = "", *, also_specialist: bool = True
    ) -> UserView:
        """Only on an empty database: the first account can manage users (and, by default,
        work cases, as a DPO working alone does)."""
        roles = {Role.ADMIN, Role.SPECIALIST} if also_specialist else {Role.ADMIN}
        with self.db.unit_of_work() as session:
            if session.scalar(select(func.count()).select_from(User)):
                raise ServiceError("The first administrator exists already; sign in instead.")
            user = self._insert(session, username, password, display_name, roles)
            audit.record(session, SYSTEM, "user.created", details=_user_details(user))
            return _view(user)

    def add(
        self, actor: Actor, username: str, password: str, roles: frozenset[Role], display_name=""
    ) -> UserView:
        actor.require(Permission.MANAGE_USERS, "add users")
        with self.db.unit_of_work() as session:
            user = self._insert(session, username, password, display_name, roles)
            audit.record(session, actor, "user.created", details=_user_details(user))
            return _view(user)

    def _insert(self, session, username, password, display_name, roles) -> User:
        name = _check_username(username)
        _check_password(password)
        if not roles:
            raise ServiceError("Give the user at least one role.")
        if session.scalar(select(User).where(User.username == name)):
            raise ServiceError("A user named '{name}' exists already.", name=name)
        user = User(
            username=name,
            display_name=display_name.strip() or name,
            roles=",".join(sorted(r.value for r in roles)),
            password_hash=_hasher.hash(password),
            active=True,
            failed_logins=0,
            created_at=now_utc(),
        )
        session.add(user)
        session.flush()
        prefix = _team_prefix(session)
        if prefix:
            # Team mode: the user's own database login, in the same transaction as the row.
            with _server_refusal("create database logins"):
                team_roles.create_login(session.connection(), prefix, name, password, roles)
        return user

    def list(self, actor: Actor) -> list[UserView]:
        actor.require(Permission.MANAGE_USERS, "list users")
        with self.db.unit_of_work() as session:
            return [_view(u) for u in session.scalars(select(User).order_by(User.username))]

    def assignable(self, actor: Actor) -> list[UserView]:
        """Specialists a case can be given to (names only, for the assignee picker)."""
        actor.require(Permission.VIEW_CASE_METADATA, "see the team")
        with self.db.unit_of_work() as session:
            users = session.scalars(select(User).where(User.active).order_by(User.username))
            return [_view(u) for u in users if Role.SPECIALIST in _roles(u)]

    def set_password(self, actor: Actor, username: str, new_password: str) -> None:
        if actor.username != username:
            actor.require(Permission.MANAGE_USERS, "change another user's password")
        _check_password(new_password)
        if self.db.team_login is not None and actor.username == self.db.team_login == username:
            # Team mode, one's own password: the server checks it, so it is changed there
            # (every login may change its own); the user row is the administrators'.
            with self.db.unit_of_work() as session:
                with _server_refusal("change its password"):
                    team_roles.set_login_password(session.connection(), username, new_password)
                audit.record(session, actor, "user.password_changed",
                             details={"user": username})
            return
        with self.db.unit_of_work() as session:
            user = session.scalar(select(User).where(User.username == username))
            if user is None:
                raise NotFound("No user named '{username}'.", username=username)
            user.password_hash = _hasher.hash(new_password)
            user.failed_logins, user.locked_until = 0, None
            if _team_prefix(session):
                with _server_refusal("change database passwords"):
                    team_roles.set_login_password(session.connection(), user.username,
                                                  new_password)
            audit.record(session, actor, "user.password_changed", details={"user": username})

    def disable(self, actor: Actor, username: str) -> None:
        """The user can no longer sign in; their name stays on the cases and in the trail.
        In team mode their database login is closed and loses every group role."""
        actor.require(Permission.MANAGE_USERS, "disable users")
        name = username.strip().lower()
        if name == actor.username:
            raise ServiceError("You cannot disable your own account; ask another "
                               "administrator.")
        with self.db.unit_of_work() as session:
            user = session.scalar(select(User).where(User.username == name))
            if user is None:
                raise NotFound("No user named '{name}'.", name=name)
            user.active = False
            prefix = _team_prefix(session)
            if prefix:
                with _server_refusal("close database logins"):
                    team_roles.disable_login(session.connection(), prefix, name)
            audit.record(session, actor, "user.disabled", details={"user": name})

    def set_roles(self, actor: Actor, username: str, roles: frozenset[Role]) -> UserView:
        """Give a user other roles. In team mode their database login's groups change in the
        same transaction, so a specialist made manager can no longer read the case tables
        (from their next connection on; the program reconnects at every sign-in)."""
        actor.require(Permission.MANAGE_USERS, "change users' roles")
        roles = frozenset(roles)
        if not roles:
            raise ServiceError("Give the user at least one role.")
        name = username.strip().lower()
        if name == actor.username and Role.ADMIN not in roles:
            raise ServiceError("You cannot take the administrator role from yourself; ask "
                               "another administrator.")
        with self.db.unit_of_work() as session:
            user = session.scalar(select(User).where(User.username == name).with_for_update())
            if user is None:
                raise NotFound("No user named '{name}'.", name=name)
            before = user.roles
            user.roles = ",".join(sorted(r.value for r in roles))
            prefix = _team_prefix(session)
            if prefix and user.active:  # a disabled user's login stays without groups
                with _server_refusal("change database logins' groups"):
                    team_roles.set_groups(session.connection(), prefix, name, roles)
            audit.record(session, actor, "user.roles_changed",
                         details={"user": name, "before": before, "after": user.roles})
            return _view(user)

    def login(self, username: str, password: str, *, client: str | None = None) -> Actor:
        """Sign in. Every attempt is counted for the name tried (known or not) and for the
        client before the password is checked, so parallel guesses cannot slip past the
        count; past the free attempts each further one must wait a growing delay (OWASP
        authentication guidance: throttle per account and per client, never lock for good)."""
        name = username.strip().lower()
        if self.db.team_login is not None:
            return self._team_login(name)
        client_key = _CLIENT_PREFIX + _digest(client or _this_client())
        with self.db.unit_of_work() as session:
            attempt = _count_attempt(session, name, client_key, now_utc())
        if attempt.wait_seconds:
            # Refused without checking the password, in the same words for every name.
            raise AuthenticationFailed(too_many_attempts(attempt.wait_seconds))
        try:
            # An unknown name is checked against a dummy hash of the same cost: both take as
            # long, so the answer's time does not tell which accounts exist.
            _hasher.verify(attempt.password_hash or _dummy_hash(), password)
            right = attempt.user_id is not None
        except (VerificationError, InvalidHashError):
            right = False
        with self.db.unit_of_work() as session:
            if not right:
                user = session.get(User, attempt.user_id) if attempt.user_id else None
                audit.record(session, _actor(user) if user else SYSTEM, "user.login_failed",
                             details={} if user else {"user": "(unknown name)"})
            else:
                return _signed_in(session, attempt.user_id, password, client_key)
        # One message for unknown user and wrong password: do not reveal which accounts exist.
        raise AuthenticationFailed("Wrong user name or password.")

    def _team_login(self, name: str) -> Actor:
        """Team mode: the database server checked the password when this connection was
        opened with the user's own login (SCRAM), so the name must be that login's."""
        with self.db.unit_of_work() as session:
            row = session.execute(
                select(User.id, User.username, User.display_name, User.roles)
                .where(User.username == name, User.active)
            ).one_or_none()
            if row is None or name != self.db.team_login:
                raise AuthenticationFailed("Wrong user name or password.")
            actor = Actor(row.id, row.username, row.display_name,
                          frozenset(Role(r) for r in row.roles.split(",") if r))
            audit.record(session, actor, "user.login", details={"via": "database login"})
            return actor

    def unlock(self, actor: Actor, username: str) -> None:
        """Clear a user's sign-in delay at once (e.g. after someone guessed at a colleague's
        account): the user can sign in again with the right password."""
        actor.require(Permission.MANAGE_USERS, "unlock users")
        name = username.strip().lower()
        with self.db.unit_of_work() as session:
            user = session.scalar(select(User).where(User.username == name).with_for_update())
            if user is None:
                raise NotFound("No user named '{name}'.", name=name)
            failures = user.failed_logins
            user.failed_logins, user.locked_until = 0, None
            session.execute(delete(Setting).where(Setting.key == _NAME_PREFIX + _digest(name)))
            if _team_prefix(session):
                # Team mode: the server's own count (migration 0009), which only its
                # function may clear (granted to the administrators' group).
                with _server_refusal("unlock database logins"):
                    failures += session.execute(
                        text("SELECT dsar_sign_in_unlock(:n)"), {"n": name}).scalar_one()
            audit.record(session, actor, "user.unlocked",
                         details={"user": name, "failed_sign_ins": failures})

    def actor_for(self, username: str, *, reason: str) -> Actor:
        """The actor of a user without their password. Only for code that runs with the
        database owner's own rights and says why (the demo set-up, the self-test, tests);
        never reachable from the window or the command line. Audited with the reason."""
        if not reason.strip():
            raise ServiceError("Say why an actor is handed out without a password.")
        with self.db.unit_of_work() as session:
            user = session.scalar(select(User).where(User.username == username.strip().lower()))
            if user is None or not user.active:
                raise NotFound("No active user named '{username}'.", username=username)
            audit.record(session, SYSTEM, "user.actor_without_password",
                         details={"user": user.username, "reason": reason.strip()})
            return _actor(user)


def _team_prefix(session: Session) -> str | None:
    """The group roles' prefix when init set up team roles on this PostgreSQL database."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    return team_roles.stored_prefix(session.connection())


class _server_refusal:
    """The server's refusal of a login change, said in one line (e.g. a login without the
    right to create roles)."""

    def __init__(self, what: str) -> None:
        self.what = what

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind, exc, _tb) -> bool:
        if isinstance(exc, team_roles.TeamRoleError):
            raise ServiceError(str(exc)) from None
        if isinstance(exc, (ProgrammingError, OperationalError)):
            raise ServiceError(
                "The database server does not let this login {what}; run the command as an "
                "administrator signed in with their own login, or as the database owner.", what=self.what) from None
        return False


# Sign-in throttling. The user's own counter is users.failed_logins / locked_until; names
# without an active account and clients are counted in settings rows, keyed by a digest so a
# password typed into the name field is never stored.
FREE_CLIENT_ATTEMPTS = 10  # failed sign-ins from one client (any names) before it waits
CLIENT_QUIET = timedelta(hours=1)  # a client's failures are forgotten after an hour of quiet
_NAME_PREFIX = "signin.name."
_CLIENT_PREFIX = "signin.client."


@dataclass(frozen=True)
class _Attempt:
    user_id: int | None
    password_hash: str | None
    wait_seconds: int  # > 0: refused, try again after this many seconds


def _count_attempt(session: Session, name: str, client_key: str, now: datetime) -> _Attempt:
    """Refuse during a wait; otherwise count the attempt for the name and the client
    atomically (one UPDATE ... RETURNING on the user's locked row, or a locked settings row)
    and reserve the next delay before the password is checked, so a parallel attempt sees
    it at once. A refused attempt counts for nothing: retrying the right password during
    the wait does not make it longer."""
    user = session.execute(
        select(User.id, User.password_hash, User.locked_until)
        .where(User.username == name, User.active).with_for_update()
    ).one_or_none()
    name_row = None
    if user is not None:
        until = as_utc(user.locked_until) if user.locked_until is not None else None
    else:
        name_row = _locked_setting(session, _NAME_PREFIX + _digest(name))
        failures, until, _last = _parse(name_row.value)
    client_row = _locked_setting(session, client_key)
    client_failures, client_until, last = _parse(client_row.value)
    if last is not None and now - last > CLIENT_QUIET:
        client_failures, client_until = 0, None
    waits = [t for t in (until, client_until) if t is not None and t > now]
    if waits:
        wait = (max(waits) - now).total_seconds()
        return _Attempt(None, None, max(1, math.ceil(wait)))
    if user is not None:
        failures = session.execute(
            update(User).where(User.id == user.id)
            .values(failed_logins=User.failed_logins + 1).returning(User.failed_logins)
        ).scalar_one()
        session.execute(update(User).where(User.id == user.id)
                        .values(locked_until=_next_try(now, failures, FREE_ATTEMPTS)))
    else:
        failures += 1
        name_row.value = _format(failures, _next_try(now, failures, FREE_ATTEMPTS), now)
    client_failures += 1
    client_row.value = _format(
        client_failures, _next_try(now, client_failures, FREE_CLIENT_ATTEMPTS), now)
    if user is None:
        return _Attempt(None, None, 0)
    return _Attempt(user.id, user.password_hash, 0)


def _next_try(now: datetime, failures: int, free: int) -> datetime | None:
    """After `free` failures the next attempt waits 1 s, then 2, 4, 8 ... up to LOCK_MAX."""
    if failures < free:
        return None
    return now + min(timedelta(seconds=2 ** min(failures - free, 20)), LOCK_MAX)


def _signed_in(session: Session, user_id: int, password: str, client_key: str) -> Actor:
    user = session.get(User, user_id, with_for_update=True)
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    user.failed_logins, user.locked_until = 0, None
    # A sign-in that worked is not a failure of the client's.
    client_row = _locked_setting(session, client_key)
    failures, until, last = _parse(client_row.value)
    failures = max(failures - 1, 0)
    client_row.value = _format(failures, until if failures >= FREE_CLIENT_ATTEMPTS else None,
                               last)
    audit.record(session, _actor(user), "user.login")
    return _actor(user)


def _locked_setting(session: Session, key: str) -> Setting:
    """The settings row `key`, created if missing, locked until the unit of work ends (two
    first attempts at once: the second waits for the first's row, then locks it)."""
    dialect = session.get_bind().dialect.name
    insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
    session.execute(insert(Setting).values(key=key, value="").on_conflict_do_nothing())
    query = select(Setting).where(Setting.key == key).with_for_update()
    return session.scalar(query.execution_options(populate_existing=True))


def _parse(value: str) -> tuple[int, datetime | None, datetime | None]:
    """'failures|next try|last attempt' (ISO times, empty when none)."""
    parts = (value or "").split("|")
    try:
        failures = int(parts[0])
        until, last = (datetime.fromisoformat(p) if p else None for p in parts[1:3])
    except (ValueError, IndexError):  # a new row, or one somebody edited by hand
        return 0, None, None
    return failures, until, last


def _format(failures: int, until: datetime | None, last: datetime | None) -> str:
    return f"{failures}|{until.isoformat() if until else ''}|{last.isoformat() if last else ''}"


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _this_client() -> str:
    """The desk the attempt comes from: the operating-system account on this computer."""
    try:
        who = getpass.getuser()
    except Exception:  # no user name in the environment (some containers)
        who = "?"
    return f"{who}@{socket.gethostname()}"


def too_many_attempts(seconds: int) -> Message:
    return message("Too many attempts; try again in {seconds} {seconds:plural:second|seconds}.",
                   seconds=seconds)


_dummy: tuple[PasswordHasher, str] | None = None


def _dummy_hash() -> str:
    """A hash of a random password made by the current hasher (same cost as real ones)."""
    global _dummy
    if _dummy is None or _dummy[0] is not _hasher:
        _dummy = (_hasher, _hasher.hash(secrets.token_urlsafe(16)))
    return _dummy[1]


def _actor(user: User) -> Actor:
    return Actor(user.id, user.username, user.display_name, _roles(user))


def _user_details(user: User) -> dict:
    return {"user": user.username, "roles": user.roles}


# Kept importable from here (the window, the command line and tests name them so).
from smarttek_dsar.services.administration.team_sign_in import (  # noqa: E402
    is_team_address,
    sign_in_to_team,
)

__all__ = ["is_team_address", "sign_in_to_team"]
