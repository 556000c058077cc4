"""Spreadsheet pieces both management reports share: typed cells (numbers stay numbers, dates
stay dates), a styled header row, and text that a spreadsheet can never run as a formula."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from smarttek_dsar.exporters.atomic import atomic_file
from smarttek_dsar.exporters.xlsx_package import safe_text

_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
_TITLE_FONT = Font(bold=True, size=13, color="1F4E79")
PERCENT = "0.0%"
DAY = "yyyy-mm-dd"
MONTH = "yyyy-mm"


def new_workbook() -> Workbook:
    book = Workbook()
    book.remove(book.active)
    return book


def cell_value(value: object) -> object:
    """Numbers, dates and booleans go in as themselves; text through safe_text."""
    if value is None or isinstance(value, bool | int | float | date):
        return value
    return safe_text(str(value))


def add_sheet(
    book: Workbook, title: str, header: Sequence[str], rows: Sequence[Sequence[object]], *,
    widths: Sequence[int] = (), formats: dict[int, str] | None = None,
    heading: str | None = None,
) -> Worksheet:
    """One table per sheet; `formats` maps a column index to a number format."""
    sheet = book.create_sheet(safe_text(title)[:31])
    if heading:
        sheet.append([safe_text(heading)])
        sheet.cell(row=1, column=1).font = _TITLE_FONT
        sheet.append([])
    sheet.append([safe_text(h) for h in header])
    header_row = sheet.max_row
    for column in range(1, len(header) + 1):
        cell = sheet.cell(row=header_row, column=column)
        cell.font, cell.fill = _HEADER_FONT, _HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    for row in rows:
        sheet.append([cell_value(v) for v in row])
    for column, number_format in (formats or {}).items():
        for (cell,) in sheet.iter_rows(min_row=header_row + 1, min_col=column + 1,
                                       max_col=column + 1):
            cell.number_format = number_format
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
    return sheet


def add_notes(book: Workbook, title: str, lines: Sequence[str]) -> None:
    sheet = book.create_sheet(safe_text(title)[:31])
    sheet.column_dimensions["A"].width = 110
    for line in lines:
        sheet.append([safe_text(line)])
        sheet.cell(row=sheet.max_row, column=1).alignment = Alignment(wrap_text=True,
                                                                        vertical="top")


def save(book: Workbook, path: Path) -> None:
    with atomic_file(Path(path)) as temporary:
        book.save(str(temporary))
