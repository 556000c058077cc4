"""Opening the privacy mailbox with imapclient (BSD licence): TLS, STARTTLS or (only to this
computer) plain, signed in with a password or an OAuth2 access token (XOAUTH2)."""

from __future__ import annotations

import imaplib
import socket
import ssl
from collections.abc import Callable

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from smarttek_dsar.services.errors import ServiceError
from smarttek_dsar.services.mailbox.mail_settings import ImapSettings

# Failures of the connection itself (server gone, connection cut, protocol error).
CONNECTION_FAILURES = (OSError, imaplib.IMAP4.error, IMAPClientError, socket.timeout)
TIMEOUT_SECONDS = 60

# Gives an OAuth2 access token for the account (services/mailbox/oauth2.py), instead of a
# password: Microsoft 365 accepts no passwords over IMAP.
TokenProvider = Callable[[str], str]


class MailboxUnavailable(ServiceError):
    """The mailbox could not be reached or refused the sign-in; nothing was imported."""


def open_mailbox(settings: ImapSettings, password: str | None,
                 token_provider: TokenProvider | None = None) -> IMAPClient:
    where = f"{settings.host}:{settings.port}"
    try:
        client = IMAPClient(settings.host, port=settings.port, ssl=settings.security == "tls",
                            ssl_context=ssl.create_default_context(), timeout=TIMEOUT_SECONDS)
        if settings.security == "starttls":
            client.starttls(ssl.create_default_context())
    except CONNECTION_FAILURES as exc:
        raise MailboxUnavailable(f"The mailbox server {where} cannot be reached "
                                 f"({_reason(exc)}). Check the host, port and security in "
                                 "the settings.") from exc
    try:
        if token_provider is not None:
            client.oauth2_login(settings.user, token_provider(settings.user))
        else:
            client.login(settings.user, password or "")
    except LoginError as exc:
        _close(client)
        raise MailboxUnavailable(f"The mailbox {where} refused the sign-in of "
                                 f"{settings.user}: check the user name and password.") from exc
    except CONNECTION_FAILURES as exc:
        _close(client)
        raise MailboxUnavailable(f"The connection to {where} failed while signing in "
                                 f"({_reason(exc)}).") from exc
    # Aware datetimes: INTERNALDATE is the receipt time and must keep its zone.
    client.normalise_times = False
    return client


def close_mailbox(client: IMAPClient) -> None:
    try:
        client.logout()
    except CONNECTION_FAILURES:
        _close(client)


def _close(client: IMAPClient) -> None:
    try:
        client.shutdown()
    except CONNECTION_FAILURES:
        pass


def _reason(exc: BaseException) -> str:
    if isinstance(exc, ssl.SSLError):
        return "the secure connection failed: " + (exc.reason or type(exc).__name__)
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, TimeoutError | socket.timeout):
        return "no answer in time"
    if isinstance(exc, socket.gaierror):
        return "unknown host"
    text = str(exc).strip()
    return text[:200] if text else type(exc).__name__
