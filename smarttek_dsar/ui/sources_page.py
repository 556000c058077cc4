"""Settings > Data sources: the systems searched for a subject's data. Everyone who works
cases can see them and test the connection; an administrator edits and saves them and can
keep a source's password in the system keyring (never in the file)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.services.administration.sources_service import SourceTest, location_of
from smarttek_dsar.ui.changes import Changes
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.plain_text import plain, plain_tip
from smarttek_dsar.ui.service_messages import error_text, message_text
from smarttek_dsar.ui.tasks import run_task


class SourcesPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.admin = context.can(Permission.MANAGE_SETTINGS)
        self.sources_list = QListWidget()
        self.sources_list.setObjectName("sources_list")
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("sources_editor")
        self.editor.setReadOnly(not self.admin)
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.results = QListWidget()
        self.results.setObjectName("test_results")
        self.message = plain(QLabel())
        self.message.setObjectName("sources_message")
        self.message.setWordWrap(True)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("test_button")
        self.test_button.clicked.connect(self.test_connection)
        self.test_button.setEnabled(self.admin or context.can(Permission.WORK_CASES))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("save_button")
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(self.admin)
        self.password_button = QPushButton(self.tr("Store password…"))
        self.password_button.clicked.connect(self._ask_password)
        self.password_button.setEnabled(self.admin)
        buttons = QHBoxLayout()
        for button in (self.test_button, self.save_button, self.password_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel(self.tr("Sources")))
        left_layout.addWidget(self.sources_list, 2)
        left_layout.addWidget(QLabel(self.tr("Test results")))
        left_layout.addWidget(self.results, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.editor)
        split.setStretchFactor(1, 2)
        self.path_label = plain(QLabel())
        self.path_label.setWordWrap(True)
        self.path_label.setTextFormat(Qt.TextFormat.PlainText)
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
        layout.addWidget(split, 1)
        layout.addWidget(self.message)
        self.reload()

    def reload(self) -> None:
        service = self.context.services.sources
        try:
            config = service.config()
            text = service.text()
        except Exception as error:  # a broken file: show why, keep the text editable
            self.message.setText(error_text(error))
            return
        self.sources_list.clear()
        for source in config.sources:
            item = QListWidgetItem(f"{source.name} — {source.kind} — {location_of(source)}")
            item.setData(Qt.ItemDataRole.UserRole, source.name)
            item.setToolTip(plain_tip(item.text()))  # the list is narrow; a long path is cut off
            self.sources_list.addItem(item)
        self.editor.setPlainText(text)
        stored = service.stored()
        self.path_label.setText(
            self.tr("Shipped demo sources (not saved yet; saving stores them in the shared "
                    "database for every desk). Passwords are never stored here: use Store "
                    "password… or the variable named by password_env.") if stored is None
            else self.tr("Data sources version {0}, saved by {1}, shared by every desk. "
                         "Passwords are never stored here.").format(stored.version,
                                                                    stored.changed_by))

    def selected_source(self) -> str | None:
        item = self.sources_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def test_connection(self) -> None:
        services, actor, name = self.context.services, self.context.actor, self.selected_source()
        self.results.clear()
        self.test_button.setEnabled(False)
        run_task(self, lambda: services.sources.test(actor, name), self._tested,
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

    def save(self) -> None:
        services, actor, text = self.context.services, self.context.actor, \
            self.editor.toPlainText()

        def saved(_config) -> None:
            self.reload()
            self.message.setText(self.tr("Saved."))
            self.context.notify(Changes.of_organisation())

        run_task(self, lambda: services.sources.save_text(actor, text), saved,
                 on_error=self.message.setText)

    def _ask_password(self) -> None:
        name = self.selected_source()
        if name is None:
            self.message.setText(self.tr("Choose a source first."))
            return
        password, ok = QInputDialog.getText(self, self.tr("Store password"),
                                            self.tr("Password for {0}").format(name),
                                            QLineEdit.EchoMode.Password)
        if ok and password:
            stored = self.context.services.sources.remember_password(self.context.actor, name,
                                                                     password)
            self.message.setText(
                self.tr("Stored in the system keyring.") if stored else
                self.tr("This computer has no system keyring: set the environment variable "
                        "named by password_env for this source instead."))
