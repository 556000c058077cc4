"""The case list as a Qt table model over CaseService: filtering, sorting and paging are done
by the service in SQL, so a list of 100,000 cases loads one page of rows at a time."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor

from smarttek_dsar.domain.clock import RIGA, DeadlineState
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.services import Services
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.case_query import CaseFilter
from smarttek_dsar.services.intake.case_words import name_said
from smarttek_dsar.services.views import CaseSummary
from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.service_messages import message_text
from smarttek_dsar.ui.tasks import TaskHandle, run_task

PAGE_SIZE = 200
HIDDEN = "—"  # a value this user may not see, or one that no longer applies


class Column(IntEnum):
    NUMBER = 0
    SUBJECT = 1
    RIGHTS = 2
    CHANNEL = 3
    RECEIVED = 4
    STAGE = 5
    DUE = 6
    DAYS_LEFT = 7
    ASSIGNEE = 8


# The service's sort keys (CaseService.list(sort=...)) behind each column.
SORT_KEYS = {
    Column.NUMBER: "number",
    Column.SUBJECT: "subject",
    Column.RIGHTS: "rights",
    Column.CHANNEL: "channel",
    Column.RECEIVED: "received",
    Column.STAGE: "stage",
    Column.DUE: "due",
    Column.DAYS_LEFT: "days_left",
    Column.ASSIGNEE: "assignee",
}

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # a plain value that orders like the column does
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's CaseSummary
STATE_ROLE = Qt.ItemDataRole.UserRole + 3  # DeadlineState value (str), or None once closed

# (background, text) for the due-date and days-left cells; the list's legend shows the same.
DEADLINE_COLOURS: dict[DeadlineState, tuple[QColor, QColor]] = {
    DeadlineState.OVERDUE: (QColor("#f4c7c3"), QColor("#8b1a1a")),
    DeadlineState.DUE_SOON: (QColor("#fbe3a6"), QColor("#6b4a00")),
    DeadlineState.PAUSED: (QColor("#d3e0ef"), QColor("#24476b")),
}
_CLOSED_TEXT = QColor("#7a7a7a")
_ROOT = QModelIndex()  # a flat table: every row hangs off the invalid root index


class CaseListModel(QAbstractTableModel):
    loaded = Signal()  # a reload finished: total and first page are in
    failed = Signal(str)  # the service refused or the database failed; the message says why

    def __init__(self, services: Services, actor: Actor, *, page_size: int = PAGE_SIZE,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services, self._actor, self._page_size = services, actor, page_size
        self._personal = actor.can(Permission.VIEW_PERSONAL_DATA)
        self._rows: list[CaseSummary] = []
        self._total = 0
        self._filter = CaseFilter()
        self._sort_column, self._descending = Column.DUE, False
        # Answers to an older filter or sort that arrive late are dropped, never shown.
        self._generation = 0
        self._fetching = False
        self._started = False  # nothing is read before the list is first shown
        self._changing = False  # inside begin/end of a reset or insert
        self._tasks: list[tuple[TaskHandle, dict[str, bool]]] = []
        self.loaded_at: datetime | None = None
        self.has_loaded = False
        self.reloading = False  # a fresh first page is on its way (filter or sort changed)

    # -- what the model shows -------------------------------------------------------------
    @property
    def total(self) -> int:
        """How many cases match the filter; rowCount() is how many are loaded so far."""
        return self._total

    @property
    def case_filter(self) -> CaseFilter:
        return self._filter

    @property
    def sort_column(self) -> Column:
        return self._sort_column

    @property
    def descending(self) -> bool:
        return self._descending

    def summary(self, row: int) -> CaseSummary:
        return self._rows[row]

    def row_of(self, number: str) -> int:
        return next((i for i, s in enumerate(self._rows) if s.number == number), -1)

    # -- loading --------------------------------------------------------------------------
    def set_filter(self, flt: CaseFilter) -> None:
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        self._started = True
        self.reloading = True
        self._generation += 1
        generation, flt = self._generation, self._filter
        sort, descending = SORT_KEYS[self._sort_column], self._descending
        cases, actor, limit = self._services.cases, self._actor, self._page_size
        self._fetching = False

        def job() -> tuple[int, list[CaseSummary]]:
            total = cases.count(actor, flt)
            rows = cases.list(actor, flt, sort=sort, descending=descending, offset=0,
                              limit=limit) if total else []
            return total, rows

        self._start(job, lambda result: self._reset(generation, *result))

    def _reset(self, generation: int, total: int, rows: list[CaseSummary]) -> None:
        if generation != self._generation:
            return
        self.reloading = False
        self._changing = True
        self.beginResetModel()
        self._rows, self._total = rows, total
        self.endResetModel()
        self._changing = False
        self.loaded_at = datetime.now(RIGA)  # shown as Riga time, like every time here
        self.has_loaded = True
        self.loaded.emit()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> bool:
        return not parent.isValid() and not self._fetching and len(self._rows) < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> None:
        if not self.canFetchMore(parent):
            return
        if self._changing:
            # Asked from inside our own reset or insert notification (a view or tester reacting
            # to it): inserting rows there would nest two changes, so do it right after.
            QTimer.singleShot(0, lambda: self.fetchMore(QModelIndex()))
            return
        self._fetching = True
        generation, offset, flt = self._generation, len(self._rows), self._filter
        sort, descending = SORT_KEYS[self._sort_column], self._descending
        cases, actor, limit = self._services.cases, self._actor, self._page_size

        def job() -> list[CaseSummary]:
            return cases.list(actor, flt, sort=sort, descending=descending, offset=offset,
                              limit=limit)

        self._start(job, lambda rows: self._append(generation, offset, rows))

    def _append(self, generation: int, offset: int, rows: list[CaseSummary]) -> None:
        if generation != self._generation or offset != len(self._rows):
            return
        self._fetching = False
        if not rows:  # cases were deleted meanwhile: stop asking for more
            self._total = len(self._rows)
            return
        self._changing = True
        self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()
        self._changing = False

    def _start(self, job, on_done) -> None:
        # The handle keeps the job's signals alive until it ends; a job run at once (tests)
        # ends before run_task returns, so it is never kept.
        running: dict[str, bool] = {"yes": True}

        def done(result) -> None:
            running["yes"] = False
            self._forget_finished()
            on_done(result)

        def failed(message: str) -> None:
            running["yes"] = False
            self._forget_finished()
            self._fetching = False
            self.reloading = False
            self.failed.emit(message)

        handle = run_task(self, job, done, on_error=failed)
        if running["yes"]:
            self._tasks.append((handle, running))

    def _forget_finished(self) -> None:
        self._tasks = [(h, r) for h, r in self._tasks if r["yes"]]

    # -- sorting --------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        column = Column(column)
        if column is Column.SUBJECT and not self._personal:
            return  # ordering by a hidden name would still reveal something about it
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self._sort_column, self._descending):
            return
        self._sort_column, self._descending = column, descending
        if self._started:
            self.reload()

    # -- Qt model interface ---------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.NUMBER: self.tr("Case"),
            Column.SUBJECT: self.tr("Data subject"),
            Column.RIGHTS: self.tr("Rights"),
            Column.CHANNEL: self.tr("Channel"),
            Column.RECEIVED: self.tr("Received"),
            Column.STAGE: self.tr("Stage"),
            Column.DUE: self.tr("Due date"),
            Column.DAYS_LEFT: self.tr("Days left"),
            Column.ASSIGNEE: self.tr("Assignee"),
        }[Column(section)]

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        case, column = self._rows[index.row()], Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(case, column)
        if role == OBJECT_ROLE:
            return case
        if role == STATE_ROLE:
            return case.deadline_state
        if role == SORT_ROLE:
            return self._sort_value(case, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(case, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.DAYS_LEFT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column in (Column.DUE, Column.DAYS_LEFT):
            return self._deadline_colour(case, role)
        return None

    def _text(self, case: CaseSummary, column: Column) -> str:
        match column:
            case Column.NUMBER:
                return case.number
            case Column.SUBJECT:
                if case.subject_name is None:
                    return HIDDEN
                return message_text(name_said(case.subject_name))  # "Unknown – ..." in words
            case Column.RIGHTS:
                return ", ".join(i18n.right_label(r) for r in case.rights)
            case Column.CHANNEL:
                return i18n.channel_label(case.channel)
            case Column.RECEIVED:
                return i18n.format_datetime(case.received_at)
            case Column.STAGE:
                return i18n.stage_label(case.stage)
            case Column.DUE:
                return i18n.format_date(case.due_date)
            case Column.DAYS_LEFT:
                return HIDDEN if case.days_left is None else i18n.locale().toString(case.days_left)
            case Column.ASSIGNEE:
                return case.assignee or ""

    def _sort_value(self, case: CaseSummary, column: Column):
        match column:
            case Column.NUMBER:
                year, _, sequence = case.number.rpartition("-")
                return (year, int(sequence) if sequence.isdigit() else 0)
            case Column.RECEIVED:
                return case.received_at.timestamp()
            case Column.DUE | Column.DAYS_LEFT:
                return case.due_date.toordinal()
            case Column.STAGE:
                return case.stage.value
            case _:
                return self._text(case, column)

    def _tooltip(self, case: CaseSummary, column: Column) -> str | None:
        if column in (Column.DUE, Column.DAYS_LEFT):
            if case.deadline_state is None:
                return self.tr("The case is no longer open; the deadline no longer runs.")
            text = i18n.deadline_state_label(case.deadline_state)
            return text + (" · " + self.tr("extended (GDPR 12(3))") if case.extended else "")
        if column is Column.RIGHTS:
            return "\n".join(f"{i18n.right_label(r)} ({i18n.article_label(r.article)})"
                             for r in case.rights)
        if column is Column.SUBJECT and case.subject_name is None:
            return self.tr("Your role shows case metadata only, not personal data.")
        return None

    def _deadline_colour(self, case: CaseSummary, role: int):
        colours = DEADLINE_COLOURS.get(case.deadline_state) if case.deadline_state else None
        if role == Qt.ItemDataRole.BackgroundRole and colours:
            return colours[0]
        if role == Qt.ItemDataRole.ForegroundRole:
            if colours:
                return colours[1]
            if case.deadline_state is None:
                return _CLOSED_TEXT
        return None
