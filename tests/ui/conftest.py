"""UI tests: real widgets on the offscreen platform, a real SQLite file per test, background
jobs run at once, and settings kept in the test's own folder."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QDialog  # noqa: E402

from smarttek_dsar.demo.cases import generate_demo  # noqa: E402
from smarttek_dsar.demo.setup import DEMO_PASSWORD, DEMO_USERS  # noqa: E402
from smarttek_dsar.services import Services  # noqa: E402
from smarttek_dsar.services.actor import Actor  # noqa: E402
from smarttek_dsar.storage.database import sqlite_url  # noqa: E402
from smarttek_dsar.ui import i18n  # noqa: E402
from smarttek_dsar.ui.context import AppContext  # noqa: E402
from smarttek_dsar.ui.tasks import use_synchronous_tasks  # noqa: E402

PASSWORD = DEMO_PASSWORD
CASES = 600  # enough for three pages of 200 and every deadline state


@pytest.fixture(scope="session")
def template_db(tmp_path_factory) -> Path:
    """Users and demo cases, built once; each test gets its own copy of the file."""
    path = tmp_path_factory.mktemp("template") / "cases.sqlite3"
    services = Services.open(sqlite_url(path))
    first, display, _roles = DEMO_USERS[0]
    services.users.create_first_admin(first, PASSWORD, display)
    admin = services.users.actor_for(first, reason="test fixture")
    for name, display, roles in DEMO_USERS[1:]:
        services.users.add(admin, name, PASSWORD, roles, display)
    generate_demo(services.db, CASES, seed=7)
    services.db.dispose()
    return path


@pytest.fixture(autouse=True)
def _ui_environment(qapp, tmp_path, monkeypatch):
    # Files opened for the system's viewer go to the test's folder, not the user's cache.
    monkeypatch.setenv("SMARTTEK_DSAR_OPENED_FILES", str(tmp_path / "opened"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    qapp.setOrganizationName("SMARTTEK MIXTURE SIA test")
    qapp.setApplicationName("Smarttek DSAR Desk test")
    use_synchronous_tasks(True)
    i18n.install("en")
    yield
    i18n.install("en")
    # A question a test left open (a non-modal QMessageBox shown with open()) must not be
    # found by the next test's look for "the box the window just asked".
    for widget in qapp.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.close()


@pytest.fixture
def services(template_db, tmp_path) -> Services:
    path = tmp_path / "cases.sqlite3"
    shutil.copyfile(template_db, path)
    opened = Services.open(sqlite_url(path))
    yield opened
    opened.db.dispose()


@pytest.fixture
def empty_services(tmp_path) -> Services:
    opened = Services.open(sqlite_url(tmp_path / "empty.sqlite3"))
    yield opened
    opened.db.dispose()


@pytest.fixture
def dpo(services) -> Actor:
    return services.users.actor_for("dpo", reason="test fixture")  # specialist and administrator


@pytest.fixture
def janis(services) -> Actor:
    return services.users.actor_for("janis", reason="test fixture")  # specialist only


@pytest.fixture
def manager(services) -> Actor:
    return services.users.actor_for("manager", reason="test fixture")


@pytest.fixture
def context(services, dpo) -> AppContext:
    return AppContext(services, dpo)


@pytest.fixture
def main_window(qtbot, context):
    from smarttek_dsar.ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def type_text(widget, text: str) -> None:
    """Type like a user, Latvian letters too (QTest's key tables know ASCII only)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))
