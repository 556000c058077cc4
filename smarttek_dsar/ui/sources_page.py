"""Settings > Data sources: the systems searched for a subject's data. Everyone who works
cases can see them, test the connection and test a query for a subject; an administrator edits
them as a form (or as TOML text, the "Expert" tab), saves them, and can keep a source's password
in the system keyring (never in the file)."""

from __future__ import annotations

from collections.abc import Callable

import tomli_w
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smarttek_dsar.domain.errors import DomainError
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.services.administration.sources_draft import (
    SourcesConfig,
    draft_dict,
    draft_from_text,
)
from smarttek_dsar.services.administration.sources_service import SourceTest
from smarttek_dsar.ui.changes import Changes
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.plain_text import plain, plain_tip
from smarttek_dsar.ui.service_messages import error_text, message_text
from smarttek_dsar.ui.source_form import SourcesForm
from smarttek_dsar.ui.tasks import run_task
from smarttek_dsar.ui.unsaved_edits import DraftPage, DraftViews, DraftWords


class SourcesPage(DraftPage, QWidget):
    """The sources as a form (with a Test button per query) and as TOML text for experts: two
    views of one draft, saved through SourcesService.save (versions, audit) from either."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.admin = context.can(Permission.MANAGE_SETTINGS)
        self.form = SourcesForm(context, self.admin)
        if self.admin:
            self.form.guard.save = self.save
        self.form.password_button.clicked.connect(self._ask_password)
        self.sources_list = self.form.sources
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("sources_editor")
        self.editor.setReadOnly(not self.admin)
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.results = QListWidget()
        self.results.setObjectName("test_results")
        self.results.setMaximumHeight(90)
        self.message = plain(QLabel())
        self.message.setObjectName("sources_message")
        self.message.setWordWrap(True)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("test_button")
        self.test_button.clicked.connect(self.test_connection)
        self.test_button.setEnabled(self.admin or context.can(Permission.WORK_CASES))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("save_button")
        self.save_button.clicked.connect(lambda: self.save())
        self.save_button.setEnabled(self.admin)
        self.password_button = self.form.password_button
        buttons = QHBoxLayout()
        for button in (self.test_button, self.save_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.pages = QTabWidget()
        self.pages.setObjectName("sources_tabs")
        self.pages.addTab(self.form, self.tr("Sources"))
        self.pages.addTab(self.editor, self.tr("Expert: sources text (TOML)"))
        self.views = DraftViews(
            self.pages, self.form, self.editor, "sources",
            lambda data: tomli_w.dumps(data, multiline_strings=True), DraftWords(
                self.tr("The sources text is not valid TOML: {0}. Correct it here before "
                        "going back to the form."),
                self.tr("The sources text cannot be shown as a form: {0}"),
                self.tr("'sources' must be a list of [[sources]].")), self.message, self.save)
        self.path_label = plain(QLabel())
        self.path_label.setWordWrap(True)
        # The query check and the read-only transaction cannot stop everything a database
        # login may do (e.g. a function that opens its own connection): the login must be
        # read-only itself (GDPR 32).
        self.read_only_hint = QLabel(self.tr(
            "Give every SQL source a database login that can only read (PostgreSQL: GRANT "
            "SELECT on the tables searched; MySQL/MariaDB: GRANT SELECT; MS SQL: "
            "db_datareader). The desk checks each query and runs it read-only with a time "
            "limit, but only a read-only login guarantees that a search cannot change the "
            "company system or reach beyond it."))
        self.read_only_hint.setObjectName("read_only_hint")
        self.read_only_hint.setWordWrap(True)
        self.read_only_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.path_label)
        layout.addWidget(self.read_only_hint)
        layout.addLayout(buttons)
        layout.addWidget(self.pages, 1)
        # Shown once a connection test has run: until then the form has the room.
        self.results_label = QLabel(self.tr("Test results"))
        layout.addWidget(self.results_label)
        layout.addWidget(self.results)
        self.results_label.setVisible(False)
        self.results.setVisible(False)
        layout.addWidget(self.message)
        self.reload()

    def reload(self) -> None:
        service = self.context.services.sources
        try:
            config = service.config()
            text = service.text()
            register = self.context.services.register.current()
        except Exception as error:  # a broken file: show why, keep the text editable
            self.message.setText(error_text(error))
            return
        self.form.load(draft_dict(config), register)
        self.views.loaded(text)
        stored = service.stored()
        self.path_label.setText(
            self.tr("Shipped demo sources (not saved yet; saving stores them in the shared "
                    "database for every desk). Passwords are never stored here: use Store "
                    "password… or the variable named by password_env.") if stored is None
            else self.tr("Data sources version {0}, saved by {1}, shared by every desk. "
                         "Passwords are never stored here.").format(stored.version,
                                                                    stored.changed_by))

    # --- the form and the raw text: one draft (ui/unsaved_edits.py) -------------------------

    def draft(self) -> SourcesConfig:
        """The sources being edited, from the form or the raw text, whichever was edited."""
        if self.views.text_is_current():
            return draft_from_text(self.editor.toPlainText())
        return self.form.config()

    # --- actions ------------------------------------------------------------------------------

    def selected_source(self) -> str | None:
        item = self.sources_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def test_connection(self) -> None:
        """Connect to every source of the draft (each query per source: its Test button)."""
        services, actor = self.context.services, self.context.actor
        try:
            config = self.draft()
        except DomainError as error:
            self.message.setText(error_text(error))
            return
        self.results.clear()
        self.results_label.setVisible(True)
        self.results.setVisible(True)
        self.test_button.setEnabled(False)
        run_task(self, lambda: services.sources.test(actor, config=config), self._tested,
                 title=self.tr("Testing data sources…"), on_error=self._test_failed)

    def _tested(self, results: list[SourceTest]) -> None:
        self.test_button.setEnabled(True)
        for result in results:
            mark = "✔" if result.ok else "✘"
            said = message_text(result.said or result.message)
            self.results.addItem(f"{mark} {result.name}: {said}")
            self.results.item(self.results.count() - 1).setToolTip(plain_tip(said))
        failed = [r.name for r in results if not r.ok]
        self.message.setText(self.tr("Every source answered.") if not failed
                             else self.tr("Failed: {0}").format(", ".join(failed)))

    def _test_failed(self, message: str) -> None:
        self.test_button.setEnabled(True)
        self.message.setText(message)

    def save(self, then: Callable[[], None] | None = None) -> None:
        """Saves the draft; `then` runs once it is saved (not when refused)."""
        try:
            config = self.draft()
        except DomainError as error:
            self.message.setText(error_text(error))
            return
        services, actor = self.context.services, self.context.actor

        def saved(_document) -> None:
            self.reload()
            self.message.setText(self.tr("Saved."))
            self.context.notify(Changes.of_organisation())
            if then is not None:
                then()

        run_task(self, lambda: services.sources.save(actor, config), saved,
                 on_error=self.message.setText)

    def _ask_password(self) -> None:
        name = self.selected_source()
        if name is None:
            self.message.setText(self.tr("Choose a source first."))
            return
        password, ok = QInputDialog.getText(self, self.tr("Store password"),
                                            self.tr("Password for {0}").format(name),
                                            QLineEdit.EchoMode.Password)
        if not (ok and password):
            return
        try:
            stored = self.context.services.sources.remember_password(self.context.actor, name,
                                                                     password)
        except DomainError:  # a source not saved yet: the keyring entry is named by it
            self.message.setText(self.tr("Save the sources first, then store the password."))
            return
        self.message.setText(
            self.tr("Stored in the system keyring.") if stored else
            self.tr("This computer has no system keyring: set the environment variable "
                    "named by password_env for this source instead."))
