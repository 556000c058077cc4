"""At 1280x800 in Latvian the register's form shows its categories and recipients without a
sideways scroll bar (issue 14 walk: "Atbildīgās personas un labuma guvē", "Klienta IT
sistēmas, nekustamais īpa" were cut off): the lists take the room of a typical name, what is
still longer ends in "…" with the whole name on hover. The real window offscreen on the demo
register."""

from __future__ import annotations

from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.main_window import MainWindow


def _whole(listing, text: str) -> bool:
    return listing.fontMetrics().horizontalAdvance(text) + 8 <= listing.viewport().width()


def _register_form_in_latvian(qtbot, services, dpo):
    """The register page's form in a Latvian main window at 1280x800, its categories loaded."""
    i18n.install("lv")
    window = MainWindow(AppContext(services, dpo))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("register")
    page.pages.setCurrentWidget(page.form)
    qtbot.waitUntil(lambda: page.form.categories.count() > 0)
    qtbot.wait(10)
    return page


def test_register_lists_show_names_not_a_sideways_scroll_bar(qtbot, services, dpo):
    page = _register_form_in_latvian(qtbot, services, dpo)

    categories = page.form.categories
    names = [categories.item(r).text() for r in range(categories.count())]
    assert "Atbildīgās personas un labuma guvēji" in names
    assert _whole(categories, "Atbildīgās personas un labuma guvēji")
    assert not categories.horizontalScrollBar().isVisible()
    for row, name in enumerate(names):
        assert name in categories.item(row).toolTip()

    page.form.parts.setCurrentWidget(page.form.recipient_form)
    qtbot.wait(10)
    recipients = page.form.recipient_form.recipients
    assert not recipients.horizontalScrollBar().isVisible()
    assert _whole(recipients, "Tiesībsargājošās iestādes")
    for row in range(recipients.count()):
        assert recipients.item(row).text() in recipients.item(row).toolTip()


def test_the_category_fields_beside_the_list_still_fit(qtbot, services, dpo):
    from PySide6.QtWidgets import QScrollArea

    page = _register_form_in_latvian(qtbot, services, dpo)
    scroll = next(s for s in page.form.findChildren(QScrollArea) if s.isVisible())
    assert not scroll.horizontalScrollBar().isVisible()
