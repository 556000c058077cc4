"""The window shows Riga time, as the documents do, whatever the computer's time zone."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QLabel

from smarttek_dsar.ui import i18n


@pytest.fixture
def computer_in_new_york():
    before = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


@pytest.mark.parametrize(("utc", "riga"), [
    (datetime(2026, 12, 2, 10, 0, tzinfo=UTC), "12:00"),  # winter: UTC+2
    (datetime(2026, 7, 1, 21, 30, tzinfo=UTC), "00:30"),  # summer: UTC+3, the next Riga day
])
def test_times_are_riga_times(computer_in_new_york, utc, riga):
    shown = i18n.format_datetime(utc)
    assert shown.endswith(riga)
    if riga == "00:30":
        assert "02" in shown and "07" in shown  # 2 July in Riga, still 1 July in UTC


def test_the_status_bar_says_once_that_times_are_riga_time(main_window):
    zone = main_window.statusBar().findChild(QLabel, "time_zone")
    assert zone is not None and zone.isVisible()
    assert "Riga" in zone.text() and "Europe/Riga" in zone.toolTip()


def test_the_case_list_says_when_it_was_refreshed_in_riga_time(computer_in_new_york,
                                                                 main_window):
    from smarttek_dsar.domain.clock import RIGA
    from tests.fixed_clock import NOW_UTC

    page = main_window.current_page()
    page.refresh()
    riga_hour = NOW_UTC.astimezone(RIGA).strftime("%H:")  # the tests' fixed clock
    assert f"refreshed {riga_hour}" in page.status_text()
