"""The register's fields that are not a category or a recipient, as a form (issue 14: no field
only the raw text can change): the controller and the supervisory authority every letter names
(GDPR 13(1)(a), 77), the date the register is in force from, and the general texts on transfers
outside the EEA and on automated decisions. It edits the register dict the RegisterForm holds;
the version number is the service's to give."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.form_fields import row_with_error, short_text

Path = tuple[str, ...]  # where a field sits in the register dict, e.g. ("controller", "email")


class OrganisationForm(QWidget):
    changed = Signal()

    def __init__(self, data: Callable[[], dict[str, Any]], editable: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = data
        self.fields: dict[Path, QLineEdit | QPlainTextEdit] = {}
        self.errors: dict[Path, QLabel] = {}
        self.effective_from = QDateEdit()
        self.effective_from.setObjectName("register_effective_from")
        self.effective_from.setDisplayFormat(i18n.date_format())
        self.effective_from.setCalendarPopup(True)
        self.effective_from.setReadOnly(not editable)
        self.effective_from.dateChanged.connect(self._date_edited)
        general = QGroupBox(self.tr("The register"))
        form = QFormLayout(general)
        form.addRow(self.tr("In force from"), self.effective_from)
        for key, label in (
                ("transfers_outside_eea_en", self.tr("Transfers outside the EEA (English)")),
                ("transfers_outside_eea_lv", self.tr("Transfers outside the EEA (Latvian)")),
                ("automated_decisions_en", self.tr("Automated decisions (English)")),
                ("automated_decisions_lv", self.tr("Automated decisions (Latvian)"))):
            self._add(form, (key,), label, multiline=True)
        controller = QGroupBox(self.tr("Controller"))
        form = QFormLayout(controller)
        for key, label in (("name", self.tr("Name")),
                           ("registration_number", self.tr("Registration number")),
                           ("address_en", self.tr("Address (English)")),
                           ("address_lv", self.tr("Address (Latvian)")),
                           ("email", self.tr("E-mail")), ("portal", self.tr("Portal")),
                           ("website", self.tr("Website"))):
            self._add(form, ("controller", key), label)
        authority = QGroupBox(self.tr("Supervisory authority"))
        form = QFormLayout(authority)
        for key, label in (("name_en", self.tr("Name (English)")),
                           ("name_lv", self.tr("Name (Latvian)")),
                           ("address_en", self.tr("Address (English)")),
                           ("address_lv", self.tr("Address (Latvian)")),
                           ("email", self.tr("E-mail")), ("website", self.tr("Website"))):
            self._add(form, ("authority", key), label)
        inner = QWidget()
        column = QVBoxLayout(inner)
        for box in (general, controller, authority):
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        for field in self.fields.values():
            field.setReadOnly(not editable)

    def _add(self, form: QFormLayout, path: Path, label: str, multiline: bool = False) -> None:
        field: QLineEdit | QPlainTextEdit
        if multiline:
            field = short_text(QPlainTextEdit())
            field.textChanged.connect(lambda p=path: self._edited(p))
        else:
            field = QLineEdit()
            field.textEdited.connect(lambda _text, p=path: self._edited(p))
        field.setObjectName("register_" + "_".join(path))
        self.fields[path] = field
        self.errors[path] = row_with_error(form, label, field,
                                           "register_error_" + "_".join(path))

    @staticmethod
    def _text(field: QLineEdit | QPlainTextEdit) -> str:
        return (field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()).strip()

    def reload(self) -> None:
        data = self._data()
        blockers = [QSignalBlocker(w) for w in (self.effective_from, *self.fields.values())]
        shown = data.get("effective_from")
        if isinstance(shown, date):
            self.effective_from.setDate(QDate(shown.year, shown.month, shown.day))
        for path, field in self.fields.items():
            value = data
            for key in path:
                value = value.get(key, {}) if isinstance(value, dict) else {}
            text = value if isinstance(value, str) else ""
            if isinstance(field, QPlainTextEdit):
                field.setPlainText(text)
            else:
                field.setText(text)
        del blockers
        self.validate()

    def _edited(self, path: Path) -> None:
        table = self._data()
        for key in path[:-1]:
            table = table.setdefault(key, {})
        table[path[-1]] = self._text(self.fields[path])
        self.validate()
        self.changed.emit()

    def _date_edited(self, chosen: QDate) -> None:
        self._data()["effective_from"] = chosen.toPython()
        self.changed.emit()

    def validate(self) -> bool:
        """Every field here is needed in every letter: an empty one says so under it."""
        for path, field in self.fields.items():
            self.errors[path].setText("" if self._text(field) else self.tr(
                "Needed: the letters to subjects name it."))
        return all(self._text(field) for field in self.fields.values())
