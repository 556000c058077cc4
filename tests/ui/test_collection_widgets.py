"""The data-source screens clicked through: sources with a connection test, the register with
a saved edit, and a case's collected data with exclusion, redaction and review."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from smarttek_dsar.domain.rights import Right
from smarttek_dsar.services.views import PartyInput
from smarttek_dsar.storage.database import sqlite_url
from smarttek_dsar.ui.collected_data_panel import CollectedDataPanel
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.register_page import RegisterPage
from smarttek_dsar.ui.sources_page import SourcesPage
from tests.services.case_factory import new_request
from tests.sources.systems_fixtures import (
    NEIGHBOUR,
    NEW_CODE,
    build_systems,
    demo_config,
    marketing_source,
    write_marketing_csv,
)


@pytest.fixture(autouse=True)
def own_settings_files(tmp_path, monkeypatch):
    monkeypatch.setenv("SMARTTEK_DSAR_SOURCES", str(tmp_path / "sources.toml"))
    monkeypatch.setenv("SMARTTEK_DSAR_REGISTER", str(tmp_path / "register.toml"))


@pytest.fixture
def configured(services, dpo, tmp_path):
    path = tmp_path / "systems.sqlite3"
    build_systems(sqlite_url(path))
    config = demo_config(path, marketing_source(tmp_path / "missing.csv", name="Old export"))
    services.sources.save(dpo, config)
    return config


@pytest.fixture
def ilze_case(services, janis, configured) -> str:
    request = replace(new_request(rights=[Right.ACCESS]),
                      subject=PartyInput(name="Ilze Kalniņa", personal_code=NEW_CODE))
    return services.cases.create(janis, request).number


def test_sources_page_lists_and_tests_every_source(qtbot, context, configured, tmp_path):
    page = SourcesPage(context)
    qtbot.addWidget(page)
    assert page.sources_list.count() == 2
    assert "systems.sqlite3" in page.sources_list.item(0).text()
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    lines = [page.results.item(i).text() for i in range(page.results.count())]
    assert lines[0].startswith("✔ Smarttek systems (demo)")
    assert lines[1].startswith("✘ Old export") and "does not exist" in lines[1]
    assert "Failed: Old export" in page.message.text()


def test_sources_page_saves_an_edit_and_refuses_a_password_in_the_url(qtbot, context,
                                                                     configured, tmp_path):
    page = SourcesPage(context)
    qtbot.addWidget(page)
    csv = write_marketing_csv(tmp_path / "marketing.csv")
    text = page.editor.toPlainText().replace(str(tmp_path / "missing.csv"), str(csv))
    page.editor.setPlainText(text)
    changes = []
    context.changed.connect(changes.append)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "Saved."
    assert [c.organisation for c in changes] == [True]
    assert str(csv) in page.sources_list.item(1).text()
    page.editor.setPlainText(text.replace("sqlite:///", "postgresql://u:secret@host/db#", 1))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "contains a password" in page.message.text()


def test_specialist_tests_but_cannot_save_sources(qtbot, services, janis, configured):
    page = SourcesPage(AppContext(services, janis))
    qtbot.addWidget(page)
    assert page.test_button.isEnabled() and not page.save_button.isEnabled()
    assert page.editor.isReadOnly()


def test_register_page_shows_and_saves_a_new_version(qtbot, context, services):
    page = RegisterPage(context)
    qtbot.addWidget(page)
    assert "2021-06-01.2 (shipped default)" in page.heading.text()
    assert page.table.rowCount() == 16
    edited = page.editor.toPlainText().replace("Contact details", "Contact information", 1)
    page.editor.setPlainText(edited)
    changes = []
    context.changed.connect(changes.append)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "Saved as version 2021-06-01.3."
    assert [(c.organisation, c.case_number) for c in changes] == [(True, None)]
    assert "edited by the DPO" in page.heading.text()
    assert services.register.current().category("contact_details").name.en == \
        "Contact information"
    page.editor.setPlainText("version = ")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "not valid TOML" in page.message.text()


def shown_rows(panel) -> list[tuple[str, list[str], list[str]]]:
    """Every row on screen: its category, the headings of its table and its cells' texts."""
    found = []
    for category, views in panel.category_views.items():
        for view in views:
            model = view.model()
            headings = [model.headerData(c, Qt.Orientation.Horizontal)
                        for c in range(model.columnCount())]
            for row in range(model.rowCount()):
                found.append((category, headings, [model.index(row, c).data()
                                                   for c in range(model.columnCount())]))
    return found


def cell(panel, category: str, heading: str, row: int = 0) -> str:
    view = panel.category_views[category][0]
    model = view.model()
    column = next(c for c in range(model.columnCount())
                  if model.headerData(c, Qt.Orientation.Horizontal) == heading)
    return model.index(row, column).data()


def test_collect_exclude_redact_and_review(qtbot, services, janis, ilze_case):
    context = AppContext(services, janis)
    panel = CollectedDataPanel(context)
    qtbot.addWidget(panel)
    panel.show_case(ilze_case)
    assert "No data collected yet" in panel.summary.text()
    qtbot.mouseClick(panel.collect_button, Qt.MouseButton.LeftButton)
    assert "Data about the subject was found" in panel.summary.text()
    assert "Old export: The file" in panel.summary.text()
    counts = {(panel.counts.item(r, 0).text(), panel.counts.item(r, 1).text()):
              panel.counts.item(r, 2).text() for r in range(panel.counts.rowCount())}
    # Categories in words, as the register names them.
    assert counts[("Identification data", "Smarttek systems (demo)")] == "2"
    assert counts[("—", "Old export")] == "failed"
    incident = next(r for r in shown_rows(panel) if any(NEIGHBOUR in (t or "") for t in r[2]))
    assert incident[0] == "service_incidents"
    mention = next(i for i, (_c, _h, texts) in enumerate(
        r for r in shown_rows(panel) if r[0] == "service_incidents")
        if any(NEIGHBOUR in (t or "") for t in texts))
    row_id = panel.category_views["service_incidents"][0].model().index(mention, 0).data(
        Qt.ItemDataRole.UserRole + 1)
    assert panel.select_row(row_id)
    assert panel.selected_row_id() == row_id and panel.redact_button.isEnabled()
    panel.redact_selected("description", "Names a neighbour", "others_data")
    # The table shows the value as the subject will see it: redacted, never the value.
    assert cell(panel, "service_incidents", "Description", mention) == (
        "[redacted: another person's data, GDPR 15(4)]")
    assert not any(NEIGHBOUR in (t or "") for r in shown_rows(panel) for t in r[2])
    panel.select_row(shown_rows_id(panel, "identification", 0))
    panel.exclude_selected("Not hers")
    assert cell(panel, "identification", "Excluded") == "Not hers"
    qtbot.mouseClick(panel.review_button, Qt.MouseButton.LeftButton)
    reviewed = {panel.counts.item(r, 3).text() for r in range(panel.counts.rowCount())
                if panel.counts.item(r, 0).text() != "—"}
    assert reviewed == {"yes"}
    disclosed = services.snapshot.reviewed_snapshot(janis, ilze_case)
    assert disclosed.pending == () and disclosed.categories


def shown_rows_id(panel, category: str, row: int) -> int:
    return panel.category_views[category][0].model().index(row, 0).data(
        Qt.ItemDataRole.UserRole + 1)


def test_manager_sees_no_rows_and_cannot_collect(qtbot, services, manager, ilze_case):
    panel = CollectedDataPanel(AppContext(services, manager))
    qtbot.addWidget(panel)
    panel.show_case(ilze_case)
    assert "does not show" in panel.summary.text()
    assert not panel.collect_button.isEnabled() and panel.category_views == {}


def test_review_buttons_follow_the_operations_the_case_allows(qtbot, services, janis, ilze_case):
    """Inside a case view the panel is told what the operations table allows: once the case's
    data may no longer be reviewed (e.g. the request was withdrawn), the buttons are off even
    though rows are shown, and the service would refuse the same act."""
    panel = CollectedDataPanel(AppContext(services, janis))
    qtbot.addWidget(panel)
    panel.show_case(ilze_case)
    qtbot.mouseClick(panel.collect_button, Qt.MouseButton.LeftButton)
    panel.set_allowed(services.cases.detail(janis, ilze_case).allowed_actions)
    panel.select_row(shown_rows_id(panel, "identification", 0))
    assert panel.review_button.isEnabled() and panel.exclude_button.isEnabled()

    services.response.withdraw(janis, ilze_case, note="The subject withdrew by phone")
    allowed = services.cases.detail(janis, ilze_case).allowed_actions
    assert "review_data" not in allowed and "collect" not in allowed
    panel.set_allowed(allowed)
    panel.select_row(shown_rows_id(panel, "identification", 0))
    assert shown_rows(panel)
    assert not panel.review_button.isEnabled()
    assert not panel.exclude_button.isEnabled() and not panel.redact_button.isEnabled()
    assert not panel.collect_button.isEnabled()
