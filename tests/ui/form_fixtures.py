"""The register page and the data-sources page as the form tests open them: real widgets
offscreen at a laptop's size, on the test's own SQLite case store (and, for the sources, a
real SQLite company system)."""

from __future__ import annotations

from pathlib import Path

import pytest

from smarttek_dsar.storage.database import sqlite_url
from smarttek_dsar.ui.register_page import RegisterPage
from smarttek_dsar.ui.sources_page import SourcesPage
from tests.sources.systems_fixtures import build_systems, demo_config


def shown(qtbot, page):
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    return page


# Named fixtures: test modules import the *_fixture functions, and their parameters keep the
# short names without shadowing an import (as in case_view_fixtures.py).
@pytest.fixture(name="page")
def page_fixture(qtbot, context) -> RegisterPage:
    return shown(qtbot, RegisterPage(context))


def select_category(page: RegisterPage, category_id: str) -> None:
    page.pages.setCurrentWidget(page.form)
    ids = [entry["id"] for entry in page.form.data()["categories"]]
    page.form.categories.setCurrentRow(ids.index(category_id))


def demo_systems(tmp_path: Path) -> Path:
    """The demo company system as a real SQLite file; its path."""
    path = tmp_path / "systems.sqlite3"
    build_systems(sqlite_url(path))
    return path


@pytest.fixture(name="sources_settings")
def sources_settings_fixture(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("SMARTTEK_DSAR_SOURCES", str(tmp_path / "sources.toml"))
    monkeypatch.setenv("SMARTTEK_DSAR_REGISTER", str(tmp_path / "register.toml"))


@pytest.fixture(name="sources_page")
def sources_page_fixture(qtbot, services, dpo, context, tmp_path, sources_settings
                         ) -> SourcesPage:
    """The page on the demo definitions, saved once (version 1), the first query shown."""
    services.sources.save(dpo, demo_config(demo_systems(tmp_path)))
    page = shown(qtbot, SourcesPage(context))
    page.form.queries.setCurrentRow(0)
    return page


__all__ = ["demo_config", "page_fixture", "select_category", "shown", "sources_page_fixture",
           "sources_settings_fixture"]
