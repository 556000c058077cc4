"""The collected snapshot as the specialist reviews it: one table per data category and system,
the category named as the register names it, the columns headed as the data-source definition
labels them, values typed (dates as dates, numbers as numbers) and coded values in words, all
in the window's language. The same labels and types the subject's copy uses (GDPR 12(1)), so
the specialist checks what the subject will read.

Redacted fields stay marked with their reason here (GDPR 15(4)); the value itself is never in
these tables, only in the snapshot the redaction was made on. Pure: no session, no Qt."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from smarttek_dsar.domain.redaction import Redaction
from smarttek_dsar.domain.register import Register
from smarttek_dsar.exporters.content import ColumnType
from smarttek_dsar.services.package.data_labels import column_label
from smarttek_dsar.services.package.disclosed_columns import typed_table
from smarttek_dsar.services.review.collection_views import (
    RedactedValue,
    SnapshotTableView,
    SnapshotView,
)
from smarttek_dsar.sources.config import SourceLabels

LabelsOf = Callable[[str, str, str, str], SourceLabels]  # source, category, query, system


@dataclass(frozen=True)
class ShownColumn:
    key: str
    title: str
    type: ColumnType


@dataclass(frozen=True)
class ShownRow:
    """One collected row: `cells` in column order, typed (date, datetime, Decimal, int, bool,
    str or None); a redacted field is a RedactedValue carrying its reason only."""

    id: int
    cells: tuple[object, ...]
    excluded: bool
    exclusion_reason: str | None
    redactions: dict[str, Redaction] = field(default_factory=dict)  # with the internal notes


@dataclass(frozen=True)
class ShownTable:
    source: str
    system: str
    columns: tuple[ShownColumn, ...]
    rows: tuple[ShownRow, ...]


@dataclass(frozen=True)
class CategoryTables:
    category_id: str
    name: str  # the register's name in the language asked for (the id when unknown)
    reviewed: bool
    tables: tuple[ShownTable, ...]

    @property
    def row_count(self) -> int:
        return sum(len(t.rows) for t in self.tables)


def category_tables(snapshot: SnapshotView, register: Register, labels_of: LabelsOf,
                    language: str) -> tuple[CategoryTables, ...]:
    """The snapshot's categories with data, in the register's order (unknown ones last)."""
    lang = "lv" if language == "lv" else "en"
    names = {c.id: c.name.in_language(lang) for c in register.categories}
    order = {c.id: n for n, c in enumerate(register.categories)}
    result = []
    for category_id in sorted(snapshot.category_ids,
                              key=lambda c: (order.get(c, len(order)), c)):
        tables = tuple(_shown(t, labels_of(t.source, t.category_id, t.query, t.system), lang)
                       for t in snapshot.tables if t.category_id == category_id and t.rows)
        result.append(CategoryTables(category_id, names.get(category_id, category_id),
                                     category_id in snapshot.reviewed, tables))
    return tuple(result)


def _shown(table: SnapshotTableView, labels: SourceLabels, language: str) -> ShownTable:
    raw_rows = [tuple(RedactedValue(row.redactions[key].reason) if key in row.redactions
                      else row.values.get(key) for key in table.columns)
                for row in table.rows]
    columns, typed_rows = typed_table(table.columns, raw_rows)
    coded = {key for key, _entries in labels.labels.values}
    shown_columns = tuple(
        ShownColumn(c.key, column_label(labels, c.key, c.title, language),
                    "text" if c.key in coded else c.type)
        for c in columns)
    rows = []
    for row, typed in zip(table.rows, typed_rows, strict=True):
        cells = tuple(
            _coded(labels, column.key, value, language) if column.key in coded else value
            for column, value in zip(columns, typed, strict=True))
        rows.append(ShownRow(row.id, cells, row.excluded, row.exclusion_reason,
                             dict(row.redactions)))
    system = table.system or table.source
    if language == "lv" and labels.system_lv:
        system = labels.system_lv
    return ShownTable(table.source, system, shown_columns, tuple(rows))


def _coded(labels: SourceLabels, key: str, value: object, language: str) -> object:
    if value is None or isinstance(value, RedactedValue):
        return value
    text = labels.labels.value(key, value, language)
    return text if text is not None else str(value)
