"""The dashboard's four bar charts, painted by hand: QtCharts elided long category names to
"…" in a 1280×800 window and printed the counts of narrow bars over each other ("240245").

Every bar is horizontal and every text gets the room it needs, measured before painting:
- labels "above": a category's name on its own line (wrapped when wider than the chart), its
  count right-aligned on the same line, the bar beneath — for the long stage, right and
  channel names;
- labels "beside": a column as wide as the longest name, the bar, its count after the bar's
  end — for short names such as months.
The chart asks the layout for the height its rows need, so nothing is squeezed into "…".
`laid_out()` returns the rectangles painted, for the tests to check the same thing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR = QColor("#2e6da4")
TEXT = QColor("#222222")
FRAME = QColor("#d5dde6")
MARGIN = 8  # inside the frame, all round
GAP = 4  # between a label and its bar, a bar and its count, one row and the next
THINNEST_BAR = 5
THICKEST_BAR = 16
BESIDE_SHARE = 0.4  # a "beside" name column wider than this share of the chart goes above


@dataclass(frozen=True)
class ChartRow:
    label: str
    count: int
    label_rect: QRect
    bar_rect: QRect
    value_rect: QRect

    @property
    def value_text(self) -> str:
        return str(self.count)


@dataclass(frozen=True)
class ChartLayout:
    title_rect: QRect
    rows: list[ChartRow]
    labels_above: bool


class BarChart(QWidget):
    """Categories with one count each, first on top."""

    def __init__(self, title: str, *, labels: str = "above",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels_where = labels
        self._title = title
        self._labels: list[str] = []
        self._counts: list[int] = []
        self.title_font = QFont(self.font())
        self.title_font.setBold(True)
        self.title_font.setPointSizeF(max(self.title_font.pointSizeF(), 9.0))
        self.text_font = QFont(self.font())
        self.text_font.setPointSizeF(max(self.text_font.pointSizeF() - 1, 7.0))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(title)

    # -- figures ------------------------------------------------------------------------------
    def set_counts(self, labels: Sequence[str], counts: Sequence[int]) -> None:
        self._labels, self._counts = list(labels), [int(c) for c in counts]
        self.setAccessibleDescription("; ".join(
            f"{label}: {count}" for label, count in zip(self._labels, self._counts, strict=True)))
        self.updateGeometry()  # longer names may need more rows of text
        self.update()

    def set_title(self, title: str) -> None:
        self._title = title
        self.setAccessibleName(title)
        self.update()

    def title(self) -> str:
        return self._title

    def labels(self) -> list[str]:
        return list(self._labels)

    def counts(self) -> list[int]:
        return list(self._counts)

    # -- layout -------------------------------------------------------------------------------
    def _beside_column(self, inner: int) -> int | None:
        """The width of the name column when the names go beside the bars, else None."""
        if self.labels_where != "beside":
            return None
        widest = max((_width(self.text_font, t) for t in self._labels), default=0)
        return widest if widest <= inner * BESIDE_SHARE else None

    def _value_width(self) -> int:
        return max((_width(self.text_font, str(c)) for c in self._counts), default=0)

    def _label_height(self, text: str, width: int) -> int:
        """The height of a name wrapped at word boundaries into `width`."""
        return _wrapped(self.text_font, text, width).height()

    def _title_height(self, width: int) -> int:
        return _wrapped(self.title_font, self._title, width).height()

    def _needed_height(self, width: int) -> int:
        """The least height at which every row has its text whole and a visible bar."""
        inner = width - 2 * MARGIN
        line = QFontMetrics(self.text_font).height()
        column = self._beside_column(inner)
        if column is not None:
            rows = len(self._labels) * (max(line, THINNEST_BAR) + 2)
        else:
            label_width = inner - self._value_width() - GAP
            rows = sum(self._label_height(t, label_width) + THINNEST_BAR + GAP
                       for t in self._labels)
        return 2 * MARGIN + self._title_height(inner) + GAP + rows

    def minimumSizeHint(self) -> QSize:
        return QSize(160, self._needed_height(max(self.width(), 160)))

    def sizeHint(self) -> QSize:
        return QSize(320, self._needed_height(320) + 20)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # A narrower chart wraps names onto more lines: the layout is asked again.
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()

    def laid_out(self) -> ChartLayout:
        """Where the title, each name, bar and count go at the chart's present size."""
        inner = self.width() - 2 * MARGIN
        left, top = MARGIN, MARGIN
        title_rect = QRect(left, top, inner, self._title_height(inner))
        top = title_rect.bottom() + 1 + GAP
        available = self.height() - MARGIN - top
        metrics = QFontMetrics(self.text_font)
        line = metrics.height()
        value_width = self._value_width()
        largest = max(self._counts, default=0) or 1
        column = self._beside_column(inner)
        rows: list[ChartRow] = []
        n = len(self._labels)
        if not n:
            return ChartLayout(title_rect, rows, column is None)
        if column is not None:
            pitch = max(available // n, line + 2)
            bar_height = max(THINNEST_BAR, min(THICKEST_BAR, pitch - 4))
            bar_left = left + column + GAP
            longest = max(inner - column - GAP - GAP - value_width, 1)
            for i, (label, count) in enumerate(zip(self._labels, self._counts, strict=True)):
                y = top + i * pitch
                middle = y + pitch // 2
                length = round(longest * count / largest)
                bar = QRect(bar_left, middle - bar_height // 2, length, bar_height)
                rows.append(ChartRow(
                    label, count,
                    QRect(left, middle - line // 2, column, line),
                    bar,
                    QRect(bar_left + length + GAP, middle - line // 2, value_width, line)))
            return ChartLayout(title_rect, rows, False)
        label_width = inner - value_width - GAP
        heights = [self._label_height(t, label_width) for t in self._labels]
        spare = max(available - sum(heights) - n * GAP, n * THINNEST_BAR)
        bar_height = max(THINNEST_BAR, min(THICKEST_BAR, spare // n))
        # Rows spread over the height; what the bars do not take is shared as space.
        slack = max(spare - n * bar_height, 0) // n
        y = top
        for label, count, height in zip(self._labels, self._counts, heights, strict=True):
            length = round(inner * count / largest)
            rows.append(ChartRow(
                label, count,
                QRect(left, y, label_width, height),
                QRect(left, y + height + 1, length, bar_height),
                QRect(left + inner - value_width, y, value_width, line)))
            y += height + 1 + bar_height + GAP + slack
        return ChartLayout(title_rect, rows, True)

    # -- painting -----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        layout = self.laid_out()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QPen(FRAME))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.setPen(QPen(TEXT))
        painter.setFont(self.title_font)
        painter.drawText(layout.title_rect, int(Qt.AlignmentFlag.AlignHCenter
                                                | Qt.AlignmentFlag.AlignTop
                                                | Qt.TextFlag.TextWordWrap), self._title)
        painter.setFont(self.text_font)
        name_flags = (int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                          | Qt.TextFlag.TextWordWrap) if layout.labels_above else
                      int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
        value_flags = int((Qt.AlignmentFlag.AlignRight if layout.labels_above else
                           Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter)
        for row in layout.rows:
            painter.drawText(row.label_rect, name_flags, row.label)
            painter.drawText(row.value_rect, value_flags, row.value_text)
            if row.bar_rect.width() > 0:
                painter.fillRect(row.bar_rect, BAR)
        painter.end()


def _width(font: QFont, text: str) -> int:
    """The width drawText takes for one line; a pixel more than horizontalAdvance at times."""
    return QFontMetrics(font).boundingRect(QRect(0, 0, 100_000, 1_000), 0, text).width()


def _wrapped(font: QFont, text: str, width: int) -> QRect:
    """The box drawText takes for `text` wrapped at word boundaries into `width`."""
    return QFontMetrics(font).boundingRect(
        QRect(0, 0, max(width, 1), 100_000), int(Qt.TextFlag.TextWordWrap), text)
