"""The privacy mailbox signed in to with OAuth2 (AUTHENTICATE XOAUTH2, as Microsoft 365 wants)
against a real Dovecot whose oauth2 passdb asks a local token server about the token. The
window's fetch uses the configured OAuth2 as the command line does, and asks for no password.
The token itself comes from MSAL in real use; here the provider gives the token the test's
token server accepts (acquiring one from Microsoft needs a tenant: not tested)."""

from __future__ import annotations

import pytest

from smarttek_dsar.services.mailbox import mail_sign_in
from smarttek_dsar.services.mailbox.imap_connection import MailboxUnavailable
from tests.mail_servers import IMAP_TOKEN, MAIL_USER, dovecot_oauth2  # noqa: F401 - fixture
from tests.mailbox.mailbox_mails import ARRIVED, request_mail


@pytest.fixture
def oauth2_configured(monkeypatch):
    """OAuth2 configured (as SMARTTEK_DSAR_OAUTH_CLIENT_ID/_TENANT would), the MSAL part
    replaced by a provider of the given token; records which kind and user asked."""
    token = {"value": IMAP_TOKEN}
    asked: list[tuple[str, str]] = []

    def provider(kind, show=None):  # noqa: ANN001 - as mail_sign_in.oauth_provider
        def give(user: str) -> str:
            asked.append((kind, user))
            return token["value"]
        return give

    monkeypatch.setattr(mail_sign_in, "oauth_provider", provider)
    monkeypatch.delenv("SMARTTEK_DSAR_IMAP_PASSWORD", raising=False)
    return token, asked


def test_fetch_signs_in_with_xoauth2_and_no_password(services, admin, specialist,
                                                     dovecot_oauth2,  # noqa: F811
                                                     oauth2_configured):
    dovecot, tokens = dovecot_oauth2
    token, asked = oauth2_configured
    services.mailbox.configure(admin, **dovecot.settings())
    assert services.mailbox.stored_password()  # nothing to ask: the window's timed fetch runs
    dovecot.append(request_mail(1), ARRIVED)
    report = services.mailbox.fetch(specialist)
    assert [m.status for m in report.messages] == ["created"]
    assert asked == [("imap", MAIL_USER)] and tokens.asked == [IMAP_TOKEN]
    assert dovecot.count("Processed") == 1

    token["value"] = "expired-token"
    with pytest.raises(MailboxUnavailable, match="refused the sign-in"):
        services.mailbox.fetch(specialist)
    assert tokens.asked[-1] == "expired-token"
