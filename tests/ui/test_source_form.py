"""The data sources edited as a form (issue 14): real widgets offscreen, a real SQLite case store,
a real SQLite company system and a real CSV export for the Test button, which runs on the real
thread pool (progress, cancel, the window stays free) as well as synchronously."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from smarttek_dsar.domain.rights import Right
from smarttek_dsar.services.views import PartyInput
from smarttek_dsar.storage.database import sqlite_url
from smarttek_dsar.storage.models import AuditEvent
from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.sources_page import SourcesPage
from smarttek_dsar.ui.tasks import use_synchronous_tasks
from tests.services.case_factory import new_request
from tests.sources.systems_fixtures import NEW_CODE, build_systems, demo_config, write_marketing_csv
from tests.ui.conftest import type_text

DEMO = "Smarttek systems (demo)"
# Counts to a hundred million in SQLite: long enough to press Cancel while it runs.
SLOW_SQL = ("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n "
            "WHERE x < 100000000) SELECT count(*) FROM n WHERE :email IS NOT NULL")


@pytest.fixture(autouse=True)
def own_settings_files(tmp_path, monkeypatch):
    monkeypatch.setenv("SMARTTEK_DSAR_SOURCES", str(tmp_path / "sources.toml"))
    monkeypatch.setenv("SMARTTEK_DSAR_REGISTER", str(tmp_path / "register.toml"))


@pytest.fixture
def configured(services, dpo, tmp_path):
    path = tmp_path / "systems.sqlite3"
    build_systems(sqlite_url(path))
    services.sources.save(dpo, demo_config(path))
    return path


@pytest.fixture
def page(qtbot, context, configured) -> SourcesPage:
    shown = SourcesPage(context)
    qtbot.addWidget(shown)
    shown.resize(1100, 760)
    shown.show()
    return shown


@pytest.fixture
def ilze_case(services, janis, configured) -> str:
    request = replace(new_request(rights=[Right.ACCESS]),
                      subject=PartyInput(name="Ilze Kalniņa", personal_code=NEW_CODE))
    return services.cases.create(janis, request).number


def _events(services, action: str) -> list[AuditEvent]:
    with services.db.read() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def test_the_form_shows_the_connection_and_a_query_per_category(page, configured):
    form = page.form
    assert form.sources.count() == 1 and DEMO in form.sources.item(0).text()
    assert form.url.text() == f"sqlite:///{configured.resolve().as_posix()}"
    assert form.queries.count() > 5
    assert form.category.currentData() == "identification"
    assert "FROM customers" in form.sql.toPlainText()
    assert form.kind.text() == "Database (SQL)"


def test_a_form_edit_shows_in_the_expert_text_and_is_saved(qtbot, page, services):
    form = page.form
    form.queries.setCurrentRow(0)
    type_text(form.system, " (new)")
    page.pages.setCurrentWidget(page.editor)
    assert 'system = "CRM (new)"' in page.editor.toPlainText()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "Saved."
    assert services.sources.config().source(DEMO).queries[0].system == "CRM (new)"
    assert len(_events(services, "sources.saved")) == 2  # the fixture's save and this one


def test_an_expert_edit_shows_in_the_form(page):
    page.pages.setCurrentWidget(page.editor)
    page.editor.setPlainText(page.editor.toPlainText().replace(
        'system = "CRM"', 'system = "Customer records"', 1))
    page.pages.setCurrentWidget(page.form)
    page.form.queries.setCurrentRow(0)
    assert page.form.system.text() == "Customer records"


def test_a_writing_query_is_refused_by_its_field(qtbot, page, services):
    form = page.form
    form.sql.selectAll()
    type_text(form.sql, "DELETE FROM customers")
    assert "only SELECT queries" in form.sql_error.text()
    assert "Not saved until corrected" in form.message.text()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "only SELECT queries" in page.message.text()
    assert "DELETE" not in services.sources.text()


def test_a_password_typed_into_the_address_is_refused_and_never_shown(page):
    form = page.form
    form.url.setText("")
    type_text(form.url, "postgresql://reader:secret@crm.example.lv/crm")
    assert "contains a password" in form.url_error.text()
    assert "secret" not in form.sources.item(0).text()


def test_the_test_button_counts_a_case_subjects_rows(qtbot, page, services, ilze_case):
    bar = page.form.query_test
    page.form.queries.setCurrentRow(0)
    bar.kind.setCurrentIndex(bar.kind.findData("case"))
    type_text(bar.subject, ilze_case)
    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    assert bar.outcome.text().startswith("✔ The query ran in")
    assert bar.outcome.text().endswith("Rows found for this subject: 1.")
    [event] = _events(services, "sources.query_tested")
    assert event.case_number == ilze_case
    assert json.loads(event.details)["category"] == "identification"


def test_an_unsaved_broken_query_fails_in_plain_words(qtbot, page):
    form, bar = page.form, page.form.query_test
    form.sql.selectAll()
    type_text(form.sql, "SELECT missing FROM no_such_table WHERE email = :email")
    bar.kind.setCurrentIndex(bar.kind.findData("email"))
    type_text(bar.subject, "ilze@example.lv")
    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    assert bar.outcome.text() == "✘ The query failed: no such table: no_such_table"


def test_a_new_file_source_is_tested_against_a_sample(qtbot, page, tmp_path):
    csv = write_marketing_csv(tmp_path / "marketing.csv")
    form = page.form
    qtbot.mouseClick(form.add_file, Qt.MouseButton.LeftButton)
    type_text(form.name, "Marketing export")
    type_text(form.file_page.path, str(csv))
    type_text(form.file_page.identifiers, "personal_code = Personas kods")
    form.file_page.category.setCurrentIndex(form.file_page.category.findData("marketing_preferences"))
    assert form.file_page.error.text() == "" and form.message.text() == ""
    bar = form.file_page.test
    bar.kind.setCurrentIndex(bar.kind.findData("personal_code"))
    type_text(bar.subject, "010190-10001")
    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    assert bar.outcome.text().endswith("Rows found for this subject: 1.")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "Saved."
    assert page.context.services.sources.config().source("Marketing export").path == str(csv)


class TestOnTheRealThreadPool:
    @pytest.fixture(autouse=True)
    def _real_pool(self):
        use_synchronous_tasks(False)
        yield
        use_synchronous_tasks(True)

    def test_the_test_runs_in_the_background(self, qtbot, page, ilze_case):
        bar = page.form.query_test
        bar.kind.setCurrentIndex(bar.kind.findData("case"))
        type_text(bar.subject, ilze_case)
        qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
        assert not bar.button.isEnabled()  # returned at once; the query runs on the pool
        qtbot.waitUntil(lambda: bar.outcome.text().startswith("✔"), timeout=20_000)
        assert bar.button.isEnabled()

    def test_cancel_stops_a_long_query(self, qtbot, page):
        form, bar = page.form, page.form.query_test
        form.sql.selectAll()
        type_text(form.sql, SLOW_SQL)
        bar.kind.setCurrentIndex(bar.kind.findData("email"))
        type_text(bar.subject, "ilze@example.lv")
        qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
        assert bar.handle is not None and bar.outcome.text() == "Testing…"
        qtbot.wait(300)  # the statement is running inside SQLite now
        bar.handle.cancel()
        qtbot.waitUntil(lambda: bar.outcome.text() == "The test was cancelled.", timeout=20_000)
        assert bar.button.isEnabled()


def test_the_form_speaks_latvian(qtbot, services, dpo, configured):
    i18n.install("lv")
    page = SourcesPage(AppContext(services, dpo))
    qtbot.addWidget(page)
    assert page.form.query_test.button.text() == "Pārbaudīt"
    assert page.pages.tabText(1).startswith("Ekspertiem")


def test_a_specialist_may_test_but_not_edit(qtbot, services, janis, configured):
    page = SourcesPage(AppContext(services, janis))
    qtbot.addWidget(page)
    assert page.form.query_test.button.isEnabled()
    assert page.form.sql.isReadOnly() and page.form.url.isReadOnly()
    assert not page.form.add_sql.isEnabled() and not page.save_button.isEnabled()
