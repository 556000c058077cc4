"""The placeholders a letter kind may use, each with what it holds. Clicking one is how the DPO
inserts it into the text (the Letters page does the inserting)."""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smarttek_dsar.ui.letter_wording import placeholder_descriptions, placeholder_order

_QUIET = "#666"



class PlaceholderList(QListWidget):
    def __init__(self, *, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("placeholders")
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setCursor(Qt.CursorShape.PointingHandCursor if editable
                       else Qt.CursorShape.ArrowCursor)
        line = "QListWidget::item { border-bottom: 1px solid #e4e4e4; }"
        self.setStyleSheet(line + "QListWidget::item:hover { background: #e8f0f8; }"
                           if editable else line)

    def show_names(self, names: Iterable[str]) -> None:
        self.clear()
        descriptions = placeholder_descriptions()
        for name in sorted(names, key=placeholder_order):
            description = descriptions.get(name, "")
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"${name} {description}")
            item.setToolTip(description)
            label = QLabel(f"<b>${name}</b><br><span style='color: {_QUIET};'>"
                           f"{html.escape(description)}</span>")
            label.setContentsMargins(6, 3, 6, 3)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            item.setSizeHint(label.sizeHint())
            self.addItem(item)
            self.setItemWidget(item, label)

    def names(self) -> set[str]:
        return {self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())}


def placeholder_panel(placeholder_list: PlaceholderList, *, editable: bool) -> QWidget:
    """The list with its title and a line on how it is used."""
    hint = QLabel(
        QCoreApplication.translate(
            "LettersPage",
            "Click one to insert it at the cursor. Each is filled from the case when "
            "the letter is written.",
        ) if editable else QCoreApplication.translate(
            "LettersPage", "Each is filled from the case when the letter is written."))
    hint.setWordWrap(True)
    hint.setStyleSheet(f"color: {_QUIET};")
    side = QWidget()
    layout = QVBoxLayout(side)
    layout.setContentsMargins(0, 0, 0, 0)
    title = QLabel(QCoreApplication.translate("LettersPage", "Placeholders"))
    title.setStyleSheet("font-weight: bold;")
    layout.addWidget(title)
    layout.addWidget(placeholder_list, 1)
    layout.addWidget(hint)
    side.setMinimumWidth(250)
    side.setMaximumWidth(320)
    return side
