"""The package dialog's "Send the archive by e-mail…", clicked through against a real SMTP
server (aiosmtpd): only after an export with a password, the archive's bytes arrive, the
package password is nowhere in the mail, and the delivery is recorded with the Message-ID."""

from __future__ import annotations

import email
import email.policy

from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.package_dialog import PackageDialog
from tests.mail_servers import smtp_server  # noqa: F401 - fixture
from tests.services.package_cases import collected_case, to_fulfilment
from tests.ui.case_view_fixtures import (  # noqa: F401 (fixtures)
    store_fixture,
    synchronous_tasks_fixture,
    type_text,
)

PACKAGE_PASSWORD = "Ezera-iela-5-parole"


def test_the_protected_archive_goes_by_e_mail(qtbot, store, synchronous_tasks, tmp_path,
                                              smtp_server):  # noqa: F811
    services, dpo, _manager = store
    services.sending.configure_smtp(dpo, **smtp_server.settings())
    number = collected_case(services, dpo, tmp_path).number
    to_fulfilment(services, dpo, number)
    dialog = PackageDialog(AppContext(services, dpo), services.cases.detail(dpo, number))
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "out"))
    assert not dialog.email_button.isEnabled()  # nothing exported yet
    type_text(dialog.password, PACKAGE_PASSWORD)
    type_text(dialog.password_again, PACKAGE_PASSWORD)
    dialog.export_button.click()
    assert dialog.result is not None, dialog.status.text()
    assert dialog.email_button.isEnabled()
    dialog.email_button.click()
    sending = dialog.send_dialog
    sending.send_button.click()
    assert sending.sent is not None, sending.status.text()
    archive = tmp_path / "out" / number / f"{number}_package.7z"
    mail = smtp_server.received[0]
    message = email.message_from_bytes(mail.data, policy=email.policy.default)
    assert next(message.iter_attachments()).get_content() == archive.read_bytes()
    assert PACKAGE_PASSWORD.encode() not in mail.data
    disclosure = services.cases.detail(dpo, number).disclosures[0]
    assert sending.sent.message_id in disclosure.proof


def test_without_a_password_the_package_cannot_go_by_e_mail(qtbot, store, synchronous_tasks,
                                                            tmp_path):
    services, dpo, _manager = store
    number = collected_case(services, dpo, tmp_path).number
    to_fulfilment(services, dpo, number)
    dialog = PackageDialog(AppContext(services, dpo), services.cases.detail(dpo, number))
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.export_button.click()
    assert dialog.result is not None and not dialog.email_button.isEnabled()
