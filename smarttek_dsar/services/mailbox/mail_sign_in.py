"""How the desk signs in to the privacy mailbox (IMAP) and to the sending server (SMTP): one rule
for the command line, the window's fetch (asked for or timed) and sending.

- Microsoft 365: when the app registration is named in the environment
  (SMARTTEK_DSAR_OAUTH_CLIENT_ID and SMARTTEK_DSAR_OAUTH_TENANT) every connection signs in with
  an OAuth2 access token (XOAUTH2; services/mailbox/oauth2.py), never a password.
- Otherwise with a password: the one typed for this operation, else the environment
  (SMARTTEK_DSAR_IMAP_PASSWORD / SMARTTEK_DSAR_SMTP_PASSWORD), else the OS keyring; with none
  of them the caller must ask (the window's timed fetch never asks and says so).
"""

from __future__ import annotations

from dataclasses import dataclass

from smarttek_dsar.paths import user_data_dir
from smarttek_dsar.services.errors import ServiceError
from smarttek_dsar.services.mailbox.mail_settings import (
    ImapSettings,
    SmtpSettings,
    mail_password,
)
from smarttek_dsar.services.mailbox.oauth2 import (
    IMAP_SCOPE,
    SMTP_SCOPE,
    TokenProvider,
    provider_from_environment,
)

OAUTH_CACHE_FILE = "mailbox-oauth-cache.json"
_KINDS = {ImapSettings: "imap", SmtpSettings: "smtp"}


@dataclass(frozen=True)
class SignIn:
    """What one connection signs in with: a token provider (OAuth2) or a password."""
    user: str
    password: str | None = None
    token_provider: TokenProvider | None = None

    @property
    def anonymous(self) -> bool:
        """No user set: an SMTP relay on this computer that takes mail without signing in."""
        return not self.user


def oauth_provider(kind: str, *, show=None) -> TokenProvider | None:  # type: ignore[no-untyped-def]
    """The configured Microsoft 365 token provider for "imap" or "smtp", or None (passwords).
    `show` receives MSAL's device-code text; without it only a kept sign-in is used."""
    return provider_from_environment(user_data_dir() / OAUTH_CACHE_FILE,
                                     scope=IMAP_SCOPE if kind == "imap" else SMTP_SCOPE,
                                     show=show)


def uses_oauth(settings: ImapSettings | SmtpSettings) -> bool:
    return oauth_provider(_KINDS[type(settings)]) is not None


def needs_password(settings: ImapSettings | SmtpSettings) -> bool:
    """Whether a password must be asked for: a user is set, no OAuth2 is configured and none is
    kept in the environment or the keyring."""
    kind = _KINDS[type(settings)]
    return bool(settings.user) and not uses_oauth(settings) and \
        mail_password(kind, settings.account) is None


def sign_in_for(settings: ImapSettings | SmtpSettings, *, password: str | None = None,
                token_provider: TokenProvider | None = None) -> SignIn:
    """The sign-in for a connection by the rule above, or ServiceError when a password is
    needed and none is at hand."""
    kind = _KINDS[type(settings)]
    if not settings.user:
        return SignIn("")
    provider = token_provider or oauth_provider(kind)
    if provider is not None:
        return SignIn(settings.user, token_provider=provider)
    password = password or mail_password(kind, settings.account)
    if not password:
        if kind == "imap":
            raise ServiceError("No password for the mailbox {account}: type it, or keep it in "
                               "the keyring (mailbox configure --ask-password).",
                               account=settings.account)
        raise ServiceError("No password for the SMTP account {account}: type it, or keep "
                           "it in the keyring.", account=settings.account)
    return SignIn(settings.user, password=password)

