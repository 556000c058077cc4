"""A small table of rows edited in place, with Add and Remove (issue 14): the register's cookies
and a source's column and value labels are lists of alike rows, shown as such rather than as
TOML. Text columns are typed into; yes/no columns are check boxes."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

Cell = str | bool
WIDEST = 220  # pixels a column starts at, at the most (the heading always shows whole)


@dataclass(frozen=True)
class Column:
    heading: str
    flag: bool = False  # a yes/no column: a check box
    default: Cell = ""  # what a new row holds


class RowsTable(QWidget):
    """`rows()` gives every row as a list of cells (text stripped); `changed` fires on edits."""

    changed = Signal()

    def __init__(self, name: str, columns: list[Column], editable: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.table = QTableWidget(0, len(columns))
        self.table.setObjectName(name)
        self.table.setHorizontalHeaderLabels([c.heading for c in columns])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Each column as wide as its heading (stretched alike, the Latvian headings were cut
        # at 1280x800) and its cells up to WIDEST; wider ones may be dragged wider.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(self.table.fontMetrics().lineSpacing() * 6)
        if not editable:
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.add_button = QPushButton(self.tr("Add row"))
        self.add_button.setObjectName(f"{name}_add")
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(self.tr("Remove row"))
        self.remove_button.setObjectName(f"{name}_remove")
        self.remove_button.clicked.connect(self.remove_row)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button):
            button.setEnabled(editable)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.editable = editable

    def set_rows(self, rows: list[list[Cell]]) -> None:
        with QSignalBlocker(self.table):
            self.table.setRowCount(0)
            for row in rows:
                self._append(row)
        self._fit()

    def _fit(self) -> None:
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for index in range(len(self.columns)):
            self.table.setColumnWidth(index, max(header.sectionSizeHint(index),
                                                 min(self.table.columnWidth(index), WIDEST)))

    def _append(self, row: list[Cell]) -> None:
        at = self.table.rowCount()
        self.table.insertRow(at)
        for index, (column, value) in enumerate(zip(self.columns, row, strict=True)):
            if column.flag:
                item = QTableWidgetItem()
                flags = item.flags() & ~Qt.ItemFlag.ItemIsEditable
                if self.editable:
                    flags |= Qt.ItemFlag.ItemIsUserCheckable
                item.setFlags(flags)
                item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
            else:
                item = QTableWidgetItem(str(value))
            self.table.setItem(at, index, item)

    def rows(self) -> list[list[Cell]]:
        result = []
        for at in range(self.table.rowCount()):
            row: list[Cell] = []
            for index, column in enumerate(self.columns):
                item = self.table.item(at, index)
                if column.flag:
                    row.append(item is not None
                               and item.checkState() == Qt.CheckState.Checked)
                else:
                    row.append(item.text().strip() if item is not None else "")
            result.append(row)
        return result

    def add_row(self) -> None:
        with QSignalBlocker(self.table):
            self._append([column.default for column in self.columns])
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self.changed.emit()

    def remove_row(self) -> None:
        at = self.table.currentRow()
        if at >= 0:
            self.table.removeRow(at)
            self.changed.emit()
