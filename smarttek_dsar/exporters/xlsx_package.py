"""The spreadsheet copy: typed cells a subject can sort and reuse (GDPR 15(3), 20(1)).

Written in openpyxl's write-only mode so rows stream to disk. A column dictionary sheet
says what each column means, because a structured file without its meaning is not
"intelligible" (GDPR 12(1)). Text that a spreadsheet would run as a formula is neutralised:
the data came from our systems and other people, and opening one's own data must be safe.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from itertools import islice
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from smarttek_dsar.exporters.content import CategorySection, PackageContent
from smarttek_dsar.exporters.progress import RowCounter
from smarttek_dsar.exporters.values import display_text

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "summary": "Summary",
        "dictionary": "Column dictionary",
        "case": "Case number",
        "subject": "Data subject",
        "date": "Date",
        "controller": "Controller",
        "category": "Category",
        "sheet": "Sheet",
        "rows": "Rows",
        "portable": "Portable (GDPR Art. 20)",
        "notes": "Notes",
        "column": "Column",
        "key": "Key",
        "type": "Type",
        "description": "Description",
        "yes": "Yes",
        "no": "No",
        "formula_note": "Text that begins with = + - @, a tab or a line break is shown with a "
        "leading apostrophe (') so that spreadsheet programs never run it as a formula.",
        "utc_note": "Times are in UTC where the source system recorded a time zone.",
    },
    "lv": {
        "summary": "Kopsavilkums",
        "dictionary": "Kolonnu vārdnīca",
        "case": "Lietas numurs",
        "subject": "Datu subjekts",
        "date": "Datums",
        "controller": "Pārzinis",
        "category": "Kategorija",
        "sheet": "Lapa",
        "rows": "Rindas",
        "portable": "Pārnesams (VDAR 20. pants)",
        "notes": "Piezīmes",
        "column": "Kolonna",
        "key": "Atslēga",
        "type": "Tips",
        "description": "Apraksts",
        "yes": "Jā",
        "no": "Nē",
        "formula_note": "Teksts, kas sākas ar = + - @, tabulāciju vai rindas pārnesi, ir "
        "parādīts ar apostrofu (') sākumā, lai izklājlapu programmas to neizpildītu kā formulu.",
        "utc_note": "Laiki ir UTC, ja avota sistēma bija norādījusi laika joslu.",
    },
}
TYPE_NAMES = {
    "en": {"text": "text", "int": "whole number", "decimal": "decimal number", "date": "date",
           "datetime": "date and time", "bool": "yes/no"},
    "lv": {"text": "teksts", "int": "vesels skaitlis", "decimal": "decimāldaļskaitlis",
           "date": "datums", "datetime": "datums un laiks", "bool": "jā/nē"},
}  # fmt: skip

EXCEL_MAX_ROWS = 1_048_576
EXCEL_MAX_TEXT = 32_767
SHEET_NAME_MAX = 31
PROGRESS_EVERY = 1000
SAMPLE_ROWS = 200
# Excel and LibreOffice start a formula with these; a tab or CR can hide one in CSV re-exports.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Characters XML 1.0 cannot carry; openpyxl would refuse the whole workbook.
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_ILLEGAL_SHEET = re.compile(r"[\[\]:*?/\\]")
_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
_WRAP = Alignment(wrap_text=True, vertical="top")


def safe_text(text: str) -> str:
    """Text as a spreadsheet will show it, never as something it would execute."""
    # XML readers turn a bare CR into LF anyway; normalise so what is written is what is read.
    text = _ILLEGAL_XML.sub("", text)
    if text.startswith(_FORMULA_START):
        text = "'" + text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > EXCEL_MAX_TEXT:
        # Excel cannot hold more in one cell; the PDF copy carries the full text.
        text = text[: EXCEL_MAX_TEXT - 4] + " […]"
    return text


def sheet_title(title: str, used: set[str]) -> str:
    """A sheet name Excel accepts: at most 31 characters, no []:*?/\\, unique ignoring case."""
    base = " ".join(_ILLEGAL_SHEET.sub(" ", title).split()).strip("'").strip() or "Sheet"
    candidate = base[:SHEET_NAME_MAX]
    number = 2
    while candidate.casefold() in used or candidate.casefold() == "history":
        suffix = f" ({number})"
        candidate = base[: SHEET_NAME_MAX - len(suffix)].rstrip() + suffix
        number += 1
    used.add(candidate.casefold())
    return candidate


def write_xlsx(content: PackageContent, path: Path, counter: RowCounter | None = None) -> None:
    """Write the XLSX copy of `content` to `path` (the caller makes the write atomic)."""
    counter = counter if counter is not None else RowCounter()
    labels = LABELS[content.language]
    workbook = Workbook(write_only=True)
    used: set[str] = set()
    summary_title = sheet_title(labels["summary"], used)
    dictionary_title = sheet_title(labels["dictionary"], used)
    sheet_names = {
        category.category_id: sheet_title(category.title, used) for category in content.categories
    }
    summary = workbook.create_sheet(summary_title)
    _write_summary(summary, content, sheet_names, labels)
    for category in content.categories:
        _write_category(workbook, category, sheet_names[category.category_id], used, counter)
    dictionary = workbook.create_sheet(dictionary_title)
    _write_dictionary(dictionary, content, sheet_names, labels)
    workbook.save(str(path))


def _write_summary(
    sheet: WriteOnlyWorksheet,
    content: PackageContent,
    sheet_names: dict[str, str],
    labels: dict[str, str],
) -> None:
    _set_widths(sheet, [34, 34, 12, 26, 70])
    controller = content.controller
    sheet.append([_bold(sheet, labels["case"]), safe_text(content.case_number)])
    sheet.append([_bold(sheet, labels["subject"]), safe_text(content.subject_name)])
    sheet.append([_bold(sheet, labels["date"]), content.issued_on])
    sheet.append(
        [_bold(sheet, labels["controller"]),
         safe_text(f"{controller.name}, {controller.registration_number}, {controller.address}, "
                   f"{controller.email}")]
    )  # fmt: skip
    sheet.append([])
    header = ["category", "sheet", "rows", "portable", "notes"]
    sheet.append([_header(sheet, labels[key]) for key in header])
    for category in content.categories:
        notes = "\n".join(category.notes)
        sheet.append(
            [
                safe_text(category.title),
                safe_text(sheet_names[category.category_id]),
                len(category.rows),
                labels["yes"] if category.portable else labels["no"],
                _wrapped(sheet, safe_text(notes)) if notes else None,
            ]
        )
    sheet.append([])
    sheet.append([labels["formula_note"]])
    sheet.append([labels["utc_note"]])


def _write_category(
    workbook: Workbook,
    category: CategorySection,
    title: str,
    used: set[str],
    counter: RowCounter,
) -> None:
    widths = _column_widths(category)
    header = [column.title for column in category.columns]
    rows = iter(category.rows)
    part_title = title
    while True:
        sheet = workbook.create_sheet(part_title)
        sheet.freeze_panes = "A2"  # the header stays visible while scrolling
        _set_widths(sheet, widths)
        sheet.append([_header(sheet, safe_text(text)) for text in header])
        written = _write_rows(sheet, category, islice(rows, EXCEL_MAX_ROWS - 1), counter)
        if written < EXCEL_MAX_ROWS - 1:
            return
        part_title = sheet_title(f"{title} (cont.)", used)


def _write_rows(
    sheet: WriteOnlyWorksheet,
    category: CategorySection,
    rows: Iterable[Sequence[object]],
    counter: RowCounter,
) -> int:
    width = len(category.columns)
    written = 0
    for row in rows:
        if len(row) != width:
            raise ValueError(
                f"A row of '{category.title}' has {len(row)} values for {width} columns; "
                "the data collection step must fill every column."
            )
        sheet.append([_cell_value(sheet, value) for value in row])
        written += 1
        if written % PROGRESS_EVERY == 0:
            counter.advance(PROGRESS_EVERY, category.title)
    counter.advance(written % PROGRESS_EVERY, category.title)
    return written


def _cell_value(sheet: WriteOnlyWorksheet, value: object) -> object:
    if value is None or isinstance(value, bool | int | float | Decimal | date):
        if isinstance(value, datetime) and value.tzinfo is not None:
            # Excel has no time zones; store the instant in UTC (said on the summary sheet).
            return value.astimezone(UTC).replace(tzinfo=None)
        return value
    text = safe_text(value if isinstance(value, str) else str(value))
    if text.startswith("="):  # cannot happen after safe_text; never let a formula through
        cell = WriteOnlyCell(sheet, value=text)
        cell.data_type = "s"
        return cell
    return text


def _write_dictionary(
    sheet: WriteOnlyWorksheet,
    content: PackageContent,
    sheet_names: dict[str, str],
    labels: dict[str, str],
) -> None:
    sheet.freeze_panes = "A2"
    _set_widths(sheet, [30, 30, 22, 18, 70, 16])
    # The last column says which fields the portability file holds (GDPR 20(1)).
    keys = ["sheet", "column", "key", "type", "description", "portable"]
    sheet.append([_header(sheet, labels[key]) for key in keys])
    type_names = TYPE_NAMES[content.language]
    for category in content.categories:
        for column in category.columns:
            sheet.append(
                [
                    safe_text(sheet_names[category.category_id]),
                    safe_text(column.title),
                    safe_text(column.key),
                    type_names[column.type],
                    _wrapped(sheet, safe_text(column.description)) if column.description else None,
                    labels["yes"] if category.portable and column.portable else labels["no"],
                ]
            )


def _column_widths(category: CategorySection) -> list[float]:
    widths = [max(10.0, len(column.title) * 1.1 + 2) for column in category.columns]
    for row in islice(iter(category.rows), SAMPLE_ROWS):
        for index, (column, value) in enumerate(zip(category.columns, row, strict=False)):
            text = display_text(value, column.type, "en")
            widths[index] = max(widths[index], len(text) * 1.05 + 2)
    return [min(width, 60.0) for width in widths]


def _set_widths(sheet: WriteOnlyWorksheet, widths: Sequence[float]) -> None:
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width


def _header(sheet: WriteOnlyWorksheet, text: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=text)
    cell.font = _HEADER_FONT
    cell.fill = _HEADER_FILL
    cell.alignment = _WRAP
    return cell


def _bold(sheet: WriteOnlyWorksheet, text: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=text)
    cell.font = Font(bold=True)
    return cell


def _wrapped(sheet: WriteOnlyWorksheet, text: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=text)
    cell.alignment = _WRAP
    return cell
