"""The read-only record tables of a case file (checks, pauses, tasks, events): one look, one
way of filling them, every cell's full text in its tooltip."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from smarttek_dsar.ui.plain_text import plain_tip


def read_only_table(headers: list[str], stretch: tuple[int, ...] = ()) -> QTableWidget:
    """Columns fit their contents; the `stretch` columns (default: the last) share the rest of
    the width and wrap, so long texts never push the table into sideways scrolling."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch:
        for column in stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    return table


def fill_rows(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(plain_tip(text))
            table.setItem(r, c, item)
    table.resizeRowsToContents()
