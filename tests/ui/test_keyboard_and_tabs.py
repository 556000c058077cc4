"""Working from the keyboard, and open cases that survive a language switch."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.actions import ActionId
from smarttek_dsar.ui.launch import Startup


def test_ctrl_w_closes_the_case_tab_on_screen_and_never_the_lists(qtbot, main_window):
    page = main_window.current_page()
    first, second = page.model.summary(0).number, page.model.summary(1).number
    main_window.open_case(first)
    main_window.open_case(second)
    close = main_window.registry[ActionId.CLOSE_CASE_TAB]
    assert close.shortcut() == QKeySequence("Ctrl+W")
    assert close in main_window.case_menu.actions()

    main_window.activateWindow()
    qtbot.keyClick(main_window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert main_window.tabs.open_numbers() == [first]
    qtbot.keyClick(main_window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert main_window.tabs.open_numbers() == []
    # On the lists Ctrl+W does nothing: the lists tab cannot be closed.
    qtbot.keyClick(main_window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert main_window.tabs.count() == 1 and main_window.current_page() is page


def test_enter_in_the_search_box_opens_the_one_matching_case(qtbot, main_window):
    page = main_window.show_page("all")
    number = page.model.summary(5).number
    main_window.registry[ActionId.FIND].trigger()
    qtbot.keyClicks(page.filters.text, number)
    qtbot.keyClick(page.filters.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: main_window.tabs.open_numbers() == [number])
    assert main_window.tabs.current_number() == number


def test_enter_with_several_matches_opens_nothing_and_down_moves_into_the_list(
        qtbot, main_window):
    page = main_window.show_page("all")
    main_window.registry[ActionId.FIND].trigger()
    qtbot.keyClicks(page.filters.text, "DSAR-")
    qtbot.keyClick(page.filters.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.model.reloading)
    assert page.model.total > 1
    assert main_window.tabs.open_numbers() == []
    assert page.filters.text.hasFocus()

    qtbot.keyClick(page.filters.text, Qt.Key.Key_Down)
    assert page.table.hasFocus()
    assert page.table.currentIndex().row() == 0
    # And Enter there opens the selected case, as it always did.
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert main_window.tabs.open_numbers() == [page.model.summary(0).number]


def test_switching_the_language_keeps_the_open_cases_and_the_one_on_screen(
        qtbot, services, context):
    startup = Startup(None, demo=False)
    startup.services, startup.context = services, context
    startup._new_window()
    window = startup.window
    qtbot.addWidget(window)
    page = window.current_page()
    numbers = [page.model.summary(r).number for r in range(3)]
    for number in numbers:
        window.open_case(number)
    window.open_case(numbers[1])
    previous = i18n.current_language()
    try:
        startup.switch_language("lv")
        QApplication.processEvents()
        relaid = startup.window
        qtbot.addWidget(relaid)
        assert relaid is not window
        assert relaid.tabs.open_numbers() == numbers
        assert relaid.tabs.current_number() == numbers[1]
        # Built again in Latvian, on the settings page where the language was chosen.
        assert relaid.current_page() is relaid.pages["settings"]
        assert relaid.tabs.tabText(0) == "Iestatījumi"
    finally:
        i18n.install(previous)


def test_sign_out_brings_back_the_sign_in_and_the_next_users_window(qtbot, services, context):
    from smarttek_dsar.ui.actions import ActionId as Id
    from tests.ui.conftest import PASSWORD

    startup = Startup(None, demo=False)
    startup.services, startup.context = services, context
    startup._new_window()
    first = startup.window
    qtbot.addWidget(first)
    assert first.context.actor.username == "dpo"
    first.registry[Id.SIGN_OUT].trigger()
    dialog = startup.sign_in
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and not first.isVisible()
    dialog.user.setText("manager")
    dialog.password.setText(PASSWORD)
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: startup.window is not first)
    qtbot.addWidget(startup.window)
    assert startup.window.context.actor.username == "manager"
    assert "administration" not in startup.window.pages


def test_the_navigation_highlights_no_page_while_a_case_is_on_screen(qtbot, main_window):
    """A case tab is not part of the page last chosen: nothing is highlighted beside it, and
    the page is highlighted again when the lists come back."""
    navigation = main_window.navigation

    def highlighted() -> list[str]:
        return [item.text() for item in navigation.selectedItems()]

    number = main_window.show_page("all").model.summary(0).number
    main_window.show_page("sources")
    assert highlighted() == ["Data sources"]
    main_window.open_case(number)
    assert main_window.tabs.current_number() == number
    assert highlighted() == []

    # The lists' tab clicked: the page there is highlighted again.
    bar = main_window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(0).center())
    assert main_window.tabs.current_number() is None
    assert highlighted() == ["Data sources"]

    # Back to the case, then the same page chosen in the navigation shows it again.
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert highlighted() == []
    sources = navigation.findItems("Data sources", Qt.MatchFlag.MatchExactly)[0]
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton,
                     pos=navigation.visualItemRect(sources).center())
    assert main_window.tabs.current_number() is None
    assert main_window.current_page() is main_window.pages["sources"]
    assert highlighted() == ["Data sources"]

    # And another page by its shortcut, from the case tab.
    main_window.tabs.open_case(number)
    main_window.activateWindow()
    qtbot.keyClick(main_window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert main_window.tabs.current_number() is None
    assert highlighted() == [navigation.item(0).text()]
