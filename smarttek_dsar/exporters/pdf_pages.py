"""The pages of the PDF copy: letterhead, running header and footer, "page X of Y".

The total page count is only known once the last page is laid out. Rather than laying out
100,000 rows twice, every page draws a small PDF form ("XObject") by name, and the canvas
defines each form when the document is saved and the total is known. The table of contents
uses the same trick for the page on which each category starts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, PageTemplate

from smarttek_dsar.exporters.content import Controller
from smarttek_dsar.exporters.fonts import BOLD, REGULAR

ACCENT = colors.HexColor("#1F4E79")
RULE = colors.HexColor("#9DB3C8")

PORTRAIT = A4
LANDSCAPE = landscape(A4)
SIDE_MARGIN = 18 * mm
TOP_MARGIN = 20 * mm
LETTERHEAD_HEIGHT = 34 * mm
BOTTOM_MARGIN = 20 * mm
FOOTER_BASELINE = 10 * mm

FIRST_PAGE = "first"
PORTRAIT_PAGE = "portrait"
LANDSCAPE_PAGE = "landscape"


@dataclass(frozen=True)
class PageText:
    """The fixed words printed on every page, in the subject's language."""

    page_of: str  # "Page {x} of {y}" with {x} and {y}
    footer_left: str  # case number and date
    header: str  # running header on pages after the first
    letterhead_lines: tuple[str, ...]


class PackageCanvas(Canvas):
    """A canvas that fills in page totals and table-of-contents page numbers on save."""

    def __init__(self, *args: object, page_text: PageText, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.page_text = page_text
        # Bookmark key -> page number where that section starts, for the table of contents.
        self.section_pages: dict[str, int] = {}

    def save(self) -> None:
        total = self._pageNumber if self._code else self._pageNumber - 1
        for page in range(1, total + 1):
            text = self.page_text.page_of.format(x=page, y=total)
            self._define_right_aligned_form(page_form_name(page), text, 8)
        for key, page in self.section_pages.items():
            self._define_right_aligned_form(toc_form_name(key), str(page), 10)
        super().save()

    def _define_right_aligned_form(self, name: str, text: str, size: float) -> None:
        self.beginForm(name, lowerx=-300, lowery=-4, upperx=1, uppery=size + 2)
        self.setFont(REGULAR, size)
        self.setFillColor(colors.black)
        self.drawRightString(0, 0, text)
        self.endForm()


def page_form_name(page: int) -> str:
    return f"pageof{page}"


def toc_form_name(key: str) -> str:
    return f"toc_{key}"


def canvas_maker(page_text: PageText) -> Callable[..., PackageCanvas]:
    def make(*args: object, **kwargs: object) -> PackageCanvas:
        return PackageCanvas(*args, page_text=page_text, **kwargs)

    return make


class SectionAnchor(Flowable):
    """Zero-size mark where a section starts: a bookmark, an outline entry, a TOC page."""

    def __init__(self, key: str, title: str, level: int = 0) -> None:
        super().__init__()
        self.key = key
        self.title = title
        self.level = level
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canvas = self.canv
        canvas.bookmarkPage(self.key)
        canvas.addOutlineEntry(self.title, self.key, level=self.level, closed=True)
        canvas.section_pages[self.key] = canvas.getPageNumber()


class TocPageNumber(Flowable):
    """The page number of a section in the table of contents, filled in when the PDF is saved."""

    def __init__(self, key: str, width: float = 14 * mm, size: float = 10) -> None:
        super().__init__()
        self.key = key
        self.width = width
        self.height = size * 1.2

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.translate(self.width, 2)
        self.canv.doForm(toc_form_name(self.key))


def _draw_footer(canvas: PackageCanvas, page_width: float) -> None:
    text = canvas.page_text
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    line_y = FOOTER_BASELINE + 10
    canvas.line(SIDE_MARGIN, line_y, page_width - SIDE_MARGIN, line_y)
    canvas.setFont(REGULAR, 8)
    canvas.setFillColor(colors.black)
    canvas.drawString(SIDE_MARGIN, FOOTER_BASELINE, text.footer_left)
    canvas.translate(page_width - SIDE_MARGIN, FOOTER_BASELINE)
    canvas.doForm(page_form_name(canvas.getPageNumber()))
    canvas.restoreState()


def _draw_letterhead(canvas: PackageCanvas, doc: object) -> None:
    width, height = PORTRAIT
    lines = canvas.page_text.letterhead_lines
    canvas.saveState()
    canvas.setFillColor(ACCENT)
    canvas.setFont(BOLD, 16)
    top = height - 16 * mm
    canvas.drawString(SIDE_MARGIN, top, lines[0])
    canvas.setFont(REGULAR, 8.5)
    canvas.setFillColor(colors.HexColor("#333333"))
    for index, line in enumerate(lines[1:], start=1):
        canvas.drawString(SIDE_MARGIN, top - 4 * mm - (index - 1) * 4 * mm, line)
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(1.2)
    rule_y = height - LETTERHEAD_HEIGHT + 4 * mm
    canvas.line(SIDE_MARGIN, rule_y, width - SIDE_MARGIN, rule_y)
    canvas.restoreState()
    _draw_footer(canvas, width)


def _draw_running_header(canvas: PackageCanvas, page_width: float, page_height: float) -> None:
    canvas.saveState()
    canvas.setFont(REGULAR, 8)
    canvas.setFillColor(ACCENT)
    y = page_height - 12 * mm
    canvas.drawString(SIDE_MARGIN, y, canvas.page_text.header)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(SIDE_MARGIN, y - 2.5 * mm, page_width - SIDE_MARGIN, y - 2.5 * mm)
    canvas.restoreState()
    _draw_footer(canvas, page_width)


def _on_portrait(canvas: PackageCanvas, doc: object) -> None:
    _draw_running_header(canvas, *PORTRAIT)


def _on_landscape(canvas: PackageCanvas, doc: object) -> None:
    _draw_running_header(canvas, *LANDSCAPE)


def _frame(page_size: tuple[float, float], top: float, frame_id: str) -> Frame:
    width, height = page_size
    return Frame(
        SIDE_MARGIN,
        BOTTOM_MARGIN,
        width - 2 * SIDE_MARGIN,
        height - top - BOTTOM_MARGIN,
        id=frame_id,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )


def page_templates() -> list[PageTemplate]:
    return [
        PageTemplate(
            id=FIRST_PAGE,
            frames=[_frame(PORTRAIT, LETTERHEAD_HEIGHT, "letter")],
            onPage=_draw_letterhead,
            pagesize=PORTRAIT,
            autoNextPageTemplate=PORTRAIT_PAGE,
        ),
        PageTemplate(
            id=PORTRAIT_PAGE,
            frames=[_frame(PORTRAIT, TOP_MARGIN, "portrait")],
            onPage=_on_portrait,
            pagesize=PORTRAIT,
        ),
        PageTemplate(
            id=LANDSCAPE_PAGE,
            frames=[_frame(LANDSCAPE, TOP_MARGIN, "landscape")],
            onPage=_on_landscape,
            pagesize=LANDSCAPE,
        ),
    ]


def frame_width(template_id: str) -> float:
    page = LANDSCAPE if template_id == LANDSCAPE_PAGE else PORTRAIT
    return page[0] - 2 * SIDE_MARGIN


def frame_height(template_id: str) -> float:
    page = LANDSCAPE if template_id == LANDSCAPE_PAGE else PORTRAIT
    return page[1] - TOP_MARGIN - BOTTOM_MARGIN


def letterhead_lines(controller: Controller, registration_label: str) -> tuple[str, ...]:
    return (
        controller.name,
        f"{registration_label} {controller.registration_number}  ·  {controller.street}, "
        f"{controller.city}, {controller.postal_code}",
        f"{controller.email}  ·  {controller.website}",
    )
