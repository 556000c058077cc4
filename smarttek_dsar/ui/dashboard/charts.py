"""The dashboard's four bar charts (QtCharts). Each keeps its series and axes and only swaps
the numbers on refresh, so a refresh every minute neither flickers nor leaks charts."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget

BAR = QColor("#2e6da4")


class BarChart(QChartView):
    """Categories with one count each; horizontal bars for long labels, vertical for months."""

    def __init__(self, title: str, *, horizontal: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.horizontal = horizontal
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        chart = QChart()
        chart.setTitle(title)
        title_font = QFont(chart.titleFont())
        title_font.setBold(True)
        title_font.setPointSizeF(max(title_font.pointSizeF(), 9.0))
        chart.setTitleFont(title_font)
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 8, 4))
        chart.setBackgroundRoundness(0)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.bars = QBarSet("")
        self.bars.setColor(BAR)
        self.bars.setBorderColor(BAR)
        self.bars.setLabelColor(QColor("#222222"))
        self.series = QHorizontalBarSeries() if horizontal else QBarSeries()
        self.series.append(self.bars)
        self.series.setLabelsVisible(True)
        self.series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        self.series.setBarWidth(0.7)
        chart.addSeries(self.series)
        self.categories = QBarCategoryAxis()
        self.values = QValueAxis()
        self.values.setLabelFormat("%d")
        self.values.setMin(0)
        small = QFont(self.categories.labelsFont())
        small.setPointSizeF(max(small.pointSizeF() - 1, 7.0))
        self.categories.setLabelsFont(small)
        # Month numbers are two characters: Qt would still elide them to "..." under narrow
        # bars; long category names on the horizontal charts are elided as before.
        self.categories.setTruncateLabels(horizontal)
        self.values.setLabelsFont(small)
        self.series.setLabelsPrecision(6)
        category_side, value_side = ((Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom)
                                     if horizontal else
                                     (Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft))
        chart.addAxis(self.categories, category_side)
        chart.addAxis(self.values, value_side)
        self.series.attachAxis(self.categories)
        self.series.attachAxis(self.values)
        self.setChart(chart)

    def set_counts(self, labels: Sequence[str], counts: Sequence[int]) -> None:
        if self.horizontal:
            # Qt draws the first category at the bottom; readers expect the first on top.
            labels, counts = list(reversed(labels)), list(reversed(counts))
        self.bars.remove(0, self.bars.count())
        self.bars.append([float(c) for c in counts])
        self.categories.clear()
        self.categories.append(list(labels))
        top, step = nice_scale(max(counts, default=0))
        self.values.setRange(0, top)
        self.values.setTickCount(top // step + 1)

    def set_title(self, title: str) -> None:
        self.chart().setTitle(title)

    def set_axis_note(self, text: str) -> None:
        """A line under the category labels, e.g. which twelve months they are."""
        self.categories.setTitleFont(self.categories.labelsFont())
        self.categories.setTitleText(text)

    def counts(self) -> list[int]:
        values = [int(self.bars.at(i)) for i in range(self.bars.count())]
        return list(reversed(values)) if self.horizontal else values


def nice_scale(largest: int) -> tuple[int, int]:
    """An axis end and a round step (1, 2, 5 × 10^n) with at most five intervals, leaving
    head room for the count printed beyond the longest bar."""
    wanted = max(1, int(largest * 1.15) + 1)
    step = 1
    while wanted > step * 5:
        for factor in (2, 2.5, 2):
            step = int(step * factor)
            if wanted <= step * 5:
                break
    return -(-wanted // step) * step, step
