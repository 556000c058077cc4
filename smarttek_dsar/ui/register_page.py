"""The register of processing activities (GDPR 30): everyone sees the version in force and
its data categories; the administrator (the DPO) edits the TOML and saves a new version."""

from __future__ import annotations

import tomllib

import tomli_w
from PySide6.QtGui import QColor, QFontDatabase
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
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
from smarttek_dsar.ui.plain_text import plain
from smarttek_dsar.ui.service_messages import error_text
from smarttek_dsar.ui.tasks import run_task


def register_from_text(text: str) -> Register:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise DomainError(f"The register text is not valid TOML: {error}.") from None
    return parse_register(data)


RETENTION_COLUMN = 4


class RegisterPage(QWidget):
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
        # DOMAIN §6: a default the policy does not state is not told to subjects until the DPO
        # confirms it (confirmed = true on the category's retention in the register text).
        self.unconfirmed = QLabel()
        self.unconfirmed.setObjectName("register_unconfirmed")
        self.unconfirmed.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("register_editor")
        self.editor.setReadOnly(not self.admin)
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
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
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(self.editor)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        categories = QWidget()
        inner = QVBoxLayout(categories)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.heading)
        inner.addWidget(self.unconfirmed)
        inner.addLayout(buttons)
        inner.addWidget(split, 1)
        inner.addWidget(self.message)
        # The reasons decisions give the subject, per article (issue 12).
        self.phrasebook = PhrasebookEditor(context)
        self.pages = QTabWidget()
        self.pages.addTab(categories, self.tr("Categories"))
        self.pages.addTab(self.phrasebook, self.tr("Phrasebook"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
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
                self.table.setItem(row, column, QTableWidgetItem(value))
            self.table.setItem(row, RETENTION_COLUMN, self._retention_item(category, language))
        self.table.resizeColumnsToContents()
        for column in range(self.table.columnCount()):  # long names wrap in two lines
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 220))
        self.editor.setPlainText(tomli_w.dumps(register_to_dict(register)))
        pending = register.unconfirmed_retention
        self.unconfirmed.setVisible(bool(pending))
        self.unconfirmed.setText(self.tr(
            "Retention periods to be confirmed by the DPO: {0}. Until confirmed (confirmed = "
            "true in the category's retention), letters to subjects do not state them."
        ).format(", ".join(c.name.in_language(language) for c in pending)))

    def _retention_item(self, category: DataCategory, language: str) -> QTableWidgetItem:
        text = category.retention.text.in_language(language)  # type: ignore[arg-type]
        if category.retention.confirmed:
            return QTableWidgetItem(text)
        item = QTableWidgetItem(self.tr("To be confirmed by the DPO: {0}").format(text))
        item.setToolTip(self.tr("The policy does not state this period; it is a default. "
                                "Subjects are not told it until the DPO confirms it."))
        item.setForeground(QColor("#a15c00"))
        return item

    def save(self) -> None:
        try:
            edited = register_from_text(self.editor.toPlainText())
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
