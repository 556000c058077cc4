"""Who sees what, and what happens when someone else changed the case first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTableWidget

from smarttek_dsar.domain.identity import VerificationMethod
from smarttek_dsar.ui.changes import Changes
from smarttek_dsar.ui.context import AppContext
from tests.ui.case_view_fixtures import (  # noqa: F401 (fixtures)
    make_view,
    open_message_box,
    register_case,
    settle,
    store_fixture,
    synchronous_tasks_fixture,
)


def all_visible_text(view) -> str:
    texts = [w.text() for w in view.findChildren(QLabel)]
    texts += [w.text() for w in view.findChildren(QLineEdit)]
    texts += [w.toPlainText() for w in view.findChildren(QPlainTextEdit)]
    for table in view.findChildren(QTableWidget):
        texts += [table.item(r, c).text() for r in range(table.rowCount())
                  for c in range(table.columnCount()) if table.item(r, c)]
    return "\n".join(texts)


def test_manager_sees_metadata_deadline_and_timeline_only(qtbot, store, synchronous_tasks):
    services, dpo, manager = store
    number = register_case(services, dpo, days_ago=4)
    services.identity.request_information(dpo, number, reason="Lūgts eParaksts no Ilzes")

    view = make_view(qtbot, services, manager, number)

    assert view.header.number_label.text() == number
    assert view.header.subject_label.text() == "Personal data hidden"
    assert view.header.clock.due_label.text()
    shown = all_visible_text(view)
    for personal in ("Ilze", "Kalniņa", "inbox.lv", "32123456789", "pases_kopija"):
        assert personal not in shown
    assert [b.text() for b in view.findChildren(QPushButton) if b.isEnabled()] == []
    for index in range(view.tabs.count()):
        assert view.tabs.isTabEnabled(index) == (view.tabs.widget(index) is view.timeline_panel)
    assert view.tabs.currentWidget() is view.timeline_panel
    assert view.timeline_panel.table.rowCount() >= 2


def test_conflicting_change_shows_message_and_reloads(qtbot, store, synchronous_tasks):
    services, dpo, _manager = store
    number = register_case(services, dpo, days_ago=2)
    view = make_view(qtbot, services, dpo, number)
    seen_version = view.detail.summary.version

    # A colleague pauses the clock in their own window; this view does not know yet.
    services.identity.request_information(dpo, number, reason="Kolēģe lūdza eParakstu")
    view.identity_panel.method_buttons[VerificationMethod.IN_PERSON].click()
    qtbot.mouseClick(view.identity_panel.record_button, Qt.MouseButton.LeftButton)
    settle()

    box = open_message_box("conflictBox")
    assert box is not None
    assert f"Case {number} was changed by dace" in box.text()
    assert "reloaded" in box.text()
    box.close()
    assert view.detail.summary.version > seen_version
    assert view.header.clock.paused_badge.isVisible()
    assert services.cases.detail(dpo, number).identity_checks == ()


def test_conflict_in_a_latvian_window_is_latvian_and_in_riga_time(qtbot, store,
                                                                   synchronous_tasks):
    from smarttek_dsar.domain.clock import RIGA
    from smarttek_dsar.storage.timestamps import as_utc
    from smarttek_dsar.ui import i18n

    services, dpo, _manager = store
    number = register_case(services, dpo, days_ago=2)
    i18n.install("lv")
    try:
        view = make_view(qtbot, services, dpo, number)
        services.identity.request_information(dpo, number, reason="Kolēģe lūdza eParakstu")
        view.identity_panel.method_buttons[VerificationMethod.IN_PERSON].click()
        qtbot.mouseClick(view.identity_panel.record_button, Qt.MouseButton.LeftButton)
        settle()

        box = open_message_box("conflictBox")
        assert box is not None
        said = box.text()
        box.close()
    finally:
        i18n.install("en")
    # The moment of the colleague's change (the test clock ticks on through a long suite run),
    # in Riga time as Latvian writes it.
    change = [e for e in services.audit.case_timeline(
        dpo, services.cases.detail(dpo, number).summary.id) if e.username == "dace"][-1]
    moment = as_utc(change.at).astimezone(RIGA)
    assert f"Lietu {number} mainīja dace {moment:%d.%m.%Y %H:%M} (Rīgas laiks)" in said
    assert "UTC" not in said


def test_change_elsewhere_in_the_window_reloads_the_view(qtbot, store, synchronous_tasks):
    services, dpo, _manager = store
    number = register_case(services, dpo)
    view = make_view(qtbot, services, dpo, number)
    context: AppContext = view._context

    services.identity.request_information(dpo, number, reason="Lūgts eParaksts")
    context.notify(Changes.of_case(number))
    settle()

    assert view.header.clock.paused_badge.isVisible()
    assert view.identity_panel.history.pauses.rowCount() == 1
