"""The subject's data on screen: a table per category named as the register names it, the
source's column labels as headings, typed values (dates, times in Riga without fractions of a
second, numbers, nothing for a missing value) and redactions as redacted, in English and in
Latvian."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.collected_data_panel import CollectedDataPanel
from smarttek_dsar.ui.context import AppContext
from tests.sources.systems_fixtures import NEIGHBOUR
from tests.ui import test_collection_widgets as widgets
from tests.ui.test_collection_widgets import shown_rows

# The widget tests' fixtures: configured company systems and Ilze's case.
own_settings_files = widgets.own_settings_files
configured = widgets.configured
ilze_case = widgets.ilze_case


def _headings(panel, category: str, table: int = 0) -> list[str]:
    model = panel.category_views[category][table].model()
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def _row(panel, category: str, row: int = 0, table: int = 0) -> list[str]:
    model = panel.category_views[category][table].model()
    return [model.index(row, c).data() for c in range(model.columnCount())]


def _collected(qtbot, services, janis, number) -> CollectedDataPanel:
    panel = CollectedDataPanel(AppContext(services, janis))
    qtbot.addWidget(panel)
    panel.show_case(number)
    panel.collect()
    return panel


def test_one_table_per_category_with_labels_and_typed_values(qtbot, services, janis,
                                                             ilze_case):
    panel = _collected(qtbot, services, janis, ilze_case)
    titles = {c: box.title() for c, box in panel.category_boxes.items()}
    assert titles["identification"] == "Identification data (rows: 2)"
    assert titles["customer_surveys"] == "Customer surveys (NPS) (rows: 1)"
    assert _headings(panel, "identification") == [
        "Customer number", "First name", "Last name", "Personal code", "Date of birth",
        "Customer since", "Excluded"]
    # A date as a date, a time in Riga time to the minute, nothing where the source had NULL.
    assert _row(panel, "identification") == [
        "C-0009031", "Ilze", "Kalniņa", "329999-12345", "01/01/1990", "22/01/2011 07:09", ""]
    survey = _row(panel, "customer_surveys")
    assert survey[1] == "10" and survey[2] == ""
    model = panel.category_views["customer_surveys"][0].model()
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) & int(
        Qt.AlignmentFlag.AlignRight)
    every_text = [t for r in shown_rows(panel) for t in r[2]]
    assert not any("None" == t or ":" in t and "; " in t and "=" in t for t in every_text)
    assert not any(".0000" in t or "T" in t[10:11] for t in every_text if t)
    # Coded values in words: the contact language is stored as a code.
    assert _row(panel, "contact_details")[4] == "Latvian"


def test_redacted_values_never_show_and_the_tables_speak_latvian(qtbot, services, janis,
                                                                ilze_case):
    panel = _collected(qtbot, services, janis, ilze_case)
    incidents = panel.category_views["service_incidents"][0].model()
    row = next(r for r in range(incidents.rowCount())
               if NEIGHBOUR in incidents.index(r, 3).data())
    row_id = incidents.index(row, 0).data(Qt.ItemDataRole.UserRole + 1)
    services.snapshot.redact_field(janis, ilze_case, row_id, "description", "Kaimiņa vārds")

    i18n.install("lv")
    panel = CollectedDataPanel(AppContext(services, janis))  # the same snapshot, read again
    qtbot.addWidget(panel)
    panel.show_case(ilze_case)
    assert panel.category_boxes["identification"].title() == "Identifikācijas dati (rindas: 2)"
    assert _headings(panel, "identification")[:5] == [
        "Klienta numurs", "Vārds", "Uzvārds", "Personas kods", "Dzimšanas datums"]
    assert _row(panel, "identification")[4] == "01.01.1990"
    assert _headings(panel, "identification")[-1] == "Izslēgts"
    incidents = panel.category_views["service_incidents"][0].model()
    redacted = next(incidents.index(r, 3) for r in range(incidents.rowCount())
                    if incidents.index(r, 0).data(Qt.ItemDataRole.UserRole + 1) == row_id)
    assert redacted.data() == "[aizklāts: citas personas dati, VDAR 15. panta 4. punkts]"
    # The internal note is the specialist's, in the tooltip; the value is nowhere.
    assert "Kaimiņa vārds" in redacted.data(Qt.ItemDataRole.ToolTipRole)
    assert not any(NEIGHBOUR in (t or "") for r in shown_rows(panel) for t in r[2])
    assert all(NEIGHBOUR not in (redacted.data(role) or "")
               for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole))


@pytest.mark.parametrize("heading", ["Reported at"])
def test_a_table_sorts_by_the_typed_value(qtbot, services, janis, ilze_case, heading):
    panel = _collected(qtbot, services, janis, ilze_case)
    view = panel.category_views["service_incidents"][0]
    column = _headings(panel, "service_incidents").index(heading)
    view.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    model = view.model()
    years = [model.index(r, column).data()[6:10] for r in range(model.rowCount())]
    assert years == sorted(years, reverse=True)


def test_redacting_picks_the_field_by_its_heading(qtbot, services, janis, ilze_case,
                                                  monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    panel = _collected(qtbot, services, janis, ilze_case)
    incidents = panel.category_views["service_incidents"][0].model()
    row = next(r for r in range(incidents.rowCount())
               if NEIGHBOUR in incidents.index(r, 3).data())
    assert panel.select_row(incidents.index(row, 0).data(Qt.ItemDataRole.UserRole + 1))
    offered: list[list[str]] = []

    def get_item(_parent, _title, _label, items, *_args):
        offered.append(list(items))
        return (items[3] if len(offered) == 1 else items[0]), True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *_a, **_k: ("Kaimiņa vārds", True)))
    panel.redact_button.click()
    # The fields as the headings name them, never the source's column keys.
    assert offered[0] == ["Incident number", "Reported at", "Topic", "Description",
                          "Handled by", "Resolved at"]
    snapshot = services.snapshot.snapshot(janis, ilze_case)
    redacted = [r for t in snapshot.tables for r in t.rows if r.redactions]
    assert [list(r.redactions) for r in redacted] == [["description"]]
