"""Where a definition is wrong ("the 2nd data source", "query 1 of the source 'Shop'", "the
category's table 'retention'") is part of the message, so a Latvian window names the place in
Latvian too, not in the parser's English. Real pages offscreen, the real raw text saved."""

from __future__ import annotations

from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.register_page import RegisterPage
from smarttek_dsar.ui.sources_page import SourcesPage
from tests.ui.form_fixtures import (  # noqa: F401 (fixtures)
    demo_config,
    demo_systems,
    shown,
    sources_settings_fixture,
)

UNNAMED = '\n[[sources]]\nkind = "sql"\nurl = "sqlite:///shop.sqlite3"\n'
NO_SQL = ('\n[[sources]]\nname = "Veikals"\nkind = "sql"\nurl = "sqlite:///shop.sqlite3"\n'
          '[[sources.queries]]\ncategory = "identification"\n')
UNNAMED_FILE_SHEET = ('\n[[sources]]\nname = "Eksports"\nkind = "file"\npath = "x.csv"\n'
                      '[sources.identifiers]\nemail = "E-pasts"\n[[sources.sheets]]\n'
                      'category = "identification"\n[sources.sheets.columns]\n'
                      '"Vārds" = "Nav kategorija"\n')


def _latvian_sources_page(qtbot, services, dpo, tmp_path) -> SourcesPage:
    services.sources.save(dpo, demo_config(demo_systems(tmp_path)))
    i18n.install("lv")
    page = shown(qtbot, SourcesPage(AppContext(services, dpo)))
    page.pages.setCurrentWidget(page.editor)
    return page


def _saved_with(page, added: str) -> str:
    page.editor.setPlainText(page.editor.toPlainText() + added)
    page.save()
    return page.message.text()


def test_a_source_without_a_name_is_named_by_its_place_in_latvian(
        qtbot, services, dpo, tmp_path, sources_settings):
    page = _latvian_sources_page(qtbot, services, dpo, tmp_path)
    said = _saved_with(page, UNNAMED)
    assert said == "2. datu avots: lauka 'name' trūkst vai tas ir tukšs."


def test_a_query_is_named_by_its_number_in_latvian(qtbot, services, dpo, tmp_path,
                                                    sources_settings):
    page = _latvian_sources_page(qtbot, services, dpo, tmp_path)
    said = _saved_with(page, NO_SQL)
    assert said == "Datu avots 'Veikals', 1. vaicājums: lauka 'sql' trūkst vai tas ir tukšs."


def test_a_sheet_column_is_named_in_latvian(qtbot, services, dpo, tmp_path, sources_settings):
    page = _latvian_sources_page(qtbot, services, dpo, tmp_path)
    said = _saved_with(page, UNNAMED_FILE_SHEET)
    assert said.startswith("Datu avots 'Eksports', 1. lapa, kolonna 'Vārds': laukam 'category'")
    assert "Data source" not in said and "sheet number" not in said


def test_a_register_table_is_named_in_latvian(qtbot, services, dpo):
    i18n.install("lv")
    page = shown(qtbot, RegisterPage(AppContext(services, dpo)))
    page.pages.setCurrentWidget(page.editor)
    text = page.editor.toPlainText()
    start = text.index("[categories.retention]")
    line = text.index("text_lv", start)
    page.editor.setPlainText(text[:line] + "#" + text[line:])  # the first category's text_lv
    page.save()
    said = page.message.text()
    assert ", tabula 'retention': lauks 'text_lv' " in said
    assert said.startswith("Datu kategorija '")
    assert "Data category" not in said and "table" not in said
