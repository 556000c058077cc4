"""The one way services report failure: a message written for the user, never a traceback."""

from typing import Any

from smarttek_dsar.domain.errors import DomainError
from smarttek_dsar.domain.messages import Message, Messaged
from smarttek_dsar.storage.database import DatabaseError


class ServiceError(Messaged, Exception):
    """A request the service refuses: a message code with parameters (domain/messages.py).
    str(error) is the English sentence; the window renders `error.message` in its language."""

    def __init__(self, template: "str | Message", /, **params: Any) -> None:
        super().__init__(self._set_message(template, params))


class PermissionDenied(ServiceError):
    pass


class NotFound(ServiceError):
    pass


class ConflictError(ServiceError):
    """Somebody else changed the case since the caller read it (optimistic concurrency)."""


class AuthenticationFailed(ServiceError):
    pass


# Everything a user can cause: the UI and the command line catch exactly these.
USER_ERRORS = (ServiceError, DomainError)

# What the window and the command line report as a message rather than as a bug: the user's
# errors and a database that cannot be opened or reached (the message says which and what to do).
REPORTABLE_ERRORS = USER_ERRORS + (DatabaseError,)


# Said in place of a database error's own text, which quotes the failed SQL and, in the
# driver's detail, stored values (a duplicate key names the subject's e-mail).
DATABASE_DETAIL_WITHHELD = "details left out: they may contain personal data"


def is_database_error(exc: BaseException) -> bool:
    import sqlite3

    from sqlalchemy.exc import SQLAlchemyError

    return isinstance(exc, SQLAlchemyError | sqlite3.Error) or type(exc).__module__.startswith(
        "psycopg")


def unexpected_error_text(exc: BaseException) -> str:
    """How a bug is named to the user and in the log: its kind and, unless it is a database
    error, its message."""
    detail = DATABASE_DETAIL_WITHHELD if is_database_error(exc) else str(exc)
    return f"{type(exc).__name__}: {detail}"
