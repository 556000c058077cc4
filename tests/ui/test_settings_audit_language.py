"""Settings (organisation, holidays, language) and the audit log, as the users click them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt

from smarttek_dsar.ui import i18n, preferences
from smarttek_dsar.ui.audit_page import RECENT_EVENTS
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.launch import Startup
from smarttek_dsar.ui.main_window import MainWindow
from tests.ui.conftest import type_text


def test_an_administrator_changes_the_organisation_settings(qtbot, main_window, services):
    page = main_window.show_page("settings")
    assert page.retention.value() == services.organisation.settings().retention_years
    assert not page.save_button.isEnabled()
    page.retention.setValue(5)
    page.attachment_limit.setValue(40)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    saved = services.organisation.settings()
    assert (saved.retention_years, saved.max_attachment_mb) == (5, 40)
    assert page.message.text() == "Organisation settings saved."


def test_held_mail_retention_is_set_in_days(qtbot, main_window, services):
    page = main_window.show_page("settings")
    assert (page.held_dismissed.value(), page.held_undecided.value()) == (30, 90)
    page.held_dismissed.setValue(14)
    page.held_undecided.setValue(60)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    saved = services.organisation.settings()
    assert (saved.held_dismissed_days, saved.held_undecided_days) == (14, 60)
    # Never inside the month a request held by mistake must be answered in.
    page.held_undecided.setValue(20)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "between 31 and 730" in page.message.text()
    assert services.organisation.settings().held_undecided_days == 60


def test_a_value_the_service_refuses_is_explained(qtbot, main_window, services):
    page = main_window.show_page("settings")
    page.retention.setValue(50)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "between 1 and 10" in page.message.text()
    assert services.organisation.settings().retention_years == 3


def test_extra_holidays_are_added_and_removed(qtbot, main_window, services):
    page = main_window.show_page("settings")
    page.holiday_day.setDate(QDate(2026, 12, 28))
    type_text(page.holiday_name, "Hokeja bronzas diena")
    qtbot.mouseClick(page.add_holiday, Qt.MouseButton.LeftButton)
    assert services.organisation.extra_holidays() == [(date(2026, 12, 28), "Hokeja bronzas diena")]
    assert page.holidays.count() == 1
    assert "Hokeja bronzas diena" in page.holidays.item(0).text()
    page.holidays.setCurrentRow(0)
    qtbot.mouseClick(page.remove_holiday, Qt.MouseButton.LeftButton)
    assert services.organisation.extra_holidays() == []
    assert page.holidays.count() == 0


def test_without_the_admin_role_settings_are_read_only(qtbot, services, janis):
    window = MainWindow(AppContext(services, janis))
    qtbot.addWidget(window)
    page = window.show_page("settings")
    assert not page.retention.isEnabled()
    assert not page.add_holiday.isEnabled()
    assert page.database.isReadOnly()
    assert page.database.text() == services.db.describe()
    assert "audit" not in window.pages  # the audit log is for administrators


def test_the_audit_log_lists_events_and_verifies_the_chain(qtbot, main_window):
    page = main_window.show_page("audit")
    assert page.table.rowCount() > 0
    # Reading the inbox was recorded: in words, the action as recorded on hover.
    assert page.table.item(0, 3).text() == "Case list searched"
    assert page.table.item(0, 3).toolTip() == "case.listed"
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    assert page.result.text().startswith("✔ The audit chain is intact")
    assert page.table.item(0, 3).text() == "Audit trail verified"


def test_the_audit_log_filters_and_pages_beyond_the_newest_events(qtbot, main_window,
                                                                  services, dpo):
    page = main_window.show_page("audit")
    total = len(page._events)
    page.action_filter.setCurrentIndex(page.action_filter.findData("case."))
    page.user_filter.setText("dpo")
    qtbot.keyClick(page.user_filter, Qt.Key.Key_Return)
    shown = [page.table.item(r, 3).toolTip() for r in range(page.table.rowCount())]
    assert shown and all(a.startswith("case.") for a in shown)
    assert {page.table.item(r, 2).text() for r in range(page.table.rowCount())} == {"dpo"}
    # Paging: with the newest page full, "Older events" adds the page before it.
    page.action_filter.setCurrentIndex(0)
    page.user_filter.clear()
    page.refresh()
    if total >= RECENT_EVENTS:
        assert page.older_button.isEnabled()
        oldest = page._events[-1].seq
        page.older_button.click()
        assert page.table.rowCount() > RECENT_EVENTS
        assert page._events[RECENT_EVENTS].seq < oldest
    else:
        assert not page.older_button.isEnabled()


def test_switching_to_latvian_rebuilds_the_window_in_latvian(qtbot, services, dpo):
    startup = Startup(None, False)
    startup.services, startup.context = services, AppContext(services, dpo)
    startup._new_window()
    english = startup.window
    qtbot.addWidget(english)
    assert english.navigation.item(0).text() == "Inbox"

    settings = english.show_page("settings")
    settings.language.setCurrentIndex(settings.language.findData("lv"))
    latvian = startup.window
    qtbot.addWidget(latvian)
    assert latvian is not english
    assert preferences.LANGUAGE.get() == "lv"
    assert i18n.current_language() == "lv"
    names = [latvian.navigation.item(r).text() for r in range(latvian.navigation.count())]
    assert names == ["Iesūtne", "Manas lietas", "Visas lietas", "Pārskats", "Audita žurnāls",
                     "Reģistrs", "Datu avoti", "Vēstules", "Administrēšana", "Iestatījumi"]
    assert latvian.current_page() is latvian.pages["settings"]
    inbox = latvian.pages["inbox"]
    inbox.activate()
    assert inbox.model.headerData(7, Qt.Orientation.Horizontal) == "Atlikušās dienas"
    assert inbox.filters.stage.itemText(1) == "Reģistrēts"  # the domain's own Latvian label
    due = inbox.model.summary(0).due_date
    assert inbox.model.index(0, 6).data() == f"{due:%d.%m.%Y}"  # Latvian date format
