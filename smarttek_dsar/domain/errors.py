"""Errors a domain rule raises; the message is written for the user who caused it.

Each error carries a message code with parameters (domain/messages.py): str(error) is the
English sentence (what the command line prints), `error.message` is rendered by the window in
its own language."""

from typing import Any

from smarttek_dsar.domain.messages import Message, Messaged


class DomainError(Messaged, ValueError):
    """A rule of the law or of the workflow refuses what was asked. The message says why."""

    def __init__(self, template: "str | Message", /, **params: Any) -> None:
        super().__init__(self._set_message(template, params))


class InvalidIdentifier(DomainError):
    """A personal code, e-mail address or phone number that is not valid."""
