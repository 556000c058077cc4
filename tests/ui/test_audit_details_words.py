"""An audit event's details say times, days and languages as the window does (issue 14: "Times"
and "words, not codes"): a retention purge's cut-off recorded as UTC ISO text with microseconds
reads as a Riga time, a day as the locale writes it, a language code as its name, and a setting
that had no value before as a dash."""

from __future__ import annotations

import pytest

from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.audit_details import details_text


@pytest.fixture
def latvian(qapp):
    i18n.install("lv")
    yield
    i18n.install("en")


def test_purge_cutoff_is_a_riga_time_without_seconds(latvian):
    shown = details_text({"cases": 12, "cutoff": "2023-12-03T11:40:56.646122+00:00"})

    assert "03.12.2023 13:40" in shown  # UTC+2 in December
    assert "T11:40" not in shown and "646122" not in shown and "+00:00" not in shown


def test_days_and_languages_are_words_of_the_window(latvian):
    shown = details_text({"sent_on": "2026-12-03", "language": "lv"})

    assert "03.12.2026" in shown and "2026-12-03" not in shown
    assert "latviešu" in shown and ": lv" not in shown


def test_a_setting_without_an_earlier_value_shows_a_dash(qapp):
    i18n.install("en")
    assert details_text({"retention_years": ["", 1]}) == "retention years: —; 1"
