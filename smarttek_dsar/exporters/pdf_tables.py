"""A data category as readable PDF tables, built lazily in chunks so 100,000 rows fit in memory.

Cells are plain strings broken into lines here (far cheaper than a Paragraph per cell), with a
fixed column width per category so every chunk lines up with the one before. Nothing is ever
cut off: GDPR 15(3) asks for a faithful copy, so a cell too tall for a page continues on
the next table row instead of being truncated.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from itertools import islice

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import LongTable, Paragraph, TableStyle

from smarttek_dsar.exporters.content import CategorySection, Column, Language
from smarttek_dsar.exporters.fonts import BOLD, REGULAR, register_fonts
from smarttek_dsar.exporters.pdf_pages import ACCENT
from smarttek_dsar.exporters.progress import RowCounter
from smarttek_dsar.exporters.values import display_text

CHUNK_ROWS = 500
FONT_SIZE = 7.5
LEADING = 9.2
CELL_PADDING = 3
# A row taller than this many lines is continued on the next table row, so that no table
# row is taller than a page (ReportLab cannot split one row over two pages).
MAX_CELL_LINES = 30
SAMPLE_ROWS = 200
# The widest DejaVu Sans glyph is about 1 em; a text this short always fits its column.
_WIDEST_GLYPH_EM = 1.0
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Characters a table cell cannot show as they are: line breaks, tabs, other controls.
_SPECIAL = re.compile(r"[\x00-\x1f\x7f]")
_NUMERIC = ("int", "decimal")

HEADER_STYLE = ParagraphStyle(
    "table-header", fontName=BOLD, fontSize=FONT_SIZE, leading=LEADING, textColor=colors.white
)
NUMBER_HEADER_STYLE = ParagraphStyle("table-header-number", parent=HEADER_STYLE, alignment=TA_RIGHT)


class TextMeasure:
    """Advance width of table text in points, without ReportLab's per-call overhead.

    TrueType advances simply add up (ReportLab applies no kerning), so a word's width can be
    measured once and summed; this matters when 100,000 rows are wrapped.
    """

    def __init__(self) -> None:
        register_fonts()
        face = pdfmetrics.getFont(REGULAR).face
        self._widths = face.charWidths
        self._default = face.defaultWidth
        self._scale = FONT_SIZE / 1000

    def __call__(self, text: str) -> float:
        widths, default = self._widths, self._default
        return sum([widths.get(code, default) for code in map(ord, text)]) * self._scale


def column_widths(category: CategorySection, language: Language, available: float) -> list[float]:
    """Widths that share the frame fairly: short columns keep their natural width."""
    measure = TextMeasure()
    inner = [_header_min_width(column) for column in category.columns]
    natural = list(inner)
    for row in islice(iter(category.rows), SAMPLE_ROWS):
        for index, (column, value) in enumerate(zip(category.columns, row, strict=False)):
            text = display_text(value, column.type, language)
            longest = max((measure(line) for line in text.split("\n")), default=0.0)
            natural[index] = max(natural[index], min(longest, 260.0))
    padded = [width + 2 * CELL_PADDING + 1 for width in natural]
    floor = [min(width + 2 * CELL_PADDING + 1, 60.0) for width in inner]
    if sum(padded) <= available:
        spare = available - sum(padded)
        return [width + spare * width / sum(padded) for width in padded]
    return _level_down(padded, floor, available)


def _header_min_width(column: Column) -> float:
    words = column.title.split() or [""]
    return max(stringWidth(word, BOLD, FONT_SIZE) for word in words)


def _level_down(widths: list[float], floor: list[float], available: float) -> list[float]:
    """Cap the widest columns at one level so the total fits, never below each floor."""
    low, high = 0.0, max(widths)
    for _ in range(40):
        level = (low + high) / 2
        total = sum(
            max(floor_w, min(width, level)) for width, floor_w in zip(widths, floor, strict=True)
        )
        if total > available:
            high = level
        else:
            low = level
    capped = [max(floor_w, min(width, low)) for width, floor_w in zip(widths, floor, strict=True)]
    if sum(capped) > available:  # even the floors do not fit: shrink all alike
        scale = available / sum(capped)
        capped = [width * scale for width in capped]
    return capped


def wrap_lines(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """Break `text` into lines no wider than `width` points, splitting over-long words."""
    space = measure(" ")
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current: list[str] = []
        used = 0.0
        for word in paragraph.split(" "):
            word_width = measure(word)
            needed = word_width + (space if current else 0.0)
            if used + needed <= width:
                current.append(word)
                used += needed
                continue
            if current:
                lines.append(" ".join(current))
            while word_width > width and len(word) > 1:
                cut = _longest_fitting_prefix(word, width, measure)
                lines.append(word[:cut])
                word = word[cut:]
                word_width = measure(word)
            current, used = [word], word_width
        lines.append(" ".join(current))
    return lines


def _longest_fitting_prefix(word: str, width: float, measure: Callable[[str], float]) -> int:
    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if measure(word[:middle]) <= width:
            low = middle
        else:
            high = middle - 1
    return low


class CategoryTables:
    """Makes the table flowables of one category, one chunk at a time."""

    def __init__(self, category: CategorySection, language: Language, widths: list[float]):
        self.category = category
        self.language = language
        self.widths = widths
        self.text_widths = [width - 2 * CELL_PADDING - 1 for width in widths]
        self.fast_limits = [width / (FONT_SIZE * _WIDEST_GLYPH_EM) for width in self.text_widths]
        self.types = [column.type for column in category.columns]
        self.measure = TextMeasure()
        self.header = [
            Paragraph(
                _escape(column.title),
                NUMBER_HEADER_STYLE if column.type in _NUMERIC else HEADER_STYLE,
            )
            for column in category.columns
        ]
        self.style = _table_style(category.columns)

    def tables(self, counter: RowCounter) -> Iterator[LongTable]:
        rows = iter(self.category.rows)
        while True:
            chunk = list(islice(rows, CHUNK_ROWS))
            if not chunk:
                return
            counter.advance(len(chunk), self.category.title)
            body: list[list[str]] = []
            for row in chunk:
                body.extend(self._physical_rows(row))
            yield LongTable(
                [self.header, *body], colWidths=self.widths, repeatRows=1, style=self.style
            )

    def _physical_rows(self, row: Sequence[object]) -> list[list[str]]:
        if len(row) != len(self.types):
            raise ValueError(
                f"A row of '{self.category.title}' has {len(row)} values for "
                f"{len(self.types)} columns; the data collection step must fill every column."
            )
        cells = []
        needs_wrap = False
        for value, column_type, limit, width in zip(
            row, self.types, self.fast_limits, self.text_widths, strict=True
        ):
            text = display_text(value, column_type, self.language)
            if _SPECIAL.search(text) or (len(text) > limit and self.measure(text) > width):
                needs_wrap = True
            cells.append(text)
        if not needs_wrap:
            return [cells]
        wrapped = [
            wrap_lines(_printable(text), width, self.measure) if text else [""]
            for text, width in zip(cells, self.text_widths, strict=True)
        ]
        height = max(len(lines) for lines in wrapped)
        return [
            ["\n".join(lines[start : start + MAX_CELL_LINES]) for lines in wrapped]
            for start in range(0, height, MAX_CELL_LINES)
        ]


def _printable(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL.sub("", text).strip("\n")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _table_style(columns: Sequence[Column]) -> TableStyle:
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), REGULAR, FONT_SIZE, LEADING),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#EEF3F8")]),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#C8D3DE")),
        ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#9DB3C8")),
    ]
    for index, column in enumerate(columns):
        if column.type in _NUMERIC:
            commands.append(("ALIGN", (index, 1), (index, -1), "RIGHT"))
    return TableStyle(commands)
