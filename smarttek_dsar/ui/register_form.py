"""The register's data categories as a form (issue 14): names and texts in both languages, the
legal bases as checkable words, where the data comes from, the recipients, the retention, and
the flags the review rules read. The form edits the register's TOML-shaped dict, so the raw text
("Expert" tab) and the form show the same thing, and `register()` checks it with the same
`parse_register` the raw text and the stored versions go through.

The recipients themselves are a second tab (register_recipients_form.py); the rarely used
fields of a category (transfers, legitimate interests, an automated decision, cookies) are
register_category_more.py, shown under the common ones; the controller, the authority and the
general texts a third tab (register_organisation_form.py)."""

from __future__ import annotations

import copy
import re
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smarttek_dsar.domain.errors import DomainError
from smarttek_dsar.domain.register import Register, RetentionKind, Source, parse_register
from smarttek_dsar.domain.register_dict import register_to_dict
from smarttek_dsar.domain.rights import LegalBasis
from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.form_fields import (
    error_label,
    fit_to_names,
    lines,
    names_list,
    row_with_error,
    short_text,
)
from smarttek_dsar.ui.plain_text import plain_tip
from smarttek_dsar.ui.register_category_more import CategoryMore
from smarttek_dsar.ui.register_organisation_form import OrganisationForm
from smarttek_dsar.ui.register_recipients_form import RecipientsForm
from smarttek_dsar.ui.service_messages import error_text
from smarttek_dsar.ui.unsaved_edits import ListGuard

_ID = re.compile(r"^[a-z][a-z0-9_]*$")
FLAGS = ("provided_by_subject", "automated", "legal_obligation_retention", "direct_marketing",
         "may_contain_others_data", "verbatim_record")


class RegisterForm(QWidget):
    """Edits the categories of one register; `changed` fires on every edit."""

    changed = Signal()

    def __init__(self, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editable = editable
        self._data: dict[str, Any] = {}
        self._row = -1
        # Latvian names were cut behind a sideways scroll bar at 1280x800 (issue 14 walk); up to
        # 240 px, wider pushes the fields beside it past the right edge.
        self.categories = names_list(QListWidget())
        self.categories.setObjectName("register_form_categories")
        # Leaving an edited category asks Save / Discard / Cancel (the page gives the save).
        self.guard = ListGuard(self.categories, self._categories, self._show_category,
                               self._title)
        self.add_button = QPushButton(self.tr("Add category"))
        self.add_button.setObjectName("add_category_button")
        self.add_button.clicked.connect(self.add_category)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("remove_category_button")
        self.remove_button.clicked.connect(self.remove_category)
        for button in (self.add_button, self.remove_button):
            button.setEnabled(editable)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.categories, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        left_layout.addLayout(buttons)

        self.category_id = QLineEdit()
        self.name_en, self.name_lv = QLineEdit(), QLineEdit()
        self.description_en = short_text(QPlainTextEdit())
        self.description_lv = short_text(QPlainTextEdit())
        self.purposes_en = short_text(QPlainTextEdit())
        self.purposes_lv = short_text(QPlainTextEdit())
        self.purposes_en.setPlaceholderText(self.tr("One purpose per line"))
        self.purposes_lv.setPlaceholderText(self.tr("One purpose per line, in Latvian"))
        self.bases = {basis: QCheckBox(i18n.legal_basis_label(basis)) for basis in LegalBasis}
        self.source = QComboBox()
        for source, label in self._source_words().items():
            self.source.addItem(label, source.value)
        self.recipients = QListWidget()
        self.recipients.setObjectName("register_form_recipients")
        self.recipients.setMinimumHeight(110)
        self.retention_kind = QComboBox()
        for kind, label in self._retention_words().items():
            self.retention_kind.addItem(label, kind.value)
        self.period_months, self.period_days = QSpinBox(), QSpinBox()
        for spin, suffix in ((self.period_months, self.tr(" months")),
                             (self.period_days, self.tr(" days"))):
            spin.setRange(0, 1200 if spin is self.period_months else 36500)
            spin.setSuffix(suffix)
            spin.setSpecialValueText(self.tr("—"))
        self.retention_en, self.retention_lv = QLineEdit(), QLineEdit()
        self.confirmed = QCheckBox(self.tr("Confirmed by the DPO (told to subjects)"))
        self.flags = {key: QCheckBox(label) for key, label in self._flag_words().items()}
        self.errors: dict[str, QLabel] = {}

        fields = QWidget()
        form = QFormLayout(fields)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._row_with_error(form, self.tr("Id"), self.category_id, "id")
        self._row_with_error(form, self.tr("Name (English)"), self.name_en, "name")
        form.addRow(self.tr("Name (Latvian)"), self.name_lv)
        self._row_with_error(form, self.tr("Description (English)"), self.description_en,
                             "description")
        form.addRow(self.tr("Description (Latvian)"), self.description_lv)
        self._row_with_error(form, self.tr("Purposes (English)"), self.purposes_en, "purposes")
        form.addRow(self.tr("Purposes (Latvian)"), self.purposes_lv)
        bases = QHBoxLayout()
        for box in self.bases.values():
            bases.addWidget(box)
        bases.addStretch(1)
        self._row_with_error(form, self.tr("Legal bases"), bases, "legal_bases")
        form.addRow(self.tr("Data comes from"), self.source)
        form.addRow(self.tr("Recipients"), self.recipients)
        period = QHBoxLayout()
        period.addWidget(self.retention_kind, 2)
        period.addWidget(self.period_months, 1)
        period.addWidget(self.period_days, 1)
        self._row_with_error(form, self.tr("Retention"), period, "retention")
        form.addRow(self.tr("Retention text (English)"), self.retention_en)
        form.addRow(self.tr("Retention text (Latvian)"), self.retention_lv)
        form.addRow("", self.confirmed)
        for box in self.flags.values():
            form.addRow("", box)
        self.more = CategoryMore(editable)
        form.addRow(self.more)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(fields)
        self.fields = fields
        # What parse_register still refuses after the field checks (a rule across fields).
        self.message = error_label("register_form_message")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(scroll, 1)
        right_layout.addWidget(self.message)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        self.recipient_form = RecipientsForm(lambda: self._data, editable)
        self.recipient_form.changed.connect(self._recipients_edited)
        self.parts = QTabWidget()
        self.parts.setObjectName("register_form_parts")
        self.parts.addTab(split, self.tr("Data categories"))
        self.parts.addTab(self.recipient_form, self.tr("Recipients"))
        self.organisation = OrganisationForm(lambda: self._data, editable)
        self.organisation.changed.connect(self._organisation_edited)
        self.parts.addTab(self.organisation, self.tr("Controller and authority"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.parts)
        self._connect_edits()
        fields.setEnabled(False)

    # --- words --------------------------------------------------------------------------

    def _source_words(self) -> dict[Source, str]:
        return {Source.SUBJECT: self.tr("The subject"),
                Source.GENERATED: self.tr("Created by Smarttek"),
                Source.THIRD_PARTY: self.tr("A third party")}

    def _retention_words(self) -> dict[RetentionKind, str]:
        return {RetentionKind.CONTRACT_PLUS_10Y: self.tr("Contract term + 10 years"),
                RetentionKind.OFFER_36_MONTHS: self.tr("Offer without a contract: 36 months"),
                RetentionKind.UNTIL_CONSENT_WITHDRAWN: self.tr("Until consent is withdrawn"),
                RetentionKind.FIXED_PERIOD: self.tr("A fixed period")}

    def _flag_words(self) -> dict[str, str]:
        return {
            "provided_by_subject": self.tr("Provided by the subject (portability, Art. 20)"),
            "automated": self.tr("Processed by automated means"),
            "legal_obligation_retention": self.tr(
                "A law obliges us to keep it (erasure refused, Art. 17(3)(b))"),
            "direct_marketing": self.tr("Used for direct marketing (objection is absolute)"),
            "may_contain_others_data": self.tr(
                "May contain other people's data (redact, Art. 15(4))"),
            "verbatim_record": self.tr("A recording (supplemented, not corrected)"),
        }

    def _row_with_error(self, form: QFormLayout, label: str, field, key: str) -> None:
        self.errors[key] = row_with_error(form, label, field, f"register_form_error_{key}")

    def _connect_edits(self) -> None:
        for line in (self.category_id, self.name_en, self.name_lv, self.retention_en,
                     self.retention_lv):
            line.textEdited.connect(self._edited)
        for text in (self.description_en, self.description_lv, self.purposes_en,
                     self.purposes_lv):
            text.textChanged.connect(self._edited)
        for box in (*self.bases.values(), *self.flags.values(), self.confirmed):
            box.toggled.connect(self._edited)
        for combo in (self.source, self.retention_kind):
            combo.currentIndexChanged.connect(self._edited)
        for spin in (self.period_months, self.period_days):
            spin.valueChanged.connect(self._edited)
        self.recipients.itemChanged.connect(self._edited)
        self.more.changed.connect(self._edited)

    # --- loading and reading ----------------------------------------------------------------

    def load(self, data: dict[str, Any]) -> None:
        """Show the register dict `data` (as register_to_dict gives it); keeps the selection."""
        keep = max(self.categories.currentRow(), 0)
        self._data = copy.deepcopy(data)
        self._row = -1
        self.guard.shown(-1)
        with QSignalBlocker(self.categories):
            self.categories.clear()
            for entry in self._categories():
                item = QListWidgetItem(self._title(entry))
                item.setToolTip(plain_tip(item.text()))  # the list is narrow
                self.categories.addItem(item)
        fit_to_names(self.categories, [self._title(e) for e in self._categories()], 240)
        self._fill_recipient_checklist()
        self.recipient_form.reload()
        self.organisation.reload()
        if self.categories.count():
            self.categories.setCurrentRow(min(keep, self.categories.count() - 1))
            self._show_category(self.categories.currentRow())
        self.validate()

    def _fill_recipient_checklist(self) -> None:
        """The register's recipients as checkable names; the category shown ticks its own."""
        with QSignalBlocker(self.recipients):
            self.recipients.clear()
            language = i18n.current_language()
            for recipient in self._data.get("recipients", []):
                item = QListWidgetItem(recipient.get(f"name_{language}") or recipient.get("id"))
                item.setData(Qt.ItemDataRole.UserRole, recipient.get("id"))
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.recipients.addItem(item)

    def _recipients_edited(self) -> None:
        self._fill_recipient_checklist()
        self._show_category(self.categories.currentRow())
        self.validate()
        self.changed.emit()

    def _organisation_edited(self) -> None:
        if 0 <= self._row < len(self._categories()):  # the general transfers text it shows
            self.more.show_entry(self._categories()[self._row], self._data)
        self.validate()
        self.changed.emit()

    def load_register(self, register: Register) -> None:
        self.load(register_to_dict(register))

    def data(self) -> dict[str, Any]:
        return copy.deepcopy(self._data)

    def register(self) -> Register:
        """The register the form shows; DomainError naming what is wrong."""
        return parse_register(self._data)

    def _categories(self) -> list[dict[str, Any]]:
        return self._data.setdefault("categories", [])

    def _title(self, entry: dict[str, Any]) -> str:
        name = entry.get(f"name_{i18n.current_language()}") or entry.get("name_en")
        return name or entry.get("id") or self.tr("(new category)")

    def _show_category(self, row: int) -> None:
        self._row = -1  # no edits while the widgets are filled
        entries = self._categories()
        self.fields.setEnabled(self.editable and 0 <= row < len(entries))
        self.remove_button.setEnabled(self.editable and 0 <= row < len(entries))
        self.guard.shown(row)
        if not 0 <= row < len(entries):
            return
        entry = entries[row]
        retention = entry.get("retention", {})
        widgets = [self.category_id, self.name_en, self.name_lv, self.description_en,
                   self.description_lv, self.purposes_en, self.purposes_lv, self.source,
                   self.recipients, self.retention_kind, self.period_months, self.period_days,
                   self.retention_en, self.retention_lv, self.confirmed, *self.bases.values(),
                   *self.flags.values()]
        blockers = [QSignalBlocker(widget) for widget in widgets]
        self.category_id.setText(entry.get("id", ""))
        self.name_en.setText(entry.get("name_en", ""))
        self.name_lv.setText(entry.get("name_lv", ""))
        self.description_en.setPlainText(entry.get("description_en", ""))
        self.description_lv.setPlainText(entry.get("description_lv", ""))
        self.purposes_en.setPlainText("\n".join(entry.get("purposes_en", [])))
        self.purposes_lv.setPlainText("\n".join(entry.get("purposes_lv", [])))
        for basis, box in self.bases.items():
            box.setChecked(basis.value in entry.get("legal_bases", []))
        self.source.setCurrentIndex(max(self.source.findData(entry.get("source")), 0))
        chosen = set(entry.get("recipients", []))
        for index in range(self.recipients.count()):
            item = self.recipients.item(index)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                               in chosen else Qt.CheckState.Unchecked)
        self.retention_kind.setCurrentIndex(
            max(self.retention_kind.findData(retention.get("kind")), 0))
        self.period_months.setValue(retention.get("period_months") or 0)
        self.period_days.setValue(retention.get("period_days") or 0)
        self.retention_en.setText(retention.get("text_en", ""))
        self.retention_lv.setText(retention.get("text_lv", ""))
        self.confirmed.setChecked(retention.get("confirmed", True))
        for key, box in self.flags.items():
            box.setChecked(bool(entry.get(key, False)))
        self.more.show_entry(entry, self._data)
        del blockers
        self._row = row
        self._update_period_fields()
        self.validate()

    def _update_period_fields(self) -> None:
        fixed = self.retention_kind.currentData() == RetentionKind.FIXED_PERIOD.value
        self.period_months.setVisible(fixed)
        self.period_days.setVisible(fixed)

    # --- editing ----------------------------------------------------------------------------

    def _edited(self, *_args) -> None:
        if self._row < 0 or not self.editable:
            return
        entry = self._categories()[self._row]
        entry["id"] = self.category_id.text().strip()
        for key, widget in (("name_en", self.name_en), ("name_lv", self.name_lv)):
            entry[key] = widget.text().strip()
        entry["description_en"] = self.description_en.toPlainText().strip()
        entry["description_lv"] = self.description_lv.toPlainText().strip()
        entry["purposes_en"] = lines(self.purposes_en.toPlainText())
        entry["purposes_lv"] = lines(self.purposes_lv.toPlainText())
        entry["legal_bases"] = [b.value for b, box in self.bases.items() if box.isChecked()]
        entry["source"] = self.source.currentData()
        entry["recipients"] = [
            self.recipients.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.recipients.count())
            if self.recipients.item(i).checkState() == Qt.CheckState.Checked]
        self._update_period_fields()
        kind = self.retention_kind.currentData()
        retention: dict[str, Any] = {"kind": kind}
        if kind == RetentionKind.FIXED_PERIOD.value:
            if self.period_months.value():
                retention["period_months"] = self.period_months.value()
            if self.period_days.value():
                retention["period_days"] = self.period_days.value()
        retention["text_en"] = self.retention_en.text().strip()
        retention["text_lv"] = self.retention_lv.text().strip()
        if not self.confirmed.isChecked():
            retention["confirmed"] = False
        entry["retention"] = retention
        for key, box in self.flags.items():
            entry[key] = box.isChecked()
        self.more.write(entry)
        self.categories.item(self._row).setText(self._title(entry))
        self.validate()
        self.changed.emit()

    def add_category(self) -> None:
        """A new category with every required field empty: the messages say what to fill.
        An edited category is settled first (the guard asks)."""
        self.guard.before_adding(self._append_category)

    def _append_category(self) -> None:
        self._categories().append({
            "id": "", "name_en": "", "name_lv": "", "description_en": "", "description_lv": "",
            "purposes_en": [], "purposes_lv": [], "legal_bases": [], "source": "subject",
            "recipients": [], "provided_by_subject": False, "automated": False,
            "legal_obligation_retention": False,
            "retention": {"kind": RetentionKind.FIXED_PERIOD.value, "text_en": "",
                          "text_lv": "", "confirmed": False},
        })
        self.categories.addItem(QListWidgetItem(self.tr("(new category)")))
        self.categories.setCurrentRow(self.categories.count() - 1)
        self.category_id.setFocus()
        self.validate()
        self.changed.emit()

    def remove_category(self) -> None:
        row = self.categories.currentRow()
        if not 0 <= row < len(self._categories()):
            return
        del self._categories()[row]
        self._row = -1
        self.guard.shown(-1)
        self.categories.takeItem(row)
        self._show_category(self.categories.currentRow())
        self.validate()
        self.changed.emit()

    # --- validation -------------------------------------------------------------------------

    def field_errors(self, entry: dict[str, Any]) -> dict[str, str]:
        """Messages in the window's language for what a category's fields lack."""
        errors: dict[str, str] = {}
        others = [e.get("id") for i, e in enumerate(self._categories()) if i != self._row]
        if not _ID.match(entry.get("id", "")):
            errors["id"] = self.tr("The id is needed: lower-case letters, digits and _, "
                                   "starting with a letter (e.g. contract_data).")
        elif entry.get("id") in others:
            errors["id"] = self.tr("Another category already has this id.")
        if not (entry.get("name_en") and entry.get("name_lv")):
            errors["name"] = self.tr("Give the name in both English and Latvian.")
        if not (entry.get("description_en") and entry.get("description_lv")):
            errors["description"] = self.tr(
                "Give the description in both English and Latvian.")
        english, latvian = entry.get("purposes_en", []), entry.get("purposes_lv", [])
        if not english or len(english) != len(latvian):
            errors["purposes"] = self.tr(
                "Give at least one purpose, one per line, as many lines in Latvian as in "
                "English.")
        if not entry.get("legal_bases"):
            errors["legal_bases"] = self.tr("Choose at least one legal basis (GDPR 6(1)).")
        retention = entry.get("retention", {})
        if retention.get("kind") == RetentionKind.FIXED_PERIOD.value and (
                ("period_months" in retention) == ("period_days" in retention)):
            errors["retention"] = self.tr("A fixed period needs months or days (one of them).")
        elif not (retention.get("text_en") and retention.get("text_lv")):
            errors["retention"] = self.tr(
                "Describe the retention in both English and Latvian.")
        return errors

    def validate(self) -> bool:
        """Show the messages of the selected category and of the whole register; True: valid."""
        entries = self._categories()
        entry = entries[self._row] if 0 <= self._row < len(entries) else None
        shown = ({**self.field_errors(entry), **self.more.field_errors(entry)} if entry
                 else {})
        for key, label in (*self.errors.items(), *self.more.errors.items()):
            label.setText(shown.get(key, ""))
        try:
            self.register()
        except DomainError as error:
            self.message.setText(self.tr("Not saved until corrected: {0}").format(
                error_text(error)))
            return False
        self.message.setText("")
        return True
