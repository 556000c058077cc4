"""The dashboard's charts in a 1280×800 window, as the DPO sees them: every category name and
every count drawn whole (no "…"), none over another, inside the chart, the chart inside the
page — in English and in Latvian, over the demo cases."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics

from smarttek_dsar.domain.rights import Channel, Right
from smarttek_dsar.domain.workflow import Stage
from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.dashboard.charts import BarChart
from smarttek_dsar.ui.main_window import MainWindow


def _needs(chart: BarChart, text: str, rect: QRect, wrap: bool) -> QRect:
    """The rectangle `text` takes when painted into `rect` as the chart paints it."""
    flags = int(Qt.TextFlag.TextWordWrap) if wrap else 0
    return QFontMetrics(chart.text_font).boundingRect(
        QRect(rect.x(), rect.y(), rect.width(), 10_000), flags, text)


def _problems(name: str, chart: BarChart) -> list[str]:
    found = []
    layout = chart.laid_out()
    inside = chart.rect().adjusted(1, 1, -1, -1)
    title = QFontMetrics(chart.title_font).boundingRect(
        layout.title_rect.adjusted(0, 0, 0, 10_000), int(Qt.TextFlag.TextWordWrap),
        chart.title())
    if title.height() > layout.title_rect.height() or title.width() > layout.title_rect.width():
        found.append(f"{name}: title {chart.title()!r} cut")
    texts: list[tuple[str, QRect]] = [(chart.title(), layout.title_rect)]
    for row in layout.rows:
        # A name may wrap (word by word, never inside a word), a count never.
        label = _needs(chart, row.label, row.label_rect, wrap=layout.labels_above)
        widest_word = max(QFontMetrics(chart.text_font).horizontalAdvance(word)
                          for word in row.label.split())
        if (label.height() > row.label_rect.height() or label.width() > row.label_rect.width()
                or widest_word > row.label_rect.width()):
            found.append(f"{name}: {row.label!r} needs {label.size()} in {row.label_rect.size()}")
        value = _needs(chart, row.value_text, row.value_rect, wrap=False)
        if value.width() > row.value_rect.width() or value.height() > row.value_rect.height():
            found.append(f"{name}: count {row.value_text} cut")
        texts += [(row.label, row.label_rect), (row.value_text, row.value_rect)]
        if row.count and row.bar_rect.height() < 4:
            found.append(f"{name}: the bar of {row.label!r} is too thin to see")
    shapes = texts + [(f"bar of {row.label}", row.bar_rect) for row in layout.rows
                      if row.count]
    for text, rect in shapes:
        if not inside.contains(rect):
            found.append(f"{name}: {text!r} at {rect} outside the chart {inside}")
    for i, (one, first) in enumerate(shapes):
        for other, second in shapes[i + 1:]:
            if first.intersects(second):
                found.append(f"{name}: {one!r} over {other!r}")
    return found


@pytest.mark.parametrize("language", ["en", "lv"])
def test_every_name_and_count_is_drawn_whole_at_1280_by_800(qtbot, services, dpo, language):
    i18n.install(language)
    window = MainWindow(AppContext(services, dpo))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    board = window.show_page("dashboard").dashboard
    assert window.size().width() == 1280 and window.size().height() == 800
    charts = board.charts
    # The demo's figures, with the long names that used to be cut.
    expected = {
        "stage": [i18n.stage_label(s) for s in Stage],
        "right": [i18n.right_label(r) for r in Right],
        "channel": [i18n.channel_label(c) for c in Channel],
    }
    for key, names in expected.items():
        assert charts[key].labels() == names
    if language == "lv":
        assert "Identitātes pārbaude" in charts["stage"].labels()
        assert "Iebildumi pret tiešo mārketingu" in charts["right"].labels()
    months = charts["intake"].labels()
    assert len(months) == 12 and all(len(m) == 7 and m[2] == "." for m in months)

    problems = []
    for key, chart in charts.items():
        assert chart.isVisible() and len(chart.laid_out().rows) == len(chart.labels())
        problems += _problems(key, chart)
        # The chart has the height its rows need and stays inside the page.
        assert chart.height() >= chart.minimumSizeHint().height()
        top_left = chart.mapTo(window, chart.rect().topLeft())
        bottom_right = chart.mapTo(window, chart.rect().bottomRight())
        assert window.centralWidget().geometry().contains(QRect(top_left, bottom_right))
    assert problems == []


def test_a_narrow_chart_wraps_a_long_name_and_asks_for_the_height(qtbot):
    chart = BarChart("Lietas pa tiesībām")
    qtbot.addWidget(chart)
    names = ["Iebildumi pret tiešo mārketingu", "Piekļuve", "Piekrišanas atsaukšana"]
    chart.set_counts(names, [245, 240, 1383])
    chart.resize(130, 400)
    chart.show()
    qtbot.waitExposed(chart)
    layout = chart.laid_out()
    line = QFontMetrics(chart.text_font).height()
    assert layout.labels_above
    assert layout.rows[0].label_rect.height() >= 2 * line  # wrapped onto two lines or more
    assert chart.minimumSizeHint().height() > BarChart("x").minimumSizeHint().height()
    assert _problems("narrow", chart) == []


def test_short_names_go_beside_the_bars_with_the_counts_after_them(qtbot):
    chart = BarChart("Requests per month", labels="beside")
    qtbot.addWidget(chart)
    chart.set_counts([f"{m:02}.2026" for m in range(1, 13)],
                     [66, 84, 101, 128, 151, 158, 196, 240, 245, 265, 280, 6])
    chart.resize(270, 240)
    chart.show()
    qtbot.waitExposed(chart)
    layout = chart.laid_out()
    assert not layout.labels_above
    for row in layout.rows:
        assert row.label_rect.right() < row.bar_rect.left()
        assert row.value_rect.left() > row.bar_rect.right()
    lengths = [row.bar_rect.width() for row in layout.rows]
    assert lengths.index(max(lengths)) == 10  # the longest bar is the largest count
    assert _problems("months", chart) == []
