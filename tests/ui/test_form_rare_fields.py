"""The rarely used fields of a register category and of a data source are edited in the form
too (issue 14): each round-trips through the service, and a value that cannot be signed shows
its message by the field, in the window's language, keeping what was typed. Real widgets
offscreen, a real SQLite case store and a real SQLite company system."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest

from smarttek_dsar.sources.config import ColumnLabel
from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.register_page import RegisterPage
from smarttek_dsar.ui.rows_table import RowsTable
from tests.ui.conftest import type_text
from tests.ui.form_fixtures import (  # noqa: F401 (fixtures)
    page_fixture,
    select_category,
    sources_page_fixture,
    sources_settings_fixture,
)

DEMO = "Smarttek systems (demo)"


def _replace(widget, text: str) -> None:
    widget.selectAll()
    type_text(widget, text)


def _fill_row(table: RowsTable, cells: list[str | bool]) -> None:
    """Add a row and fill its cells as a user does (typed text, ticked boxes)."""
    table.add_button.click()
    row = table.table.rowCount() - 1
    for column, value in enumerate(cells):
        item = table.table.item(row, column)
        if isinstance(value, bool):
            item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
        else:
            item.setText(value)


# --- the register -------------------------------------------------------------------------------

@pytest.fixture
def register_page(page, sources_settings) -> RegisterPage:
    select_category(page, "contact_details")
    return page


def test_an_automated_decision_cookies_and_interests_round_trip(qtbot, register_page, services):
    more = register_page.form.more
    more.automated.click()
    type_text(more.column, "scored_automatically")
    for key, text in (("logic_en", "A score from payment history"),
                      ("logic_lv", "Vērtējums pēc maksājumu vēstures"),
                      ("consequences_en", "An offer may be refused"),
                      ("consequences_lv", "Piedāvājumu var atteikt")):
        type_text(more.logic[key], text)
    _replace(more.interests_en, "Keeping in touch with customers")
    _replace(more.interests_lv, "Saziņa ar klientiem")
    _replace(more.transfers_en, "None")
    _replace(more.transfers_lv, "Nav")
    _fill_row(more.cookies, ["session", "Keeps you signed in", "Saglabā pieteikšanos",
                             "Until the browser closes", "Līdz pārlūka aizvēršanai"])
    assert register_page.form.message.text() == ""
    qtbot.mouseClick(register_page.save_button, Qt.MouseButton.LeftButton)
    category = services.register.current().category("contact_details")
    decision = category.automated_decision
    assert decision is not None and decision.column == "scored_automatically"
    assert decision.consequences.lv == "Piedāvājumu var atteikt"
    assert [i.lv for i in category.legitimate_interests] == ["Saziņa ar klientiem"]
    assert category.transfers_outside_eea.en == "None"
    [cookie] = category.cookies
    assert (cookie.name, cookie.lifetime.lv) == ("session", "Līdz pārlūka aizvēršanai")
    # Read back into the form from the saved version.
    assert register_page.form.more.column.text() == "scored_automatically"
    assert register_page.form.more.cookies.rows()[0][0] == "session"


def test_an_unconfirmed_retention_is_confirmed_in_the_form(qtbot, register_page, services):
    register_page.form.confirmed.setChecked(False)
    qtbot.mouseClick(register_page.save_button, Qt.MouseButton.LeftButton)
    assert not services.register.current().category("contact_details").retention.confirmed
    register_page.form.confirmed.setChecked(True)
    qtbot.mouseClick(register_page.save_button, Qt.MouseButton.LeftButton)
    assert services.register.current().category("contact_details").retention.confirmed


@pytest.mark.parametrize("language, said", [
    ("en", "An automated decision needs the column that marks it"),
    ("lv", "Automatizētam lēmumam vajadzīga kolonna, kas to atzīmē")])
def test_an_incomplete_automated_decision_is_refused_by_its_field(qtbot, services, dpo,
                                                                   language, said):
    i18n.install(language)
    page = RegisterPage(AppContext(services, dpo))
    qtbot.addWidget(page)
    page.show()
    page.pages.setCurrentWidget(page.form)
    more = page.form.more
    more.automated.click()
    type_text(more.logic["logic_en"], "A score")
    error = page.form.findChild(type(page.form.message), "register_form_error_automated")
    assert error.text().startswith(said)
    assert more.logic["logic_en"].text() == "A score"  # what was typed stays
    version = services.register.current().version
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert services.register.current().version == version


def test_interests_in_one_language_only_are_refused_by_their_field(register_page):
    more = register_page.form.more
    _replace(more.interests_en, "Keeping in touch")
    QTest.keyClick(more.interests_en, Qt.Key.Key_Return)
    type_text(more.interests_en, "Security")
    _replace(more.interests_lv, "Saziņa")
    assert more.errors["interests"].text() == (
        "Give as many interests in Latvian as in English, one per line.")
    assert more.interests_en.toPlainText() == "Keeping in touch\nSecurity"


# --- the data sources ---------------------------------------------------------------------------

def test_column_labels_and_the_less_common_fields_round_trip(qtbot, sources_page, services):
    form = sources_page.form
    labels = form.query_labels
    _fill_row(labels.columns, ["contract_no", "Contract number", "Līguma numurs",
                               "Our internal number", "Mūsu iekšējais numurs", False, False])
    _fill_row(labels.values, ["status", "active", "Active", "Aktīvs"])
    _replace(form.sql_more.media, "/srv/recordings")
    form.sql_more.codes_query.setPlainText(
        "SELECT personal_code FROM former_codes WHERE personal_code IN :personal_codes")
    assert form.message.text() == ""
    qtbot.mouseClick(sources_page.save_button, Qt.MouseButton.LeftButton)
    assert sources_page.message.text() == "Saved."
    source = services.sources.config().source(DEMO)
    assert source.media == "/srv/recordings"
    assert "former_codes" in source.codes_query
    query = source.queries[0]
    assert query.labels.column("contract_no") == ColumnLabel(
        "Contract number", "Līguma numurs", "Our internal number", "Mūsu iekšējais numurs",
        portable=False)
    assert query.labels.value("status", "active", "lv") == "Aktīvs"
    form.queries.setCurrentRow(0)
    assert form.query_labels.columns.rows()[-1][0] == "contract_no"


def test_a_writing_subject_query_is_refused_by_its_field(sources_page, services):
    more = sources_page.form.sql_more
    _replace(more.subject_query, "DELETE FROM customers")
    assert "only SELECT queries" in more.error.text()
    assert more.subject_query.toPlainText() == "DELETE FROM customers"
    sources_page.save()
    assert "DELETE" not in services.sources.text()


def _new_file_source(qtbot, form, name: str, path):
    """A file source added with Add file, named, its file and identifying column typed."""
    qtbot.mouseClick(form.add_file, Qt.MouseButton.LeftButton)
    type_text(form.name, name)
    type_text(form.file_page.path, str(path))
    type_text(form.file_page.identifiers, "email = E-pasts")
    return form.file_page


def test_a_file_sources_delimiter_encoding_and_sheet_round_trip(qtbot, sources_page, services,
                                                                tmp_path):
    form = sources_page.form
    page = _new_file_source(qtbot, form, "Marketing export", tmp_path / "marketing.csv")
    type_text(page.more.delimiter, ";")
    type_text(page.more.encoding, "cp1257")
    type_text(page.more.system, "Newsletter")
    type_text(page.more.system_lv, "Jaunumu vēstule")
    assert form.message.text() == ""
    qtbot.mouseClick(sources_page.save_button, Qt.MouseButton.LeftButton)
    saved = services.sources.config().source("Marketing export")
    assert (saved.delimiter, saved.encoding, saved.system_lv) == (";", "cp1257",
                                                                  "Jaunumu vēstule")


# --- the controller, the authority and the general texts ------------------------------------------

def test_the_controller_and_the_date_in_force_round_trip(qtbot, register_page, services):
    organisation = register_page.form.organisation
    register_page.form.parts.setCurrentWidget(organisation)
    _replace(organisation.fields[("controller", "email")], "privacy@smarttek.lv")
    _replace(organisation.fields[("authority", "address_lv")], "Elijas iela 17, Rīga")
    organisation.effective_from.setDate(QDate(2026, 1, 15))
    qtbot.mouseClick(register_page.save_button, Qt.MouseButton.LeftButton)
    register = services.register.current()
    assert register.controller.email == "privacy@smarttek.lv"
    assert register.authority.address.lv == "Elijas iela 17, Rīga"
    assert register.effective_from == date(2026, 1, 15)
    assert organisation.fields[("controller", "email")].text() == "privacy@smarttek.lv"


def test_an_emptied_controller_field_is_refused_by_it(register_page, services):
    organisation = register_page.form.organisation
    register_page.form.parts.setCurrentWidget(organisation)
    website = organisation.fields[("controller", "website")]
    website.selectAll()
    QTest.keyClick(website, Qt.Key.Key_Delete)
    assert organisation.errors[("controller", "website")].text() == (
        "Needed: the letters to subjects name it.")
    assert "website" in register_page.form.message.text()
    version = services.register.current().version
    register_page.save()
    assert services.register.current().version == version


def test_a_second_sheet_with_a_category_per_column_round_trips(qtbot, sources_page, services,
                                                               tmp_path):
    form = sources_page.form
    page = _new_file_source(qtbot, form, "Survey workbook", tmp_path / "surveys.xlsx")
    type_text(page.sheet, "Answers")
    page.category.setCurrentIndex(page.category.findData("customer_surveys"))
    qtbot.mouseClick(page.add_sheet, Qt.MouseButton.LeftButton)
    assert page.sheets.count() == 2 and page.sheets.currentIndex() == 1
    type_text(page.sheet, "Consents")
    page.category.setCurrentIndex(page.category.findData(""))  # one per column
    _fill_row(page.columns, ["Piekrišana", "marketing_preferences"])
    _fill_row(page.columns, ["Piezīmes", ""])  # left out of the copy
    type_text(page.sheet_identifiers, "customer_no = Klienta nr.")
    assert form.message.text() == ""
    assert page.sheets.itemText(1) == "Consents"
    qtbot.mouseClick(sources_page.save_button, Qt.MouseButton.LeftButton)
    assert sources_page.message.text() == "Saved."
    first, second = services.sources.config().source("Survey workbook").sheets
    assert (first.sheet, first.category_id) == ("Answers", "customer_surveys")
    assert second.sheet == "Consents" and second.category_id is None
    assert second.columns == (("Piekrišana", "marketing_preferences"), ("Piezīmes", ""))
    assert second.identifiers == (("customer_no", ("Klienta nr.",)),)
    page.sheets.setCurrentIndex(0)
    assert page.sheet.text() == "Answers"


def test_a_sheet_without_any_category_is_refused_by_the_file_fields(qtbot, sources_page,
                                                                    tmp_path):
    form = sources_page.form
    page = _new_file_source(qtbot, form, "Survey workbook", tmp_path / "surveys.xlsx")
    page.category.setCurrentIndex(page.category.findData(""))
    assert "give 'category' or a category per column" in page.error.text()
    assert page.path.text().endswith("surveys.xlsx")
