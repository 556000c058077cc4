"""A file data source (a CSV or XLSX export) in the sources form (issue 14): the file, the
columns that identify the subject, the Test row, the less common fields (system names, media
folder, delimiter, encoding), and its sheets: each with its name, the data category of its
columns (or one per column, where an empty one leaves the column out), identifying columns of
its own, and how its columns read in the subject's copy. It reads and writes the source's entry
of the TOML-shaped dict the SourcesForm holds."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from smarttek_dsar.domain.register import Register
from smarttek_dsar.services.administration.sources_draft import SourcesConfig
from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.form_fields import error_label
from smarttek_dsar.ui.query_test_bar import QueryTestBar
from smarttek_dsar.ui.rows_table import Column, RowsTable
from smarttek_dsar.ui.source_form_more import ColumnLabelsBox, FileSourceMore, set_optional


def choose(combo: QComboBox, category: str | None) -> None:
    """Select a category id; one the register does not know is still shown as it is."""
    index = combo.findData(category or "")
    if index < 0 and category:
        combo.addItem(category, category)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


def fill_categories(combo: QComboBox, register: Register | None) -> None:
    with QSignalBlocker(combo):
        combo.clear()
        language = i18n.current_language()
        for category in (register.categories if register else ()):
            combo.addItem(f"{category.name.in_language(language)} ({category.id})",
                          category.id)


def identifiers_text(identifiers: dict[str, Any]) -> str:
    return "\n".join(f"{kind} = {', '.join([columns] if isinstance(columns, str) else columns)}"
                     for kind, columns in identifiers.items())


def identifiers_from(text: str) -> dict[str, Any]:
    """`kind = column[, column]` per line, as the sources file maps them."""
    identifiers: dict[str, Any] = {}
    for line in text.splitlines():
        kind, _, columns = line.partition("=")
        names = [c.strip() for c in columns.split(",") if c.strip()]
        if kind.strip() and names:
            identifiers[kind.strip()] = names[0] if len(names) == 1 else names
    return identifiers


def _identifiers_box(hint: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(70)
    box.setPlaceholderText(hint)
    return box


class FileSourcePage(QWidget):
    changed = Signal()

    def __init__(self, context: AppContext, editable: bool,
                 test_target: Callable[[], tuple[SourcesConfig, str, int | None]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entry: dict[str, Any] = {}
        self._sheet = -1
        self.path = QLineEdit()
        self.path.setObjectName("source_path")
        self.identifiers = _identifiers_box(self.tr("One per line, e.g. email = E-pasts"))
        self.error = error_label("source_error_file")
        self.test = QueryTestBar(context, test_target)
        self.more = FileSourceMore()
        self.sheets = QComboBox()
        self.sheets.setObjectName("source_sheets")
        self.sheets.currentIndexChanged.connect(self._show_sheet)
        self.add_sheet = QPushButton(self.tr("Add sheet"))
        self.add_sheet.clicked.connect(self.add_sheet_to_source)
        self.remove_sheet = QPushButton(self.tr("Remove sheet"))
        self.remove_sheet.clicked.connect(self.remove_sheet_from_source)
        self.sheet = QLineEdit()
        self.sheet.setObjectName("source_sheet_name")
        self.sheet.setPlaceholderText(self.tr("the first sheet"))
        self.category = QComboBox()
        self.columns = RowsTable("sheet_columns", [
            Column(self.tr("Column")), Column(self.tr("Data category id (empty: left out)"))],
            editable)
        self.sheet_identifiers = _identifiers_box(self.tr(
            "Optional: this sheet's own identifying columns, one per line"))
        self.labels = ColumnLabelsBox("labels", editable)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("File (.csv or .xlsx)"), self.path)
        form.addRow(self.tr("Identifying columns"), self.identifiers)
        form.addRow("", self.error)
        form.addRow(self.tr("Test with"), self.test)
        form.addRow("", self.test.outcome)
        sheets = QGroupBox(self.tr("Sheets and their data categories"))
        sheet_form = QFormLayout(sheets)
        sheet_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        chooser = QHBoxLayout()
        chooser.addWidget(self.sheets, 1)
        chooser.addWidget(self.add_sheet)
        chooser.addWidget(self.remove_sheet)
        sheet_form.addRow(self.tr("Sheet"), chooser)
        sheet_form.addRow(self.tr("Sheet name (XLSX)"), self.sheet)
        sheet_form.addRow(self.tr("Data category"), self.category)
        sheet_form.addRow(self.tr("Category per column"), self.columns)
        sheet_form.addRow(self.tr("Identifying columns"), self.sheet_identifiers)
        sheet_form.addRow(self.labels)
        form.addRow(sheets)
        form.addRow(self.more)
        self.path.textEdited.connect(self._edited)
        self.sheet.textEdited.connect(self._edited)
        for text in (self.identifiers, self.sheet_identifiers):
            text.textChanged.connect(self._edited)
        self.category.currentIndexChanged.connect(self._edited)
        for part in (self.more, self.labels, self.columns):
            part.changed.connect(self._edited)
        self.inputs: list[QWidget] = [self.path, self.identifiers, self.category, self.sheet,
                                      self.sheet_identifiers, *self.more.inputs]
        for widget in (self.path, self.identifiers, self.sheet, self.sheet_identifiers,
                       *self.more.inputs):
            widget.setReadOnly(not editable)
        for widget in (self.category, self.add_sheet, self.remove_sheet):
            widget.setEnabled(editable)
        self.editable = editable

    def set_categories(self, register: Register | None) -> None:
        fill_categories(self.category, register)
        with QSignalBlocker(self.category):  # a sheet may leave it to its columns
            self.category.insertItem(0, self.tr("— one per column —"), "")

    def _sheet_title(self, index: int, sheet: dict[str, Any]) -> str:
        return sheet.get("sheet") or self.tr("Sheet {0}").format(index + 1)

    def show_entry(self, entry: dict[str, Any]) -> None:
        """Shows `entry` and edits it in place from here on."""
        self._entry, self._sheet = entry, -1
        blockers = [QSignalBlocker(w) for w in (*self.inputs, self.sheets)]
        self.path.setText(entry.get("path", ""))
        self.identifiers.setPlainText(identifiers_text(entry.get("identifiers", {})))
        self.sheets.clear()
        for index, sheet in enumerate(entry.get("sheets") or [{}]):
            self.sheets.addItem(self._sheet_title(index, sheet))
        del blockers
        self.more.show_entry(entry)
        self.sheets.setCurrentIndex(0)
        self._show_sheet(0)

    def _show_sheet(self, index: int) -> None:
        sheets = self._entry.get("sheets", [])
        if not 0 <= index < len(sheets):
            return
        self._sheet = -1
        sheet = sheets[index]
        blockers = [QSignalBlocker(w) for w in (self.sheet, self.category,
                                                self.sheet_identifiers)]
        self.sheet.setText(sheet.get("sheet", ""))
        choose(self.category, sheet.get("category"))
        self.sheet_identifiers.setPlainText(identifiers_text(sheet.get("identifiers", {})))
        del blockers
        self.columns.set_rows([[name, category]
                               for name, category in sheet.get("columns", {}).items()])
        self.labels.show_entry(sheet)
        self.remove_sheet.setEnabled(self.editable and len(sheets) > 1)
        self._sheet = index

    def _edited(self, *_args) -> None:
        if self._entry and self._sheet >= 0:
            self.changed.emit()

    def write(self, entry: dict[str, Any]) -> None:
        entry["path"] = self.path.text().strip()
        entry["identifiers"] = identifiers_from(self.identifiers.toPlainText())
        self.more.write(entry)
        sheets = entry.setdefault("sheets", [{}])
        if not 0 <= self._sheet < len(sheets):
            return
        sheet = sheets[self._sheet]
        set_optional(sheet, "sheet", self.sheet.text().strip())
        set_optional(sheet, "category", self.category.currentData() or "")
        columns = {name: category for name, category in self.columns.rows() if name}
        identifiers = identifiers_from(self.sheet_identifiers.toPlainText())
        for key, value in (("columns", columns), ("identifiers", identifiers)):
            if value:
                sheet[key] = value
            else:
                sheet.pop(key, None)
        self.labels.write(sheet)
        self.sheets.setItemText(self._sheet, self._sheet_title(self._sheet, sheet))

    def add_sheet_to_source(self) -> None:
        sheets = self._entry.setdefault("sheets", [])
        sheets.append({"category": self.category.itemData(1) or ""})
        self.sheets.addItem(self._sheet_title(len(sheets) - 1, sheets[-1]))
        self.sheets.setCurrentIndex(len(sheets) - 1)
        self.changed.emit()

    def remove_sheet_from_source(self) -> None:
        sheets = self._entry.get("sheets", [])
        index = self.sheets.currentIndex()
        if len(sheets) > 1 and 0 <= index < len(sheets):
            del sheets[index]
            self._sheet = -1
            self.sheets.removeItem(index)  # shows the sheet that takes its place
            self._show_sheet(self.sheets.currentIndex())
            self.changed.emit()
