"""The recipients this subject's data was actually disclosed to, per system (GDPR 19).

A small list with a form under it: the specialist picks the register's recipient, names the
company where the register only gives a category (CJEU C-154/21), says from which system (and
optionally which category) the data went, and confirms. The GDPR 19 notices and the
"recipients informed" statements use this list only. Every change is a service call
(`services.recipients`), so the window does what `case recipients` does.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smarttek_dsar.services.errors import ServiceError
from smarttek_dsar.ui.case_view.wording import ui_language
from smarttek_dsar.ui.changes import Changes
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.service_messages import error_text


class RecipientsPanel(QWidget):
    changed = Signal()

    def __init__(self, context: AppContext, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._number = number
        language = ui_language()
        register = context.services.register.current()
        self.list = QListWidget()
        self.list.setMaximumHeight(90)
        self.recipient = QComboBox()
        for recipient in register.recipients:
            self.recipient.addItem(recipient.name.in_language(language), recipient.id)  # type: ignore[arg-type]
        self.category = QComboBox()
        self.category.addItem(self.tr("All data in the system"), None)
        for category in register.categories:
            self.category.addItem(category.name.in_language(language), category.id)  # type: ignore[arg-type]
        self.system = QLineEdit()
        self.system.setPlaceholderText(self.tr("e.g. CRM"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("the company the data went to, e.g. the processor"))
        self.confirm_button = QPushButton(self.tr("Confirm disclosure"))
        self.confirm_button.clicked.connect(self.confirm)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove)
        self.status = QLabel()
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Recipient"), self.recipient)
        form.addRow(self.tr("Named"), self.name)
        form.addRow(self.tr("From system"), self.system)
        form.addRow(self.tr("Category"), self.category)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Recipients the data was disclosed to (GDPR Art. 19)")))
        layout.addWidget(self.list)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        language = ui_language()
        try:
            rows = self._context.services.recipients.list(self._context.actor, self._number)
        except ServiceError as error:
            self.status.setText(error_text(error))
            rows = []
        for row in rows:
            notified = (self.tr("informed {date}").format(date=row.notified_on.isoformat())
                        if row.notified_on else self.tr("not yet informed"))
            text = f"{row.display_name(language)} — {row.system}"
            if row.category_id:
                text += f" ({row.category_id})"
            item = QListWidgetItem(f"{text}; {notified}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.list.addItem(item)
        self.remove_button.setEnabled(bool(rows))

    def recorded(self) -> list[tuple[int, str]]:
        """(id, label) of every recorded recipient, for the notice's recipient choice."""
        return [(self.list.item(i).data(Qt.ItemDataRole.UserRole), self.list.item(i).text())
                for i in range(self.list.count())]

    def confirm(self) -> None:
        try:
            self._context.services.recipients.confirm(
                self._context.actor, self._number, self.recipient.currentData(),
                self.system.text(), name=self.name.text(),
                category_id=self.category.currentData())
        except ServiceError as error:
            self.status.setText(error_text(error))
            return
        self.status.setText(self.tr("Recorded."))
        self.name.clear()
        self._after_change()

    def remove(self) -> None:
        item = self.list.currentItem()
        if item is None:
            self.status.setText(self.tr("Choose the recipient to remove."))
            return
        try:
            self._context.services.recipients.remove(self._context.actor, self._number,
                                                     item.data(Qt.ItemDataRole.UserRole))
        except ServiceError as error:
            self.status.setText(error_text(error))
            return
        self.status.setText(self.tr("Removed."))
        self._after_change()

    def _after_change(self) -> None:
        self.reload()
        self.changed.emit()
        self._context.notify(Changes.of_case(self._number))
