"""The less common fields of a data source (issue 14: no field only the raw text can change):
how columns and coded values read in the subject's copy in both languages and which columns
port (GDPR 20) or name a recording (15(3)); an SQL source's subject and former-codes queries and
media folder; a file's system names, media folder, CSV delimiter and encoding.
SourcesForm shows them; each reads and writes the source's entry of the TOML-shaped dict."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QPlainTextEdit, QWidget

from smarttek_dsar.ui.form_fields import error_label
from smarttek_dsar.ui.rows_table import Column, RowsTable

_TEXTS = ("en", "lv", "description_en", "description_lv")


def set_optional(entry: dict[str, Any], key: str, value: str) -> None:
    """An optional field: written when given, left out when empty (its default)."""
    if value:
        entry[key] = value
    else:
        entry.pop(key, None)


class ColumnLabelsBox(QGroupBox):
    """Column labels (heading, description, portable, recording) and coded-value labels of one
    query or sheet: `columns_key` is "columns" for a query, "labels" for a sheet."""

    changed = Signal()

    def __init__(self, columns_key: str, editable: bool, title: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns_key = columns_key
        self.setTitle(title or self.tr("How the columns read in the subject's copy"))
        self.columns = RowsTable(f"{columns_key}_labels", [
            Column(self.tr("Column")), Column(self.tr("Heading (English)")),
            Column(self.tr("Heading (Latvian)")), Column(self.tr("Description (English)")),
            Column(self.tr("Description (Latvian)")),
            Column(self.tr("Portable"), flag=True, default=True),
            Column(self.tr("Recording"), flag=True)], editable)
        self.values = RowsTable(f"{columns_key}_values", [
            Column(self.tr("Column")), Column(self.tr("Stored value")),
            Column(self.tr("Reads (English)")), Column(self.tr("Reads (Latvian)"))], editable)
        self.error = error_label(f"source_error_{columns_key}")
        form = QFormLayout(self)
        form.addRow(self.tr("Columns"), self.columns)
        form.addRow(self.tr("Coded values"), self.values)
        form.addRow("", self.error)
        self.columns.changed.connect(self.changed.emit)
        self.values.changed.connect(self.changed.emit)

    def show_entry(self, entry: dict[str, Any]) -> None:
        with QSignalBlocker(self):
            self.columns.set_rows([
                [name, *(label.get(k, "") for k in _TEXTS), label.get("portable", True),
                 label.get("media", False)]
                for name, label in entry.get(self.columns_key, {}).items()])
            self.values.set_rows([
                [name, raw, label.get("en", ""), label.get("lv", "")]
                for name, coded in entry.get("values", {}).items()
                for raw, label in coded.items()])

    def write(self, entry: dict[str, Any]) -> None:
        columns: dict[str, Any] = {}
        for name, *texts, portable, media in self.columns.rows():
            columns[name] = {**{k: t for k, t in zip(_TEXTS, texts, strict=True) if t},
                             **({} if portable else {"portable": False}),
                             **({"media": True} if media else {})}
        values: dict[str, dict[str, Any]] = {}
        for name, raw, english, latvian in self.values.rows():
            values.setdefault(name, {})[raw] = {"en": english, "lv": latvian}
        for key, table in ((self.columns_key, columns), ("values", values)):
            if table:
                entry[key] = table
            else:
                entry.pop(key, None)


def _query_box() -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * 4 + 12)
    return box


class SqlSourceMore(QGroupBox):
    """An SQL source's subject query, former-codes query and media folder."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Less common fields"))
        self.subject_query, self.codes_query = _query_box(), _query_box()
        self.subject_query.setObjectName("source_subject_query")
        self.subject_query.setPlaceholderText(self.tr(
            "Optional: finds the subject (name, personal_code, email, phone, customer_no)"))
        self.codes_query.setPlaceholderText(self.tr(
            "Optional: every personal code the subject held, found by :personal_codes"))
        self.media = QLineEdit()
        self.media.setPlaceholderText(self.tr("Optional: the folder of the recordings and "
                                              "images the rows name"))
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Subject query"), self.subject_query)
        form.addRow(self.tr("Former codes query"), self.codes_query)
        form.addRow(self.tr("Media folder"), self.media)
        self.error = error_label("source_error_more")
        form.addRow("", self.error)
        for text in (self.subject_query, self.codes_query):
            text.textChanged.connect(self.changed.emit)
        self.media.textEdited.connect(lambda _text: self.changed.emit())
        self.inputs = [self.subject_query, self.codes_query, self.media]

    def show_entry(self, entry: dict[str, Any]) -> None:
        blockers = [QSignalBlocker(w) for w in self.inputs]
        self.subject_query.setPlainText(entry.get("subject_query", ""))
        self.codes_query.setPlainText(entry.get("codes_query", ""))
        self.media.setText(entry.get("media", ""))
        del blockers

    def write(self, entry: dict[str, Any]) -> None:
        set_optional(entry, "subject_query", self.subject_query.toPlainText().strip())
        set_optional(entry, "codes_query", self.codes_query.toPlainText().strip())
        set_optional(entry, "media", self.media.text().strip())


class FileSourceMore(QGroupBox):
    """A file source's system names, media folder, CSV delimiter and encoding."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Less common fields"))
        self.system, self.system_lv, self.media = QLineEdit(), QLineEdit(), QLineEdit()
        self.delimiter, self.encoding = QLineEdit(), QLineEdit()
        self.delimiter.setObjectName("source_delimiter")
        self.delimiter.setMaxLength(1)
        self.delimiter.setPlaceholderText(self.tr("guessed from the header line"))
        self.encoding.setPlaceholderText("utf-8-sig")
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Business system"), self.system)
        form.addRow(self.tr("Business system (Latvian)"), self.system_lv)
        form.addRow(self.tr("Media folder"), self.media)
        form.addRow(self.tr("CSV delimiter"), self.delimiter)
        form.addRow(self.tr("Encoding"), self.encoding)
        self.inputs = [self.system, self.system_lv, self.media, self.delimiter, self.encoding]
        for line in self.inputs:
            line.textEdited.connect(lambda _text: self.changed.emit())

    def show_entry(self, entry: dict[str, Any]) -> None:
        blockers = [QSignalBlocker(w) for w in self.inputs]
        for key, line in (("system", self.system), ("system_lv", self.system_lv),
                          ("media", self.media), ("delimiter", self.delimiter),
                          ("encoding", self.encoding)):
            line.setText(entry.get(key, ""))
        del blockers

    def write(self, entry: dict[str, Any]) -> None:
        for key, line in (("system", self.system), ("system_lv", self.system_lv),
                          ("media", self.media), ("delimiter", self.delimiter),
                          ("encoding", self.encoding)):
            set_optional(entry, key, line.text().strip())
