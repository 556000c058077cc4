"""Users, roles and sign-in. Passwords are kept only as Argon2id hashes (memory-hard)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from smarttek_dsar.domain.roles import Permission, Role
from smarttek_dsar.services import audit
from smarttek_dsar.services.actor import SYSTEM, Actor
from smarttek_dsar.services.errors import AuthenticationFailed, NotFound, ServiceError
from smarttek_dsar.storage.database import Database
from smarttek_dsar.storage.models import User
from smarttek_dsar.storage.timestamps import as_utc, now_utc

MIN_PASSWORD_LENGTH = 10
FREE_ATTEMPTS = 5  # then each further failure locks the account for longer
LOCK_BASE = timedelta(seconds=30)
LOCK_MAX = timedelta(minutes=30)

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
        raise ServiceError(f"The password must have at least {MIN_PASSWORD_LENGTH} characters.")


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
            raise ServiceError(f"A user named '{name}' exists already.")
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
        with self.db.unit_of_work() as session:
            user = session.scalar(select(User).where(User.username == username))
            if user is None:
                raise NotFound(f"No user named '{username}'.")
            user.password_hash = _hasher.hash(new_password)
            user.failed_logins, user.locked_until = 0, None
            audit.record(session, actor, "user.password_changed", details={"user": username})

    def login(self, username: str, password: str) -> Actor:
        """Wrong passwords count; past FREE_ATTEMPTS the account locks for a growing time."""
        name = username.strip().lower()
        with self.db.unit_of_work() as session:
            user = session.scalar(select(User).where(User.username == name).with_for_update())
            # One message for unknown user and wrong password: do not reveal which accounts exist.
            wrong = AuthenticationFailed("Wrong user name or password.")
            if user is None or not user.active:
                raise wrong
            now = now_utc()
            if user.locked_until is not None and as_utc(user.locked_until) > now:
                wait = int((as_utc(user.locked_until) - now).total_seconds()) + 1
                raise AuthenticationFailed(
                    f"Too many failed sign-ins: the account is locked for {wait} more seconds."
                )
            try:
                _hasher.verify(user.password_hash, password)
            except (VerificationError, InvalidHashError):
                user.failed_logins += 1
                extra = user.failed_logins - FREE_ATTEMPTS
                if extra >= 0:
                    user.locked_until = now + min(LOCK_BASE * (2**extra), LOCK_MAX)
                audit.record(session, _actor(user), "user.login_failed")
                session.commit()  # the count must survive the error below
                raise wrong from None
            if _hasher.check_needs_rehash(user.password_hash):
                user.password_hash = _hasher.hash(password)
            user.failed_logins, user.locked_until = 0, None
            audit.record(session, _actor(user), "user.login")
            return _actor(user)

    def actor_for(self, username: str) -> Actor:
        """The actor of an already authenticated user (e.g. the OS user of a local install)."""
        with self.db.unit_of_work() as session:
            user = session.scalar(select(User).where(User.username == username.strip().lower()))
            if user is None or not user.active:
                raise NotFound(f"No active user named '{username}'.")
            return _actor(user)


def _actor(user: User) -> Actor:
    return Actor(user.id, user.username, user.display_name, _roles(user))


def _user_details(user: User) -> dict:
    return {"user": user.username, "roles": user.roles}
