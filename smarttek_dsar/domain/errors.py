"""Errors a domain rule raises; the message is written for the user who caused it."""


class DomainError(ValueError):
    """A rule of the law or of the workflow refuses what was asked. The message says why."""


class InvalidIdentifier(DomainError):
    """A personal code, e-mail address or phone number that is not valid."""
