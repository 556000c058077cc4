"""The spreadsheet copy, opened again with openpyxl as a spreadsheet program would."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook

from smarttek_dsar.exporters.content import CategorySection, Column
from smarttek_dsar.exporters.xlsx_package import safe_text, sheet_title, write_xlsx
from tests.exporters.sample import NASTY_TEXTS, make_content


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> Workbook:
    path = tmp_path_factory.mktemp("xlsx") / "DSAR-2026-0001_data.xlsx"
    write_xlsx(make_content(rows=40), path)
    return load_workbook(path)


def test_summary_categories_and_dictionary_sheets(workbook: Workbook) -> None:
    names = workbook.sheetnames
    assert names[0] == "Kopsavilkums"
    assert names[-1] == "Kolonnu vārdnīca"
    assert "Kontaktinformācija" in names
    assert "Rēķini un maksājumi" in names
    assert all(len(name) <= 31 for name in names)
    summary = [row for row in workbook["Kopsavilkums"].iter_rows(values_only=True)]
    assert summary[0][:2] == ("Lietas numurs", "DSAR-2026-0001")
    assert summary[1][:2] == ("Datu subjekts", "Jānis Bērziņš")
    assert ("Kontaktinformācija", "Kontaktinformācija", 40, "Jā",
            "Citu personu dati aizklāti, VDAR 15(4).") in summary  # fmt: skip


def test_cells_keep_their_types(workbook: Workbook) -> None:
    contact = list(workbook["Kontaktinformācija"].iter_rows(values_only=True))
    assert contact[0] == (
        "ID", "Vārds, uzvārds", "E-pasts", "Reģistrēts", "Pēdējā pieteikšanās",
        "Piekrišana mārketingam",
    )  # fmt: skip
    first = contact[1]
    assert isinstance(first[3], date) and first[3].date() == date(2024, 1, 1)
    # An aware time is stored as the same instant in UTC (Excel has no time zones).
    assert first[4] == datetime(2024, 2, 1, 8, 0)
    assert first[5] is True
    invoices = list(workbook["Rēķini un maksājumi"].iter_rows(values_only=True))
    assert invoices[1][2] == pytest.approx(123.45)
    assert isinstance(invoices[3][3], int) and invoices[3][3] == 2
    sheet = workbook["Rēķini un maksājumi"]
    assert sheet["B2"].number_format == "yyyy-mm-dd"
    assert sheet["C2"].data_type == "n"


def test_no_cell_is_a_formula_and_text_stays_visible(workbook: Workbook) -> None:
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{sheet.title}!{cell.coordinate} is a formula"
    descriptions = [row[4] for row in workbook["Rēķini un maksājumi"].iter_rows(values_only=True)]
    for text in NASTY_TEXTS:
        assert "'" + text.replace("\r", "\n") in descriptions


def test_frozen_header_and_column_widths(workbook: Workbook) -> None:
    for name in ("Kontaktinformācija", "Rēķini un maksājumi", "Kolonnu vārdnīca"):
        assert workbook[name].freeze_panes == "A2"
    assert workbook["Kontaktinformācija"].column_dimensions["C"].width > 20


def test_dictionary_describes_every_column(workbook: Workbook) -> None:
    rows = list(workbook["Kolonnu vārdnīca"].iter_rows(values_only=True))
    assert rows[0] == ("Lapa", "Kolonna", "Atslēga", "Tips", "Apraksts",
                       "Pārnesams (VDAR 20. pants)")
    assert [r[:5] for r in rows if r[0] == "Kontaktinformācija" and r[2] == "id"] == [
        ("Kontaktinformācija", "ID", "id", "teksts", "Ieraksta identifikators")]
    assert [r[:5] for r in rows if r[2] == "amount"] == [
        ("Rēķini un maksājumi", "Summa EUR", "amount", "decimāldaļskaitlis", None)]
    assert {r[5] for r in rows[1:]} <= {"Jā", "Nē"}
    assert len(rows) == 1 + sum(len(c.columns) for c in make_content().categories)


def test_sheet_titles_are_valid_and_unique() -> None:
    used: set[str] = set()
    first = sheet_title("Zvanu centra ieraksti: sarunu kopsavilkumi [2025]", used)
    second = sheet_title("Zvanu centra ieraksti: sarunu kopsavilkumi [2025]", used)
    assert len(first) <= 31 and len(second) <= 31
    assert not set("[]:*?/\\") & set(first + second)
    assert first != second and second.endswith("(2)")
    assert sheet_title("history", used) != "history"
    assert sheet_title("'///'", used) == "Sheet"


def test_safe_text() -> None:
    assert safe_text("=1+1") == "'=1+1"
    assert safe_text("a\x01b\x1fc") == "abc"
    assert safe_text("Rīga") == "Rīga"
    assert safe_text("x" * 40_000).endswith("[…]")


def test_english_sheet_names_and_illegal_characters(tmp_path: Path) -> None:
    content = make_content(rows=3, language="en")
    odd = CategorySection(
        "odd", "Odd/text?", [Column("t", "Text")], [("bell\x07 and =cmd|' /C calc'!A0",)]
    )
    content = replace(content, categories=[*content.categories, odd])
    path = tmp_path / "en.xlsx"
    write_xlsx(content, path)
    book = load_workbook(path)
    assert book.sheetnames[0] == "Summary" and book.sheetnames[-1] == "Column dictionary"
    assert book["Odd text"]["A2"].value == "bell and =cmd|' /C calc'!A0"
