"""At 1280x800 in Latvian the Data sources page shows whole names in its two lists (issue 14:
"Smarttek systems (demo) — datubāz", "Identifikācijas dati — CRM..." were cut): a source's
address still too long ends in "…" with the whole text as its tooltip, every query title reads
whole (wrapped onto a second line when long), in both languages, and the form beside them is
not pushed off the right edge. The real window offscreen on the demo definitions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QScrollArea

from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.main_window import MainWindow
from tests.ui.form_fixtures import (  # noqa: F401 (fixtures)
    demo_config,
    demo_systems,
    sources_settings_fixture,
)


def _room(listing) -> int:
    return listing.viewport().width()


def _needs(listing, text: str) -> int:
    return listing.fontMetrics().horizontalAdvance(text) + 8  # the item's own margins


def _window_at_1280x800(qtbot, services, dpo, tmp_path, language: str):
    services.sources.save(dpo, demo_config(demo_systems(tmp_path)))
    i18n.install(language)
    window = MainWindow(AppContext(services, dpo))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    form = window.show_page("sources").form
    qtbot.wait(10)
    return form


def _fields_still_fit(form) -> None:
    """The fields beside the lists: no sideways scrolling, the Test button in view."""
    scroll = next(s for s in form.findChildren(QScrollArea) if s.widget() is form.fields)
    assert not scroll.horizontalScrollBar().isVisible()
    button = form.query_test.button
    assert button.mapTo(scroll.viewport(), button.rect().topRight()).x() <= (
        scroll.viewport().width())


def test_the_lists_show_whole_names_at_1280x800_in_latvian(qtbot, services, dpo, tmp_path,
                                                           sources_settings):
    form = _window_at_1280x800(qtbot, services, dpo, tmp_path, "lv")
    source = form.sources.item(0)
    assert source.text().startswith("Smarttek systems (demo) — datubāze — sqlite:")
    assert _room(form.sources) >= _needs(form.sources, "Smarttek systems (demo) — datubāze")
    assert source.toolTip().endswith(source.text()) or source.text() in source.toolTip()
    titles = [form.queries.item(row).text() for row in range(form.queries.count())]
    assert "Identifikācijas dati — CRM" in titles
    assert "Norēķini un maksājumi — Billing" in titles
    _fields_still_fit(form)


@pytest.mark.parametrize("language", ["en", "lv"])
def test_every_query_title_reads_whole_at_1280x800(qtbot, services, dpo, tmp_path,
                                                   sources_settings, language):
    """Before, 8 of the 15 demo titles ended in "…": now a long one wraps onto a second line
    and its row is as high as the wrapped text (no word cut, no line hidden)."""
    form = _window_at_1280x800(qtbot, services, dpo, tmp_path, language)
    listing = form.queries
    assert listing.count() == 15
    room = _room(listing) - 8  # the item's own margins
    metrics = listing.fontMetrics()
    two_lines = 0
    for row in range(listing.count()):
        title = listing.item(row).text()
        for word in title.split():
            assert metrics.horizontalAdvance(word) <= room, (title, word)
        wrapped = metrics.boundingRect(QRect(0, 0, room, 10_000),
                                       int(Qt.TextFlag.TextWordWrap), title)
        shown = listing.visualRect(listing.model().index(row, 0))
        assert shown.height() >= wrapped.height(), title
        assert shown.width() <= listing.viewport().width(), title
        two_lines += wrapped.height() > metrics.lineSpacing()
        assert title in listing.item(row).toolTip()
    assert two_lines, "no title needed two lines: the list is wide enough without wrapping"
    assert not listing.horizontalScrollBar().isVisible()
    _fields_still_fit(form)
