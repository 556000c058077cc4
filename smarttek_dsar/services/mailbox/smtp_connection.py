"""Handing one message to the company's SMTP server (Python's smtplib): TLS, STARTTLS or
(only to this computer) plain; signed in when a user is set."""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage

from smarttek_dsar.services.errors import ServiceError
from smarttek_dsar.services.mailbox.mail_settings import SmtpSettings

TIMEOUT_SECONDS = 60


class SendingFailed(ServiceError):
    """The message was not accepted by the mail server; nothing was recorded as sent."""


def send_message(settings: SmtpSettings, password: str | None, message: EmailMessage) -> None:
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
                server.starttls(context=ssl.create_default_context())
            if settings.user:
                server.login(settings.user, password or "")
            refused = server.send_message(message)
    except smtplib.SMTPAuthenticationError as exc:
        raise SendingFailed(f"The mail server {where} refused the sign-in of {settings.user}: "
                            "check the user name and password. Nothing was sent.") from exc
    except smtplib.SMTPRecipientsRefused as exc:
        raise SendingFailed(f"The mail server {where} refused the recipient address; nothing "
                            "was sent. Check the subject's e-mail address.") from exc
    except smtplib.SMTPResponseException as exc:
        raise SendingFailed(f"The mail server {where} refused the message ({exc.smtp_code}); "
                            "nothing was sent.") from exc
    except (smtplib.SMTPException, OSError) as exc:
        raise SendingFailed(f"The mail server {where} cannot be reached or broke off "
                            f"({type(exc).__name__}); nothing was sent. Check the SMTP "
                            "settings and try again.") from exc
    if refused:
        raise SendingFailed(f"The mail server {where} refused the recipient; nothing was "
                            "delivered.")
