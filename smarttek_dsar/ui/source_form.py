"""The data sources as a form (issue 14): each source's name, kind and connection (an address
without a password; the password goes to the system keyring or an environment variable), and
for an SQL source one query per data category of the register, each with a Test button.

Like the register form it edits the TOML-shaped dict (sources_config_to_dict), so the Expert
text shows the same draft, and `config()` checks it with the same parse_sources_config as the
text and the stored versions (sql_guard included). A file source is source_file_page.py; the
less common fields (column labels, the subject and codes queries, media) source_form_more.py."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from smarttek_dsar.domain.errors import DomainError
from smarttek_dsar.domain.register import Register
from smarttek_dsar.services.administration.sources_draft import (
    SourcesConfig,
    draft_config,
    shown_location,
)
from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.form_fields import error_label, fit_to_names, names_list, wrapped_names
from smarttek_dsar.ui.plain_text import plain, plain_tip
from smarttek_dsar.ui.query_test_bar import QueryTestBar
from smarttek_dsar.ui.service_messages import error_text
from smarttek_dsar.ui.source_file_page import FileSourcePage, choose, fill_categories
from smarttek_dsar.ui.source_form_more import ColumnLabelsBox, SqlSourceMore, set_optional
from smarttek_dsar.ui.unsaved_edits import ListGuard


class SourcesForm(QWidget):
    changed = Signal()

    def __init__(self, context: AppContext, editable: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.editable = context, editable
        self._data: dict[str, Any] = {"version": 1, "sources": []}
        self._row = self._query_row = -1
        self.register: Register | None = None
        self.sources = names_list(QListWidget())
        self.sources.setObjectName("sources_list")
        # Leaving an edited source asks Save / Discard / Cancel (the page gives the save).
        self.guard = ListGuard(self.sources, self._entries, self._show_source, self._title)
        self.add_sql = QPushButton(self.tr("Add database"))
        self.add_sql.setObjectName("add_sql_source")
        self.add_sql.clicked.connect(lambda: self.add_source("sql"))
        self.add_file = QPushButton(self.tr("Add file"))
        self.add_file.clicked.connect(lambda: self.add_source("file"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_source)
        for button in (self.add_sql, self.add_file, self.remove_button):
            button.setEnabled(editable)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.sources, 1)
        buttons = QGridLayout()  # two rows: the list stays narrow, the fields get the width
        buttons.addWidget(self.add_sql, 0, 0)
        buttons.addWidget(self.add_file, 0, 1)
        buttons.addWidget(self.remove_button, 1, 0)
        left_layout.addLayout(buttons)

        self.name = QLineEdit()
        self.kind = plain(QLabel())
        self.name_error = error_label("source_error_name")
        self.url = QLineEdit()
        self.url.setObjectName("source_url")
        self.url.setPlaceholderText("postgresql+psycopg://reader@crm.example.lv/crm")
        self.url_error = error_label("source_error_url")
        self.password_env = QLineEdit()
        self.password_env.setPlaceholderText(self.tr("e.g. CRM_PASSWORD (optional)"))
        self.use_keyring = QCheckBox(self.tr("Take the password from the system keyring"))
        self.password_button = QPushButton(self.tr("Store password…"))
        self.password_button.setObjectName("store_password_button")
        self.password_button.setEnabled(editable)
        self.queries = wrapped_names(QListWidget())
        self.queries.setObjectName("source_queries")
        self.queries.currentRowChanged.connect(self._show_query)
        # "+" and "−" with the words as tooltips: the list beside the query stays narrow.
        self.add_query = QPushButton("+")
        self.add_query.setToolTip(self.tr("Add query"))
        self.add_query.setAccessibleName(self.tr("Add query"))
        self.add_query.setObjectName("add_query_button")
        self.add_query.clicked.connect(self.add_query_to_source)
        self.remove_query = QPushButton("−")
        self.remove_query.setToolTip(self.tr("Remove query"))
        self.remove_query.setAccessibleName(self.tr("Remove query"))
        self.remove_query.clicked.connect(self.remove_query_from_source)
        for button in (self.add_query, self.remove_query):
            button.setEnabled(editable)
        self.category = QComboBox()
        self.category.setObjectName("query_category")
        self.system = QLineEdit()
        self.system_lv = QLineEdit()
        self.sql = QPlainTextEdit()
        self.sql.setObjectName("query_sql")
        self.sql.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.sql.setMinimumHeight(150)
        self.sql.setTabChangesFocus(True)
        self.sql_error = error_label("source_error_sql")
        self.query_test = QueryTestBar(context, self.test_target)
        self.query_labels = ColumnLabelsBox("columns", editable, self.tr(
            "How the chosen query's columns read in the subject's copy"))
        self.sql_more = SqlSourceMore()
        self.file_page = FileSourcePage(context, editable, self.test_target)

        sql_page = QWidget()
        sql_form = QFormLayout(sql_page)
        sql_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        sql_form.addRow(self.tr("Database address"), self.url)
        sql_form.addRow("", self.url_error)
        password = QHBoxLayout()
        password.addWidget(self.password_env, 1)
        password.addWidget(self.password_button)
        sql_form.addRow(self.tr("Password variable"), password)
        sql_form.addRow("", self.use_keyring)
        # The queries beside the chosen query's fields: at 1280x800 the SQL and its Test
        # button stay in view without scrolling.
        query_list = QWidget()
        list_column = QVBoxLayout(query_list)
        list_column.setContentsMargins(0, 0, 0, 0)
        list_column.addWidget(QLabel(self.tr("Queries")))
        list_column.addWidget(self.queries, 1)
        query_buttons = QHBoxLayout()
        query_buttons.addWidget(self.add_query)
        query_buttons.addWidget(self.remove_query)
        query_buttons.addStretch(1)
        list_column.addLayout(query_buttons)
        query_fields = QWidget()
        query_form = QFormLayout(query_fields)
        query_form.setContentsMargins(0, 0, 0, 0)
        query_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        query_form.addRow(self.tr("Data category"), self.category)
        systems = QHBoxLayout()
        systems.addWidget(self.system, 1)
        systems.addWidget(QLabel(self.tr("in Latvian")))
        systems.addWidget(self.system_lv, 1)
        query_form.addRow(self.tr("Business system"), systems)
        query_form.addRow(self.tr("Query (SELECT)"), self.sql)
        query_form.addRow("", self.sql_error)
        query_form.addRow(self.tr("Test with"), self.query_test)
        query_form.addRow("", self.query_test.outcome)
        query_split = QSplitter()
        query_split.addWidget(query_list)
        query_split.addWidget(query_fields)
        query_split.setStretchFactor(0, 1)
        query_split.setStretchFactor(1, 3)
        query_split.setChildrenCollapsible(False)
        sql_form.addRow(query_split)
        sql_form.addRow(self.query_labels)  # the page's width: seven columns
        sql_form.addRow(self.sql_more)
        self.kind_pages = QStackedWidget()
        self.kind_pages.addWidget(sql_page)
        self.kind_pages.addWidget(self.file_page)

        fields = QWidget()
        column = QVBoxLayout(fields)
        top = QFormLayout()
        top.addRow(self.tr("Name"), self.name)
        top.addRow("", self.name_error)
        top.addRow(self.tr("Kind"), self.kind)
        column.addLayout(top)
        column.addWidget(self.kind_pages)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(fields)
        self.fields = fields
        self.message = error_label("sources_form_message")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(scroll, 1)
        right_layout.addWidget(self.message)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 4)
        split.setSizes([240, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        for line in (self.name, self.url, self.password_env, self.system, self.system_lv):
            line.textEdited.connect(self._edited)
        self.sql.textChanged.connect(self._edited)
        self.use_keyring.toggled.connect(self._edited)
        self.category.currentIndexChanged.connect(self._edited)
        for part in (self.query_labels, self.sql_more, self.file_page):
            part.changed.connect(self._edited)
        self._inputs = [self.name, self.url, self.password_env, self.use_keyring, self.category,
                        self.system, self.system_lv, self.sql, self.queries,
                        *self.sql_more.inputs]
        for widget in self._inputs:
            if hasattr(widget, "setReadOnly"):
                widget.setReadOnly(not editable)
            elif widget is not self.queries:
                widget.setEnabled(editable)
        fields.setEnabled(False)

    # --- loading ----------------------------------------------------------------------------

    def load(self, data: dict[str, Any], register: Register | None = None) -> None:
        keep = max(self.sources.currentRow(), 0)
        self.register = register or self.register
        self._data = copy.deepcopy(data)
        self._data.setdefault("sources", [])
        self._row = -1
        self.guard.shown(-1)
        fill_categories(self.category, self.register)
        self.file_page.set_categories(self.register)
        with QSignalBlocker(self.sources):
            self.sources.clear()
            for entry in self._entries():
                item = QListWidgetItem(self._title(entry))
                item.setData(Qt.ItemDataRole.UserRole, entry.get("name"))
                item.setToolTip(plain_tip(item.text()))
                self.sources.addItem(item)
        self._fit_lists()
        if self.sources.count():
            self.sources.setCurrentRow(min(keep, self.sources.count() - 1))
        self._show_source(self.sources.currentRow())

    def data(self) -> dict[str, Any]:
        return copy.deepcopy(self._data)

    def config(self) -> SourcesConfig:
        return draft_config(self._data)

    def _entries(self) -> list[dict[str, Any]]:
        return self._data["sources"]

    def _title(self, entry: dict[str, Any]) -> str:
        kind = entry.get("kind")
        where = (shown_location(entry.get("url", "")) if kind == "sql"
                 else entry.get("path", ""))
        return f"{self._name_and_kind(entry)} — {where}"

    def _name_and_kind(self, entry: dict[str, Any]) -> str:
        words = self.tr("database") if entry.get("kind") == "sql" else self.tr("file")
        return f"{entry.get('name') or self.tr('(new source)')} — {words}"

    def _fit_lists(self) -> None:
        """Both lists wide enough for whole names (issue 14: at 1280x800 they were cut to
        "Smarttek systems (demo) — datubāz"); a long address is left to "…" and the tooltip,
        a long query title wraps onto a second line. The queries' list fits every source's
        queries, so it keeps its width."""
        entries = self._entries()
        fit_to_names(self.sources, [self._name_and_kind(e) for e in entries], 300)
        fit_to_names(self.queries, [self._query_title(q) for e in entries
                                    for q in e.get("queries", [])], 250)

    def _show_source(self, row: int) -> None:
        self._row = -1
        entries = self._entries()
        valid = 0 <= row < len(entries)
        self.fields.setEnabled(valid)
        self.remove_button.setEnabled(self.editable and valid)
        self.guard.shown(row)
        if not valid:
            return
        entry = entries[row]
        blockers = [QSignalBlocker(w) for w in self._inputs]
        self.name.setText(entry.get("name", ""))
        sql = entry.get("kind") == "sql"
        self.kind.setText(self.tr("Database (SQL)") if sql else self.tr("File (CSV or XLSX)"))
        self.kind_pages.setCurrentIndex(0 if sql else 1)
        self.url.setText(entry.get("url", ""))
        self.password_env.setText(entry.get("password_env", ""))
        self.use_keyring.setChecked(entry.get("use_keyring", True))
        self.queries.clear()
        for query in entry.get("queries", []):
            self.queries.addItem(self._query_title(query))
            last = self.queries.item(self.queries.count() - 1)
            last.setToolTip(plain_tip(last.text()))  # as in every list of names
        del blockers
        self.sql_more.show_entry(entry)
        if not sql:
            self.file_page.show_entry(entry)
        self._row = row
        if sql and self.queries.count():
            self.queries.setCurrentRow(0)
        self._show_query(self.queries.currentRow())
        self.validate()

    def _query_title(self, query: dict[str, Any]) -> str:
        """The category in words of the window's language, and the system."""
        category = query.get("category") or "?"
        if self.register is not None and category in self.register.category_ids:
            category = self.register.category(category).name.in_language(
                i18n.current_language())
        return f"{category} — {query.get('system') or ''}".rstrip(" —")

    def _show_query(self, index: int) -> None:
        self._query_row = -1
        queries = self._entries()[self._row].get("queries", []) if self._row >= 0 else []
        valid = 0 <= index < len(queries)
        for widget in (self.system, self.system_lv, self.sql, self.query_test,
                       self.query_labels):
            widget.setEnabled(valid)
        self.category.setEnabled(valid and self.editable)
        self.remove_query.setEnabled(self.editable and valid)
        if not valid:
            return
        query = queries[index]
        blockers = [QSignalBlocker(w) for w in (self.category, self.system, self.system_lv,
                                                self.sql)]
        choose(self.category, query.get("category"))
        self.system.setText(query.get("system", ""))
        self.system_lv.setText(query.get("system_lv", ""))
        self.sql.setPlainText(query.get("sql", ""))
        del blockers
        self.query_labels.show_entry(query)
        self._query_row = index
        self.query_test.outcome.setText("")

    # --- editing ----------------------------------------------------------------------------

    def _edited(self, *_args) -> None:
        if self._row < 0 or not self.editable:
            return
        entry = self._entries()[self._row]
        entry["name"] = self.name.text().strip()
        if entry.get("kind") == "sql":
            entry["url"] = self.url.text().strip()
            set_optional(entry, "password_env", self.password_env.text().strip())
            if self.use_keyring.isChecked():
                entry.pop("use_keyring", None)
            else:
                entry["use_keyring"] = False
            queries = entry.setdefault("queries", [])
            if 0 <= self._query_row < len(queries):
                query = queries[self._query_row]
                query["category"] = self.category.currentData() or ""
                set_optional(query, "system", self.system.text().strip())
                set_optional(query, "system_lv", self.system_lv.text().strip())
                query["sql"] = self.sql.toPlainText().strip()
                self.query_labels.write(query)
                self.queries.item(self._query_row).setText(self._query_title(query))
            self.sql_more.write(entry)
        else:
            self.file_page.write(entry)
        self.sources.item(self._row).setText(self._title(entry))
        self.validate()
        self.changed.emit()

    def add_source(self, kind: str) -> None:
        """A new source of `kind`; an edited source is settled first (the guard asks)."""
        self.guard.before_adding(lambda: self._append_source(kind))

    def _append_source(self, kind: str) -> None:
        first = self.register.category_ids[0] if self.register else "identification"
        entry: dict[str, Any] = {"name": "", "kind": kind}
        if kind == "sql":
            entry.update(url="", queries=[{"category": first, "sql": ""}])
        else:
            entry.update(path="", identifiers={}, sheets=[{"category": first}])
        self._entries().append(entry)
        self.sources.addItem(QListWidgetItem(self._title(entry)))
        self.sources.setCurrentRow(self.sources.count() - 1)
        self.name.setFocus()
        self.changed.emit()

    def remove_source(self) -> None:
        row = self.sources.currentRow()
        if 0 <= row < len(self._entries()):
            del self._entries()[row]
            self._row = -1
            self.guard.shown(-1)
            self.sources.takeItem(row)
            self._show_source(self.sources.currentRow())
            self.validate()
            self.changed.emit()

    def add_query_to_source(self) -> None:
        if self._row < 0:
            return
        first = self.register.category_ids[0] if self.register else "identification"
        queries = self._entries()[self._row].setdefault("queries", [])
        queries.append({"category": first, "sql": ""})
        self.queries.addItem(self._query_title(queries[-1]))
        self.queries.setCurrentRow(self.queries.count() - 1)
        self.sql.setFocus()
        self.validate()
        self.changed.emit()

    def remove_query_from_source(self) -> None:
        index = self.queries.currentRow()
        queries = self._entries()[self._row].get("queries", []) if self._row >= 0 else []
        if 0 <= index < len(queries):
            del queries[index]
            self._query_row = -1
            self.queries.takeItem(index)
            self._show_query(self.queries.currentRow())
            self.validate()
            self.changed.emit()

    # --- checking and testing -----------------------------------------------------------------

    def current_source_config(self) -> SourcesConfig:
        """Only the source being edited, checked: enough to test it while others are unfinished."""
        if self._row < 0:
            raise DomainError(self.tr("Choose a source first."))
        return draft_config({"sources": [self._entries()[self._row]]})

    def test_target(self) -> tuple[SourcesConfig, str, int | None]:
        config = self.current_source_config()
        source = config.sources[0]
        return config, source.name, self.queries.currentRow() if source.kind == "sql" else None

    def validate(self) -> bool:
        for label in self._error_labels():
            label.setText("")
        if self._row >= 0:
            self._show_source_error()
        try:
            self.config()
        except DomainError as error:
            self.message.setText(self.tr("Not saved until corrected: {0}").format(
                error_text(error)))
            return False
        self.message.setText("")
        return True

    def _error_labels(self) -> tuple[QLabel, ...]:
        return (self.name_error, self.url_error, self.sql_error, self.file_page.error,
                self.sql_more.error, self.query_labels.error, self.file_page.labels.error)

    def _show_source_error(self) -> None:
        """The parser's message in the window's language, put by the field it is about (the
        English text only says which field)."""
        try:
            self.current_source_config()
        except DomainError as error:
            text, shown = str(error), error_text(error)
            sql = self._entries()[self._row].get("kind") == "sql"
            labels = self.query_labels if sql else self.file_page.labels
            if "field 'name'" in text:
                self.name_error.setText(shown)
            elif "column '" in text or "'columns' and 'values'" in text:
                labels.error.setText(shown)
            elif not sql:
                self.file_page.error.setText(shown)
            elif "subject_query" in text or "codes_query" in text or "'media'" in text:
                self.sql_more.error.setText(shown)
            elif "URL" in text or "'url'" in text or "password" in text:
                self.url_error.setText(shown)
            else:
                self.sql_error.setText(shown)
