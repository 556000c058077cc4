"""The window's side of the privacy mailbox and of sending by e-mail, on real widgets against
real servers (Dovecot, aiosmtpd): the settings, the status-bar fetch (once on a real thread
pool) and the send dialog."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

from PySide6.QtWidgets import QSpinBox

from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.send_mail_dialog import SendMailDialog
from smarttek_dsar.ui.settings_page import SettingsPage
from smarttek_dsar.ui.tasks import use_synchronous_tasks
from tests.mail_servers import MAIL_PASSWORD, dovecot, smtp_server  # noqa: F401 - fixtures
from tests.mailbox.mailbox_mails import ARRIVED, broken_mail, request_mail
from tests.services.case_factory import new_request


def _set(widget, value) -> None:
    if isinstance(widget, QSpinBox):
        widget.setValue(value)
    elif hasattr(widget, "findData"):
        widget.setCurrentIndex(widget.findData(value))
    else:
        widget.setText(str(value))


def test_an_administrator_sets_up_the_mailbox_in_settings(qtbot, context, services):
    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.activate()
    box = page.mail
    for name, value in {"host": "127.0.0.1", "port": 1143, "security": "none",
                        "user": "privacy@smarttek.eu", "folder": "INBOX",
                        "processed_folder": "Apstrādāti", "interval_minutes": 5}.items():
        _set(box.imap[name], value)
    box.save_imap.click()
    saved = services.mailbox.settings()
    assert (saved.host, saved.port, saved.security, saved.processed_folder,
            saved.interval_minutes) == ("127.0.0.1", 1143, "none", "Apstrādāti", 5)
    assert "saved" in page.message.text()
    # A setting the service refuses is said on the page; nothing is stored.
    _set(box.smtp["host"], "smtp.example.lv")
    _set(box.smtp["security"], "none")
    box.save_smtp.click()
    assert "unencrypted" in page.message.text()
    assert services.sending.smtp_settings().host == ""


def test_a_specialist_sees_the_settings_but_cannot_change_them(qtbot, services, janis):
    page = SettingsPage(AppContext(services, janis))
    qtbot.addWidget(page)
    page.activate()
    assert not page.mail.save_imap.isEnabled() and not page.mail.imap["host"].isEnabled()


def test_fetch_now_shows_what_came_in_on_the_status_bar(qtbot, main_window, services, dpo,
                                                        dovecot, monkeypatch):  # noqa: F811
    services.mailbox.configure(dpo, **dovecot.settings())
    monkeypatch.setenv("SMARTTEK_DSAR_IMAP_PASSWORD", MAIL_PASSWORD)
    dovecot.append(request_mail(1), ARRIVED)
    dovecot.append(request_mail(2), ARRIVED)
    dovecot.append(broken_mail(), ARRIVED)
    main_window.fetch_mail.trigger()
    status = main_window.mailbox_fetcher.label.text()
    assert status.startswith("Mailbox: 2 new requests, ") and "(1 to look at)" in status
    assert dovecot.count("Processed") == 2
    assert not main_window.mailbox_fetcher.running


def test_the_timed_fetch_runs_on_the_thread_pool(
        qtbot, services, dpo, monkeypatch, dovecot):  # noqa: F811
    from smarttek_dsar.ui.main_window import MainWindow

    services.mailbox.configure(dpo, interval_minutes=1, **dovecot.settings())
    monkeypatch.setenv("SMARTTEK_DSAR_IMAP_PASSWORD", MAIL_PASSWORD)
    dovecot.append(request_mail(5), ARRIVED)
    window = MainWindow(AppContext(services, dpo))
    qtbot.addWidget(window)
    fetcher = window.mailbox_fetcher
    assert fetcher.timer.isActive() and fetcher.timer.interval() == 60_000
    use_synchronous_tasks(False)
    try:
        with qtbot.waitSignal(fetcher.finished, timeout=30_000) as finished:
            fetcher.timer.timeout.emit()  # what the timer does every minute
            assert fetcher.running
        assert finished.args[0].new_requests == 1
    finally:
        use_synchronous_tasks(True)
    assert "1 new request" in fetcher.label.text() and not fetcher.running
    assert dovecot.count("INBOX") == 0


def test_without_a_kept_password_the_timed_fetch_asks_nothing(qtbot, main_window, services,
                                                              dpo, dovecot):  # noqa: F811
    services.mailbox.configure(dpo, **dovecot.settings())
    dovecot.append(request_mail(6), ARRIVED)
    main_window.mailbox_fetcher.fetch(interactive=False)
    assert "password needed" in main_window.mailbox_fetcher.label.text()
    assert dovecot.count("INBOX") == 1


def test_the_send_dialog_sends_the_letter(qtbot, context, services, dpo,
                                          smtp_server):  # noqa: F811
    services.sending.configure_smtp(dpo, **smtp_server.settings())
    case = services.cases.create(dpo, new_request(email="liga@example.lv"))
    dialog = SendMailDialog(context, case.number, "liga@example.lv",
                            letter_kind="acknowledgement", letter_title="Acknowledgement")
    qtbot.addWidget(dialog)
    assert dialog.send_button.isEnabled()
    dialog.send_button.click()
    assert "Sent to liga@example.lv" in dialog.status.text()
    message = email.message_from_bytes(smtp_server.received[0].data,
                                       policy=email.policy.default)
    assert message["Message-ID"] == dialog.sent.message_id
    assert next(message.iter_attachments()).get_content().startswith(b"%PDF")


def test_the_package_dialog_warns_that_the_password_goes_another_way(
        qtbot, context, services, dpo, smtp_server, tmp_path):  # noqa: F811
    services.sending.configure_smtp(dpo, **smtp_server.settings())
    case = services.cases.create(dpo, new_request())
    dialog = SendMailDialog(context, case.number, "janis.berzins@example.lv",
                            archive=tmp_path / f"{case.number}_package.7z")
    qtbot.addWidget(dialog)
    warning = dialog.findChild(type(dialog.status), "password_warning")
    assert "NOT in this e-mail" in warning.text()
    (tmp_path / f"{case.number}_package.7z").write_bytes(b"plain")
    dialog.send_button.click()  # not a protected archive: refused, nothing sent
    assert "password-protected" in dialog.status.text() and smtp_server.received == []


def test_without_smtp_settings_the_dialog_says_so(qtbot, context, services, dpo):
    case = services.cases.create(dpo, new_request())
    dialog = SendMailDialog(context, case.number, "janis.berzins@example.lv",
                            letter_kind="acknowledgement")
    qtbot.addWidget(dialog)
    assert not dialog.send_button.isEnabled() and "not set up" in dialog.status.text()


def test_the_mail_parts_of_the_window_speak_latvian(qtbot, context, services, dpo):
    from PySide6.QtWidgets import QGroupBox

    from smarttek_dsar.ui import i18n

    i18n.install("lv")
    page = SettingsPage(context)
    qtbot.addWidget(page)
    titles = {box.title() for box in page.mail.findChildren(QGroupBox)}
    assert titles == {"Privātuma pastkastīte (IMAP)", "Sūtīšana pa e-pastu (SMTP)"}
    case = services.cases.create(dpo, new_request())
    dialog = SendMailDialog(context, case.number, "janis.berzins@example.lv",
                            archive=Path("x.7z"))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == f"Sūtīt pa e-pastu — {case.number}"
    assert dialog.send_button.text() == "Sūtīt"


def test_the_letter_dialog_sends_the_chosen_letter(qtbot, context, services, dpo,
                                                   smtp_server):  # noqa: F811
    from smarttek_dsar.ui.letter_dialog import LetterDialog

    services.sending.configure_smtp(dpo, **smtp_server.settings())
    case = services.cases.create(dpo, new_request(email="liga@example.lv"))
    dialog = LetterDialog(context, services.cases.detail(dpo, case.number))
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("acknowledgement"))
    dialog.email_button.click()
    sending = dialog.send_dialog
    assert sending.isVisible() and "liga@example.lv" in [
        label.text() for label in sending.findChildren(type(sending.status))]
    sending.send_button.click()
    assert sending.sent is not None and sending.sent.to == "liga@example.lv"
    assert len(smtp_server.received) == 1


def test_cancel_on_the_status_bar_stops_the_fetch_and_keeps_what_came_in(
        qtbot, main_window, services, dpo, monkeypatch, dovecot):  # noqa: F811
    services.mailbox.configure(dpo, **dovecot.settings())
    monkeypatch.setenv("SMARTTEK_DSAR_IMAP_PASSWORD", MAIL_PASSWORD)
    client = dovecot.client()
    for n in range(30):
        client.append("INBOX", request_mail(200 + n), msg_time=ARRIVED)
    client.logout()
    fetcher = main_window.mailbox_fetcher
    use_synchronous_tasks(False)
    try:
        with qtbot.waitSignal(fetcher.finished, timeout=60_000) as finished:
            fetcher.fetch(interactive=False)
            assert fetcher.cancel_button.isVisible()
            fetcher.cancel_button.click()
    finally:
        use_synchronous_tasks(True)
    report = finished.args[0]
    assert str(report.stopped).startswith("Cancelled") and report.new_requests < 30
    assert "Stopped early" in fetcher.label.text() and not fetcher.cancel_button.isVisible()
    # Nothing lost, nothing half-done: every case's message is in Processed, the rest waits.
    assert dovecot.count("Processed") == report.new_requests
    assert dovecot.count("INBOX") == 30 - report.new_requests
