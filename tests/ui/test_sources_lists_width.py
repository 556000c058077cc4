"""At 1280x800 in Latvian the Data sources page shows whole names in its two lists (issue 14:
"Smarttek systems (demo) — datubāz", "Identifikācijas dati — CRM..." were cut), what is still
too long ends in "…" with the whole text as its tooltip, and the form beside them is not pushed
off the right edge. The real window offscreen on the demo definitions."""

from __future__ import annotations

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


def test_the_lists_show_whole_names_at_1280x800_in_latvian(qtbot, services, dpo, tmp_path,
                                                           sources_settings):
    services.sources.save(dpo, demo_config(demo_systems(tmp_path)))
    i18n.install("lv")
    window = MainWindow(AppContext(services, dpo))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    form = window.show_page("sources").form
    qtbot.wait(10)

    source = form.sources.item(0)
    assert source.text().startswith("Smarttek systems (demo) — datubāze — sqlite:")
    assert _room(form.sources) >= _needs(form.sources, "Smarttek systems (demo) — datubāze")
    assert source.toolTip().endswith(source.text()) or source.text() in source.toolTip()

    titles = [form.queries.item(row).text() for row in range(form.queries.count())]
    assert "Identifikācijas dati — CRM" in titles
    whole = [t for t in titles if _needs(form.queries, t) <= _room(form.queries)]
    assert "Norēķini un maksājumi — Billing" in whole
    assert len(whole) > len(titles) // 2  # before: only the shortest (CRM) ones
    for row in range(form.queries.count()):  # the rest: "…" and the whole text on hover
        assert titles[row] in form.queries.item(row).toolTip()
    assert not form.queries.horizontalScrollBar().isVisible()

    # The fields beside the lists still fit: no sideways scrolling, the Test button in view.
    scroll = next(s for s in form.findChildren(QScrollArea) if s.widget() is form.fields)
    assert not scroll.horizontalScrollBar().isVisible()
    button = form.query_test.button
    assert button.mapTo(scroll.viewport(), button.rect().topRight()).x() <= (
        scroll.viewport().width())
