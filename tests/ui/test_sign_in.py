"""Signing in with the real password hashes, and the first administrator on an empty database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from smarttek_dsar.domain.roles import Role
from smarttek_dsar.services.administration.users import FREE_ATTEMPTS
from smarttek_dsar.ui.sign_in import FirstAdminDialog, SignInDialog
from tests.ui.conftest import PASSWORD


def _sign_in(qtbot, dialog: SignInDialog, password: str) -> None:
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)


def test_wrong_password_is_refused_with_the_services_message_then_right_one_signs_in(
        qtbot, services):
    dialog = SignInDialog(services, services.db.describe())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    fields = [(w.y(), w.height()) for w in (dialog.user, dialog.password)]
    qtbot.keyClicks(dialog.user, "janis")
    _sign_in(qtbot, dialog, "not-the-password")
    assert dialog.isVisible() and dialog.actor is None
    assert dialog.error.isVisible()
    # The message has its room already: the fields are neither moved nor squeezed.
    assert [(w.y(), w.height()) for w in (dialog.user, dialog.password)] == fields
    assert dialog.error.text() == "Wrong user name or password."
    assert dialog.password.text() == ""  # ready for another try

    _sign_in(qtbot, dialog, PASSWORD)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor.username == "janis"
    assert dialog.actor.display_name == "Jānis Bērziņš"


def test_sign_in_is_disabled_until_name_and_password_are_typed(qtbot, services):
    dialog = SignInDialog(services, services.db.describe(), user="dpo")
    qtbot.addWidget(dialog)
    assert dialog.user.text() == "dpo"  # demo mode pre-fills the user
    assert not dialog.sign_in_button.isEnabled()
    qtbot.keyClicks(dialog.password, "x")
    assert dialog.sign_in_button.isEnabled()


def test_a_locked_account_says_for_how_long(qtbot, services):
    dialog = SignInDialog(services, services.db.describe(), user="manager")
    qtbot.addWidget(dialog)
    for _ in range(FREE_ATTEMPTS):
        _sign_in(qtbot, dialog, "wrong-password")
    _sign_in(qtbot, dialog, PASSWORD)  # even the right password waits out the delay
    assert dialog.actor is None
    assert "Too many attempts; try again in" in dialog.error.text()


def test_first_administrator_on_an_empty_database(qtbot, empty_services):
    assert not empty_services.users.has_users()
    dialog = FirstAdminDialog(empty_services, empty_services.db.describe())
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.create_button.isEnabled()
    qtbot.keyClicks(dialog.user, "dace.ozola")
    qtbot.keyClicks(dialog.display_name, "Dace Ozola")
    qtbot.keyClicks(dialog.password, "short")
    assert "at least 10 characters" in dialog.hint.text()
    assert not dialog.create_button.isEnabled()
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, "a-long-password")
    qtbot.keyClicks(dialog.repeat, "a-long-passwort")
    assert dialog.hint.text() == "The two passwords differ."
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.repeat, "a-long-password")
    assert dialog.create_button.isEnabled()

    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor.username == "dace.ozola"
    assert Role.ADMIN in dialog.actor.roles
    assert empty_services.users.has_users()
    assert empty_services.users.login("dace.ozola", "a-long-password").display_name == "Dace Ozola"


def test_a_refused_user_name_is_shown_and_nothing_is_created(qtbot, empty_services):
    dialog = FirstAdminDialog(empty_services, empty_services.db.describe())
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.user, "dace ozola")  # a space is not allowed
    qtbot.keyClicks(dialog.password, "a-long-password")
    qtbot.keyClicks(dialog.repeat, "a-long-password")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.actor is None
    assert "user name" in dialog.error.text().lower()
    assert not empty_services.users.has_users()
