"""The case list model on its own, without any widget: paging, sorting, roles, colours."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from smarttek_dsar.domain.clock import DeadlineState
from smarttek_dsar.domain.workflow import Stage
from smarttek_dsar.services.case_query import CaseFilter
from smarttek_dsar.services.views import CaseSummary
from smarttek_dsar.ui.case_list_model import (
    DEADLINE_COLOURS,
    HIDDEN,
    OBJECT_ROLE,
    SORT_ROLE,
    STATE_ROLE,
    CaseListModel,
    Column,
)

Mode = QAbstractItemModelTester.FailureReportingMode


@pytest.fixture
def model(services, dpo):
    model = CaseListModel(services, dpo, page_size=200)
    model.set_filter(CaseFilter())
    return model


def test_the_model_passes_qt_consistency_checks_while_paging_and_sorting(services, dpo):
    model = CaseListModel(services, dpo, page_size=50)
    tester = QAbstractItemModelTester(model, Mode.Fatal)
    model.set_filter(CaseFilter(open_only=True))
    model.fetchMore(QModelIndex())
    model.sort(Column.RECEIVED, Qt.SortOrder.DescendingOrder)
    model.set_filter(CaseFilter(text="zzz-no-such-case"))
    assert model.rowCount() == 0
    del tester


def test_loads_one_page_then_fetches_more_until_every_case_is_in(model, services, dpo):
    total = services.cases.count(dpo)
    assert model.total == total
    assert model.rowCount() == 200
    assert model.canFetchMore(QModelIndex())
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == total
    numbers = [model.summary(r).number for r in range(model.rowCount())]
    assert len(set(numbers)) == total  # no page loaded twice, none skipped


def test_the_first_page_is_the_services_first_page_in_deadline_order(model, services, dpo):
    expected = [s.number for s in services.cases.list(dpo, sort="due", limit=200)]
    assert [model.summary(r).number for r in range(model.rowCount())] == expected


def test_sorting_asks_the_service_and_starts_again_from_the_first_page(model, services, dpo):
    model.fetchMore(QModelIndex())
    model.sort(Column.RECEIVED, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == 200
    received = [model.data(model.index(r, Column.RECEIVED), SORT_ROLE) for r in range(200)]
    assert received == sorted(received, reverse=True)
    newest = services.cases.list(dpo, sort="received", descending=True, limit=1)[0]
    assert model.index(0, Column.NUMBER).data() == newest.number


def test_object_role_gives_the_case_summary_and_columns_show_its_fields(model):
    summary = model.index(0, 0).data(OBJECT_ROLE)
    assert isinstance(summary, CaseSummary)
    assert model.index(0, Column.NUMBER).data() == summary.number
    assert model.index(0, Column.SUBJECT).data() == summary.subject_name
    assert model.headerData(Column.DAYS_LEFT, Qt.Orientation.Horizontal) == "Days left"


def _first_row(model: CaseListModel, state: DeadlineState | None) -> int:
    while True:
        for row in range(model.rowCount()):
            if model.summary(row).deadline_state is state:
                return row
        assert model.canFetchMore(QModelIndex()), f"no case in state {state}"
        model.fetchMore(QModelIndex())


@pytest.mark.parametrize("state", [DeadlineState.OVERDUE, DeadlineState.DUE_SOON,
                                   DeadlineState.PAUSED])
def test_days_left_are_coloured_by_deadline_state(model, state):
    row = _first_row(model, state)
    background, text = DEADLINE_COLOURS[state]
    days = model.index(row, Column.DAYS_LEFT)
    assert DeadlineState(days.data(STATE_ROLE)) is state  # Qt hands a StrEnum back as str
    assert days.data(Qt.ItemDataRole.BackgroundRole) == background
    assert days.data(Qt.ItemDataRole.ForegroundRole) == text
    assert model.index(row, Column.DUE).data(Qt.ItemDataRole.BackgroundRole) == background
    assert model.index(row, Column.STAGE).data(Qt.ItemDataRole.BackgroundRole) is None
    if state is DeadlineState.OVERDUE:
        assert int(days.data()) < 0


def test_on_track_cases_are_not_coloured_and_closed_ones_show_a_dash(model):
    on_track = _first_row(model, DeadlineState.ON_TRACK)
    assert model.index(on_track, Column.DAYS_LEFT).data(Qt.ItemDataRole.BackgroundRole) is None
    closed = _first_row(model, None)
    assert not model.summary(closed).stage.is_open
    assert model.index(closed, Column.DAYS_LEFT).data() == HIDDEN


def test_a_manager_sees_no_subject_names_and_cannot_sort_by_them(services, manager):
    model = CaseListModel(services, manager)
    model.set_filter(CaseFilter())
    assert {model.index(r, Column.SUBJECT).data() for r in range(model.rowCount())} == {HIDDEN}
    before = model.sort_column
    model.sort(Column.SUBJECT, Qt.SortOrder.AscendingOrder)
    assert model.sort_column == before


def test_filters_are_passed_to_the_service(model, services, dpo):
    flt = CaseFilter(stages=(Stage.REVIEW,))
    model.set_filter(flt)
    assert model.total == services.cases.count(dpo, flt)
    assert {model.summary(r).stage for r in range(model.rowCount())} == {Stage.REVIEW}


def test_an_answer_to_an_older_filter_is_dropped(model):
    # A slow answer for filter A must not replace the rows of the newer filter B.
    model._reset(model._generation - 1, 1, [])
    assert model.rowCount() == 200
