"""The XOAUTH2 sign-in string for Microsoft 365 (the token provider itself needs a tenant and
is not tested here; docs/mailbox-and-email.md)."""

from __future__ import annotations

import base64

import pytest

from smarttek_dsar.services.mailbox.oauth2 import (
    MsalTokenProvider,
    provider_from_environment,
    xoauth2_base64,
    xoauth2_string,
)


def test_the_xoauth2_string_is_as_microsoft_documents_it():
    # learn.microsoft.com, "Authenticate an IMAP, POP or SMTP connection using OAuth":
    # base64("user=" + userName + "^Aauth=Bearer " + accessToken + "^A^A")
    assert xoauth2_string("privacy@smarttek.eu", "EwBAAl3BAAUFFpUAo7J3Ve") == (
        "user=privacy@smarttek.eu\x01auth=Bearer EwBAAl3BAAUFFpUAo7J3Ve\x01\x01")
    encoded = xoauth2_base64("test@contoso.onmicrosoft.com", "EwBAAl3BAAUFFpUAo7J3Ve0bjLBWZWCcl")
    assert base64.b64decode(encoded) == (
        b"user=test@contoso.onmicrosoft.com\x01auth=Bearer EwBAAl3BAAUFFpUAo7J3Ve0bjLBWZWCcl"
        b"\x01\x01")


def test_control_characters_cannot_smuggle_a_second_field():
    with pytest.raises(ValueError):
        xoauth2_string("privacy@smarttek.eu\x01auth=Bearer x", "token")


def test_the_provider_is_used_only_when_the_app_registration_is_named(monkeypatch, tmp_path):
    monkeypatch.delenv("SMARTTEK_DSAR_OAUTH_CLIENT_ID", raising=False)
    assert provider_from_environment(tmp_path / "cache.json") is None
    monkeypatch.setenv("SMARTTEK_DSAR_OAUTH_CLIENT_ID", "client")
    monkeypatch.setenv("SMARTTEK_DSAR_OAUTH_TENANT", "smarttek.eu")
    provider = provider_from_environment(tmp_path / "cache.json")
    assert isinstance(provider, MsalTokenProvider) and provider.tenant == "smarttek.eu"
