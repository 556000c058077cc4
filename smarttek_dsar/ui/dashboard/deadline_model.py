"""The deadline list as a table model: open cases most urgent first, coloured by state.
Metadata only; the rows come from DashboardFigures and carry no personal data."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from smarttek_dsar.domain.figures import DeadlineRow
from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.case_list_model import DEADLINE_COLOURS

NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's case number
_ROOT = QModelIndex()  # a flat table: every row hangs off the invalid root index


class DeadlineColumn(IntEnum):
    NUMBER = 0
    STAGE = 1
    RIGHTS = 2
    CHANNEL = 3
    DUE = 4
    DAYS_LEFT = 5
    STATE = 6
    ASSIGNEE = 7


class DeadlineListModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[DeadlineRow] = []

    def set_rows(self, rows: Sequence[DeadlineRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> DeadlineRow:
        return self._rows[index]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(DeadlineColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and section == DeadlineColumn.DAYS_LEFT:
            return self.tr("Days left until the due date; negative when overdue")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            DeadlineColumn.NUMBER: self.tr("Case"),
            DeadlineColumn.STAGE: self.tr("Stage"),
            DeadlineColumn.RIGHTS: self.tr("Rights"),
            DeadlineColumn.CHANNEL: self.tr("Channel"),
            DeadlineColumn.DUE: self.tr("Due date"),
            DeadlineColumn.DAYS_LEFT: self.tr("Days"),  # narrow column: the tooltip says more
            DeadlineColumn.STATE: self.tr("State"),
            DeadlineColumn.ASSIGNEE: self.tr("Assignee"),
        }[DeadlineColumn(section)]

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = DeadlineColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == NUMBER_ROLE:
            return row.number
        if role == Qt.ItemDataRole.TextAlignmentRole and column is DeadlineColumn.DAYS_LEFT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        colours = DEADLINE_COLOURS.get(row.state)
        if colours and role == Qt.ItemDataRole.BackgroundRole:
            return colours[0]
        if colours and role == Qt.ItemDataRole.ForegroundRole:
            return colours[1]
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.extended and column is DeadlineColumn.DUE:
                return self.tr("Deadline extended by two months (GDPR 12(3))")
            # Narrow columns elide: the whole text on hover.
            if column in (DeadlineColumn.STAGE, DeadlineColumn.RIGHTS, DeadlineColumn.STATE):
                return self._text(row, column)
            if column is DeadlineColumn.DAYS_LEFT:  # the state column is hidden on a small screen
                return self._text(row, DeadlineColumn.STATE)
            if row.extended:
                return self.tr("Deadline extended by two months (GDPR 12(3))")
        return None

    def _text(self, row: DeadlineRow, column: DeadlineColumn) -> str:
        if column is DeadlineColumn.NUMBER:
            return row.number
        if column is DeadlineColumn.STAGE:
            return i18n.stage_label(row.stage)
        if column is DeadlineColumn.RIGHTS:
            return ", ".join(i18n.right_label(r) for r in row.rights)
        if column is DeadlineColumn.CHANNEL:
            return i18n.channel_label(row.channel)
        if column is DeadlineColumn.DUE:
            return i18n.format_date(row.due_date) + (" *" if row.extended else "")
        if column is DeadlineColumn.DAYS_LEFT:
            return str(row.days_left)
        if column is DeadlineColumn.STATE:
            return i18n.deadline_state_label(row.state)
        return row.assignee or ""
