"""TLS and STARTTLS against a real Dovecot with a certificate the test makes: a certificate the
computer does not trust is refused in one clear sentence; once trusted (here through
SSL_CERT_FILE, as an installation would add its company CA) the fetch works over both."""

from __future__ import annotations

import pytest

from smarttek_dsar.services.mailbox.imap_connection import MailboxUnavailable
from tests.mail_servers import MAIL_PASSWORD, dovecot_tls  # noqa: F401 - fixture
from tests.mailbox.mailbox_mails import ARRIVED, request_mail


def test_an_untrusted_certificate_is_refused(services, admin, specialist,
                                              dovecot_tls):  # noqa: F811
    services.mailbox.configure(admin, **{**dovecot_tls.settings(), "security": "tls",
                                         "port": dovecot_tls.tls_port})
    with pytest.raises(MailboxUnavailable, match="secure connection failed"):
        services.mailbox.fetch(specialist, password=MAIL_PASSWORD)


@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_fetch_over_tls_and_starttls(services, admin, specialist, monkeypatch, security,
                                     dovecot_tls):  # noqa: F811
    monkeypatch.setenv("SSL_CERT_FILE", str(dovecot_tls.certificate))
    port = dovecot_tls.tls_port if security == "tls" else dovecot_tls.port
    services.mailbox.configure(admin, **{**dovecot_tls.settings(), "security": security,
                                         "port": port})
    dovecot_tls.append(request_mail(1), ARRIVED)
    report = services.mailbox.fetch(specialist, password=MAIL_PASSWORD)
    assert [m.status for m in report.messages] == ["created"]
    assert dovecot_tls.count("Processed") == 1
