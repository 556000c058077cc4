"""Held mail in the window, with real widgets, a real SQLite case store and real files: the
import dialog says what was held, the held mail dialog lists it, dismisses it and imports it
as a request (on a real thread pool once)."""

from __future__ import annotations

import pytest

from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.held_mail_dialog import KIND, REASON, SENDER, HeldMailDialog
from smarttek_dsar.ui.import_dialog import RESULT, ImportDialog
from smarttek_dsar.ui.tasks import use_synchronous_tasks
from tests.intake import non_request_mails as mails
from tests.services.intake_files import mail, write

PASSWORD = "correct-horse-battery"


@pytest.fixture
def context(empty_services) -> AppContext:
    empty_services.users.create_first_admin("dace", PASSWORD, "Dace Ozola")
    return AppContext(empty_services, empty_services.users.actor_for("dace", reason="test"))


@pytest.fixture
def held_files(qtbot, context, tmp_path) -> ImportDialog:
    paths = [write(tmp_path, "bounce.eml", mails.bounce()),
             write(tmp_path, "auto.eml", mails.auto_reply()),
             write(tmp_path, "request.eml", mail())]
    dialog = ImportDialog(context, paths)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def column(table, index: int) -> list[str]:
    return [table.item(row, index).text() for row in range(table.rowCount())]


def open_held(qtbot, context) -> HeldMailDialog:
    dialog = HeldMailDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_import_dialog_says_what_was_held(held_files):
    results = column(held_files.table, RESULT)
    assert results[0] == "Held as no request (held mail no. 1)"
    assert results[1] == "Held as no request (held mail no. 2)"
    assert results[2] == "Created DSAR-2024-0001"
    assert "delivery failure report" in held_files.table.item(0, RESULT).toolTip()
    assert "2 mails held as no request" in held_files.summary.text()
    assert held_files.held_button.isVisible()
    held_files.held_button.click()
    assert column(held_files.held_dialog.table, KIND) == ["Bounce", "Automatic reply"]


def test_dismiss_and_import_from_the_held_mail_dialog(qtbot, context, held_files):
    dialog = open_held(qtbot, context)
    assert "MAILER-DAEMON@mx.smarttek.eu" in column(dialog.table, SENDER)[0]
    assert "delivery failure report" in column(dialog.table, REASON)[0]
    assert not dialog.dismiss_button.isEnabled()  # nothing chosen yet
    dialog.table.selectRow(0)
    dialog.dismiss_button.click()
    assert "Held mail no. 1 dismissed" in dialog.status.text()
    assert column(dialog.table, KIND) == ["Automatic reply"]
    changed = []
    context.changed.connect(changed.append)
    dialog.table.selectRow(0)
    use_synchronous_tasks(False)  # the import runs on the real thread pool
    try:
        dialog.import_button.click()
        qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=20_000)
    finally:
        use_synchronous_tasks(True)
    assert dialog.last_result.status == "created"
    assert dialog.status.text().startswith("Created DSAR-2024-0002.")
    assert dialog.table.rowCount() == 0
    assert [c.case_number for c in changed] == ["DSAR-2024-0002"]
    assert context.services.cases.count(context.actor) == 2


def test_the_held_mail_dialog_speaks_latvian(qtbot, context, held_files):
    i18n.install("lv")
    dialog = open_held(qtbot, context)
    assert dialog.windowTitle() == "Aizturētais pasts"
    assert dialog.import_button.text() == "Importēt kā pieprasījumu"
    assert column(dialog.table, KIND) == ["Nepiegādes paziņojums", "Automātiskā atbilde"]
