"""The window's sign-in in team mode on the real PostgreSQL server: the address names only the
server and database, and the dialog's user name and password open the user's own login."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from smarttek_dsar.domain.roles import Role
from smarttek_dsar.ui.launch import Startup
from tests.conftest import PASSWORD
from tests.services.team_fixture import team_database  # noqa: F401  (the fixture)


def _type_and_sign_in(qtbot, dialog, user: str, password: str) -> None:
    dialog.user.clear()
    qtbot.keyClicks(dialog.user, user)
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)


def test_the_window_signs_in_with_the_users_own_database_login(qtbot, team):
    maris = team.add("maris", Role.MANAGER)
    startup = Startup(team.url, demo=False)
    dialog = startup.team_sign_in_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    _type_and_sign_in(qtbot, dialog, team.name("nobody"), PASSWORD)
    qtbot.waitUntil(dialog.error.isVisible, timeout=20000)
    assert dialog.error.text() == "Wrong user name or password."
    assert startup.services is None

    _type_and_sign_in(qtbot, dialog, maris, PASSWORD)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20000)
    assert dialog.actor.username == maris
    assert startup.services.db.team_login == maris
    # The program now runs on the manager's own connection: the dashboard through the views.
    figures = startup.services.dashboard.figures(dialog.actor)
    assert figures.open == 0
    startup.close_database()
