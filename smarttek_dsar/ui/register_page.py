"""The register of processing activities (GDPR 30): everyone sees the version in force and
its data categories; the administrator (the DPO) edits them as a form, or as the TOML text
(the "Expert" tab), and saves a new version."""

from __future__ import annotations

import tomllib

import tomli_w
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
from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.changes import Changes
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.phrasebook_editor import PhrasebookEditor
from smarttek_dsar.ui.plain_text import plain, plain_tip
from smarttek_dsar.ui.register_form import RegisterForm
from smarttek_dsar.ui.service_messages import error_text
from smarttek_dsar.ui.tasks import run_task


def register_from_text(text: str) -> Register:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise DomainError("The register text is not valid TOML: {problem}.",
                          problem=str(error)) from None
    return parse_register(data)


RETENTION_COLUMN = 4
# Widest a column starts (pixels); the last one takes the rest. Together they fit the page at
# 1280x800 with the navigation beside it, so no column starts off screen (issue 14).
_COLUMN_WIDTHS = (170, 210, 190, 260)


class RegisterPage(QWidget):
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
        # DOMAIN §6: a default the policy does not state is not told to subjects until the DPO
        # confirms it (confirmed = true on the category's retention in the register text).
        self.unconfirmed = QLabel()
        self.unconfirmed.setObjectName("register_unconfirmed")
        self.unconfirmed.setWordWrap(True)
        self.form = RegisterForm(self.admin)
        self.form.changed.connect(self._form_edited)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("register_editor")
        self.editor.setReadOnly(not self.admin)
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.textChanged.connect(self._text_edited)
        self.save_button = QPushButton(self.tr("Save as new version"))
        self.save_button.setObjectName("save_register_button")
        self.save_button.setEnabled(self.admin)
        self.save_button.clicked.connect(self.save)
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
        self.pages.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.unconfirmed)
        layout.addLayout(buttons)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        self._filling = False
        self._form_dirty = self._text_dirty = False
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
        self._set_text(tomli_w.dumps(register_to_dict(register)))
        self._form_dirty = self._text_dirty = False
        pending = register.unconfirmed_retention
        language = i18n.current_language()
        self.unconfirmed.setVisible(bool(pending))
        self.unconfirmed.setText(self.tr(
            "Retention periods to be confirmed by the DPO: {0}. Until confirmed (confirmed = "
            "true in the category's retention), letters to subjects do not state them."
        ).format(", ".join(c.name.in_language(language) for c in pending)))

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

    # --- the form and the raw text: one draft ---------------------------------------------

    def _set_text(self, text: str) -> None:
        self._filling = True
        try:
            self.editor.setPlainText(text)
        finally:
            self._filling = False

    def _form_edited(self) -> None:
        self._form_dirty = True

    def _text_edited(self) -> None:
        if not self._filling:
            self._text_dirty = True

    def _tab_changed(self, index: int) -> None:
        if self.pages.widget(index) is self.editor:
            self.text_from_form()
        elif self.pages.widget(index) is self.form and not self.form_from_text():
            self.pages.setCurrentWidget(self.editor)  # the text cannot be shown as a form

    def text_from_form(self) -> None:
        """The form's edits into the raw text (even while invalid: the expert may fix them)."""
        if self._form_dirty:
            self._set_text(tomli_w.dumps(self.form.data()))
            self._form_dirty = False

    def form_from_text(self) -> bool:
        """The raw text's edits into the form; False (and why) when it is not TOML."""
        if not self._text_dirty:
            return True
        try:
            data = tomllib.loads(self.editor.toPlainText())
            if not isinstance(data.get("categories", []), list):
                raise DomainError(self.tr("'categories' must be a list of [[categories]]."))
            self.form.load(data)
        except tomllib.TOMLDecodeError as error:
            self.message.setText(self.tr("The register text is not valid TOML: {0}. Correct it "
                                         "here before going back to the form.").format(error))
            return False
        except (DomainError, AttributeError, TypeError) as error:
            self.message.setText(self.tr("The register text cannot be shown as a form: {0}")
                                 .format(error))
            return False
        self._text_dirty = False
        return True

    def draft(self) -> Register:
        """The register being edited, from the form or the raw text, whichever was edited."""
        if self._text_dirty or self.pages.currentWidget() is self.editor:
            return register_from_text(self.editor.toPlainText())
        return self.form.register()

    def save(self) -> None:
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

        run_task(self, lambda: services.register.save(actor, edited, based_on=based_on), saved,
                 on_error=self.message.setText)
