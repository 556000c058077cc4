"""OAuth2 sign-in for Microsoft 365 mailboxes (IMAP and SMTP with XOAUTH2), kept thin and apart.

Microsoft 365 accepts no passwords over IMAP: the desk signs in with an access token that MSAL
(Microsoft's authentication library, MIT licence; `pip install msal`, not bundled) obtains for
the scope IMAP.AccessAsUser.All, with the DPO signing in once in the browser (device code) and
the token cache kept in the user's data folder. See docs/mailbox-and-email.md.

Only xoauth2_string is tested here; the token provider cannot be tested without a tenant.
"""

from __future__ import annotations

import base64
import os
from pathlib import Path

IMAP_SCOPE = "https://outlook.office.com/IMAP.AccessAsUser.All"
SMTP_SCOPE = "https://outlook.office.com/SMTP.Send"
CLIENT_ID_ENV = "SMARTTEK_DSAR_OAUTH_CLIENT_ID"
TENANT_ENV = "SMARTTEK_DSAR_OAUTH_TENANT"


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
    sign-in (the message telling the DPO where to sign in goes to `show`)."""

    def __init__(self, client_id: str, tenant: str, cache_file: Path, *,
                 scope: str = IMAP_SCOPE, show=print) -> None:  # type: ignore[no-untyped-def]
        self.client_id, self.tenant, self.cache_file = client_id, tenant, Path(cache_file)
        self.scope, self.show = scope, show

    def __call__(self, user: str) -> str:
        import msal  # optional: only Microsoft 365 installations need it

        cache = msal.SerializableTokenCache()
        if self.cache_file.exists():
            cache.deserialize(self.cache_file.read_text(encoding="utf-8"))
        app = msal.PublicClientApplication(
            self.client_id, authority=f"https://login.microsoftonline.com/{self.tenant}",
            token_cache=cache)
        accounts = app.get_accounts(username=user)
        result = app.acquire_token_silent([self.scope], account=accounts[0]) if accounts else None
        if not result:
            flow = app.initiate_device_flow(scopes=[self.scope])
            self.show(flow["message"])
            result = app.acquire_token_by_device_flow(flow)
        if cache.has_state_changed:
            self.cache_file.parent.mkdir(parents=True, exist_ok=True)
            self.cache_file.write_text(cache.serialize(), encoding="utf-8")
            self.cache_file.chmod(0o600)
        if "access_token" not in result:
            raise PermissionError(result.get("error_description") or "no access token")
        return result["access_token"]


def provider_from_environment(cache_file: Path) -> MsalTokenProvider | None:
    """A Microsoft 365 token provider when SMARTTEK_DSAR_OAUTH_CLIENT_ID and ..._TENANT name
    the app registration; None (password sign-in) otherwise."""
    client_id, tenant = os.environ.get(CLIENT_ID_ENV), os.environ.get(TENANT_ENV)
    if not client_id or not tenant:
        return None
    return MsalTokenProvider(client_id, tenant, cache_file)
