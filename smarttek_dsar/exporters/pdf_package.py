"""The human-readable copy (GDPR 15(3)): cover letter, Art. 15 information, contents, data.

The letter and the fixed words are in the subject's language (GDPR 12(1): concise,
intelligible, clear and plain language). Data tables are generated chunk by chunk while
ReportLab lays them out, so memory stays flat however many rows a category has.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from smarttek_dsar.exporters.content import CategorySection, PackageContent
from smarttek_dsar.exporters.fonts import BOLD, REGULAR, register_fonts
from smarttek_dsar.exporters.pdf_pages import (
    ACCENT,
    LANDSCAPE_PAGE,
    PORTRAIT,
    PORTRAIT_PAGE,
    PageText,
    SectionAnchor,
    TocPageNumber,
    canvas_maker,
    frame_width,
    letterhead_lines,
    page_templates,
)
from smarttek_dsar.exporters.pdf_tables import CategoryTables, column_widths
from smarttek_dsar.exporters.progress import RowCounter

# Categories with more columns than this are printed on landscape pages.
PORTRAIT_MAX_COLUMNS = 5

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "page_of": "Page {x} of {y}",
        "contents": "Contents",
        "title": "Response to your data subject request",
        "case": "Case number",
        "date": "Date",
        "to": "To",
        "rights": "Rights you exercised",
        "art15": "Information under Article 15 GDPR",
        "letter": "Letter and Article 15 information",
        "data": "Copy of your personal data",
        "records": "Records",
        "records_n": "Records: {n}",
        "no_records": "This copy holds no records in this category.",
        "notes": "Notes",
        "columns": "Columns",
        "portable": "The fields you provided are also in the machine-readable file (GDPR "
        "Art. 20, data portability).",
        "reg": "Reg. No.",
        "doc_title": "Copy of personal data",
    },
    "lv": {
        "page_of": "{x}. lapa no {y}",
        "contents": "Saturs",
        "title": "Atbilde uz jūsu datu subjekta pieprasījumu",
        "case": "Lietas numurs",
        "date": "Datums",
        "to": "Adresāts",
        "rights": "Jūsu izmantotās tiesības",
        "art15": "Informācija saskaņā ar VDAR 15. pantu",
        "letter": "Vēstule un 15. pantā noteiktā informācija",
        "data": "Jūsu personas datu kopija",
        "records": "Ieraksti",
        "records_n": "Ierakstu skaits: {n}",
        "no_records": "Šajā kopijā nav neviena šīs kategorijas ieraksta.",
        "notes": "Piezīmes",
        "columns": "Kolonnas",
        "portable": "Jūsu sniegtie lauki ir iekļauti arī mašīnlasāmajā failā (VDAR 20. pants, "
        "datu pārnesamība).",
        "reg": "Reģ. Nr.",
        "doc_title": "Personas datu kopija",
    },
}

_LV_MONTHS_LOCATIVE = (
    "janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā",
    "jūlijā", "augustā", "septembrī", "oktobrī", "novembrī", "decembrī",
)  # fmt: skip
_EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

_BASE = ParagraphStyle(
    "body", fontName=REGULAR, bulletFontName=REGULAR, fontSize=10, leading=14, spaceAfter=6
)
STYLES = {
    "body": _BASE,
    "small": ParagraphStyle("small", parent=_BASE, fontSize=8.5, leading=11.5, spaceAfter=3),
    "title": ParagraphStyle(
        "title", parent=_BASE, fontName=BOLD, fontSize=15, leading=19, textColor=ACCENT,
        spaceBefore=4, spaceAfter=10,
    ),
    "h1": ParagraphStyle(
        "h1", parent=_BASE, fontName=BOLD, fontSize=13, leading=17, textColor=ACCENT,
        spaceBefore=16, spaceAfter=6, keepWithNext=1,
    ),
    "h2": ParagraphStyle(
        "h2", parent=_BASE, fontName=BOLD, fontSize=10.5, leading=14, spaceBefore=6,
        spaceAfter=2, keepWithNext=1,
    ),
    "note": ParagraphStyle(
        "note", parent=_BASE, fontSize=9, leading=12.5, leftIndent=10, bulletIndent=0,
        spaceAfter=2,
    ),
    "toc": ParagraphStyle("toc", parent=_BASE, spaceAfter=0),
    "toc_count": ParagraphStyle(
        "toc_count", parent=_BASE, spaceAfter=0, textColor=colors.HexColor("#555555"),
    ),
}  # fmt: skip


def long_date(language: str, day: date) -> str:
    """The date as a letter writes it: '2026. gada 3. martā' / '3 March 2026'."""
    if language == "lv":
        return f"{day.year}. gada {day.day}. {_LV_MONTHS_LOCATIVE[day.month - 1]}"
    return f"{day.day} {_EN_MONTHS[day.month - 1]} {day.year}"


def write_pdf(content: PackageContent, path: Path, counter: RowCounter | None = None) -> None:
    """Write the PDF copy of `content` to `path` (the caller makes the write atomic)."""
    register_fonts()
    counter = counter if counter is not None else RowCounter()
    labels = LABELS[content.language]
    page_text = PageText(
        page_of=labels["page_of"],
        footer_left=f"{content.case_number}  ·  {content.issued_on.isoformat()}",
        header=f"{content.controller.name}  ·  {content.case_number}",
        letterhead_lines=letterhead_lines(content.controller, labels["reg"]),
    )
    doc = BaseDocTemplate(
        str(path),
        pagesize=PORTRAIT,
        pageTemplates=page_templates(),
        title=f"{content.case_number} — {labels['doc_title']}",
        author=content.controller.name,
        subject=labels["title"],
        creator="Smarttek DSAR Desk",
        pageCompression=1,
        # Every page declares the initial font; Helvetica would be the one font not embedded.
        initialFontName=REGULAR,
        lang=content.language,
    )
    doc.build(_LazyStory(_story(content, counter)), canvasmaker=canvas_maker(page_text))


class _LazyStory(list):  # type: ignore[type-arg]
    """A story list that pulls flowables from a generator only as the layout needs them.

    ReportLab's build loop takes flowables from the front of a list; feeding it lazily keeps
    only a few table chunks alive at a time instead of every row of every category.
    """

    _LOOKAHEAD = 4

    def __init__(self, source: Iterator[Flowable]) -> None:
        super().__init__()
        self._source = source
        self._exhausted = False

    def _top_up(self) -> None:
        while not self._exhausted and super().__len__() < self._LOOKAHEAD:
            try:
                self.append(next(self._source))
            except StopIteration:
                self._exhausted = True

    def __len__(self) -> int:
        self._top_up()
        return super().__len__()

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        self._top_up()
        return super().__getitem__(index)


def _story(content: PackageContent, counter: RowCounter) -> Iterator[Flowable]:
    labels = LABELS[content.language]
    yield NextPageTemplate(PORTRAIT_PAGE)
    yield from _cover_letter(content)
    yield PageBreak()
    yield from _contents(content)
    orientation = PORTRAIT_PAGE
    for number, category in enumerate(content.categories, start=1):
        wanted = LANDSCAPE_PAGE if len(category.columns) > PORTRAIT_MAX_COLUMNS else PORTRAIT_PAGE
        if wanted != orientation or number == 1:
            yield NextPageTemplate(wanted)
            yield PageBreak()
            orientation = wanted
        else:
            yield CondPageBreak(60 * mm)
        yield from _category(content, category, number, orientation, labels, counter)


def _cover_letter(content: PackageContent) -> Iterator[Flowable]:
    labels = LABELS[content.language]
    body, small = STYLES["body"], STYLES["small"]
    yield SectionAnchor("letter", labels["letter"])
    address = "<br/>".join(escape(line) for line in content.subject_address.splitlines())
    yield Paragraph(f"<b>{escape(content.subject_name)}</b><br/>{address}", body)
    yield Spacer(0, 4 * mm)
    yield Paragraph(
        f"{labels['case']}: <b>{escape(content.case_number)}</b><br/>"
        f"{labels['date']}: {long_date(content.language, content.issued_on)}",
        small,
    )
    yield Paragraph(escape(labels["title"]), STYLES["title"])
    if content.rights:
        rights = ", ".join(escape(right) for right in content.rights)
        yield Paragraph(f"<b>{labels['rights']}:</b> {rights}", body)
    yield Paragraph(escape(content.cover.greeting), body)
    for paragraph in content.cover.paragraphs:
        yield Paragraph(_multiline(paragraph), body)
    if content.cover.article15:
        yield Paragraph(escape(labels["art15"]), STYLES["h1"])
        for heading, text in content.cover.article15:
            yield Paragraph(escape(heading), STYLES["h2"])
            yield Paragraph(_multiline(text), body)
    yield Spacer(0, 6 * mm)
    yield KeepTogether([Paragraph(_multiline(content.cover.signature), body)])


def _contents(content: PackageContent) -> Iterator[Flowable]:
    labels = LABELS[content.language]
    yield Paragraph(escape(labels["contents"]), STYLES["title"])
    entries: list[tuple[str, str, str]] = [("letter", labels["letter"], "")]
    for number, category in enumerate(content.categories, start=1):
        count = labels["records_n"].format(n=_count(len(category.rows), content.language))
        entries.append((_key(number), f"{number}. {category.title}", count))
    rows = [
        [
            Paragraph(f'<a href="#{key}" color="#1F4E79">{escape(title)}</a>', STYLES["toc"]),
            Paragraph(escape(count), STYLES["toc_count"]),
            TocPageNumber(key),
        ]
        for key, title, count in entries
    ]
    width = frame_width(PORTRAIT_PAGE)
    table = Table(rows, colWidths=[width - 60 * mm, 42 * mm, 18 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, 10),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#C8D3DE")),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    yield SectionAnchor("contents", labels["contents"])
    yield table


def _category(
    content: PackageContent,
    category: CategorySection,
    number: int,
    orientation: str,
    labels: dict[str, str],
    counter: RowCounter,
) -> Iterator[Flowable]:
    title = f"{number}. {category.title}"
    yield SectionAnchor(_key(number), title)
    yield Paragraph(escape(title), STYLES["h1"])
    count = _count(len(category.rows), content.language)
    facts = labels["records_n"].format(n=count)
    if category.portable:
        facts += f" · {labels['portable']}"
    yield Paragraph(escape(facts), STYLES["small"])
    if category.notes:
        # GDPR 15(4): the subject sees that, and why, something was redacted or withheld.
        yield Paragraph(escape(labels["notes"]), STYLES["h2"])
        for note in category.notes:
            yield Paragraph(escape(note), STYLES["note"], bulletText="•")
    described = [column for column in category.columns if column.description]
    if described:
        yield Paragraph(escape(labels["columns"]), STYLES["h2"])
        for column in described:
            text = f"<b>{escape(column.title)}</b>: {escape(column.description)}"
            yield Paragraph(text, STYLES["note"], bulletText="•")
    yield Spacer(0, 3 * mm)
    if not len(category.rows):
        # Worded about this copy, not about what we hold: a category not (yet) searched or
        # withheld under 15(4) is empty here too, and its notes say why.
        yield Paragraph(escape(labels["no_records"]), STYLES["body"])
        return
    widths = column_widths(category, content.language, frame_width(orientation))
    yield from CategoryTables(category, content.language, widths).tables(counter)


def _key(number: int) -> str:
    return f"category{number}"


def _count(number: int, language: str) -> str:
    grouped = f"{number:,}"
    return grouped.replace(",", "\u00a0") if language == "lv" else grouped


def _multiline(text: str) -> str:
    return "<br/>".join(escape(line) for line in text.split("\n"))
