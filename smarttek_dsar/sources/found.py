"""What one query or sheet found for a subject, as JSON text ready to freeze in the case."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from smarttek_dsar.domain.messages import Message, Messaged


class SourceFailure(Messaged, Exception):
    """One source could not be searched; str() says why and what to do. Others go on. A message
    code with parameters (domain/messages.py), so the window says it in its language."""

    def __init__(self, template: str | Message, /, **params: Any) -> None:
        super().__init__(self._set_message(template, params))


@dataclass
class FoundRows:
    """The rows of one data category from one query (or one sheet) of one source."""

    source: str
    category_id: str
    query: str  # the SQL text, or the file, sheet and columns read
    system: str
    columns: tuple[str, ...] = ()
    rows: list[str] = field(default_factory=list)  # each a JSON object, columns in order


def json_value(value: object) -> object:
    """A value as JSON keeps it: text for dates and money, so nothing is rounded or shifted."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if value == value and value not in (float("inf"), float("-inf")) else str(
            value)
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return "base64:" + base64.b64encode(bytes(value)).decode("ascii")
    return str(value)


def row_json(columns: tuple[str, ...], values) -> str:
    return json.dumps(
        {column: json_value(value) for column, value in zip(columns, values, strict=True)},
        ensure_ascii=False, separators=(",", ":"),
    )
