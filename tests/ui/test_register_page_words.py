"""The register page names legal bases in words of the window's language, never as keys."""

from __future__ import annotations

import pytest

from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.register_page import RegisterPage


@pytest.mark.parametrize(("language", "contract", "interests"), [
    ("en", "Contract", "Legitimate interests"),
    ("lv", "Līgums", "Leģitīmās intereses"),
])
def test_legal_bases_are_words(qtbot, services, dpo, language, contract, interests):
    i18n.install(language)
    page = RegisterPage(AppContext(services, dpo))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.table.rowCount() > 0)
    bases = " ".join(page.table.item(r, 2).text() for r in range(page.table.rowCount()))
    assert contract in bases and interests in bases
    assert "legitimate_interests" not in bases and "legal_obligation" not in bases


@pytest.mark.parametrize("language", ["en", "lv"])
def test_unconfirmed_retention_is_confirmed_by_the_forms_tick_not_register_text(
        qtbot, services, dpo, language):
    """The demo register has retention periods the DPO has not confirmed yet; the page says
    where to confirm them in the words of the form, not as "confirmed = true" to type."""
    i18n.install(language)
    page = RegisterPage(AppContext(services, dpo))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.unconfirmed.isVisible())
    said = page.unconfirmed.text()
    assert "confirmed = true" not in said and "=" not in said
    assert page.form.confirmed.text() in said
    assert page.pages.tabText(page.pages.indexOf(page.form)) in said
