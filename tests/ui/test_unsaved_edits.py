"""Unsaved edits are never lost silently (issue 14): leaving an edited category, source, page,
the form for a broken raw text, or the window asks Save / Discard / Cancel. Real widgets
offscreen, the real question box answered by a click, a real SQLite case store (and PostgreSQL
for the save that goes through the service)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from smarttek_dsar.services import Services
from smarttek_dsar.services.administration.sources_draft import draft_config, draft_dict
from smarttek_dsar.storage.database import Database
from smarttek_dsar.ui import i18n, preferences
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.register_page import RegisterPage
from smarttek_dsar.ui.sources_page import SourcesPage
from smarttek_dsar.ui.unsaved_edits import BOX_NAME
from tests.sources.systems_fixtures import write_marketing_csv
from tests.ui.conftest import type_text
from tests.ui.form_fixtures import (  # noqa: F401 (fixtures)
    demo_config,
    demo_systems,
    page_fixture,
    select_category,
    shown,
    sources_settings_fixture,
)

ANSWERS = {"save": QMessageBox.StandardButton.Save,
           "discard": QMessageBox.StandardButton.Discard,
           "cancel": QMessageBox.StandardButton.Cancel}


def asked() -> QMessageBox | None:
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.objectName() == BOX_NAME
                 and w.isVisible()), None)


def answer(choice: str) -> str:
    """Click the answer in the question the window asked; the question's text back."""
    box = asked()
    assert box is not None, "the window did not ask about the unsaved edit"
    text = box.text()
    box.button(ANSWERS[choice]).click()
    for _ in range(5):
        QCoreApplication.processEvents()
    return text


def _rename(page: RegisterPage, category_id: str, name: str) -> None:
    select_category(page, category_id)
    page.form.name_en.selectAll()
    type_text(page.form.name_en, name)


def _shown_id(page: RegisterPage) -> str:
    return page.form.category_id.text()


# --- leaving an edited category ----------------------------------------------------------------

def test_cancel_keeps_the_category_and_what_was_typed(page, services):
    _rename(page, "contact_details", "Contact information")
    select_category(page, "identification")
    assert "not saved" in answer("cancel")
    assert _shown_id(page) == "contact_details"
    assert page.form.name_en.text() == "Contact information"
    assert page.has_unsaved_edits()
    assert services.register.current().category("contact_details").name.en == "Contact details"


def test_discard_puts_the_category_back_and_goes_on(page, services):
    _rename(page, "contact_details", "Contact information")
    select_category(page, "identification")
    answer("discard")
    assert _shown_id(page) == "identification"
    select_category(page, "contact_details")
    assert asked() is None  # nothing edited any more: no question
    assert page.form.name_en.text() == "Contact details"
    assert not page.has_unsaved_edits()


def test_save_saves_a_version_and_goes_on(page, services):
    version = services.register.current().version
    _rename(page, "contact_details", "Contact information")
    select_category(page, "identification")
    answer("save")
    assert _shown_id(page) == "identification"
    saved = services.register.current()
    assert saved.version != version
    assert saved.category("contact_details").name.en == "Contact information"
    assert page.message.text() == f"Saved as version {saved.version}."
    assert not page.has_unsaved_edits()


def test_an_unedited_category_is_left_without_a_question(page):
    select_category(page, "contact_details")
    select_category(page, "identification")
    assert asked() is None and _shown_id(page) == "identification"


# --- the raw text that cannot become the form ---------------------------------------------------

def _break_the_text(page: RegisterPage) -> str:
    page.pages.setCurrentWidget(page.editor)
    page.editor.setPlainText(page.editor.toPlainText() + "\n[[categories]\n")
    return page.editor.toPlainText()


def test_broken_text_cancel_keeps_the_text(page):
    broken = _break_the_text(page)
    page.pages.setCurrentWidget(page.form)
    assert "not valid TOML" in page.message.text()
    answer("cancel")
    assert page.pages.currentWidget() is page.editor
    assert page.editor.toPlainText() == broken


def test_broken_text_discard_shows_the_form_and_the_saved_text(page):
    _break_the_text(page)
    page.pages.setCurrentWidget(page.form)
    answer("discard")
    assert page.pages.currentWidget() is page.form
    assert "[[categories]\n" not in page.editor.toPlainText()
    assert not page.has_unsaved_edits()


def test_broken_text_save_is_refused_and_keeps_the_text(page, services):
    version = services.register.current().version
    broken = _break_the_text(page)
    page.pages.setCurrentWidget(page.form)
    answer("save")
    assert "not valid TOML" in page.message.text()
    assert page.pages.currentWidget() is page.editor
    assert page.editor.toPlainText() == broken
    assert services.register.current().version == version


def test_a_form_edit_is_carried_into_the_text_without_a_question(page):
    _rename(page, "contact_details", "Contact information")
    page.pages.setCurrentWidget(page.editor)
    assert asked() is None
    assert 'name_en = "Contact information"' in page.editor.toPlainText()


# --- leaving the page and closing the window --------------------------------------------------

def _edit_in_window(window) -> RegisterPage:
    register = window.show_page("register")
    _rename(register, "contact_details", "Contact information")
    return register


@pytest.mark.parametrize("choice", ["cancel", "discard", "save"])
def test_switching_the_page_asks(main_window, services, choice):
    register = _edit_in_window(main_window)
    main_window.show_page("dashboard")
    answer(choice)
    saved = services.register.current().category("contact_details").name.en
    if choice == "cancel":
        assert main_window.current_page() is register
        assert register.form.name_en.text() == "Contact information"
        assert saved == "Contact details"
    else:
        assert main_window.current_page() is main_window.pages["dashboard"]
        assert not register.has_unsaved_edits()
        assert saved == ("Contact information" if choice == "save" else "Contact details")


@pytest.mark.parametrize("choice", ["cancel", "discard", "save"])
def test_closing_the_window_asks(main_window, services, choice):
    _edit_in_window(main_window)
    main_window.close()
    answer(choice)
    assert main_window.isVisible() == (choice == "cancel")
    saved = services.register.current().category("contact_details").name.en
    assert saved == ("Contact information" if choice == "save" else "Contact details")


def test_a_page_without_edits_is_left_without_a_question(main_window):
    main_window.show_page("register")
    main_window.show_page("dashboard")
    assert asked() is None
    assert main_window.current_page() is main_window.pages["dashboard"]


# --- the save through the service, on both databases -------------------------------------------

@pytest.fixture
def any_db_context(db_url):
    services = Services(Database(db_url))
    services.users.create_first_admin("dpo", "correct horse battery", "Dace Ozola")
    yield AppContext(services, services.users.login("dpo", "correct horse battery"))
    services.db.dispose()


def test_a_form_edit_is_saved_and_read_back_on_both_databases(qtbot, any_db_context):
    page = RegisterPage(any_db_context)
    qtbot.addWidget(page)
    page.show()
    _rename(page, "contact_details", "Contact information")
    page.form.retention_lv.selectAll()
    type_text(page.form.retention_lv, "Līdz līguma beigām un 10 gadus pēc tam")
    page.save()
    register = any_db_context.services.register.current()
    category = register.category("contact_details")
    assert category.name.en == "Contact information"
    assert category.retention.text.lv == "Līdz līguma beigām un 10 gadus pēc tam"
    assert not page.has_unsaved_edits()


# --- leaving an edited data source -------------------------------------------------------------

@pytest.fixture
def sources_page(qtbot, services, dpo, context, tmp_path, sources_settings) -> SourcesPage:
    """The demo database source and a file source beside it."""
    data = draft_dict(demo_config(demo_systems(tmp_path)))
    data["sources"].append({
        "name": "Marketing export", "kind": "file",
        "path": str(write_marketing_csv(tmp_path / "marketing.csv")),
        "identifiers": {"personal_code": "Personas kods"},
        "sheets": [{"category": "marketing_preferences"}]})
    services.sources.save(dpo, draft_config(data))
    return shown(qtbot, SourcesPage(context))


@pytest.mark.parametrize("choice", ["cancel", "discard", "save"])
def test_leaving_an_edited_source_asks(sources_page, services, choice):
    form = sources_page.form
    form.sources.setCurrentRow(0)
    form.queries.setCurrentRow(0)
    type_text(form.system, " (new)")
    form.sources.setCurrentRow(1)
    answer(choice)
    saved = services.sources.config().sources[0].queries[0].system
    if choice == "cancel":
        assert form.sources.currentRow() == 0 and form.system.text() == "CRM (new)"
        assert saved == "CRM" and sources_page.has_unsaved_edits()
        return
    assert form.sources.currentRow() == 1 and form.name.text() == "Marketing export"
    assert saved == ("CRM (new)" if choice == "save" else "CRM")
    assert not sources_page.has_unsaved_edits()
    form.sources.setCurrentRow(0)
    assert asked() is None
    assert form.system.text() == saved


def test_the_question_is_asked_in_latvian(qtbot, services, dpo):
    i18n.install("lv")
    latvian = shown(qtbot, RegisterPage(AppContext(services, dpo)))
    select_category(latvian, "contact_details")
    latvian.form.name_en.selectAll()
    type_text(latvian.form.name_en, "Contact information")
    select_category(latvian, "identification")
    box = asked()
    assert box.windowTitle() == "Nesaglabātas izmaiņas"
    assert [box.button(b).text() for b in ANSWERS.values()] == ["Saglabāt", "Atmest", "Atcelt"]
    answer("cancel")


# --- a language change and a new entry wait for the question -----------------------------------

@pytest.mark.parametrize("choice", ["cancel", "discard"])
def test_a_language_change_waits_for_the_question(main_window, choice):
    in_use = preferences.LANGUAGE.get()
    switched: list[str] = []
    main_window.language_changed.connect(switched.append)
    register = _edit_in_window(main_window)
    settings = main_window.pages["settings"]
    settings.language.setCurrentIndex(settings.language.findData("lv"))
    answer(choice)
    if choice == "cancel":
        # Nothing switched: the box shows the language in use again, not the cancelled choice.
        assert switched == [] and preferences.LANGUAGE.get() == in_use
        assert settings.language.currentData() == in_use
        assert register.form.name_en.text() == "Contact information"
        main_window.pages["register"].reload()
        main_window.show_page("settings")
        assert settings.language.currentData() == in_use
    else:
        assert switched == ["lv"] and preferences.LANGUAGE.get() == "lv"


def _names(listing) -> list[str]:
    return [listing.item(row).text() for row in range(listing.count())]


@pytest.mark.parametrize("choice", ["cancel", "discard", "save"])
def test_adding_a_category_to_an_edited_one_asks_first(page, services, choice):
    _rename(page, "contact_details", "Contact information")
    before = _names(page.form.categories)
    count = len(page.form.data()["categories"])
    page.form.add_button.click()
    answer(choice)
    categories = page.form.data()["categories"]
    if choice == "cancel":
        assert _names(page.form.categories) == before and len(categories) == count
        assert _shown_id(page) == "contact_details"
        assert page.form.name_en.text() == "Contact information"
        return
    assert len(categories) == count + 1 and page.form.categories.count() == count + 1
    assert page.form.categories.currentRow() == count and _shown_id(page) == ""
    saved = services.register.current().category("contact_details").name.en
    assert saved == ("Contact information" if choice == "save" else "Contact details")
    assert categories[[c["id"] for c in categories].index("contact_details")]["name_en"] == saved


@pytest.mark.parametrize("choice", ["cancel", "discard"])
def test_adding_a_source_to_an_edited_one_asks_first(sources_page, choice):
    form = sources_page.form
    form.sources.setCurrentRow(0)
    form.queries.setCurrentRow(0)
    type_text(form.system, " (new)")
    before = _names(form.sources)
    form.add_sql.click()
    answer(choice)
    if choice == "cancel":
        assert _names(form.sources) == before and len(form.data()["sources"]) == len(before)
        assert form.sources.currentRow() == 0 and form.system.text() == "CRM (new)"
        return
    assert form.sources.count() == len(before) + 1 == len(form.data()["sources"])
    assert form.sources.currentRow() == len(before) and form.name.text() == ""
    assert form.data()["sources"][0]["queries"][0]["system"] == "CRM"
