"""The phrasebook in the window: the reasons decisions give the subject, one row per article,
in Latvian and English. Everyone reads it; the administrator (the DPO) edits the texts and
saves a new version (a decision keeps the text it was recorded with)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smarttek_dsar.domain.errors import DomainError
from smarttek_dsar.domain.phrasebook import Phrasebook, parse_phrasebook
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.services.administration.phrasebook_service import PhrasebookVersion
from smarttek_dsar.ui.changes import Changes
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.service_messages import error_text
from smarttek_dsar.ui.tasks import run_task

KEY, LATVIAN, ENGLISH = range(3)


class PhrasebookEditor(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.admin = context.can(Permission.MANAGE_SETTINGS)
        self.version = 0
        self.heading = QLabel()
        self.heading.setObjectName("phrasebook_heading")
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("phrasebook_table")
        self.table.setHorizontalHeaderLabels([self.tr("Article"), self.tr("Latvian"),
                                              self.tr("English")])
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(
            KEY, QHeaderView.ResizeMode.ResizeToContents)
        for column in (LATVIAN, ENGLISH):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch)
        if not self.admin:
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.save_button = QPushButton(self.tr("Save phrasebook as new version"))
        self.save_button.setObjectName("save_phrasebook_button")
        self.save_button.setEnabled(self.admin)
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setObjectName("phrasebook_message")
        self.message.setWordWrap(True)
        hint = QLabel(self.tr("These texts are sent to data subjects as the reasons of the "
                              "decisions. {keep_until} stands for the date until which data "
                              "is kept. No internal notes."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.reload()

    def reload(self) -> None:
        current = self.context.services.phrasebook.current()
        self.version = current.version
        origin = (self.tr("shipped default") if current.version == 0
                  else self.tr("version {0}").format(current.version))
        self.heading.setText(self.tr("Phrasebook ({0})").format(origin))
        phrases = current.phrasebook.phrases
        self.table.setRowCount(len(phrases))
        for row, (key, text) in enumerate(phrases.items()):
            item = QTableWidgetItem(key)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, KEY, item)
            self.table.setItem(row, LATVIAN, QTableWidgetItem(text.lv))
            self.table.setItem(row, ENGLISH, QTableWidgetItem(text.en))
        self.table.resizeRowsToContents()

    def edited(self) -> Phrasebook:
        """The table as a phrasebook; raises DomainError naming an empty or unknown text."""
        phrases = {
            self.table.item(row, KEY).text(): {"lv": self.table.item(row, LATVIAN).text(),
                                               "en": self.table.item(row, ENGLISH).text()}
            for row in range(self.table.rowCount())
        }
        return parse_phrasebook({"phrases": phrases})

    def save(self) -> None:
        try:
            edited = self.edited()
        except DomainError as error:
            self.message.setText(error_text(error))
            return
        services, actor, based_on = self.context.services, self.context.actor, self.version

        def saved(result: PhrasebookVersion) -> None:
            self.reload()
            self.message.setText(self.tr("Saved as version {0}.").format(result.version))
            self.context.notify(Changes.of_organisation())

        run_task(self, lambda: services.phrasebook.save(actor, edited, based_on=based_on),
                 saved, on_error=self.message.setText)
