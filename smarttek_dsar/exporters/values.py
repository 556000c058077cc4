"""How one stored value is shown to a person (PDF) and written for a machine (JSON).

The copy must be faithful and intelligible (GDPR 15(3), Recital 63): numbers keep every
digit, dates stay unambiguous, and a missing value stays visibly empty.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from smarttek_dsar.exporters.content import ColumnType, Language

_YES_NO = {"lv": ("Jā", "Nē"), "en": ("Yes", "No")}


def display_text(value: object, column_type: ColumnType, language: Language) -> str:
    """The text a reader sees in a PDF table cell."""
    if value is None:
        return ""
    if isinstance(value, bool) or column_type == "bool":
        yes, no = _YES_NO[language]
        return yes if value else no
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal | float):
        text = format(value, "f") if isinstance(value, Decimal) else repr(value)
        # Latvian writes a decimal comma; the digits themselves are never rounded.
        return text.replace(".", ",") if language == "lv" else text
    return str(value)


def json_value(value: object) -> object:
    """A JSON-ready value: ISO 8601 dates, decimals as strings so no digit is lost."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, float):
        return repr(value)
    return str(value)
