"""The PDF copy, read back as a subject's PDF reader would see it."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from smarttek_dsar.exporters.content import CategorySection, Column
from smarttek_dsar.exporters.fonts import REGULAR
from smarttek_dsar.exporters.pdf_package import write_pdf
from smarttek_dsar.exporters.pdf_tables import FONT_SIZE, TextMeasure, wrap_lines
from tests.exporters.sample import LATVIAN_LETTERS, make_content


def _pages(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


@pytest.fixture(scope="module")
def latvian_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    path = tmp_path_factory.mktemp("pdf") / "DSAR-2026-0001_data.pdf"
    write_pdf(make_content(rows=120), path)
    return path, _pages(path)


def test_latvian_letters_survive_in_the_letter(latvian_pdf: tuple[Path, list[str]]) -> None:
    _, pages = latvian_pdf
    assert LATVIAN_LETTERS in pages[0]
    assert "Jānis Bērziņš" in pages[0]
    assert "Ķīšezera iela 12-3" in pages[0]
    assert "SMARTTEK MIXTURE SIA" in pages[0]
    assert "40103966371" in pages[0]
    assert "Datu valsts inspekcija, Elijas iela 17, Rīga, LV-1050" in pages[0]


def test_page_x_of_y_on_first_and_last_page(latvian_pdf: tuple[Path, list[str]]) -> None:
    _, pages = latvian_pdf
    total = len(pages)
    assert total > 3
    assert f"1. lapa no {total}" in pages[0]
    assert f"{total}. lapa no {total}" in pages[-1]
    assert all("DSAR-2026-0001 · 2026-03-03" in page for page in pages)


def test_contents_lists_every_category_with_its_start_page(
    latvian_pdf: tuple[Path, list[str]],
) -> None:
    _, pages = latvian_pdf
    contents = pages[1]
    assert "Saturs" in contents
    content = make_content(rows=120)
    for number, category in enumerate(content.categories, start=1):
        title = f"{number}. {category.title}"
        assert title in contents
        found = re.search(re.escape(title) + r" Ierakstu skaits: \S+ (\d+)", contents)
        assert found is not None
        listed_page = int(found.group(1))
        assert title in pages[listed_page - 1]


def test_every_category_title_notes_and_cell_text_present(
    latvian_pdf: tuple[Path, list[str]],
) -> None:
    _, pages = latvian_pdf
    text = " ".join(pages[2:])
    for category in make_content().categories:
        assert category.title in text
        for note in category.notes:
            assert note in text
    assert "Rēķins par pakalpojumu 119" in text
    assert "=HYPERLINK" in text
    # A long unbroken cell is wrapped, never cut off (GDPR 15(3): a faithful copy).
    assert "ĀČĒĢĪĶĻŅŠŪŽ" * 12 in text.replace(" ", "")


def test_long_tables_repeat_their_header_on_every_page(
    latvian_pdf: tuple[Path, list[str]],
) -> None:
    _, pages = latvian_pdf
    invoice_pages = [page for page in pages if re.search(r"R-00\d{3}", page)]
    assert len(invoice_pages) >= 2
    assert all("Rēķina nr." in page for page in invoice_pages)


def test_fonts_are_embedded(latvian_pdf: tuple[Path, list[str]]) -> None:
    path, _ = latvian_pdf
    fonts = PdfReader(path).pages[0]["/Resources"]["/Font"]
    for font in fonts.values():
        font = font.get_object()
        assert "DejaVu" in font["/BaseFont"]
        descriptor = font["/FontDescriptor"] if "/FontDescriptor" in font else None
        if descriptor is None:  # composite font: the descriptor is on the descendant
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        assert "/FontFile2" in descriptor.get_object()


def test_english_labels(tmp_path: Path) -> None:
    path = tmp_path / "en.pdf"
    write_pdf(make_content(rows=5, language="en"), path)
    pages = _pages(path)
    assert f"Page 1 of {len(pages)}" in pages[0]
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]
    assert "Contents" in pages[1]
    assert "This copy holds no records in this category." in " ".join(pages)


def test_a_row_with_missing_values_is_refused(tmp_path: Path) -> None:
    content = make_content(rows=1)
    broken = CategorySection("x", "Broken", [Column("a", "A"), Column("b", "B")], [("only",)])
    content = replace(content, categories=[broken])
    with pytest.raises(ValueError, match="1 values for 2 columns"):
        write_pdf(content, tmp_path / "broken.pdf")


def test_wrapped_lines_fit_their_column_and_keep_every_character() -> None:
    measure = TextMeasure()
    text = "Ļoti garš teksts ar vārdu " + "ŠĶŪŽĀČĒĢĪĶĻŅ" * 6 + " un beigas\notrā rindkopa"
    for width in (40.0, 90.0, 250.0):
        lines = wrap_lines(text, width, measure)
        assert all(stringWidth(line, REGULAR, FONT_SIZE) <= width + 1e-6 for line in lines)
        assert "".join(lines).replace(" ", "") == text.replace(" ", "").replace("\n", "")
