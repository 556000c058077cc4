"""The register of processing activities (GDPR 30): everyone sees the version in force and
its data categories; the administrator (the DPO) edits them as a form, or as the TOML text
(the "Expert" tab), and saves a new version."""

from __future__ import annotations

import tomllib
from collections.abc import Callable

import tomli_w
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QFontDatabase
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smarttek_dsar.domain.errors import DomainError
from smarttek_dsar.domain.register import (
    DataCategory,
    Register,
    parse_register,
)
from smarttek_dsar.domain.register_dict import register_to_dict
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.domain.toml_reasons import toml_error_said
from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.changes import Changes
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.phrasebook_editor import PhrasebookEditor
from smarttek_dsar.ui.plain_text import plain, plain_tip
from smarttek_dsar.ui.register_form import RegisterForm
from smarttek_dsar.ui.service_messages import error_text
from smarttek_dsar.ui.tasks import run_task
from smarttek_dsar.ui.unsaved_edits import DraftPage, DraftViews, DraftWords


def register_from_text(text: str) -> Register:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise DomainError("The register text is not valid TOML: {error}.",
                          error=toml_error_said(error)) from None
    return parse_register(data)


RETENTION_COLUMN = 4
# Widest a column starts (pixels); the last one takes the rest. Together they fit the page at
# 1280x800 with the navigation beside it, so no column starts off screen (issue 14).
_COLUMN_WIDTHS = (170, 210, 190, 260)


class RegisterPage(DraftPage, QWidget):
    """Overview table, the form, the raw text for experts, and the phrasebook. The form and the
    raw text are two views of one draft: switching tabs carries an edit across, and saving
    (from either) goes through RegisterService.save, the one operation (versions, audit)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.admin = context.can(Permission.MANAGE_SETTINGS)
        self.current: Register | None = None
        self.heading = plain(QLabel())
        self.heading.setObjectName("register_heading")
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("categories_table")
        self.table.setHorizontalHeaderLabels([self.tr("Category"), self.tr("Name"),
                                              self.tr("Legal bases"), self.tr("Recipients"),
                                              self.tr("Retention")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(80)
        # The last column stretches only once the page is shown: rows sized before were too
        # low for its wrapped text, and the retention text was cut (seen at 1280x800).
        header.sectionResized.connect(
            lambda index, _old, _new: index == RETENTION_COLUMN
            and QTimer.singleShot(0, self.table.resizeRowsToContents))
        # DOMAIN §6: a default the policy does not state is not told to subjects until the DPO
        # confirms it (confirmed = true on the category's retention in the register text).
        self.unconfirmed = QLabel()
        self.unconfirmed.setObjectName("register_unconfirmed")
        self.unconfirmed.setWordWrap(True)
        self.form = RegisterForm(self.admin)
        if self.admin:
            self.form.guard.save = self.save
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("register_editor")
        self.editor.setReadOnly(not self.admin)
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.save_button = QPushButton(self.tr("Save as new version"))
        self.save_button.setObjectName("save_register_button")
        self.save_button.setEnabled(self.admin)
        self.save_button.clicked.connect(lambda: self.save())
        self.message = plain(QLabel())
        self.message.setObjectName("register_message")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        # The reasons decisions give the subject, per article (issue 12).
        self.phrasebook = PhrasebookEditor(context)
        self.pages = QTabWidget()
        self.pages.setObjectName("register_tabs")
        self.pages.addTab(self.table, self.tr("Categories"))
        self.pages.addTab(self.form, self.tr("Edit as a form"))
        self.pages.addTab(self.editor, self.tr("Expert: register text (TOML)"))
        self.pages.addTab(self.phrasebook, self.tr("Phrasebook"))
        self.views = DraftViews(self.pages, self.form, self.editor, "categories", tomli_w.dumps,
                                DraftWords(
            self.tr("The register text is not valid TOML: {0}. Correct it here before going "
                    "back to the form."),
            self.tr("The register text cannot be shown as a form: {0}"),
            self.tr("'categories' must be a list of [[categories]].")), self.message, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.unconfirmed)
        layout.addLayout(buttons)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        self.reload()

    def reload(self) -> None:
        service = self.context.services.register
        try:
            register = service.current()
        except DomainError as error:
            self.message.setText(error_text(error))
            return
        self.current = register
        origin = self.tr("edited by the DPO") if service.is_edited else self.tr("shipped default")
        self.heading.setText(self.tr("Register version {0} ({1}), in force from {2}").format(
            register.version, origin, register.effective_from.strftime("%d.%m.%Y")))
        self._fill_table(register)
        self.form.load_register(register)
        self.views.loaded(tomli_w.dumps(register_to_dict(register)))
        pending = register.unconfirmed_retention
        language = i18n.current_language()
        self.unconfirmed.setVisible(bool(pending))
        # Where to confirm, in the form's own words (not the register text's key to type).
        self.unconfirmed.setText(self.tr(
            "Retention periods to be confirmed by the DPO: {0}. Until “{1}” is ticked for a "
            "category under “{2}”, letters to subjects do not state its period."
        ).format(", ".join(c.name.in_language(language) for c in pending),
                 self.form.confirmed.text(), self.pages.tabText(self.pages.indexOf(self.form))))

    def _fill_table(self, register: Register) -> None:
        self.table.setRowCount(0)
        language = i18n.current_language()
        for category in register.categories:
            row = self.table.rowCount()
            self.table.insertRow(row)
            values = (category.id, category.name.in_language(language),
                      ", ".join(i18n.legal_basis_label(b) for b in category.legal_bases),
                      ", ".join(r.name.in_language(language)
                                for r in register.recipients_for(category)))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(plain_tip(value))
                self.table.setItem(row, column, item)
            self.table.setItem(row, RETENTION_COLUMN, self._retention_item(category, language))
        self.table.resizeColumnsToContents()
        for column, widest in enumerate(_COLUMN_WIDTHS):  # long texts wrap
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
        self.table.resizeRowsToContents()

    def _retention_item(self, category: DataCategory, language: str) -> QTableWidgetItem:
        text = category.retention.text.in_language(language)  # type: ignore[arg-type]
        if category.retention.confirmed:
            item = QTableWidgetItem(text)
            item.setToolTip(plain_tip(text))
            return item
        item = QTableWidgetItem(self.tr("To be confirmed by the DPO: {0}").format(text))
        item.setToolTip(self.tr("The policy does not state this period; it is a default. "
                                "Subjects are not told it until the DPO confirms it."))
        item.setForeground(QColor("#a15c00"))
        return item

    # --- the form and the raw text: one draft (ui/unsaved_edits.py) -------------------------

    def draft(self) -> Register:
        """The register being edited, from the form or the raw text, whichever was edited."""
        if self.views.text_is_current():
            return register_from_text(self.editor.toPlainText())
        return self.form.register()

    def save(self, then: Callable[[], None] | None = None) -> None:
        """Saves the draft as a new version; `then` runs once it is saved (not when refused)."""
        try:
            edited = self.draft()
        except DomainError as error:
            self.message.setText(error_text(error))
            return
        services, actor = self.context.services, self.context.actor
        based_on = self.current.version if self.current else None

        def saved(register: Register) -> None:
            self.reload()
            self.message.setText(self.tr("Saved as version {0}.").format(register.version))
            self.context.notify(Changes.of_organisation())
            if then is not None:
                then()

        run_task(self, lambda: services.register.save(actor, edited, based_on=based_on), saved,
                 on_error=self.message.setText)
