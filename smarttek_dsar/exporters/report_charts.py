"""The report charts, drawn with ReportLab's vector graphics: crisp at any zoom, no Qt needed,
so the command line makes the same PDF as the window."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from smarttek_dsar.exporters.fonts import BOLD, REGULAR, register_fonts

BAR = colors.HexColor("#2E6DA4")
GRID = colors.HexColor("#D9E2EC")
TEXT = colors.HexColor("#222222")


def _value_step(largest: int, lines: int = 4) -> int:
    """A round grid step (1, 2, 5, 10, 20, 50 ...) giving at most `lines` grid lines: the
    axis labels of a narrow chart must not run into each other."""
    step = 1
    while largest / step > lines:
        for factor in (2, 2.5, 2):
            step = int(step * factor)
            if largest / step <= lines:
                break
    return step


def horizontal_bars(
    title: str, labels: Sequence[str], values: Sequence[int], *, width: float = 86 * mm,
    label_width: float = 36 * mm,
) -> Drawing:
    """One bar per category, label on the left and the count at the bar's end."""
    register_fonts()
    row = 5.2 * mm
    height = 12 * mm + row * max(len(values), 1)
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 4 * mm, title, fontName=BOLD, fontSize=8.5, fillColor=TEXT))
    chart = HorizontalBarChart()
    chart.x = label_width
    chart.y = 5 * mm
    chart.width = width - label_width - 8 * mm
    chart.height = row * max(len(values), 1)
    # ReportLab draws the first category at the bottom; the reader expects it on top.
    chart.data = [list(reversed(values)) or [0]]
    chart.categoryAxis.categoryNames = list(reversed(labels)) or [""]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -2
    chart.categoryAxis.strokeColor = GRID
    chart.categoryAxis.tickLeft = 0
    largest = max(values, default=0)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(largest * 1.15, 1)
    chart.valueAxis.valueStep = _value_step(max(largest, 1))
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 6
    chart.valueAxis.strokeColor = GRID
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 6
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    chart.barLabelFormat = "%d"
    chart.barLabels.fillColor = TEXT
    drawing.add(chart)
    return drawing


def month_bars(
    title: str, labels: Sequence[str], values: Sequence[int], *, width: float = 86 * mm,
    height: float = 58 * mm,
) -> Drawing:
    """Requests per month, oldest on the left."""
    register_fonts()
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 4 * mm, title, fontName=BOLD, fontSize=8.5, fillColor=TEXT))
    chart = VerticalBarChart()
    chart.x = 10 * mm
    chart.y = 14 * mm
    chart.width = width - 12 * mm
    chart.height = height - 24 * mm
    chart.data = [list(values) or [0]]
    chart.categoryAxis.categoryNames = list(labels) or [""]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 5.8
    chart.categoryAxis.labels.angle = 45
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.categoryAxis.labels.dy = -1
    chart.categoryAxis.strokeColor = GRID
    largest = max(values, default=0)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(largest * 1.15, 1)
    chart.valueAxis.valueStep = _value_step(max(largest, 1), 6)
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 6
    chart.valueAxis.strokeColor = GRID
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 5.5
    chart.barLabels.boxAnchor = "s"
    chart.barLabels.dy = 1
    chart.barLabelFormat = "%d"
    drawing.add(chart)
    return drawing
