"""The register edited as a form (issue 14): real widgets offscreen, a real SQLite case store.
The form and the Expert text are one draft; saving from either is RegisterService.save (a new
version, audited); a category that could not be signed is refused with a message by its field;
every column of the overview shows at 1280x800."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from smarttek_dsar.domain.rights import LegalBasis
from smarttek_dsar.storage.models import AuditEvent
from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.register_page import RegisterPage
from tests.ui.conftest import type_text
from tests.ui.form_fixtures import page_fixture, select_category  # noqa: F401 (a fixture)


def _saved_versions(services) -> int:
    with services.db.read() as session:
        return len(list(session.scalars(
            select(AuditEvent).where(AuditEvent.action == "register.saved"))))


def test_a_form_edit_shows_in_the_expert_text_and_saves_a_version(qtbot, page, services):
    select_category(page, "contact_details")
    assert page.form.name_en.text() == "Contact details"
    page.form.name_en.selectAll()
    type_text(page.form.name_en, "Contact information")
    page.form.bases[LegalBasis.CONSENT].click()
    page.pages.setCurrentWidget(page.editor)
    assert 'name_en = "Contact information"' in page.editor.toPlainText()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "Saved as version 2021-06-01.3."
    category = services.register.current().category("contact_details")
    assert category.name.en == "Contact information"
    assert LegalBasis.CONSENT in category.legal_bases
    assert _saved_versions(services) == 1


def test_an_expert_edit_shows_in_the_form(page):
    page.pages.setCurrentWidget(page.editor)
    page.editor.setPlainText(page.editor.toPlainText().replace(
        'name_lv = "Kontaktinformācija"', 'name_lv = "Saziņas dati"', 1))
    select_category(page, "contact_details")
    assert page.form.name_lv.text() == "Saziņas dati"


def test_broken_expert_text_keeps_the_expert_tab_and_says_why(page):
    page.pages.setCurrentWidget(page.editor)
    page.editor.setPlainText("version = ")
    page.pages.setCurrentWidget(page.form)
    assert page.pages.currentWidget() is page.editor
    assert "not valid TOML" in page.message.text()


def test_a_category_without_a_legal_basis_is_refused_by_its_field(qtbot, page, services):
    select_category(page, "contact_details")
    for box in page.form.bases.values():
        if box.isChecked():
            box.click()
    assert "at least one legal basis" in page.form.errors["legal_bases"].text()
    assert "Not saved until corrected" in page.form.message.text()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "legal_bases" in page.message.text()
    assert _saved_versions(services) == 0


def test_a_new_category_is_added_with_recipients_and_retention(qtbot, page, services):
    page.pages.setCurrentWidget(page.form)
    form = page.form
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    assert "id is needed" in form.errors["id"].text()
    type_text(form.category_id, "loyalty_points")
    type_text(form.name_en, "Loyalty points")
    type_text(form.name_lv, "Lojalitātes punkti")
    type_text(form.description_en, "Points collected with purchases.")
    type_text(form.description_lv, "Ar pirkumiem krātie punkti.")
    type_text(form.purposes_en, "Loyalty programme")
    type_text(form.purposes_lv, "Lojalitātes programma")
    form.bases[LegalBasis.CONTRACT].click()
    form.source.setCurrentIndex(form.source.findData("generated"))
    form.recipients.item(0).setCheckState(Qt.CheckState.Checked)
    form.period_months.setValue(24)
    type_text(form.retention_en, "24 months after the programme ends")
    type_text(form.retention_lv, "24 mēneši pēc programmas beigām")
    assert all(not label.text() for label in form.errors.values())
    assert form.message.text() == ""
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "Saved as version 2021-06-01.3."
    added = services.register.current().category("loyalty_points")
    assert added.name.lv == "Lojalitātes punkti" and added.retention.period_months == 24
    assert added.recipient_ids == (services.register.current().recipients[0].id,)
    assert not added.retention.confirmed  # a new period is the DPO's to confirm


def test_a_category_is_removed(qtbot, page, services):
    select_category(page, "customer_surveys")
    qtbot.mouseClick(page.form.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "customer_surveys" not in services.register.current().category_ids


def test_legal_bases_are_checkable_words_in_latvian(qtbot, services, dpo):
    i18n.install("lv")
    page = RegisterPage(AppContext(services, dpo))
    qtbot.addWidget(page)
    words = [box.text() for box in page.form.bases.values()]
    assert "Līgums" in words and "Leģitīmās intereses" in words
    assert not any("_" in word for word in words)


def test_a_manager_sees_the_form_but_cannot_change_it(qtbot, services, manager):
    page = RegisterPage(AppContext(services, manager))
    qtbot.addWidget(page)
    assert not page.save_button.isEnabled() and not page.form.add_button.isEnabled()
    assert not page.form.fields.isEnabled() and page.editor.isReadOnly()


@pytest.mark.parametrize("language", ["en", "lv"])
def test_every_column_of_the_register_shows_at_1280_by_800(qtbot, context, language):
    from smarttek_dsar.ui.main_window import MainWindow

    i18n.install(language)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("register")
    table = window.pages["register"].table
    qtbot.waitUntil(lambda: table.viewport().width() > 0)
    visible = table.viewport().width()
    for column in range(table.columnCount()):
        assert not table.isColumnHidden(column)
        left = table.columnViewportPosition(column)
        assert left >= 0 and table.columnWidth(column) >= 80, column
        assert left + table.columnWidth(column) <= visible + 1, column


def test_a_new_recipient_is_named_and_given_to_a_category(qtbot, page, services):
    page.pages.setCurrentWidget(page.form)
    form, recipients = page.form, page.form.recipient_form
    form.parts.setCurrentWidget(recipients)
    qtbot.mouseClick(recipients.add_button, Qt.MouseButton.LeftButton)
    assert "id is needed" in recipients.error.text()
    type_text(recipients.recipient_id, "payment_processor")
    type_text(recipients.name_en, "Payment processor")
    type_text(recipients.name_lv, "Maksājumu apstrādātājs")
    assert recipients.error.text() == ""
    select_category(page, "billing_payments")
    item = form.recipients.item(form.recipients.count() - 1)
    assert item.text() == "Payment processor"
    item.setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    register = services.register.current()
    assert register.recipient("payment_processor").name.lv == "Maksājumu apstrādātājs"
    assert "payment_processor" in register.category("billing_payments").recipient_ids


def test_a_renamed_recipient_is_followed_and_a_used_one_is_not_removed(qtbot, page, services):
    page.pages.setCurrentWidget(page.form)
    recipients = page.form.recipient_form
    page.form.parts.setCurrentWidget(recipients)
    recipients.recipients.setCurrentRow(0)
    assert recipients.recipient_id.text() == "it_service_providers"
    qtbot.mouseClick(recipients.remove_button, Qt.MouseButton.LeftButton)
    assert recipients.error.text().startswith("Still named by: ")
    type_text(recipients.recipient_id, "_eu")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    register = services.register.current()
    assert "it_service_providers_eu" in register.category("contact_details").recipient_ids
    assert "it_service_providers" not in {r.id for r in register.recipients}
