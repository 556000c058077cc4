"""The one way services report failure: a message written for the user, never a traceback."""

from smarttek_dsar.domain.errors import DomainError
from smarttek_dsar.storage.database import DatabaseError


class ServiceError(Exception):
    """A request the service refuses; str(error) is shown to the user as it is."""


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
