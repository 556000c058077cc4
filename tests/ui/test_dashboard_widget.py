"""The dashboard widget over a demo store: tiles, filters, the deadline list, refreshes and
the report buttons, clicked as a manager would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from smarttek_dsar.domain.rights import Channel
from smarttek_dsar.domain.workflow import OPEN_STAGES
from smarttek_dsar.services.administration.dashboard import DashboardFilter
from smarttek_dsar.services.case_query import CaseFilter
from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.changes import Changes
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.dashboard import DashboardWidget


@pytest.fixture
def board(qtbot, services, manager):
    widget = DashboardWidget(AppContext(services, manager))
    qtbot.addWidget(widget)
    widget.resize(1400, 860)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _tile(widget, key: str) -> str:
    return widget.tiles[key].value.text()


def test_tiles_show_the_figures(board, services, manager):
    f = services.dashboard.figures(manager)
    assert _tile(board, "open") == str(f.open)
    assert _tile(board, "overdue") == str(f.overdue)
    assert _tile(board, "due_soon") == str(f.due_soon)
    assert _tile(board, "paused") == str(f.paused)
    assert _tile(board, "extended") == str(f.extended)
    assert _tile(board, "closed_this_month") == str(f.closed_this_month)
    assert _tile(board, "p90") == str(f.answers.p90_days)
    assert _tile(board, "on_time").endswith("%")
    assert board.model.rowCount() == len(f.deadlines) > 0
    assert board.charts["stage"].counts() == [f.by_stage[s] for s in f.by_stage]
    assert sum(board.charts["intake"].counts()) == sum(m.cases for m in f.intake)


def test_a_filter_changes_the_tiles(board, services, manager):
    before = _tile(board, "open")
    board.filters.channel.setCurrentIndex(board.filters.channel.findData(Channel.PHONE.value))
    phone = services.dashboard.figures(manager, DashboardFilter(channels=(Channel.PHONE,)))
    assert _tile(board, "open") == str(phone.open) != before
    assert {board.model.row(r).channel for r in range(board.model.rowCount())} == {Channel.PHONE}
    janis = next(s for s in services.dashboard.assignees(manager) if s.username == "janis")
    board.filters.assignee.setCurrentIndex(board.filters.assignee.findData(janis.id))
    both = services.dashboard.figures(
        manager, DashboardFilter(channels=(Channel.PHONE,), assignee_id=janis.id))
    assert _tile(board, "open") == str(both.open)


def test_double_click_asks_the_window_to_open_the_case(qtbot, board):
    table = board.table
    rect = table.visualRect(board.model.index(0, 0))
    with qtbot.waitSignal(board.context.open_case_requested, timeout=2000) as signal:
        QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [board.model.row(0).number]


def test_refreshes_after_a_change_in_the_window(board, services, dpo):
    before = int(_tile(board, "open"))
    case = services.cases.list(dpo, CaseFilter(open_only=True), limit=1)[0]
    assert case.stage in OPEN_STAGES
    services.response.withdraw(dpo, case.number, note="")
    board.context.notify(Changes.of_case(case.number))
    assert int(_tile(board, "open")) == before - 1


def test_a_refresh_asked_for_while_loading_runs_once_afterwards(board, monkeypatch):
    calls = []
    real = board.context.services.dashboard.figures
    monkeypatch.setattr(board.context.services.dashboard, "figures",
                        lambda *a, **k: calls.append(1) or real(*a, **k))
    board._loading = True  # as if a load were under way on a worker thread
    board.refresh()
    board.refresh()
    assert calls == []  # nothing started beside the running load
    board._loaded((None, real(board.context.actor)))
    assert calls == [1]  # the pending refresh ran once, after it


def test_team_mode_refreshes_on_a_timer(qtbot, services, manager):
    widget = DashboardWidget(AppContext(services, manager), refresh_seconds=30)
    qtbot.addWidget(widget)
    assert widget.timer.isActive() and widget.timer.interval() == 30_000
    local = DashboardWidget(AppContext(services, manager))
    qtbot.addWidget(local)
    assert not local.timer.isActive()  # a local file: only this window changes it


def test_export_pdf_writes_the_report(board, tmp_path, monkeypatch):
    target = tmp_path / "dashboard.pdf"
    monkeypatch.setattr(board.exports, "ask_path", lambda *_a: Path(target))
    board.exports.dashboard_pdf()
    assert target.read_bytes().startswith(b"%PDF")
    assert str(target) in board.status.text()


def test_latvian_labels(qtbot, services, manager):
    i18n.install("lv")
    widget = DashboardWidget(AppContext(services, manager))
    qtbot.addWidget(widget)
    widget.show()
    assert widget.tiles["overdue"].title.text() == "Nokavētas"
    assert widget.filters.right.itemText(1) == "Piekļuve"


@pytest.mark.parametrize("language", ["en", "lv"])
def test_on_a_small_screen_nothing_is_cut_off(qtbot, services, manager, language):
    """At 1280×800 the deadline list shows every visible column whole (no column pushed past
    the right edge); the charts: tests/ui/test_dashboard_charts.py."""
    i18n.install(language)
    widget = DashboardWidget(AppContext(services, manager))
    qtbot.addWidget(widget)
    widget.resize(1090, 700)  # the dashboard's share of a 1280×800 window
    widget.show()
    qtbot.waitExposed(widget)
    table, header = widget.table, widget.table.horizontalHeader()
    shown = [c for c in range(header.count()) if not table.isColumnHidden(c)]
    assert sum(header.sectionSize(c) for c in shown) <= table.viewport().width()
    for column in shown:  # each header readable: at least as wide as its title needs
        if column != 2:  # the rights column stretches and elides, with the text as tooltip
            assert header.sectionSize(column) >= header.sectionSizeHint(column) - 2
