"""A damaged audit trail never stops the window: sign-in succeeds, the window says the trail is
damaged from which event, and the audit log page's verify lists what was found."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import delete, func, select

from smarttek_dsar.storage.models import AuditEvent, AuditHead
from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.main_window import MainWindow
from tests.ui.conftest import PASSWORD


def test_the_window_warns_of_a_damaged_trail_and_verify_names_the_event(qtbot, services):
    with services.db.unit_of_work() as session:
        last = session.scalar(select(func.max(AuditEvent.seq)))
        session.execute(delete(AuditHead))
    dpo = services.users.login("dpo", PASSWORD)  # the damage is recorded, not raised
    window = MainWindow(AppContext(services, dpo))
    qtbot.addWidget(window)
    window.show()
    assert window.audit_warning.isVisible()
    assert window.audit_warning.text() == (
        f"⚠ The audit trail is damaged from event {last + 1}: an administrator should verify "
        f"it on the Audit log page.")

    page = window.show_page("audit")
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    assert page.result.text().startswith(f"✖ The audit chain is broken at event {last + 1}")
    assert "head row missing" in page.result.text()


def test_an_intact_trail_shows_no_warning_and_verify_counts_checkpoints(qtbot, main_window):
    assert not main_window.audit_warning.isVisible()
    assert main_window.audit_warning.text() == ""
    page = main_window.show_page("audit")
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    assert page.result.text().startswith("✔ The audit chain is intact")
    assert "signed checkpoints match it" in page.result.text()


def test_the_warning_in_latvian(qtbot, services):
    with services.db.unit_of_work() as session:
        session.execute(delete(AuditHead))
    dpo = services.users.login("dpo", PASSWORD)
    i18n.install("lv")
    window = MainWindow(AppContext(services, dpo))
    qtbot.addWidget(window)
    assert "Audita žurnāls ir bojāts, sākot no notikuma" in window.audit_warning.text()
