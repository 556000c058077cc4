"""Every letter kind in both languages, each cell saying whether the DPO edited that text or
it is the shipped one (and '*' while an edit is unsaved). Choosing a cell picks the template."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from smarttek_dsar.services.letters.letter_templates import (
    LETTER_LANGUAGES,
    TEMPLATE_KINDS,
    TemplateInfo,
)
from smarttek_dsar.ui.letter_wording import kind_names, language_names

_QUIET, _EDITED = "#666", "#1f5c99"


class TemplateTable(QTableWidget):
    def __init__(self) -> None:
        super().__init__(len(TEMPLATE_KINDS), 1 + len(LETTER_LANGUAGES))
        languages = language_names()
        self.setObjectName("letters_table")
        self.setHorizontalHeaderLabels(
            [QCoreApplication.translate("LettersPage", "Letter"),
             *(languages[code] for code in LETTER_LANGUAGES)])
        self.verticalHeader().hide()
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for row, (kind, name) in enumerate(kind_names().items()):
            item = QTableWidgetItem(name)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # choosing a row picks a language cell
            item.setData(Qt.ItemDataRole.UserRole, kind)
            item.setToolTip(name)
            self.setItem(row, 0, item)
            for column, language in enumerate(LETTER_LANGUAGES, start=1):
                cell = QTableWidgetItem()
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                cell.setData(Qt.ItemDataRole.UserRole, (kind, language))
                self.setItem(row, column, cell)

    def paint_row(
        self, row: int, infos: dict[tuple[str, str], TemplateInfo],
        drafts: dict[tuple[str, str], str],
    ) -> None:
        kind = TEMPLATE_KINDS[row]
        for column, language in enumerate(LETTER_LANGUAGES, start=1):
            cell = self.item(row, column)
            info = infos.get((kind, language))
            edited = bool(info and info.edited)
            text = (QCoreApplication.translate("LettersPage", "✎ edited") if edited
                    else QCoreApplication.translate("LettersPage", "shipped"))
            unsaved = (kind, language) in drafts
            if unsaved:
                text += " *"
            cell.setText(text)
            cell.setToolTip(QCoreApplication.translate("LettersPage", "Unsaved changes") if unsaved
                            else str(info.path) if info else "")
            cell.setForeground(QColor(_EDITED if edited else _QUIET))
            font = cell.font()
            font.setBold(edited)
            cell.setFont(font)
