"""A manager opens a case whose deadline was extended and whose answer was delivered: the window
works, the clock explains the deadline in neutral words, and no personal data is on screen
(issue 13)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from smarttek_dsar.ui import i18n
from tests.services.manager_cases import (
    DELIVERED_FILE,
    EXTENSION_REASON,
    TASK_RECIPIENT,
    build_full_case,
    personal_values,
)
from tests.ui.case_view_fixtures import (  # noqa: F401 (fixtures)
    make_view,
    settle,
    store_fixture,
    synchronous_tasks_fixture,
)
from tests.ui.test_case_view_access import all_visible_text


def _timeline_text(view) -> str:
    table = view.timeline_panel.table
    cells = [table.item(r, c) for r in range(table.rowCount()) for c in range(table.columnCount())]
    return "\n".join(f"{item.text()}\n{item.toolTip()}" for item in cells if item)


def test_manager_sees_the_extension_and_the_delivery_without_personal_data(
    qtbot, store, synchronous_tasks
):
    services, dpo, manager = store
    number, _case_id = build_full_case(services, dpo)

    view = make_view(qtbot, services, manager, number)
    clock = view.header.clock
    qtbot.mouseClick(clock.why_button, Qt.MouseButton.LeftButton)
    assert clock.steps_label.isVisible()
    steps = clock.steps_label.text()
    assert "Extended by two months (reason recorded; subject told on" in steps
    assert "(awaiting identity information)" in steps
    assert clock.extended_badge.isVisible()
    assert view.header.subject_label.text() == "Personal data hidden"

    timeline = _timeline_text(view)
    assert "Deadline extended" in timeline and "Response delivered" in timeline
    shown = all_visible_text(view) + "\n" + timeline
    leaked = [v for v in personal_values() if v.casefold() in shown.casefold()]
    assert leaked == []

    # The specialist's window shows what was written, so the words above were hidden, not lost.
    own = make_view(qtbot, services, dpo, number)
    qtbot.mouseClick(own.header.clock.why_button, Qt.MouseButton.LeftButton)
    assert EXTENSION_REASON in own.header.clock.steps_label.text()
    own_timeline = _timeline_text(own)
    assert TASK_RECIPIENT in own_timeline and DELIVERED_FILE in own_timeline


def test_manager_reads_the_neutral_words_in_latvian(qtbot, store, synchronous_tasks):
    services, dpo, manager = store
    number, _case_id = build_full_case(services, dpo)
    i18n.install("lv")
    try:
        view = make_view(qtbot, services, manager, number)
        qtbot.mouseClick(view.header.clock.why_button, Qt.MouseButton.LeftButton)
        steps = view.header.clock.steps_label.text()
    finally:
        i18n.install("en")
    assert "Pagarināts par diviem mēnešiem (iemesls reģistrēts; datu subjekts informēts" in steps
    assert "(gaida identitātes informāciju)" in steps
    assert "awaiting" not in steps and EXTENSION_REASON not in steps
    settle()
