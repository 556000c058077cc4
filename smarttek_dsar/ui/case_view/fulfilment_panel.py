"""Fulfilment: the concrete work the decisions call for in each system (erase, rectify,
restrict, stop marketing or processing) and the GDPR 19 notices to recipients, each confirmed
by the person who did it. The tasks the decisions call for are planned by the same service as
`review --tasks` on the command line (services/review/review_plan.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smarttek_dsar.domain.audit_words import task_action_words
from smarttek_dsar.domain.fulfilment_plan import usual_task_action
from smarttek_dsar.domain.register import Register
from smarttek_dsar.services.fulfilment.tasks import TASK_ACTIONS
from smarttek_dsar.services.views import CaseDetail, TaskView
from smarttek_dsar.ui.case_view.actions import CaseActions
from smarttek_dsar.ui.case_view.tables import fill_rows, read_only_table
from smarttek_dsar.ui.case_view.wording import format_time, in_ui_language
from smarttek_dsar.ui.plain_text import plain
from smarttek_dsar.ui.service_messages import counted


class FulfilmentPanel(QWidget):
    def __init__(self, actions: CaseActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actions = actions
        self._register: Register | None = None
        self._tasks: tuple[TaskView, ...] = ()
        self.table = read_only_table([
            self.tr("Action"), self.tr("System"), self.tr("Data category"),
            self.tr("Recipient"), self.tr("Description"), self.tr("Done"),
            self.tr("Confirmed by"),
        ])
        self.table.itemSelectionChanged.connect(self._update_done_button)
        self.generate_button = QPushButton(self.tr("Generate tasks from decisions"))
        self.generate_button.setObjectName("generateTasks")
        self.generate_button.setToolTip(self.tr(
            "Plan the erasure, rectification, restriction and GDPR 19 notices the decisions call "
            "for, in the systems where the subject's data was found; tasks already planned are "
            "kept"))
        self.generate_button.clicked.connect(lambda: actions.trigger("generate_tasks"))
        self.generated_label = plain(QLabel())
        self.generated_label.setObjectName("generatedTasks")
        self.generated_label.setStyleSheet("color: #555;")
        self.done_button = QPushButton(self.tr("Mark selected task done"))
        self.done_button.clicked.connect(lambda: actions.trigger("complete_task"))
        self.action = QComboBox()
        for action in TASK_ACTIONS:
            self.action.addItem(self.action_name(action), action)
        self.action.currentIndexChanged.connect(self._action_changed)
        self.action.setPlaceholderText(self.tr("Choose the action"))
        self._defaults_for: str | None = None  # the case whose rights chose the action
        self.system = QLineEdit()
        self.system.setPlaceholderText(self.tr("e.g. CRM, billing, mailing list"))
        self.category = QComboBox()
        self.recipient = QLineEdit()
        self.description = QLineEdit()
        self.add_button = QPushButton(self.tr("Add task"))
        self.add_button.clicked.connect(lambda: actions.trigger("task"))

        tasks_box = QGroupBox(self.tr("Tasks"))
        tasks_layout = QVBoxLayout(tasks_box)
        tasks_layout.addWidget(self.table)
        row = QHBoxLayout()
        row.addWidget(self.generate_button)
        row.addWidget(self.generated_label, 1)
        row.addWidget(self.done_button)
        tasks_layout.addLayout(row)
        add_box = QGroupBox(self.tr("Plan a task"))
        form = QFormLayout(add_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Action"), self.action)
        form.addRow(self.tr("System"), self.system)
        form.addRow(self.tr("Data category"), self.category)
        form.addRow(self.tr("Recipient (Art. 19)"), self.recipient)
        form.addRow(self.tr("Description"), self.description)
        form.addRow("", self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(tasks_box, 3)
        layout.addWidget(add_box, 0)
        self._action_changed()

    def action_name(self, action: str) -> str:
        # The words are shared with the dossier (domain/audit_words.py), in this class's context.
        return task_action_words(action, QCoreApplication.translate)

    def set_register(self, register: Register) -> None:
        self._register = register
        self.category.clear()
        self.category.addItem(self.tr("(all or none in particular)"), None)
        for category in register.categories:
            self.category.addItem(in_ui_language(category.name), category.id)

    def _choose_usual_action(self, detail: CaseDetail) -> None:
        """Once per case shown: the action its rights call for, or none for an access request
        (the specialist may change it)."""
        if self._defaults_for == detail.summary.number:
            return
        self._defaults_for = detail.summary.number
        usual = usual_task_action(detail.summary.rights)
        self.action.setCurrentIndex(self.action.findData(usual) if usual else -1)

    def set_detail(self, detail: CaseDetail) -> None:
        self._choose_usual_action(detail)
        self._tasks = detail.tasks
        fill_rows(self.table, [
            [self.action_name(t.action), t.system, self._category_name(t.category_id),
             t.recipient or "", t.description,
             format_time(t.done_at) if t.done_at else self.tr("not done yet"), t.confirmed_by or ""]
            for t in detail.tasks
        ])
        self.generate_button.setEnabled(self._actions.allowed("generate_tasks"))
        can_add = self._actions.allowed("task")
        for widget in (self.action, self.system, self.category, self.recipient,
                       self.description, self.add_button):
            widget.setEnabled(can_add)
        self._action_changed()
        self._update_done_button()

    def _category_name(self, category_id: str | None) -> str:
        if not category_id or self._register is None:
            return ""
        names = {c.id: in_ui_language(c.name) for c in self._register.categories}
        return names.get(category_id, category_id)

    def _selected_task(self) -> TaskView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._tasks):
            return None
        return self._tasks[rows[0].row()]

    def _update_done_button(self) -> None:
        task = self._selected_task()
        self.done_button.setEnabled(
            self._actions.allowed("complete_task") and task is not None and task.done_at is None
        )

    def _action_changed(self) -> None:
        # GDPR 19: a notice goes to a named recipient; other tasks have none.
        notify = self.action.currentData() == "notify"
        self.recipient.setEnabled(notify and self._actions.allowed("task"))
        self.recipient.setPlaceholderText(
            self.tr("Who received the data, e.g. a processor") if notify else ""
        )

    def add_task(self) -> None:
        action = self.action.currentData()
        if action is None:  # an access request: nothing preselected, and nothing chosen yet
            self._actions.refused.emit(self.tr("Choose the task's action first."))
            return
        system, description = self.system.text(), self.description.text()
        category = self.category.currentData()
        recipient = self.recipient.text() if action == "notify" else None
        self._actions.run(
            lambda s, actor, number, version: s.fulfilment.add_task(
                actor, number, action=action, system=system, category_id=category,
                recipient=recipient, description=description, expected_version=version,
            ),
            title=self.tr("Adding the task"),
            on_done=lambda _r: self._clear_form(),
        )

    def generate_tasks(self) -> None:
        self._actions.run(
            lambda s, actor, number, version: s.review_plan.generate_tasks(actor, number, version),
            title=self.tr("Planning the tasks"),
            on_done=self._generated,
        )

    def _generated(self, added) -> None:  # type: ignore[no-untyped-def]
        self.generated_label.setText(
            counted("{shown} {count:plural:task|tasks} added from the decisions.", len(added))
            if added
            else self.tr("No new tasks: the decisions' tasks are all planned."))

    def _clear_form(self) -> None:
        self.system.clear()
        self.recipient.clear()
        self.description.clear()

    def complete_selected(self) -> None:
        task = self._selected_task()
        if task is None:
            return
        task_id = task.id
        self._actions.run(
            lambda s, actor, number, version: s.fulfilment.complete_task(
                actor, number, task_id, expected_version=version
            ),
            title=self.tr("Marking the task done"),
        )
