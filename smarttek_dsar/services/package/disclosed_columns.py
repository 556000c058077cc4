"""Typing the columns of a disclosed table, so the spreadsheet and the JSON keep numbers,
dates and yes/no as what they are (GDPR 20(1): "structured, commonly used and
machine-readable"; 15(3): a faithful copy).

The collection froze each value as JSON keeps it: dates and money as text. A column is given
a type only when every value in it reads as that type, so nothing is ever guessed into a
wrong shape: a personal code stays text with its leading zero.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from smarttek_dsar.exporters.content import Column, ColumnType
from smarttek_dsar.services.review.collection_views import RedactedValue

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(
    r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?$"
)
_DECIMAL = re.compile(r"^-?\d{1,15}\.\d{1,10}$")


def column_title(key: str) -> str:
    """A readable heading: 'first_name' -> 'First name'; headings from files stay as written."""
    if re.fullmatch(r"[a-z][a-z0-9_]*", key):
        words = key.replace("_", " ").strip()
        return words[:1].upper() + words[1:]
    return key


def _kind(value: object) -> ColumnType:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "decimal"
    if isinstance(value, str):
        if _DATE.match(value) and _parses(date.fromisoformat, value):
            return "date"
        if _DATETIME.match(value) and _parses(datetime.fromisoformat, value):
            return "datetime"
        if _DECIMAL.match(value):
            return "decimal"
    return "text"


def _parses(parse, value: str) -> bool:  # type: ignore[no-untyped-def]
    try:
        parse(value)
    except ValueError:
        return False
    return True


def column_type(values: Sequence[object]) -> ColumnType:
    kinds = {_kind(v) for v in values if v is not None and not isinstance(v, RedactedValue)}
    if not kinds:
        return "text"
    if len(kinds) == 1:
        return kinds.pop()
    if kinds <= {"int", "decimal"}:
        return "decimal"
    return "text"


def typed_value(value: object, kind: ColumnType) -> object:
    """The value as its column's type; a redaction mark and a missing value stay as they are."""
    if value is None or isinstance(value, RedactedValue):
        return value
    if kind == "date" and isinstance(value, str):
        return date.fromisoformat(value)
    if kind == "datetime" and isinstance(value, str):
        return datetime.fromisoformat(value)
    if kind == "decimal" and not isinstance(value, bool):
        try:
            return Decimal(str(value))
        except InvalidOperation:
            return str(value)
    if kind == "text" and not isinstance(value, str):
        return str(value) if not isinstance(value, bool) else value
    return value


def typed_table(
    columns: Sequence[str], rows: Sequence[Sequence[object]]
) -> tuple[list[Column], list[tuple[object, ...]]]:
    """Columns with their types, and the rows converted to them."""
    kinds = [column_type([row[i] for row in rows]) for i in range(len(columns))]
    typed_columns = [Column(key=key, title=column_title(key), type=kind)
                     for key, kind in zip(columns, kinds, strict=True)]
    typed_rows = [tuple(typed_value(value, kind) for value, kind in zip(row, kinds, strict=True))
                  for row in rows]
    return typed_columns, typed_rows
