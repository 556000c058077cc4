"""The main window over a real database: lists, filters, sorting, opening cases, roles."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from smarttek_dsar.domain.clock import DeadlineState
from smarttek_dsar.domain.rights import Right
from smarttek_dsar.domain.workflow import OPEN_STAGES, Stage
from smarttek_dsar.services.case_query import CaseFilter
from smarttek_dsar.ui.actions import ActionId
from smarttek_dsar.ui.case_filter_bar import TYPING_PAUSE_MS
from smarttek_dsar.ui.case_list_model import HIDDEN, SORT_ROLE, Column
from smarttek_dsar.ui.changes import Changes
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.main_window import MainWindow


def _numbers(page) -> list[str]:
    return [page.model.summary(r).number for r in range(page.model.rowCount())]


def _choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_title_names_the_user_and_the_database(main_window, services):
    title = main_window.windowTitle()
    assert title.startswith("Smarttek DSAR Desk — Dace Ozola — local file ")
    assert services.db.describe() in title


def test_inbox_shows_the_open_unassigned_cases_most_urgent_first(main_window, services, dpo):
    inbox = main_window.current_page()
    assert main_window.pages["inbox"] is inbox
    expected = services.cases.list(dpo, CaseFilter(open_only=True, unassigned=True),
                                   sort="due", limit=200)
    assert _numbers(inbox)[:len(expected)] == [s.number for s in expected]
    assert all(s.assignee is None and s.stage in OPEN_STAGES
               for s in (inbox.model.summary(r) for r in range(inbox.model.rowCount())))
    count = services.cases.count(dpo, CaseFilter(open_only=True, unassigned=True))
    assert main_window.status.text().startswith(f"{count} cases")


def test_my_cases_are_the_ones_assigned_to_me(main_window, services, dpo):
    page = main_window.show_page("mine")
    assert page.model.total == services.cases.count(
        dpo, CaseFilter(assignee_id=dpo.user_id, open_only=True))
    assert {page.model.summary(r).assignee for r in range(page.model.rowCount())} == {"dpo"}


def test_typing_in_the_filter_finds_cases_by_name_after_a_short_pause(
        qtbot, main_window, services, dpo):
    page = main_window.show_page("all")
    someone = page.model.summary(3).subject_name
    surname = someone.split()[-1]
    main_window.registry[ActionId.FIND].trigger()
    assert page.filters.text.hasFocus()
    qtbot.keyClicks(page.filters.text, surname)
    qtbot.wait(TYPING_PAUSE_MS + 50)
    expected = services.cases.list(dpo, CaseFilter(text=surname), sort="received",
                                   descending=True, limit=200)
    assert _numbers(page) == [s.number for s in expected]
    assert page.model.total == services.cases.count(dpo, CaseFilter(text=surname))
    assert all(surname.lower() in page.model.summary(r).subject_name.lower()
               or surname.lower() in page.model.summary(r).number.lower()
               for r in range(page.model.rowCount()))


def test_stage_right_and_deadline_filters_narrow_the_list(main_window, services, dpo):
    page = main_window.show_page("all")
    _choose(page.filters.stage, Stage.REVIEW)
    assert page.model.total == services.cases.count(dpo, CaseFilter(stages=(Stage.REVIEW,)))
    assert {page.model.summary(r).stage for r in range(page.model.rowCount())} == {Stage.REVIEW}

    _choose(page.filters.right, Right.ERASURE)
    flt = CaseFilter(stages=(Stage.REVIEW,), rights=(Right.ERASURE,))
    assert page.model.total == services.cases.count(dpo, flt) > 0
    assert all(Right.ERASURE in page.model.summary(r).rights
               for r in range(page.model.rowCount()))

    page.filters.reset()
    _choose(page.filters.deadline, DeadlineState.OVERDUE)
    overdue = services.cases.count(dpo, CaseFilter(deadline_states=(DeadlineState.OVERDUE,)))
    assert page.model.total == overdue > 0
    assert {page.model.summary(r).deadline_state for r in range(page.model.rowCount())} == {
        DeadlineState.OVERDUE}


def test_clicking_a_header_sorts_through_the_service(qtbot, main_window):
    page = main_window.show_page("inbox")
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(Column.NUMBER) + 10
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert page.model.sort_column == Column.NUMBER
    keys = [page.model.data(page.model.index(r, Column.NUMBER), SORT_ROLE)
            for r in range(page.model.rowCount())]
    ascending = keys == sorted(keys)
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    keys_again = [page.model.data(page.model.index(r, Column.NUMBER), SORT_ROLE)
                  for r in range(page.model.rowCount())]
    assert keys_again == sorted(keys_again, reverse=ascending)
    assert keys != keys_again


def test_enter_and_double_click_open_the_case_in_a_tab(qtbot, main_window):
    page = main_window.current_page()
    page.table.setFocus()
    page.table.selectRow(2)
    number = page.model.summary(2).number
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    assert main_window.tabs.open_numbers() == [number]
    assert main_window.tabs.currentIndex() == 1

    main_window.tabs.show_home()
    rect = page.table.visualRect(page.model.index(4, Column.NUMBER))
    # A real double-click: press and release, then the second press Qt reports as a double.
    QTest.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert main_window.tabs.open_numbers() == [number, page.model.summary(4).number]
    main_window.tabs.close_current_case()
    assert main_window.tabs.open_numbers() == [number]


def test_the_list_loads_more_rows_when_scrolled_to_the_end(qtbot, main_window):
    page = main_window.show_page("all")
    assert page.model.rowCount() == 200
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() > 200)


def test_a_manager_sees_no_subject_names_and_cannot_register_requests(qtbot, services, manager):
    window = MainWindow(AppContext(services, manager))
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("all")
    assert page.model.rowCount() > 0
    assert {page.model.index(r, Column.SUBJECT).data()
            for r in range(page.model.rowCount())} == {HIDDEN}
    assert "mine" not in window.pages and "audit" not in window.pages
    new_request = window.registry[ActionId.NEW_REQUEST]
    assert not new_request.isEnabled()
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    window.new_request()  # even when called directly, no dialog opens
    assert not [w for w in window.findChildren(object) if type(w).__name__ == "NewRequestDialog"]
    assert "Search case number" in page.filters.text.placeholderText()


def test_changes_elsewhere_refresh_the_visible_list(main_window, services, dpo):
    page = main_window.current_page()
    first = page.model.summary(0).number
    services.cases.assign(dpo, first, "janis")
    main_window.context.notify(Changes.of_case(first))
    assert first not in _numbers(page)  # assigned now: no longer in the inbox


def test_column_layout_is_remembered(qtbot, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    page = window.pages["inbox"]
    page.table.horizontalHeader().resizeSection(Column.SUBJECT, 333)
    window.close()
    again = MainWindow(context)
    qtbot.addWidget(again)
    assert again.pages["inbox"].table.horizontalHeader().sectionSize(Column.SUBJECT) == 333


def test_every_navigation_item_opens_its_page(qtbot, main_window):
    # A slot that raises leaves the old page and its status on screen: click through them all.
    for row in range(main_window.navigation.count()):
        item = main_window.navigation.item(row)
        rect = main_window.navigation.visualItemRect(item)
        QTest.mouseClick(main_window.navigation.viewport(), Qt.MouseButton.LeftButton,
                         pos=rect.center())
        assert main_window.stack.currentIndex() == row
        assert main_window.tabs.tabText(0) == item.text()
    keys = set(main_window.pages)
    assert {"inbox", "all", "dashboard", "register", "sources", "settings"} <= keys


@pytest.mark.on_day(date(2026, 12, 2))  # the mail is dated 16 November 2026
def test_request_files_dropped_on_the_main_window_become_cases(qtbot, main_window, tmp_path):
    from email.message import EmailMessage

    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    message = EmailMessage()
    message["From"] = "Ilze Vītola <ilze.vitola@pasts.example>"
    message["To"] = "privacy@smarttek.eu"
    message["Subject"] = "Datu dzēšana"
    message["Date"] = "Mon, 16 Nov 2026 10:00:00 +0200"
    message["Message-ID"] = "<drop-test@pasts.example>"
    message.set_content("Lūdzu dzēst manus personas datus.")
    path = tmp_path / "dzēšana.eml"
    path.write_bytes(bytes(message))
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    # As a real drag does: enter first (the window says it takes the file), then drop.
    enter = QDragEnterEvent(QPoint(40, 40), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(main_window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(40, 40), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(main_window, drop)
    assert drop.isAccepted()
    dialog = main_window._drop_filter.dialog
    qtbot.waitUntil(lambda: bool(dialog.results))
    number = dialog.results[0].case_number
    assert number and number.startswith("DSAR-2026-")
    detail = main_window.context.services.cases.detail(main_window.context.actor, number)
    assert detail.subject.email == "ilze.vitola@pasts.example"
    dialog.close()


def test_a_manager_cannot_import(qtbot, services, manager):
    window = MainWindow(AppContext(services, manager))
    qtbot.addWidget(window)
    assert not window.registry[ActionId.IMPORT].isEnabled()
    assert not hasattr(window, "_drop_filter")


def test_the_first_window_fits_a_1280_by_800_screen(qtbot, context):
    window = MainWindow(context)  # no remembered geometry: a first start
    qtbot.addWidget(window)
    window.show()
    # (The test screen is smaller than any real one; the window never asks for more than
    # 1280×800, and everything in it fits there.)
    assert window.width() <= 1280 and window.height() <= 800
    assert window.minimumSizeHint().width() <= 1280
    assert window.minimumSizeHint().height() <= 800


def test_an_empty_list_says_why_it_is_empty(qtbot, main_window):
    page = main_window.show_page("all")
    assert not page.empty.isVisible()
    page.filters.text.setText("no such subject anywhere")
    page.filters.text.returnPressed.emit()
    qtbot.waitUntil(lambda: page.model.total == 0)
    assert page.empty.isVisible()
    assert "No cases match these filters" in page.empty.text()
    page.filters.reset()
    qtbot.waitUntil(lambda: page.model.total > 0)
    assert not page.empty.isVisible()


def test_an_empty_store_says_there_are_no_cases_yet(qtbot, empty_services):
    from smarttek_dsar.domain.roles import Role

    empty_services.users.create_first_admin("dace", "correct horse battery", "Dace Ozola")
    dpo = empty_services.users.actor_for("dace", reason="test")
    assert Role.SPECIALIST in dpo.roles
    window = MainWindow(AppContext(empty_services, dpo))
    qtbot.addWidget(window)
    window.show()
    inbox = window.current_page()
    qtbot.waitUntil(lambda: inbox.model.has_loaded)
    assert inbox.empty.isVisible() and "nothing is waiting" in inbox.empty.text()
    all_cases = window.show_page("all")
    all_cases.filters.open_only.setChecked(False)
    qtbot.waitUntil(lambda: all_cases.empty.text() == "There are no cases here yet.")
