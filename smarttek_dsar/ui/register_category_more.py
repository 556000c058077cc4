"""The rarely used fields of a register category (issue 14: no field only the raw text can
change): transfers outside the EEA where they differ from the register's general text, the
legitimate interests pursued (GDPR 13(1)(d), 15(1)(a)), an automated decision about the subject
(GDPR 15(1)(h), 22) and the cookies a category covers. RegisterForm shows it under the common
fields; it reads and writes the category's entry of the TOML-shaped dict."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from smarttek_dsar.ui.form_fields import lines, row_with_error, short_text
from smarttek_dsar.ui.rows_table import Column, RowsTable

_AUTOMATED = ("logic_en", "logic_lv", "consequences_en", "consequences_lv")


class CategoryMore(QGroupBox):
    changed = Signal()

    def __init__(self, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Less common fields"))
        self.transfers_en, self.transfers_lv = QLineEdit(), QLineEdit()
        self.interests_en = short_text(QPlainTextEdit())
        self.interests_lv = short_text(QPlainTextEdit())
        self.interests_en.setPlaceholderText(self.tr("One interest per line (GDPR 6(1)(f))"))
        self.interests_lv.setPlaceholderText(self.tr("One interest per line, in Latvian"))
        self.automated = QCheckBox(self.tr("Decides about the subject by automated means "
                                           "(GDPR 22)"))
        self.automated.setObjectName("category_automated_decision")
        self.column = QLineEdit()
        self.column.setObjectName("automated_decision_column")
        self.column.setPlaceholderText(self.tr("The collected column that is true where a "
                                               "decision was automated"))
        self.logic = {key: QLineEdit() for key in _AUTOMATED}
        self.cookies = RowsTable("category_cookies", [
            Column(self.tr("Cookie")), Column(self.tr("Purpose (English)")),
            Column(self.tr("Purpose (Latvian)")), Column(self.tr("Lifetime (English)")),
            Column(self.tr("Lifetime (Latvian)"))], editable)
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._row(form, self.tr("Transfers outside the EEA (English)"), self.transfers_en,
                  "transfers")
        form.addRow(self.tr("Transfers outside the EEA (Latvian)"), self.transfers_lv)
        self._row(form, self.tr("Legitimate interests (English)"), self.interests_en,
                  "interests")
        form.addRow(self.tr("Legitimate interests (Latvian)"), self.interests_lv)
        form.addRow("", self.automated)
        self._row(form, self.tr("Column marking the decision"), self.column, "automated")
        for key, label in (("logic_en", self.tr("Logic involved (English)")),
                           ("logic_lv", self.tr("Logic involved (Latvian)")),
                           ("consequences_en", self.tr("Consequences (English)")),
                           ("consequences_lv", self.tr("Consequences (Latvian)"))):
            form.addRow(label, self.logic[key])
        self._row(form, self.tr("Cookies"), self.cookies, "cookies")
        self.inputs: list[QWidget] = [self.transfers_en, self.transfers_lv, self.interests_en,
                                      self.interests_lv, self.automated, self.column,
                                      *self.logic.values()]
        for line in (self.transfers_en, self.transfers_lv, self.column, *self.logic.values()):
            line.textEdited.connect(lambda _text: self.changed.emit())
        for text in (self.interests_en, self.interests_lv):
            text.textChanged.connect(self.changed.emit)
        self.automated.toggled.connect(self._automated_toggled)
        self.cookies.changed.connect(self.changed.emit)

    def _row(self, form: QFormLayout, label: str, field: QWidget, key: str) -> None:
        self.errors[key] = row_with_error(form, label, field, f"register_form_error_{key}")

    def _automated_toggled(self, _on: bool) -> None:
        self._enable_automated()
        self.changed.emit()

    def _enable_automated(self) -> None:
        for widget in (self.column, *self.logic.values()):
            widget.setEnabled(self.automated.isChecked())

    def show_entry(self, entry: dict[str, Any], register: dict[str, Any]) -> None:
        blockers = [QSignalBlocker(w) for w in (*self.inputs, self.cookies)]
        self.transfers_en.setText(entry.get("transfers_outside_eea_en", ""))
        self.transfers_lv.setText(entry.get("transfers_outside_eea_lv", ""))
        # Empty: the register's general text applies; shown greyed as the placeholder.
        self.transfers_en.setPlaceholderText(register.get("transfers_outside_eea_en", ""))
        self.transfers_lv.setPlaceholderText(register.get("transfers_outside_eea_lv", ""))
        self.interests_en.setPlainText("\n".join(entry.get("legitimate_interests_en", [])))
        self.interests_lv.setPlainText("\n".join(entry.get("legitimate_interests_lv", [])))
        decision = entry.get("automated_decision")
        self.automated.setChecked(isinstance(decision, dict))
        decision = decision if isinstance(decision, dict) else {}
        self.column.setText(decision.get("column", ""))
        for key, line in self.logic.items():
            line.setText(decision.get(key, ""))
        self.cookies.set_rows([[c.get("name", ""), c.get("purpose_en", ""),
                                c.get("purpose_lv", ""), c.get("lifetime_en", ""),
                                c.get("lifetime_lv", "")] for c in entry.get("cookies", [])])
        del blockers
        self._enable_automated()

    def write(self, entry: dict[str, Any]) -> None:
        """The shown values into `entry`; a field left empty is left out (its default)."""
        entry.pop("transfers_outside_eea_en", None)
        entry.pop("transfers_outside_eea_lv", None)
        if self.transfers_en.text().strip() or self.transfers_lv.text().strip():
            entry["transfers_outside_eea_en"] = self.transfers_en.text().strip()
            entry["transfers_outside_eea_lv"] = self.transfers_lv.text().strip()
        english = lines(self.interests_en.toPlainText())
        latvian = lines(self.interests_lv.toPlainText())
        entry.pop("legitimate_interests_en", None)
        entry.pop("legitimate_interests_lv", None)
        if english or latvian:
            entry["legitimate_interests_en"], entry["legitimate_interests_lv"] = english, latvian
        entry.pop("automated_decision", None)
        if self.automated.isChecked():
            entry["automated_decision"] = {
                "column": self.column.text().strip(),
                **{key: line.text().strip() for key, line in self.logic.items()}}
        keys = ("name", "purpose_en", "purpose_lv", "lifetime_en", "lifetime_lv")
        cookies = [dict(zip(keys, row, strict=True)) for row in self.cookies.rows()]
        entry.pop("cookies", None)
        if cookies:
            entry["cookies"] = cookies

    def field_errors(self, entry: dict[str, Any]) -> dict[str, str]:
        """Messages in the window's language for what these fields lack."""
        errors: dict[str, str] = {}
        if bool(entry.get("transfers_outside_eea_en")) != bool(
                entry.get("transfers_outside_eea_lv")):
            errors["transfers"] = self.tr(
                "Give the transfers in both English and Latvian, or leave both empty for the "
                "register's general text.")
        if len(entry.get("legitimate_interests_en", [])) != len(
                entry.get("legitimate_interests_lv", [])):
            errors["interests"] = self.tr(
                "Give as many interests in Latvian as in English, one per line.")
        decision = entry.get("automated_decision")
        if isinstance(decision, dict) and not all(
                decision.get(key) for key in ("column", *_AUTOMATED)):
            errors["automated"] = self.tr(
                "An automated decision needs the column that marks it, and the logic and the "
                "consequences in both English and Latvian.")
        if any(not all(cookie.values()) for cookie in entry.get("cookies", [])):
            errors["cookies"] = self.tr(
                "Every cookie needs its name, and its purpose and lifetime in both English and "
                "Latvian.")
        return errors
