"""A letter to the subject (or to a recipient, GDPR 19) on the company letterhead, as PDF.

The letter arrives as the plain text its template produced: paragraphs separated by blank
lines, list items starting with "– ". The sender block at the top of a template is what the
letterhead already prints, so it is not printed twice. The file appears only when complete.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, KeepTogether, Paragraph, Spacer

from smarttek_dsar.exporters.atomic import atomic_file
from smarttek_dsar.exporters.content import SMARTTEK, Controller, Language
from smarttek_dsar.exporters.fonts import REGULAR, register_fonts
from smarttek_dsar.exporters.pdf_package import LABELS, STYLES
from smarttek_dsar.exporters.pdf_pages import (
    PORTRAIT,
    PageText,
    canvas_maker,
    letterhead_lines,
    page_templates,
)

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_BULLET = "– "
_SENTENCE_END = (".", ",", ":", ";", "!", "?")

_ITEM = ParagraphStyle(
    "letter-item", parent=STYLES["body"], leftIndent=12, bulletIndent=2, spaceAfter=2
)
_LEAD = ParagraphStyle("letter-lead", parent=STYLES["body"], spaceAfter=3)
_HEADING = ParagraphStyle(
    "letter-heading", parent=STYLES["title"], fontSize=13, leading=17, spaceBefore=8
)
_REFERENCE = ParagraphStyle("letter-reference", parent=STYLES["body"], spaceAfter=8)


@dataclass(frozen=True)
class LetterDocument:
    """A filled-in letter and what its pages print around it."""

    text: str
    language: Language
    case_number: str
    issued_on: date
    title: str  # the PDF's document title, e.g. "Refusal of the request"
    controller: Controller = field(default=SMARTTEK)


def write_letter_pdf(letter: LetterDocument, path: Path) -> Path:
    """Write `letter` to `path` atomically; returns the path."""
    register_fonts()
    labels = LABELS[letter.language]
    page_text = PageText(
        page_of=labels["page_of"],
        footer_left=f"{letter.case_number}  ·  {letter.issued_on.isoformat()}",
        header=f"{letter.controller.name}  ·  {letter.case_number}",
        letterhead_lines=letterhead_lines(letter.controller, labels["reg"]),
    )
    with atomic_file(path) as temporary:
        doc = BaseDocTemplate(
            str(temporary),
            pagesize=PORTRAIT,
            pageTemplates=page_templates(),
            title=f"{letter.case_number} — {letter.title}",
            author=letter.controller.name,
            subject=letter.title,
            creator="Smarttek DSAR Desk",
            initialFontName=REGULAR,
            lang=letter.language,
        )
        doc.build(list(letter_story(letter)), canvasmaker=canvas_maker(page_text))
    return path


def paragraphs(text: str) -> list[list[str]]:
    """The letter's paragraphs, each as its lines; blank paragraphs dropped."""
    blocks = _PARAGRAPH_BREAK.split(text.replace("\r\n", "\n").strip())
    return [[line.rstrip() for line in block.split("\n")] for block in blocks if block.strip()]


def letter_story(letter: LetterDocument) -> Iterator[Flowable]:
    blocks = paragraphs(letter.text)
    if blocks and blocks[0][0].strip() == letter.controller.name:
        blocks = blocks[1:]  # the sender block: the letterhead prints it
    title_seen = False
    for index, lines in enumerate(blocks):
        last = index == len(blocks) - 1
        if last and len(blocks) > 1:
            yield Spacer(0, 4 * mm)
            yield KeepTogether(list(_block(lines, STYLES["body"])))
        elif not title_seen and _is_heading(lines):
            title_seen = True
            yield Paragraph(escape(lines[0].strip()), _HEADING)
        elif not title_seen:
            yield from _block(lines, _REFERENCE)  # recipient, reference and date
        else:
            yield from _block(lines, STYLES["body"])


def _is_heading(lines: Sequence[str]) -> bool:
    line = lines[0].strip()
    return len(lines) == 1 and len(line) < 110 and not line.endswith(_SENTENCE_END)


def _block(lines: Sequence[str], style: ParagraphStyle) -> Iterator[Flowable]:
    """Plain lines stay one paragraph with line breaks; "– " lines become list items."""
    pending: list[str] = []
    has_items = any(line.lstrip().startswith(_BULLET) for line in lines)

    def flush() -> Iterator[Flowable]:
        if pending:
            yield Paragraph("<br/>".join(escape(line) for line in pending),
                            _LEAD if has_items else style)
            pending.clear()

    for line in lines:
        stripped = line.lstrip()
        if stripped.startswith(_BULLET):
            yield from flush()
            yield Paragraph(escape(stripped[len(_BULLET):]), _ITEM, bulletText="–")
        else:
            pending.append(line)
    yield from flush()
    if has_items:
        yield Spacer(0, 2.5 * mm)  # the list ends: space before the next paragraph
