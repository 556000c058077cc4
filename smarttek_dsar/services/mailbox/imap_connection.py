"""Opening the privacy mailbox with imapclient (BSD licence): TLS, STARTTLS or (only to this
computer) plain, signed in with a password or an OAuth2 access token (XOAUTH2)."""

from __future__ import annotations

import imaplib
import socket
import ssl

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from smarttek_dsar.services.errors import ServiceError
from smarttek_dsar.services.mailbox.connection_problem import connection_reason
from smarttek_dsar.services.mailbox.mail_settings import ImapSettings
from smarttek_dsar.services.mailbox.mail_sign_in import SignIn
from smarttek_dsar.services.mailbox.oauth2 import TokenUnavailable

# Failures of the connection itself (server gone, connection cut, protocol error).
CONNECTION_FAILURES = (OSError, imaplib.IMAP4.error, IMAPClientError, socket.timeout)
TIMEOUT_SECONDS = 60


class MailboxUnavailable(ServiceError):
    """The mailbox could not be reached or refused the sign-in; nothing was imported."""


def open_mailbox(settings: ImapSettings, sign_in: SignIn) -> IMAPClient:
    where = f"{settings.host}:{settings.port}"
    try:
        client = IMAPClient(settings.host, port=settings.port, ssl=settings.security == "tls",
                            ssl_context=ssl.create_default_context(), timeout=TIMEOUT_SECONDS)
        if settings.security == "starttls":
            client.starttls(ssl.create_default_context())
    except CONNECTION_FAILURES as exc:
        raise MailboxUnavailable("The mailbox server {where} cannot be reached ({reason}). "
                                 "Check the host, port and security in the settings.",
                                 where=where, reason=connection_reason(exc)) from exc
    try:
        if sign_in.token_provider is not None:
            # Microsoft 365: AUTHENTICATE XOAUTH2 with an access token (oauth2.py).
            client.oauth2_login(sign_in.user, sign_in.token_provider(sign_in.user))
        else:
            client.login(sign_in.user, sign_in.password or "")
    except TokenUnavailable as exc:
        _close(client)
        raise MailboxUnavailable("No Microsoft 365 sign-in token for {user}: {reason}.",
                                 user=sign_in.user, reason=str(exc)) from exc
    except LoginError as exc:
        _close(client)
        raise MailboxUnavailable("The mailbox {where} refused the sign-in of {user}: check the "
                                 "user name and password.", where=where,
                                 user=sign_in.user) from exc
    except CONNECTION_FAILURES as exc:
        _close(client)
        raise MailboxUnavailable("The connection to {where} failed while signing in "
                                 "({reason}).", where=where,
                                 reason=connection_reason(exc)) from exc
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
