"""Who runs a command: the user named by --user / SMARTTEK_DSAR_USER, signed in with the
password from SMARTTEK_DSAR_PASSWORD or typed at the prompt."""

from __future__ import annotations

import getpass
import os
import sys

from smarttek_dsar.services import Services
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.errors import AuthenticationFailed, ServiceError

USER_ENV = "SMARTTEK_DSAR_USER"
PASSWORD_ENV = "SMARTTEK_DSAR_PASSWORD"


def read_password(prompt: str, *, env: str = PASSWORD_ENV, confirm: bool = False) -> str:
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin.isatty():
        raise ServiceError(f"No password: set {env} or run the command in a terminal.")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat the password: ") != first:
        raise ServiceError("The two passwords differ.")
    return first


def open_team_services(url: str, username: str | None) -> Services:
    """Team mode: connect with the user's own database login; the sign-in is done here."""
    from smarttek_dsar.services.administration.users import sign_in_to_team

    name = username or os.environ.get(USER_ENV)
    if not name:
        raise AuthenticationFailed(f"Say who you are: --user NAME or {USER_ENV}.")
    services, actor = sign_in_to_team(url, name, read_password(f"Password for {name}: "))
    services.signed_in = actor
    return services


def sign_in(services: Services, username: str | None) -> Actor:
    if services.signed_in is not None:  # team mode: the server checked the password
        return services.signed_in
    name = username or os.environ.get(USER_ENV)
    if not services.users.has_users():
        raise ServiceError("The database has no users yet: run 'smarttek-dsar init' first "
                           "(or 'smarttek-dsar demo' for a demo database).")
    if not name:
        raise AuthenticationFailed(f"Say who you are: --user NAME or {USER_ENV}.")
    return services.users.login(name, read_password(f"Password for {name}: "))
