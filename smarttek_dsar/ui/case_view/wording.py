"""How the case view words domain values. The window's language and its date formats live in
ui/i18n.py; this module only adds what the case view needs on top (enum labels of any kind,
register texts, a dash for a missing date, file sizes)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Protocol

from smarttek_dsar.domain.register import Language, Text
from smarttek_dsar.ui import i18n


class Labelled(Protocol):
    @property
    def label(self) -> str: ...

    @property
    def label_lv(self) -> str: ...


def ui_language() -> Language:
    return "lv" if i18n.current_language() == "lv" else "en"


def label(value: Labelled) -> str:
    return value.label_lv if ui_language() == "lv" else value.label


def in_ui_language(text: Text) -> str:
    return text.in_language(ui_language())


def format_date(day: date | None) -> str:
    return i18n.format_date(day) if day else "—"


def format_time(moment: datetime | None) -> str:
    # Services hand out UTC; the user reads their own wall clock.
    return i18n.format_datetime(moment) if moment else "—"


def format_size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1048576:.1f} MB"
    return f"{size / 1024:.0f} KB" if size >= 1024 else f"{size} B"
