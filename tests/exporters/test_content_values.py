"""Plain content rules and how single values are shown and serialised."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from smarttek_dsar.exporters.content import SMARTTEK, CategorySection, Column
from smarttek_dsar.exporters.values import display_text, json_value
from tests.exporters.sample import make_content


def test_controller_facts() -> None:
    assert SMARTTEK.name == "SMARTTEK MIXTURE SIA"
    assert SMARTTEK.registration_number == "40103966371"
    assert SMARTTEK.address == "Bērzaunes iela 6A, Rīga, LV-1039, Latvia"
    assert make_content(rows=1).controller is SMARTTEK


def test_content_refuses_what_cannot_be_exported() -> None:
    content = make_content(rows=1)
    with pytest.raises(ValueError, match="use 'lv' or 'en'"):
        replace(content, language="de")
    with pytest.raises(ValueError, match="cannot name a file"):
        replace(content, case_number="DSAR/1")
    with pytest.raises(ValueError, match="same key"):
        CategorySection("c", "C", [Column("a", "A"), Column("a", "B")], [])
    with pytest.raises(ValueError, match="type 'money'"):
        Column("a", "A", "money")  # type: ignore[arg-type]


def test_display_text_is_faithful_and_localised() -> None:
    riga = timezone(timedelta(hours=2))
    assert display_text(Decimal("1234.50"), "decimal", "lv") == "1234,50"
    assert display_text(Decimal("1234.50"), "decimal", "en") == "1234.50"
    assert display_text(True, "bool", "lv") == "Jā"
    assert display_text(False, "bool", "en") == "No"
    assert display_text(None, "text", "lv") == ""
    assert display_text(date(2026, 3, 3), "date", "lv") == "2026-03-03"
    assert display_text(datetime(2026, 3, 3, 12, 0, tzinfo=riga), "datetime", "en") == (
        "2026-03-03 10:00 UTC"
    )
    assert display_text(datetime(2026, 3, 3, 12, 0), "datetime", "en") == "2026-03-03 12:00"


def test_json_value() -> None:
    assert json_value(Decimal("0.10")) == "0.10"
    assert json_value(date(2026, 3, 3)) == "2026-03-03"
    assert json_value(datetime(2026, 3, 3, 8, 0, tzinfo=UTC)) == "2026-03-03T08:00:00+00:00"
    assert json_value(7) == 7 and json_value(None) is None and json_value(True) is True
