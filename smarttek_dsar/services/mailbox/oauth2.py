"""OAuth2 sign-in for Microsoft 365 mailboxes (IMAP and SMTP with XOAUTH2), kept thin and apart.

Microsoft 365 accepts no passwords over IMAP: the desk signs in with an access token that MSAL
(Microsoft's authentication library, MIT licence; `pip install msal`, not bundled) obtains for
the scope IMAP.AccessAsUser.All, with the DPO signing in once in the browser (device code) and
the token cache kept in the user's data folder. See docs/mailbox-and-email.md.

The sign-ins with a token (IMAP AUTHENTICATE XOAUTH2, SMTP AUTH XOAUTH2) are tested against
real servers with a token the test server accepts; acquiring a token from Microsoft (MSAL) is
not tested: that needs a tenant.
"""

from __future__ import annotations

import base64
import os
import threading
from collections.abc import Callable
from pathlib import Path

IMAP_SCOPE = "https://outlook.office.com/IMAP.AccessAsUser.All"
SMTP_SCOPE = "https://outlook.office.com/SMTP.Send"
CLIENT_ID_ENV = "SMARTTEK_DSAR_OAUTH_CLIENT_ID"
TENANT_ENV = "SMARTTEK_DSAR_OAUTH_TENANT"

# Gives an OAuth2 access token for the account, used instead of a password.
TokenProvider = Callable[[str], str]


class TokenUnavailable(Exception):
    """No access token: MSAL missing, no sign-in kept for a run that cannot ask, or refused."""


def xoauth2_string(user: str, access_token: str) -> str:
    """The SASL XOAUTH2 initial response (before base64), as Microsoft and Google define it."""
    if any(c in user + access_token for c in "\x01\r\n"):
        raise ValueError("user and token must not contain control characters")
    return f"user={user}\x01auth=Bearer {access_token}\x01\x01"


def xoauth2_base64(user: str, access_token: str) -> str:
    """The same, base64-encoded, as sent in `AUTH XOAUTH2 ...` (SMTP) or AUTHENTICATE (IMAP)."""
    return base64.b64encode(xoauth2_string(user, access_token).encode("ascii")).decode("ascii")


class MsalTokenProvider:
    """Gives an access token for the mailbox account: from MSAL's cache, else by the device-code
    sign-in (the message telling the DPO where to sign in goes to `show`). Without `show`
    (the window's background fetch and sending) only the kept sign-in is used: the device code
    sign-in is done once from the command line (`smarttek-dsar mailbox fetch`)."""

    def __init__(self, client_id: str, tenant: str, cache_file: Path, *,
                 scope: str = IMAP_SCOPE, show=print) -> None:  # type: ignore[no-untyped-def]
        self.client_id, self.tenant, self.cache_file = client_id, tenant, Path(cache_file)
        self.scope, self.show = scope, show

    def __call__(self, user: str) -> str:
        try:
            import msal  # optional: only Microsoft 365 installations need it
        except ImportError:
            raise TokenUnavailable("MSAL is not installed (pip install msal)") from None

        cache = msal.SerializableTokenCache()
        if self.cache_file.exists():
            cache.deserialize(self.cache_file.read_text(encoding="utf-8"))
        app = msal.PublicClientApplication(
            self.client_id, authority=f"https://login.microsoftonline.com/{self.tenant}",
            token_cache=cache)
        accounts = app.get_accounts(username=user)
        result = app.acquire_token_silent([self.scope], account=accounts[0]) if accounts else None
        if not result and self.show is None:
            raise TokenUnavailable("no Microsoft 365 sign-in is kept on this computer: run "
                                   "`smarttek-dsar mailbox fetch` once and sign in")
        if not result:
            flow = app.initiate_device_flow(scopes=[self.scope])
            self.show(flow["message"])
            result = app.acquire_token_by_device_flow(flow)
        if cache.has_state_changed:
            # Written whole and then renamed: the window's fetch and its sending may both
            # refresh a token at once, and a half-written cache would lose the sign-in.
            self.cache_file.parent.mkdir(parents=True, exist_ok=True)
            staged = self.cache_file.with_name(f".{self.cache_file.name}.{os.getpid()}."
                                               f"{threading.get_ident()}")
            descriptor = os.open(staged, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
                stream.write(cache.serialize())
            os.replace(staged, self.cache_file)
        if "access_token" not in result:
            raise TokenUnavailable(result.get("error_description") or "no access token")
        return result["access_token"]


def provider_from_environment(cache_file: Path, *, scope: str = IMAP_SCOPE,
                              show=print) -> MsalTokenProvider | None:  # type: ignore[no-untyped-def]
    """A Microsoft 365 token provider when SMARTTEK_DSAR_OAUTH_CLIENT_ID and ..._TENANT name
    the app registration; None (password sign-in) otherwise."""
    client_id, tenant = os.environ.get(CLIENT_ID_ENV), os.environ.get(TENANT_ENV)
    if not client_id or not tenant:
        return None
    return MsalTokenProvider(client_id, tenant, cache_file, scope=scope, show=show)
