"""A file data source (a CSV or XLSX export) in the sources form (issue 14): the file, the
columns that identify the subject, the data category of its columns, the Test row, and the
less common fields (system names, media folder, delimiter, encoding, sheet, column labels).
It reads and writes the source's entry of the TOML-shaped dict the SourcesForm holds."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from smarttek_dsar.services.administration.sources_draft import SourcesConfig
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.form_fields import error_label
from smarttek_dsar.ui.query_test_bar import QueryTestBar
from smarttek_dsar.ui.source_form_more import ColumnLabelsBox, FileSourceMore


def choose(combo: QComboBox, category: str | None) -> None:
    """Select a category id; one the register does not know is still shown as it is."""
    index = combo.findData(category)
    if index < 0 and category:
        combo.addItem(category, category)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


class FileSourcePage(QWidget):
    changed = Signal()

    def __init__(self, context: AppContext, editable: bool,
                 test_target: Callable[[], tuple[SourcesConfig, str, int | None]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = QLineEdit()
        self.path.setObjectName("source_path")
        self.category = QComboBox()
        self.identifiers = QPlainTextEdit()
        self.identifiers.setTabChangesFocus(True)
        self.identifiers.setFixedHeight(70)
        self.identifiers.setPlaceholderText(self.tr("One per line, e.g. email = E-pasts"))
        self.error = error_label("source_error_file")
        self.test = QueryTestBar(context, test_target)
        self.more = FileSourceMore()
        self.labels = ColumnLabelsBox("labels", editable)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("File (.csv or .xlsx)"), self.path)
        form.addRow(self.tr("Identifying columns"), self.identifiers)
        form.addRow(self.tr("Data category"), self.category)
        form.addRow("", self.error)
        form.addRow(self.tr("Test with"), self.test)
        form.addRow("", self.test.outcome)
        form.addRow(self.labels)
        form.addRow(self.more)
        self.path.textEdited.connect(lambda _text: self.changed.emit())
        self.identifiers.textChanged.connect(self.changed.emit)
        self.category.currentIndexChanged.connect(lambda _index: self.changed.emit())
        for part in (self.more, self.labels):
            part.changed.connect(self.changed.emit)
        self.inputs: list[QWidget] = [self.path, self.identifiers, self.category,
                                      *self.more.inputs]
        for widget in (self.path, self.identifiers, *self.more.inputs):
            widget.setReadOnly(not editable)
        self.category.setEnabled(editable)

    def show_entry(self, entry: dict[str, Any]) -> None:
        blockers = [QSignalBlocker(w) for w in self.inputs]
        self.path.setText(entry.get("path", ""))
        self.identifiers.setPlainText("\n".join(
            f"{kind} = {', '.join([columns] if isinstance(columns, str) else columns)}"
            for kind, columns in entry.get("identifiers", {}).items()))
        sheet = (entry.get("sheets") or [{}])[0]
        choose(self.category, sheet.get("category"))
        del blockers
        self.more.show_entry(entry)
        self.labels.show_entry(sheet)

    def write(self, entry: dict[str, Any]) -> None:
        entry["path"] = self.path.text().strip()
        identifiers: dict[str, Any] = {}
        for line in self.identifiers.toPlainText().splitlines():
            kind, _, columns = line.partition("=")
            names = [c.strip() for c in columns.split(",") if c.strip()]
            if kind.strip() and names:
                identifiers[kind.strip()] = names[0] if len(names) == 1 else names
        entry["identifiers"] = identifiers
        sheets = entry.setdefault("sheets", [{}])
        sheets[0]["category"] = self.category.currentData() or ""
        self.more.write(entry)
        self.labels.write(sheets[0])
