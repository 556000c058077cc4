"""Signing in, and creating the first administrator on an empty database."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from smarttek_dsar.services import Services
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.administration.users import MIN_PASSWORD_LENGTH
from smarttek_dsar.ui.actions import icon
from smarttek_dsar.ui.plain_text import plain
from smarttek_dsar.ui.tasks import run_task

_ERROR_STYLE = "color: #8b1a1a;"
_HINT_STYLE = "color: #666;"


def _message_label(style: str) -> QLabel:
    label = plain(QLabel())
    label.setWordWrap(True)
    label.setStyleSheet(style)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _error_label() -> QLabel:
    """Room for two lines of error kept from the start, so a refusal appearing does not squeeze
    the user name and password fields of a dialog that already has its size."""
    label = _message_label(_ERROR_STYLE)
    label.setObjectName("error")
    label.setMinimumHeight(2 * label.fontMetrics().lineSpacing() + 2)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    policy = label.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    label.setSizePolicy(policy)
    label.hide()
    return label


WORD_JOINER = "\u2060"


def breaks_only_at_spaces(text: str) -> str:
    """The text with a word joiner after each hyphen inside a word: Qt's line breaking (Unicode's)
    may break after a hyphen, and a hint must never show "demo-password" as "demo-" / "password".
    (Rich text's <nobr> and white-space: nowrap only work on whole paragraphs in Qt.)"""
    return re.sub(r"(?<=\S)-(?=\S)", "-" + WORD_JOINER, text)


class SignInDialog(QDialog):
    """User name and password. On success `actor` is the signed-in user."""

    def __init__(self, services: Services | None, database: str, *, user: str = "",
                 password: str = "", hint: str = "", parent: QWidget | None = None,
                 sign_in: Callable[[str, str], Actor] | None = None) -> None:
        super().__init__(parent)
        self.services = services
        # Team mode: no services before sign-in; `sign_in` opens them with the user's own
        # database login (services.administration.users.sign_in_to_team).
        self._sign_in_with = sign_in or (lambda name, word: self.services.users.login(name, word))
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Sign in — Smarttek DSAR Desk"))
        self.setWindowIcon(icon("app"))
        self.user = QLineEdit(user)
        self.user.setObjectName("user")
        self.password = QLineEdit(password)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = _error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.sign_in_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_in_button.setText(self.tr("Sign in"))
        self.sign_in_button.setDefault(True)

        heading = QLabel(self.tr("<b>Smarttek DSAR Desk</b><br>Data subject requests of "
                                 "SMARTTEK MIXTURE SIA"))
        place = _message_label(_HINT_STYLE)
        place.setText(self.tr("Database: %1").replace("%1", database))
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(place)
        self.hint = QLabel(breaks_only_at_spaces(hint))
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(_HINT_STYLE)
        # Not selectable: a copied password would carry the invisible word joiner; the demo's
        # password is filled in anyway.
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setVisible(bool(hint))
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

        self.buttons.accepted.connect(self._sign_in)
        self.buttons.rejected.connect(self.reject)
        self.user.textChanged.connect(self._update)
        self.password.textChanged.connect(self._update)
        # Everything filled in (the demo): Enter signs in.
        (self.sign_in_button if user and password else self.password if user
         else self.user).setFocus()
        self._update()

    def _update(self) -> None:
        self.sign_in_button.setEnabled(bool(self.user.text().strip() and self.password.text()))

    def _sign_in(self) -> None:
        if not self.sign_in_button.isEnabled():
            return
        self.sign_in_button.setEnabled(False)
        self.error.hide()
        username, password = self.user.text(), self.password.text()
        run_task(self, lambda: self._sign_in_with(username, password),
                 self._signed_in, on_error=self._refused)

    def _signed_in(self, actor: Actor) -> None:
        self.actor = actor
        self.accept()

    def _refused(self, message: str) -> None:
        # The service's own words: wrong name or password, or how long the account is locked.
        self.error.setText(message)
        self.error.show()
        self.password.clear()
        self.password.setFocus()
        self._update()


class FirstAdminDialog(QDialog):
    """On an empty database: the first account, which manages users and settings."""

    def __init__(self, services: Services, database: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Create the first administrator"))
        self.setWindowIcon(icon("app"))
        intro = _message_label("")
        intro.setText(self.tr(
            "This database has no users yet (%1). Create the first account: it manages users "
            "and settings and can also work on cases."
        ).replace("%1", database))
        self.user = QLineEdit()
        self.user.setObjectName("user")
        self.user.setPlaceholderText(self.tr("e.g. dace.ozola"))
        self.display_name = QLineEdit()
        self.display_name.setObjectName("display_name")
        self.display_name.setPlaceholderText(self.tr("e.g. Dace Ozola"))
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = _message_label(_HINT_STYLE)
        self.hint.setObjectName("hint")
        self.error = _error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("Create and sign in"))

        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("&Display name:"), self.display_name)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Repeat password:"), self.repeat)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

        for edit in (self.user, self.password, self.repeat):
            edit.textChanged.connect(self._update)
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)
        self._update()

    def problem(self) -> str:
        """What still stops the account from being created, in words; '' when nothing."""
        if not self.user.text().strip():
            return self.tr("Enter a user name.")
        if len(self.password.text()) < MIN_PASSWORD_LENGTH:
            return self.tr("The password needs at least %1 characters.").replace(
                "%1", str(MIN_PASSWORD_LENGTH))
        if self.password.text() != self.repeat.text():
            return self.tr("The two passwords differ.")
        return ""

    def _update(self) -> None:
        problem = self.problem()
        self.hint.setText(problem or self.tr("Ready."))
        self.create_button.setEnabled(not problem)

    def _create(self) -> None:
        if self.problem():
            return
        self.create_button.setEnabled(False)
        users = self.services.users
        username, display, password = (self.user.text(), self.display_name.text(),
                                       self.password.text())

        def job() -> Actor:
            users.create_first_admin(username, password, display)
            return users.login(username, password)

        run_task(self, job, self._created, on_error=self._refused)

    def _created(self, actor: Actor) -> None:
        self.actor = actor
        self.accept()

    def _refused(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self._update()
