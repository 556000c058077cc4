"""The one way services report failure: a message written for the user, never a traceback."""

from smarttek_dsar.domain.errors import DomainError


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
