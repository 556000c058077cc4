"""Handing one message to the company's SMTP server (Python's smtplib): TLS, STARTTLS or
(only to this computer) plain; signed in when a user is set, with a password or an OAuth2
access token (AUTH XOAUTH2, Microsoft 365).

The certificate is always checked (the system's trusted CAs, or SSL_CERT_FILE). With STARTTLS
a server that does not offer it is refused: continuing in clear would send the password and the
subject's data readable, and a man in the middle only has to strip the offer."""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage

from smarttek_dsar.services.errors import ServiceError
from smarttek_dsar.services.mailbox.connection_problem import connection_reason
from smarttek_dsar.services.mailbox.mail_settings import SmtpSettings
from smarttek_dsar.services.mailbox.mail_sign_in import SignIn
from smarttek_dsar.services.mailbox.oauth2 import TokenUnavailable, xoauth2_string

TIMEOUT_SECONDS = 60


class SendingFailed(ServiceError):
    """The message was not accepted by the mail server; nothing was recorded as sent."""


def send_message(settings: SmtpSettings, sign_in: SignIn, message: EmailMessage) -> None:
    where = f"{settings.host}:{settings.port}"
    try:
        if settings.security == "tls":
            server: smtplib.SMTP = smtplib.SMTP_SSL(
                settings.host, settings.port, timeout=TIMEOUT_SECONDS,
                context=ssl.create_default_context())
        else:
            server = smtplib.SMTP(settings.host, settings.port, timeout=TIMEOUT_SECONDS)
        with server:
            if settings.security == "starttls":
                server.ehlo()
                if not server.has_extn("starttls"):
                    raise SendingFailed(
                        "The mail server {where} does not offer STARTTLS, which the settings "
                        "require; nothing was sent (the desk never sends in clear). Check the "
                        "port and security in the SMTP settings.", where=where)
                server.starttls(context=ssl.create_default_context())
            if not sign_in.anonymous:
                _sign_in(server, sign_in)
            refused = server.send_message(message)
    except TokenUnavailable as exc:
        raise SendingFailed("No Microsoft 365 sign-in token for {user}: {reason}. Nothing was "
                            "sent.", user=sign_in.user, reason=str(exc)) from exc
    except smtplib.SMTPAuthenticationError as exc:
        raise SendingFailed("The mail server {where} refused the sign-in of {user}: check the "
                            "user name and password. Nothing was sent.", where=where,
                            user=sign_in.user) from exc
    except smtplib.SMTPRecipientsRefused as exc:
        raise SendingFailed("The mail server {where} refused the recipient address; nothing "
                            "was sent. Check the subject's e-mail address.", where=where) from exc
    except smtplib.SMTPNotSupportedError as exc:
        raise SendingFailed("The mail server {where} does not accept a sign-in on this "
                            "connection ({reason}); nothing was sent. Check the port and "
                            "security in the SMTP settings.", where=where,
                            reason=connection_reason(exc)) from exc
    except smtplib.SMTPResponseException as exc:
        raise SendingFailed("The mail server {where} refused the message ({code}); nothing was "
                            "sent.", where=where, code=exc.smtp_code) from exc
    except (smtplib.SMTPException, OSError) as exc:
        raise SendingFailed("The mail server {where} cannot be reached or broke off ({reason}); "
                            "nothing was sent. Check the SMTP settings and try again.",
                            where=where, reason=connection_reason(exc)) from exc
    if refused:
        raise SendingFailed("The mail server {where} refused the recipient; nothing was "
                            "delivered.", where=where)


def _sign_in(server: smtplib.SMTP, sign_in: SignIn) -> None:
    if sign_in.token_provider is None:
        server.login(sign_in.user, sign_in.password or "")
        return
    token = sign_in.token_provider(sign_in.user)
    sent = []

    def xoauth2(challenge: bytes | None = None) -> str:
        # The first call gives the initial response; after a 334 carrying the server's error
        # (RFC 7628 style) the client must answer with an empty line to end the exchange.
        sent.append(challenge)
        return xoauth2_string(sign_in.user, token) if len(sent) == 1 else ""

    server.ehlo_or_helo_if_needed()
    server.auth("XOAUTH2", xoauth2, initial_response_ok=True)
