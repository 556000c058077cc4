"""The register and sources pages' expert text, broken, says why in the window's language:
tomllib's English reason and its place are read back to templates (domain/toml_reasons.py),
so the Latvian window shows no English of the app beside the page's own sentence."""

from __future__ import annotations

import pytest

from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.register_page import RegisterPage
from tests.ui.form_fixtures import (  # noqa: F401 (fixtures)
    shown,
    sources_page_fixture,
    sources_settings_fixture,
)
from tests.ui.test_unsaved_edits import answer


@pytest.fixture
def latvian():
    i18n.install("lv")
    yield
    i18n.install("en")


def _broken_reason(page) -> str:
    page.pages.setCurrentWidget(page.editor)
    page.editor.setPlainText(page.editor.toPlainText() + "\nvards 1\n")
    page.pages.setCurrentWidget(page.form)
    said = page.message.text()
    answer("cancel")
    return said


def test_the_registers_broken_text_says_why_in_latvian(latvian, qtbot, context):
    said = _broken_reason(shown(qtbot, RegisterPage(context)))
    assert said.startswith("Reģistra teksts nav derīgs TOML: Pārī atslēga/vērtība pēc "
                           "atslēgas gaidīts '=' ("), said
    assert ". rindā, " in said and "Expected" not in said and "at line" not in said


def test_the_sources_broken_text_says_why_in_latvian(latvian, sources_page):
    said = _broken_reason(sources_page)
    assert said.startswith("Datu avotu teksts nav derīgs TOML: Pārī atslēga/vērtība"), said
    assert "Expected" not in said and "at line" not in said


def test_the_english_window_says_tomllibs_words(qtbot, context):
    said = _broken_reason(shown(qtbot, RegisterPage(context)))
    assert "is not valid TOML: Expected '=' after a key in a key/value pair (at line " in said
