"""The frame both management reports share: A4 pages with the controller, the title, a footer
with the page number and the promise that no subject's personal data is inside; styles and
table looks in the DejaVu fonts (Latvian letters)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from smarttek_dsar.exporters.atomic import atomic_file
from smarttek_dsar.exporters.fonts import BOLD, REGULAR, register_fonts
from smarttek_dsar.exporters.report_words import Language, word

ACCENT = colors.HexColor("#1F4E79")
LIGHT = colors.HexColor("#EEF3F8")
RULE = colors.HexColor("#9DB3C8")
MARGIN = 16 * mm


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    return {
        "title": ParagraphStyle("title", fontName=BOLD, fontSize=15, leading=19,
                                textColor=ACCENT, spaceAfter=2 * mm),
        "heading": ParagraphStyle("heading", fontName=BOLD, fontSize=10.5, leading=14,
                                  textColor=ACCENT, spaceBefore=4 * mm, spaceAfter=2 * mm),
        "body": ParagraphStyle("body", fontName=REGULAR, fontSize=8.5, leading=11.5),
        "small": ParagraphStyle("small", fontName=REGULAR, fontSize=7.2, leading=9.5,
                                textColor=colors.HexColor("#444444")),
        "cell": ParagraphStyle("cell", fontName=REGULAR, fontSize=7.5, leading=9.5),
    }


def table(
    rows: Sequence[Sequence[object]], widths: Sequence[float], *, numeric: Sequence[int] = (1,),
    header: bool = True, row_colours: Sequence[tuple[int, colors.Color]] = (),
) -> Table:
    """A plain report table: bold header row (wrapped), numbers right-aligned, light stripes."""
    data = [list(r) for r in rows]
    if header and data:
        head = ParagraphStyle("head", fontName=BOLD, fontSize=7.5, leading=9,
                              textColor=colors.white)
        right = ParagraphStyle("head_right", parent=head, alignment=2)
        data[0] = [para(str(h), right if i in numeric else head) for i, h in enumerate(data[0])]
    built = Table(data, colWidths=list(widths), repeatRows=1 if header else 0)
    commands = [
        ("FONT", (0, 0), (-1, -1), REGULAR, 7.8),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        *(("ALIGN", (i, 0), (i, -1), "RIGHT") for i in numeric),
        ("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ]
    start = 1 if header else 0
    for index in range(start, len(rows)):
        if (index - start) % 2 == 1:
            commands.append(("BACKGROUND", (0, index), (-1, index), LIGHT))
    for index, colour in row_colours:
        commands.append(("BACKGROUND", (0, index), (-1, index), colour))
    built.setStyle(TableStyle(commands))
    return built


def write_pdf(
    path: Path, story: Sequence[Flowable], *, title: str, made: str, language: Language
) -> None:
    """Lay out `story` and publish the file in one rename (never a half-written report)."""
    register_fonts()

    def decorate(canvas, doc) -> None:
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, 12 * mm, A4[0] - MARGIN, 12 * mm)
        canvas.setFont(REGULAR, 6.8)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(MARGIN, 8 * mm, f"{title} · {made} · {word('no_personal', language)}")
        canvas.drawRightString(A4[0] - MARGIN, 8 * mm, word("page", language, n=doc.page))
        canvas.restoreState()

    with atomic_file(Path(path)) as temporary:
        doc = BaseDocTemplate(
            str(temporary), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
            topMargin=MARGIN, bottomMargin=18 * mm, title=title,
            author="SMARTTEK MIXTURE SIA", creator="Smarttek DSAR Desk",
        )
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=decorate)])
        doc.build(list(story))


def paragraphs(texts: Sequence[str], style: ParagraphStyle) -> list[Paragraph]:
    return [Paragraph(_escape(t), style) for t in texts]


def _escape(text: str) -> str:
    # Paragraph reads a little markup; report text is plain and must print as written.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(_escape(text), style)
