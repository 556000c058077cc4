"""One collected table (one category, one system) as a Qt model: the source's column labels
as headings, each value shown as what it is in the window's language (a date as a date, a
time in Riga time without seconds' fractions, a number with the locale's separators, nothing
for a missing value), a redacted field as "[redacted: reason]" and never its value, an
excluded row greyed with its reason in the last column."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from smarttek_dsar.domain.clock import RIGA
from smarttek_dsar.domain.redaction import reason_text
from smarttek_dsar.services.review.collection_views import RedactedValue
from smarttek_dsar.services.review.snapshot_tables import ShownTable
from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.plain_text import plain_tip

ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_CONTEXT = "CollectedDataPanel"  # one translation context for the panel and its tables


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def redaction_text(value: RedactedValue) -> str:
    return _tr("[redacted: %1]").replace("%1", reason_text(value.reason,
                                                             i18n.current_language()))


def cell_text(value: object) -> str:
    """A typed value as the window shows it."""
    if value is None:
        return ""
    if isinstance(value, RedactedValue):
        return redaction_text(value)
    if isinstance(value, bool):
        return _tr("yes") if value else _tr("no")
    if isinstance(value, int):
        return i18n.locale().toString(value)
    if isinstance(value, Decimal):
        places = max(0, -value.as_tuple().exponent) if value.is_finite() else 0
        return i18n.locale().toString(float(value), "f", places)
    if isinstance(value, float):
        return i18n.locale().toString(value, "g", 15)
    if isinstance(value, datetime):
        # A source's time without a zone is the company's wall clock (Riga).
        moment = value if value.tzinfo else value.replace(tzinfo=RIGA)
        return i18n.format_datetime(moment)
    if isinstance(value, date):
        return i18n.format_date(value)
    return str(value)


def _sort_key(value: object) -> object:
    if value is None or isinstance(value, RedactedValue):
        return ""
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=RIGA)).timestamp()
    if isinstance(value, date):
        return value.toordinal()
    return cell_text(value).lower()


class SnapshotTableModel(QAbstractTableModel):
    def __init__(self, table: ShownTable, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self._excluded_column = len(table.columns)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.columns) + 1

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if section == self._excluded_column:
            return _tr("Excluded") if role == Qt.ItemDataRole.DisplayRole else None
        column = self.table.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(column.key)  # the source's own name, for the expert
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.table.rows[index.row()]
        if role == ROW_ID_ROLE:
            return row.id
        if index.column() == self._excluded_column:
            text = (row.exclusion_reason or _tr("excluded")) if row.excluded else ""
            if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
                return text
            if role == Qt.ItemDataRole.ToolTipRole and text:
                return plain_tip(text)
            return self._row_look(row.excluded, role)
        value = row.cells[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(value)
        if role == SORT_ROLE:
            return _sort_key(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            key = self.table.columns[index.column()].key
            redaction = row.redactions.get(key)
            if redaction is not None and redaction.note:
                # The internal note: for the specialist, never in the subject's copy.
                return plain_tip(_tr("Internal note: {0}").format(redaction.note))
            text = cell_text(value)
            return plain_tip(text) if text else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            kind = self.table.columns[index.column()].type
            if kind in ("int", "decimal") and not isinstance(value, RedactedValue):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.FontRole and isinstance(value, RedactedValue):
            font = QFont()
            font.setItalic(True)
            return font
        return self._row_look(row.excluded, role)

    def _row_look(self, excluded: bool, role: int) -> object:
        if excluded and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#888888"))
        return None

    def row_id(self, row: int) -> int:
        return self.table.rows[row].id
