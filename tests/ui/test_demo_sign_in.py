"""The demo's sign-in is filled in for dpo, and its hint never breaks inside the password."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import QDialog

from smarttek_dsar.domain.roles import Role
from smarttek_dsar.ui import i18n, preferences
from smarttek_dsar.ui.launch import Startup
from smarttek_dsar.ui.sign_in import WORD_JOINER, SignInDialog, breaks_only_at_spaces

PASSWORD_IN_HINT = "demo-password"


def _startup(services, *, demo: bool) -> Startup:
    startup = Startup(None, demo)
    startup.services = services  # as after the database opened
    return startup


def test_the_demo_signs_in_as_dpo_with_enter_alone(qtbot, services):
    dialog = _startup(services, demo=True).sign_in_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.user.text() == "dpo"
    assert dialog.password.text() == "demo-password"
    assert dialog.sign_in_button.isEnabled()
    assert dialog.focusWidget() is dialog.sign_in_button

    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor.username == "dpo"
    assert {Role.SPECIALIST, Role.ADMIN} <= set(dialog.actor.roles)


def test_the_demo_still_lets_the_manager_sign_in(qtbot, services):
    dialog = _startup(services, demo=True).sign_in_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.user.clear()
    qtbot.keyClicks(dialog.user, "manager")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.actor.username == "manager"
    assert dialog.actor.roles == frozenset({Role.MANAGER})


def test_the_real_case_store_fills_in_no_password_and_shows_no_hint(qtbot, services):
    preferences.LAST_USER.set("janis")
    dialog = _startup(services, demo=False).sign_in_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.user.text() == "janis"
    assert dialog.password.text() == ""
    assert not dialog.sign_in_button.isEnabled()
    assert not dialog.hint.isVisible()
    assert dialog.focusWidget() is dialog.password


def _lines(text: str, font, width: int) -> list[str]:
    """The lines Qt's text layout (the one a word-wrapping QLabel uses) makes at this width."""
    document = QTextDocument()
    document.setDefaultFont(font)
    document.setPlainText(text)
    document.setTextWidth(width)
    document.size()  # lays the text out; lines exist only after that
    lines, block = [], document.begin()
    while block.isValid():
        layout = block.layout()
        for index in range(layout.lineCount()):
            line = layout.lineAt(index)
            lines.append(block.text()[line.textStart():line.textStart() + line.textLength()])
        block = block.next()
    return lines


def _splits_the_password(text: str, font, width: int) -> bool:
    return not any(PASSWORD_IN_HINT in line.replace(WORD_JOINER, "")
                   for line in _lines(text, font, width))


def _assert_hint_keeps_the_password_whole(qtbot, services) -> str:
    dialog = _startup(services, demo=True).sign_in_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    shown, font = dialog.hint.text(), dialog.hint.font()
    assert dialog.hint.isVisible()
    # As laid out in the dialog, then at any width a narrower window could give the label
    # (from where the longest word alone fits).
    assert not _splits_the_password(shown, font, dialog.hint.contentsRect().width())
    widths = range(QFontMetrics(font).horizontalAdvance("demo-password.") + 10, 800, 2)
    assert [width for width in widths if _splits_the_password(shown, font, width)] == []
    # The text as shown before the fix does break there: this test can fail.
    before = shown.replace(WORD_JOINER, "")
    assert [width for width in widths if _splits_the_password(before, font, width)]
    # Nobody copies the invisible joiner into the password field.
    assert not (dialog.hint.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse)
    return before


def test_the_hint_never_wraps_inside_the_password(qtbot, services):
    text = _assert_hint_keeps_the_password_whole(qtbot, services)
    assert text == "Demo users: dpo, janis and manager; the password is demo-password."


def test_the_latvian_hint_never_wraps_inside_the_password(qtbot, services):
    i18n.install("lv")
    text = _assert_hint_keeps_the_password_whole(qtbot, services)
    assert text.endswith("parole ir demo-password.")


def test_only_hyphens_inside_words_get_a_joiner():
    assert breaks_only_at_spaces("demo-password - x- -y a-b-c") == (
        "demo-\u2060password - x- -y a-\u2060b-\u2060c")


def test_a_plain_sign_in_dialog_without_hint_hides_the_hint_label(qtbot, services):
    dialog = SignInDialog(services, services.db.describe())
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.hint.isVisible()
