"""One case list (inbox, my cases, all cases): filter bar, the table and the colour legend."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smarttek_dsar.domain.clock import DeadlineState
from smarttek_dsar.services.case_query import CaseFilter
from smarttek_dsar.ui import i18n, preferences
from smarttek_dsar.ui.case_filter_bar import CaseFilterBar
from smarttek_dsar.ui.case_list_model import DEADLINE_COLOURS, OBJECT_ROLE, CaseListModel, Column
from smarttek_dsar.ui.changes import Changes
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.plain_text import plain
from smarttek_dsar.ui.service_messages import counted

_WIDTHS = {
    Column.NUMBER: 130, Column.SUBJECT: 190, Column.RIGHTS: 170, Column.CHANNEL: 80,
    Column.RECEIVED: 125, Column.STAGE: 150, Column.DUE: 90, Column.DAYS_LEFT: 75,
    Column.ASSIGNEE: 80,
}
# Work lists show the most urgent deadline first; the full list the newest request first.
_DEADLINE_FIRST = (Column.DUE, Qt.SortOrder.AscendingOrder)
NEWEST_FIRST = (Column.RECEIVED, Qt.SortOrder.DescendingOrder)


class CaseListPage(QWidget):
    status_changed = Signal(str)

    def __init__(self, context: AppContext, name: str, base: CaseFilter, *, open_only: bool,
                 open_action: QAction, sort: tuple[Column, Qt.SortOrder] = _DEADLINE_FIRST,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.name, self._default_sort = context, name, sort
        self._stale = True
        self.model = CaseListModel(context.services, context.actor, parent=self)
        self.filters = CaseFilterBar(base, searches_personal_data=context.sees_personal_data,
                                     open_only=open_only)
        self.error = plain(QLabel())
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #8b1a1a;")
        self.error.hide()
        # An empty list says why it is empty, instead of showing bare column titles.
        self.empty = QLabel()
        self.empty.setObjectName("empty_state")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #555; padding: 24px; font-size: 11pt;")
        self.empty.hide()
        self.table = self._build_table(open_action)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 4)
        layout.addWidget(self.filters)
        layout.addWidget(self.error)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._legend())

        self.filters.changed.connect(self._apply_filter)
        # Enter in the search box opens the case when exactly one matches; Down goes to the list.
        self._open_single_match = False
        self.filters.text.returnPressed.connect(self._search_entered)
        self.filters.text.installEventFilter(self)
        self.model.loaded.connect(self._on_loaded)
        self.model.rowsInserted.connect(lambda *_: self.status_changed.emit(self.status_text()))
        self.model.failed.connect(self._on_failed)
        context.changed.connect(self._on_changed)

    def _build_table(self, open_action: QAction) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().hide()
        # Fixed row heights: the view then never measures 100,000 rows' contents.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        for column, width in _WIDTHS.items():
            header.resizeSection(column, width)
        saved = preferences.CASE_LIST_HEADER.get(self.name)
        if not saved.isEmpty():
            header.restoreState(saved)
        for column in Column:
            # Never narrower than the title: Latvian titles run longer than English ones, and
            # a layout saved in English must not clip them.
            header.resizeSection(column, max(header.sectionSize(column),
                                             header.sectionSizeHint(column)))
        if saved.isEmpty():
            self.model.sort(*self._default_sort)
        else:
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        header.setSortIndicator(self.model.sort_column, Qt.SortOrder.DescendingOrder
                                if self.model.descending else Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        table.addAction(open_action)
        return table

    def _legend(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(0, 2, 0, 0)
        row.addWidget(QLabel(self.tr("Days left:")))
        for state in (DeadlineState.OVERDUE, DeadlineState.DUE_SOON, DeadlineState.PAUSED):
            background, text = DEADLINE_COLOURS[state]
            swatch = QLabel(i18n.deadline_state_label(state))
            swatch.setStyleSheet(f"background: {background.name()}; color: {text.name()};"
                                 "padding: 1px 8px; border-radius: 3px;")
            row.addWidget(swatch)
        note = QLabel(self.tr("— means the case is closed"))
        note.setStyleSheet("color: #666;")
        row.addWidget(note)
        row.addStretch(1)
        return row

    # -- loading --------------------------------------------------------------------------
    def activate(self) -> None:
        """Called when the page is shown: the first load happens only then, and a page that
        missed a change while hidden catches up."""
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self.model.set_filter(self.filters.case_filter())

    def _apply_filter(self) -> None:
        flt = self.filters.case_filter()
        if flt != self.model.case_filter or self._stale:
            self._stale = False
            self.model.set_filter(flt)

    def _on_changed(self, changes: Changes) -> None:
        if not changes.case_list:
            return
        if self.isVisible():
            self.model.reload()
        else:
            self._stale = True

    def _search_entered(self) -> None:
        self._open_single_match = True
        if not self.model.reloading:  # the filter did not change: the list is already there
            self._open_if_single_match()

    def _open_if_single_match(self) -> None:
        if self._open_single_match:
            self._open_single_match = False
            if self.model.total == 1 and self.model.rowCount() == 1:
                self.open_row(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.filters.text and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Down and self.model.rowCount()):
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)
            return True
        return super().eventFilter(watched, event)

    def _empty_text(self) -> str:
        if self.filters.narrowed():
            return self.tr("No cases match these filters. Clear the filters to see more.")
        if self.filters.case_filter().open_only:
            return self.tr("No open cases here: nothing is waiting.")
        return self.tr("There are no cases here yet.")

    def _on_loaded(self) -> None:
        self.error.hide()
        empty = self.model.total == 0
        if empty:
            self.empty.setText(self._empty_text())
        self.empty.setVisible(empty)
        if self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.status_changed.emit(self.status_text())
        self._open_if_single_match()

    def _on_failed(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def status_text(self) -> str:
        locale = i18n.locale()
        if not self.model.has_loaded:
            return self.tr("Loading cases…")
        text = counted("{shown} {count:plural:case|cases}", self.model.total)
        if self.model.rowCount() < self.model.total:
            text += " · " + self.tr("%1 loaded").replace(
                "%1", locale.toString(self.model.rowCount()))
        if self.model.loaded_at:
            refreshed = locale.toString(self.model.loaded_at.time(), "HH:mm:ss")
            text += " · " + self.tr("refreshed %1").replace("%1", refreshed)
        return text

    # -- opening --------------------------------------------------------------------------
    def focus_filter(self) -> None:
        self.filters.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.text.selectAll()

    def current_number(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.data(index, OBJECT_ROLE).number if index.isValid() else None

    def open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.context.open_case_requested.emit(self.model.summary(row).number)

    def open_current(self) -> None:
        number = self.current_number()
        if number:
            self.context.open_case_requested.emit(number)

    def save_layout(self) -> None:
        preferences.CASE_LIST_HEADER.set(self.table.horizontalHeader().saveState(), self.name)
