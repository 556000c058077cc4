"""The window with OAuth2 (Microsoft 365) configured: the timed fetch and the send dialog sign in
with a token as the command line does, and no password is asked for. Real Dovecot (oauth2
passdb with a local token server) and aiosmtpd with STARTTLS; only MSAL's token acquisition is
replaced (tests/mailbox/test_mailbox_oauth2.py says why)."""

from __future__ import annotations

from smarttek_dsar.ui.send_mail_dialog import SendMailDialog
from tests.mail_servers import (  # noqa: F401 - fixtures
    IMAP_TOKEN,
    MAIL_USER,
    SMTP_TOKEN,
    SMTP_USER,
    dovecot_oauth2,
    smtp_starttls,
)
from tests.mailbox.mailbox_mails import ARRIVED, request_mail
from tests.services.case_factory import new_request


def _oauth2(monkeypatch):
    from smarttek_dsar.services.mailbox import mail_sign_in

    tokens = {"imap": IMAP_TOKEN, "smtp": SMTP_TOKEN}
    monkeypatch.setattr(mail_sign_in, "oauth_provider",
                        lambda kind, show=None: lambda user: tokens[kind])
    monkeypatch.delenv("SMARTTEK_DSAR_IMAP_PASSWORD", raising=False)
    monkeypatch.delenv("SMARTTEK_DSAR_SMTP_PASSWORD", raising=False)


def test_the_timed_fetch_signs_in_with_oauth2_without_asking(
        qtbot, main_window, services, dpo, monkeypatch, dovecot_oauth2):  # noqa: F811
    dovecot, tokens = dovecot_oauth2
    _oauth2(monkeypatch)
    services.mailbox.configure(dpo, **dovecot.settings())
    dovecot.append(request_mail(7), ARRIVED)
    main_window.mailbox_fetcher.fetch(interactive=False)  # what the timer does
    assert "1 new request" in main_window.mailbox_fetcher.label.text()
    assert tokens.asked == [IMAP_TOKEN] and dovecot.count("INBOX") == 0


def test_the_send_dialog_asks_no_password_and_signs_in_with_xoauth2(
        qtbot, context, services, dpo, monkeypatch, smtp_starttls):  # noqa: F811
    _oauth2(monkeypatch)
    monkeypatch.setenv("SSL_CERT_FILE", str(smtp_starttls.certificate))
    services.sending.configure_smtp(dpo, **{**smtp_starttls.settings(), "user": SMTP_USER})
    case = services.cases.create(dpo, new_request(email="liga@example.lv"))
    dialog = SendMailDialog(context, case.number, "liga@example.lv",
                            letter_kind="acknowledgement", letter_title="Acknowledgement")
    qtbot.addWidget(dialog)
    assert not dialog.password.isVisibleTo(dialog)  # no password row with OAuth2
    dialog.send_button.click()
    assert "Sent to liga@example.lv" in dialog.status.text()
    assert smtp_starttls.sign_ins == [("XOAUTH2", SMTP_USER, SMTP_TOKEN)]
    assert smtp_starttls.received[0].signed_in_as == SMTP_USER
