"""The register's recipients as a form (issue 14; GDPR 15(1)(c): the named recipients or
categories of recipients a subject is told about): id, name in both languages, kind.

It edits the `recipients` list of the register dict the RegisterForm holds. A recipient that a
data category still names cannot be removed (the category would point at nothing); a changed id
is carried into every category that names it."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from smarttek_dsar.domain.register import RecipientKind
from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.form_fields import fit_to_names, names_list
from smarttek_dsar.ui.plain_text import plain, plain_tip

_ID = re.compile(r"^[a-z][a-z0-9_]*$")
ERROR_STYLE = "color: #b00020;"


class RecipientsForm(QWidget):
    changed = Signal()

    def __init__(self, data: Callable[[], dict[str, Any]], editable: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data, self.editable = data, editable
        self._row = -1
        self.recipients = names_list(QListWidget())
        self.recipients.setObjectName("register_form_recipient_list")
        self.recipients.currentRowChanged.connect(self._show)
        self.add_button = QPushButton(self.tr("Add recipient"))
        self.add_button.setObjectName("add_recipient_button")
        self.add_button.clicked.connect(self.add_recipient)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("remove_recipient_button")
        self.remove_button.clicked.connect(self.remove_recipient)
        self.add_button.setEnabled(editable)
        self.recipient_id = QLineEdit()
        self.name_en, self.name_lv = QLineEdit(), QLineEdit()
        self.kind = QComboBox()
        for kind, label in ((RecipientKind.PROCESSOR, self.tr("Processor (acts on our behalf)")),
                            (RecipientKind.PARTNER, self.tr("Cooperation partner")),
                            (RecipientKind.AUTHORITY, self.tr("Public authority or court"))):
            self.kind.addItem(label, kind.value)
        self.error = plain(QLabel())
        self.error.setObjectName("register_form_recipient_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setMinimumHeight(self.error.fontMetrics().lineSpacing() * 2)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.recipients, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        column.addLayout(buttons)
        self.fields = QWidget()
        form = QFormLayout(self.fields)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Id"), self.recipient_id)
        form.addRow(self.tr("Name (English)"), self.name_en)
        form.addRow(self.tr("Name (Latvian)"), self.name_lv)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow("", self.error)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.fields)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        for line in (self.recipient_id, self.name_en, self.name_lv):
            line.textEdited.connect(self._edited)
        self.kind.currentIndexChanged.connect(self._edited)
        self.fields.setEnabled(False)

    def _entries(self) -> list[dict[str, Any]]:
        return self._data().setdefault("recipients", [])

    def _title(self, entry: dict[str, Any]) -> str:
        return (entry.get(f"name_{i18n.current_language()}") or entry.get("id")
                or self.tr("(new recipient)"))

    def reload(self) -> None:
        keep = max(self.recipients.currentRow(), 0)
        self._row = -1
        with QSignalBlocker(self.recipients):
            self.recipients.clear()
            for entry in self._entries():
                item = QListWidgetItem(self._title(entry))
                item.setToolTip(plain_tip(item.text()))  # long names are cut in the list
                self.recipients.addItem(item)
        fit_to_names(self.recipients, [self._title(e) for e in self._entries()], 300)
        if self.recipients.count():
            self.recipients.setCurrentRow(min(keep, self.recipients.count() - 1))
        self._show(self.recipients.currentRow())

    def _show(self, row: int) -> None:
        self._row = -1
        entries = self._entries()
        valid = 0 <= row < len(entries)
        self.fields.setEnabled(self.editable and valid)
        self.remove_button.setEnabled(self.editable and valid)
        if not valid:
            return
        entry = entries[row]
        blockers = [QSignalBlocker(w) for w in (self.recipient_id, self.name_en, self.name_lv,
                                                self.kind)]
        self.recipient_id.setText(entry.get("id", ""))
        self.name_en.setText(entry.get("name_en", ""))
        self.name_lv.setText(entry.get("name_lv", ""))
        self.kind.setCurrentIndex(max(self.kind.findData(entry.get("kind")), 0))
        del blockers
        self._row = row
        self.error.setText(self.problem(entry))

    def _edited(self, *_args) -> None:
        if self._row < 0 or not self.editable:
            return
        entry = self._entries()[self._row]
        old, new = entry.get("id", ""), self.recipient_id.text().strip()
        if old and new != old:  # the categories follow a renamed recipient
            for category in self._data().get("categories", []):
                category["recipients"] = [new if r == old else r
                                          for r in category.get("recipients", [])]
        entry.update(id=new, name_en=self.name_en.text().strip(),
                     name_lv=self.name_lv.text().strip(), kind=self.kind.currentData())
        self.recipients.item(self._row).setText(self._title(entry))
        self.error.setText(self.problem(entry))
        self.changed.emit()

    def problem(self, entry: dict[str, Any]) -> str:
        others = [e.get("id") for i, e in enumerate(self._entries()) if i != self._row]
        if not _ID.match(entry.get("id", "")):
            return self.tr("The id is needed: lower-case letters, digits and _, starting with "
                           "a letter (e.g. it_service_providers).")
        if entry.get("id") in others:
            return self.tr("Another recipient already has this id.")
        if not (entry.get("name_en") and entry.get("name_lv")):
            return self.tr("Give the name in both English and Latvian.")
        return ""

    def add_recipient(self) -> None:
        self._entries().append({"id": "", "kind": RecipientKind.PROCESSOR.value, "name_en": "",
                                "name_lv": ""})
        self.recipients.addItem(QListWidgetItem(self.tr("(new recipient)")))
        self.recipients.setCurrentRow(self.recipients.count() - 1)
        self.recipient_id.setFocus()
        self.changed.emit()

    def remove_recipient(self) -> None:
        row = self.recipients.currentRow()
        entries = self._entries()
        if not 0 <= row < len(entries):
            return
        recipient_id = entries[row].get("id")
        language = i18n.current_language()
        users = [c.get(f"name_{language}") or c.get("id")
                 for c in self._data().get("categories", [])
                 if recipient_id and recipient_id in c.get("recipients", [])]
        if users:
            self.error.setText(self.tr("Still named by: {0}. Uncheck it there first.")
                               .format(", ".join(users)))
            return
        del entries[row]
        self._row = -1
        self.recipients.takeItem(row)
        self._show(self.recipients.currentRow())
        self.changed.emit()
