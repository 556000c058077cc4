"""Sending over TLS against a real aiosmtpd with a certificate the test makes (as the IMAP TLS
tests do with Dovecot): STARTTLS and implicit TLS (SMTPS) send once the computer trusts the
certificate (SSL_CERT_FILE, as an installation adds its company CA) and the server receives the
letter; an untrusted certificate, or a server that does not offer the STARTTLS the settings
require, is refused in one clear sentence, with nothing sent and nothing recorded."""

from __future__ import annotations

import email
import email.policy

import pytest

from smarttek_dsar.services.mailbox.smtp_connection import SendingFailed
from tests.mail_servers import (  # noqa: F401 - fixtures
    SMTP_PASSWORD,
    SMTP_USER,
    smtp_starttls,
    smtp_without_starttls,
    smtps_server,
)
from tests.services.case_factory import new_request


@pytest.fixture(params=["starttls", "tls"])
def tls_server(request):
    """The STARTTLS server or the SMTPS one."""
    return request.getfixturevalue("smtp_starttls" if request.param == "starttls"
                                   else "smtps_server")


def _configure(services, admin, server):
    services.sending.configure_smtp(admin, **{**server.settings(), "user": SMTP_USER})


def _emailed(services, actor, number):
    detail = services.cases.detail(actor, number)
    return [e for e in services.audit.case_timeline(actor, detail.summary.id)
            if e.action == "letter.emailed"]


def test_a_trusted_certificate_sends_and_the_server_receives_the_letter(
        services, admin, specialist, monkeypatch, tls_server):
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_server.certificate))
    _configure(services, admin, tls_server)
    case = services.cases.create(specialist, new_request())
    sent = services.sending.send_letter(specialist, case.number, "acknowledgement",
                                        password=SMTP_PASSWORD)
    assert len(tls_server.received) == 1
    mail = tls_server.received[0]
    assert mail.signed_in_as == SMTP_USER and mail.recipients == ["janis.berzins@example.lv"]
    message = email.message_from_bytes(mail.data, policy=email.policy.default)
    assert message["Message-ID"] == sent.message_id
    assert next(message.iter_attachments()).get_content().startswith(b"%PDF")
    assert [e.details["message_id"] for e in _emailed(services, specialist, case.number)] == [
        sent.message_id]


def test_an_untrusted_certificate_is_refused_and_nothing_is_recorded(
        services, admin, specialist, tls_server):
    _configure(services, admin, tls_server)
    case = services.cases.create(specialist, new_request())
    with pytest.raises(SendingFailed) as refused:
        services.sending.send_letter(specialist, case.number, "acknowledgement",
                                     password=SMTP_PASSWORD)
    text = str(refused.value)
    assert "certificate is not trusted by this computer" in text and "nothing was sent" in text
    assert tls_server.received == [] and tls_server.sign_ins == []  # the password never left
    assert _emailed(services, specialist, case.number) == []


def test_the_package_over_an_untrusted_connection_is_not_recorded_as_delivered(
        services, admin, specialist, smtp_starttls, tmp_path):  # noqa: F811
    from tests.services.package_cases import collected_case, to_fulfilment

    _configure(services, admin, smtp_starttls)
    ilze = collected_case(services, specialist, tmp_path)
    result = services.exports.export_all(specialist, ilze.number, tmp_path / "out",
                                         password="kq7m-dr4p-x2vn-hs9t")
    archive = next(f.path for f in result.files if f.path.suffix == ".7z")
    to_fulfilment(services, specialist, ilze.number)
    before = services.cases.detail(specialist, ilze.number)
    with pytest.raises(SendingFailed, match="not trusted by this computer"):
        services.sending.send_package(specialist, ilze.number, archive,
                                      password=SMTP_PASSWORD)
    after = services.cases.detail(specialist, ilze.number)
    assert after.disclosures == () and after.summary.stage == before.summary.stage
    assert smtp_starttls.received == []


def test_starttls_required_but_not_offered_is_refused_not_sent_in_clear(
        services, admin, specialist, smtp_without_starttls):  # noqa: F811
    _configure(services, admin, smtp_without_starttls)
    assert services.sending.smtp_settings().security == "starttls"
    case = services.cases.create(specialist, new_request())
    with pytest.raises(SendingFailed, match="does not offer STARTTLS.*never sends in clear"):
        services.sending.send_letter(specialist, case.number, "acknowledgement",
                                     password=SMTP_PASSWORD)
    assert smtp_without_starttls.received == [] and smtp_without_starttls.sign_ins == []
    assert _emailed(services, specialist, case.number) == []


@pytest.fixture
def microsoft_365(monkeypatch):
    """OAuth2 configured as mail_sign_in.py finds it, with the token MSAL would give replaced
    by the one the test server accepts (acquiring a real token needs a tenant: not tested)."""
    from smarttek_dsar.services.mailbox import mail_sign_in
    from tests.mail_servers import SMTP_TOKEN

    tokens = {"token": SMTP_TOKEN}
    asked: list[tuple[str, str]] = []

    def provider(kind, show=None):  # noqa: ANN001 - as oauth_provider
        def token(user: str) -> str:
            asked.append((kind, user))
            return tokens["token"]
        return token

    monkeypatch.setattr(mail_sign_in, "oauth_provider", provider)
    return tokens, asked


def test_sending_signs_in_with_xoauth2_when_oauth2_is_configured(
        services, admin, specialist, monkeypatch, smtp_starttls, microsoft_365):  # noqa: F811
    from tests.mail_servers import SMTP_TOKEN

    tokens, asked = microsoft_365
    monkeypatch.setenv("SSL_CERT_FILE", str(smtp_starttls.certificate))
    _configure(services, admin, smtp_starttls)
    # No password is asked for (the window's dialog shows no password field).
    assert not services.sending.needs_password()
    case = services.cases.create(specialist, new_request())
    sent = services.sending.send_letter(specialist, case.number, "acknowledgement")
    assert asked == [("smtp", SMTP_USER)]
    assert smtp_starttls.sign_ins == [("XOAUTH2", SMTP_USER, SMTP_TOKEN)]
    assert smtp_starttls.received[0].signed_in_as == SMTP_USER
    assert _emailed(services, specialist, case.number)[0].details["message_id"] == \
        sent.message_id

    tokens["token"] = "expired-token"
    with pytest.raises(SendingFailed, match="refused the sign-in"):
        services.sending.send_letter(specialist, case.number, "acknowledgement")
    assert len(smtp_starttls.received) == 1
    assert len(_emailed(services, specialist, case.number)) == 1
