"""Legal review (GDPR 15-21): one decision per data category of the register and per right the
request invokes, starting from the suggestions of legal_rules; the reviewer confirms or
overrides each with a reason, and the decisions are recorded with the register version."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smarttek_dsar.domain.legal_rules import Suggestion, suggest_decision
from smarttek_dsar.domain.register import Register
from smarttek_dsar.domain.rights import Outcome, Right
from smarttek_dsar.services.operations_guard import RIGHTS_WITHOUT_DECISIONS
from smarttek_dsar.services.review.decisions import DecisionInput
from smarttek_dsar.services.views import CaseDetail
from smarttek_dsar.ui.case_view.actions import CaseActions
from smarttek_dsar.ui.case_view.decision_editor import OUTCOME_COLOURS, DecisionEditor
from smarttek_dsar.ui.case_view.wording import in_ui_language, label, ui_language
from smarttek_dsar.ui.plain_text import plain


@dataclass
class Cell:
    suggestion: Suggestion
    outcome: Outcome | None = None  # None: nobody decided yet, the suggestion is only shown
    article: str = ""
    reason: str = ""
    saved: bool = False

    @property
    def overridden(self) -> bool:
        return self.outcome is not None and self.outcome != self.suggestion.outcome


class ReviewPanel(QWidget):
    def __init__(self, actions: CaseActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actions = actions
        self._register: Register | None = None
        self._rights: list[Right] = []
        self._cells: dict[tuple[str, Right], Cell] = {}
        self.matrix = QTableWidget()
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix.setWordWrap(True)
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.matrix.horizontalHeader().setMinimumSectionSize(170)
        self.matrix.currentCellChanged.connect(self._cell_selected)
        self.editor = DecisionEditor()
        self.editor.applied.connect(self._apply)
        self.accept_button = QPushButton(self.tr("Accept all suggestions"))
        self.accept_button.clicked.connect(self.accept_suggestions)
        self.save_button = QPushButton(self.tr("Save decisions"))
        self.save_button.setObjectName("saveDecisions")
        self.save_button.clicked.connect(lambda: actions.trigger("decide"))
        self.status_label = plain(QLabel())
        self.status_label.setStyleSheet("color: #555;")

        legend = QHBoxLayout()
        for outcome in Outcome:
            chip = QLabel(self.editor.outcome_name(outcome))
            chip.setStyleSheet(f"background: {OUTCOME_COLOURS[outcome]}; padding: 2px 8px;"
                               "border-radius: 3px;")
            legend.addWidget(chip)
        hint = QLabel(self.tr("Italic: suggestion not yet decided · ✎ override · • unsaved"))
        hint.setStyleSheet("color: #555;")
        legend.addWidget(hint)
        legend.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.save_button)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.matrix)
        split.addWidget(self.editor)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(legend)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)

    def set_register(self, register: Register) -> None:
        self._register = register

    def set_detail(self, detail: CaseDetail) -> None:
        register = self._register
        if register is None:
            return
        self._rights = [r for r in detail.summary.rights if r not in RIGHTS_WITHOUT_DECISIONS]
        recorded = {(d.category_id, d.right): d for d in detail.decisions}
        self._cells = {}
        for category in register.categories:
            for right in self._rights:
                cell = Cell(suggest_decision(right, category))
                stored = recorded.get((category.id, right))
                if stored is not None:
                    cell.outcome, cell.article = Outcome(stored.outcome), stored.article
                    cell.reason, cell.saved = stored.reason, True
                self._cells[(category.id, right)] = cell
        self.matrix.blockSignals(True)
        self.matrix.clear()
        self.matrix.setRowCount(len(register.categories))
        self.matrix.setColumnCount(len(self._rights))
        self.matrix.setHorizontalHeaderLabels([f"{label(r)}\n{r.article}" for r in self._rights])
        self.matrix.setVerticalHeaderLabels([in_ui_language(c.name) for c in register.categories])
        self.matrix.blockSignals(False)
        self._refresh_cells()
        self.editor.show_cell(None, None, "", "", "")
        self._cell_selected(self.matrix.currentRow(), self.matrix.currentColumn())

    def cell(self, category_id: str, right: Right) -> Cell:
        return self._cells[(category_id, right)]

    def select_cell(self, category_id: str, right: Right) -> None:
        assert self._register is not None
        self.matrix.setCurrentCell(self._register.category_ids.index(category_id),
                                   self._rights.index(right))

    def accept_suggestions(self) -> None:
        """The same act as `review --accept-suggestions` on the command line: the service
        records the suggested decision for every category where the subject's data was found
        (every category when nothing was collected), under the register in force; decisions
        already made are left alone."""
        if any(c.outcome is not None and not c.saved for c in self._cells.values()):
            return  # the button is off: unsaved edits would be lost in the reload
        self._actions.run(
            lambda s, actor, number, _expected: s.review_plan.accept_suggestions(actor, number),
            title=self.tr("Recording the suggested decisions"),
        )

    def _refresh_cells(self) -> None:
        if self._register is None:
            return
        for row, category in enumerate(self._register.categories):
            for column, right in enumerate(self._rights):
                self.matrix.setItem(row, column, self._item(self._cells[(category.id, right)]))
        self.matrix.resizeRowsToContents()
        undecided = sum(1 for c in self._cells.values() if c.outcome is None)
        unsaved = sum(1 for c in self._cells.values() if c.outcome is not None and not c.saved)
        self.status_label.setText(
            self.tr("{undecided} undecided, {unsaved} unsaved of {total} decisions").format(
                undecided=undecided, unsaved=unsaved, total=len(self._cells))
        )
        can_decide = self._actions.allowed("decide")
        self.accept_button.setEnabled(can_decide and undecided > 0 and unsaved == 0)
        self.accept_button.setToolTip(
            self.tr("Save or discard your own decisions first") if unsaved else
            self.tr("Record the suggested decision for every category where the subject's data "
                    "was found, as 'review --accept-suggestions' does"))
        self.save_button.setEnabled(can_decide and unsaved > 0)
        self.editor.apply_button.setEnabled(can_decide)

    def _item(self, cell: Cell) -> QTableWidgetItem:
        outcome = cell.outcome or cell.suggestion.outcome
        article = cell.article if cell.outcome else cell.suggestion.article
        unsaved = cell.outcome is not None and not cell.saved
        marks = ("✎ " if cell.overridden else "") + ("• " if unsaved else "")
        item = QTableWidgetItem(f"{marks}{self.editor.outcome_name(outcome)}\n{article}")
        colour = QColor(OUTCOME_COLOURS[outcome])
        if cell.outcome is None:
            colour.setAlpha(90)  # a suggestion only: paler, in italics, until decided
            font = QFont(item.font())
            font.setItalic(True)
            item.setFont(font)
            item.setForeground(QBrush(QColor("#616161")))
        item.setBackground(QBrush(colour))
        item.setToolTip(cell.reason or cell.suggestion.reason(ui_language()))
        return item

    def _cell_selected(self, row: int, column: int, *_previous: int) -> None:
        register = self._register
        if register is None or row < 0 or column < 0 or column >= len(self._rights):
            return
        category, right = register.categories[row], self._rights[column]
        cell = self._cells[(category.id, right)]
        where = f"{in_ui_language(category.name)} × {label(right)} ({right.article})"
        self.editor.show_cell(where, cell.suggestion, cell.outcome, cell.article, cell.reason)

    def _apply(self, outcome: Outcome, article: str, reason: str) -> None:
        register = self._register
        row, column = self.matrix.currentRow(), self.matrix.currentColumn()
        if register is None or row < 0 or column < 0:
            return
        cell = self._cells[(register.categories[row].id, self._rights[column])]
        cell.outcome, cell.article, cell.reason, cell.saved = outcome, article, reason, False
        self._refresh_cells()

    def save(self) -> None:
        register = self._register
        if register is None:
            return
        decisions = [
            DecisionInput(category_id, right, cell.outcome, cell.article, cell.reason,
                          suggested_outcome=cell.suggestion.outcome)
            for (category_id, right), cell in self._cells.items()
            if cell.outcome is not None and not cell.saved
        ]
        if not decisions:
            return  # nothing typed since the last save (the save button is off then too)
        version = register.version
        self._actions.run(
            lambda s, actor, number, expected: s.decisions.record_decisions(
                actor, number, decisions, expected_version=expected, register_version=version
            ),
            title=self.tr("Saving the decisions"),
        )
