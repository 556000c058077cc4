"""Legal review (GDPR 15-21): one decision per data category where the subject's data was found
(and the file of the request itself) and per right the request invokes, starting from the
suggestions the review service makes from the case's collected data; the reviewer confirms or
overrides each, records the facts it rests on, and the decisions are recorded with the register
version. Categories searched without result are listed as "nothing held". The fulfilment tasks
are generated from here too, through the same operation as the Case menu."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smarttek_dsar.domain.case_evidence import CASE_FILE, CASE_FILE_ID
from smarttek_dsar.domain.legal_rules import Suggestion, suggest_decision
from smarttek_dsar.domain.register import Register, Text
from smarttek_dsar.domain.rights import Outcome, Right
from smarttek_dsar.services.operations_guard import RIGHTS_WITHOUT_DECISIONS
from smarttek_dsar.services.review.decisions import DecisionInput
from smarttek_dsar.services.review.review_plan import CaseSuggestions
from smarttek_dsar.services.views import CaseDetail, DecisionView
from smarttek_dsar.ui.case_view.actions import CaseActions
from smarttek_dsar.ui.case_view.decision_editor import (
    OUTCOME_COLOURS,
    DecisionEditor,
    EditedDecision,
)
from smarttek_dsar.ui.case_view.wording import in_ui_language, label, ui_language
from smarttek_dsar.ui.i18n import article_label
from smarttek_dsar.ui.plain_text import plain


@dataclass
class Cell:
    suggestion: Suggestion
    decision: EditedDecision | None = None  # None: nobody decided yet, the suggestion is shown
    saved: bool = False

    @property
    def outcome(self) -> Outcome | None:
        return self.decision.outcome if self.decision else None

    @property
    def article(self) -> str:
        return self.decision.article if self.decision else ""

    @property
    def reason(self) -> str:
        return self.decision.reason if self.decision else ""

    @property
    def overridden(self) -> bool:
        return self.outcome is not None and self.outcome != self.suggestion.outcome


def _stored(view: DecisionView) -> EditedDecision:
    return EditedDecision(
        Outcome(view.outcome), view.article, view.reason, view.ground, view.keep_until,
        view.inaccuracy, view.corrected_value, view.particular_situation,
        view.compelling_grounds, view.subject_reason)


class ReviewPanel(QWidget):
    def __init__(self, actions: CaseActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actions = actions
        self._register: Register | None = None
        self._suggestions: CaseSuggestions | None = None
        self._rights: list[Right] = []
        self._categories: list[tuple[str, Text]] = []
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
        self.tasks_button = QPushButton(self.tr("Generate fulfilment tasks"))
        self.tasks_button.setObjectName("generateTasksFromReview")
        self.tasks_button.setToolTip(self.tr("Plan the erasure, rectification, restriction and "
                                             "notice tasks the saved decisions call for"))
        self.tasks_button.clicked.connect(lambda: actions.trigger("generate_tasks"))
        self.not_held_label = QLabel()
        self.not_held_label.setWordWrap(True)
        self.not_held_label.setStyleSheet("color: #555;")
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
        buttons.addWidget(self.tasks_button)

        # The editor scrolls rather than being squeezed: at 1280x800 a squeezed form clipped
        # its labels (issue 14, "the review editor label is clipped").
        self.editor_scroll = QScrollArea()
        self.editor_scroll.setObjectName("decisionEditorScroll")
        self.editor_scroll.setWidgetResizable(True)
        self.editor_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.editor_scroll.setWidget(self.editor)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.matrix)
        split.addWidget(self.editor_scroll)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(legend)
        layout.addWidget(self.not_held_label)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)

    def set_register(self, register: Register) -> None:
        self._register = register

    def set_suggestions(self, suggestions: CaseSuggestions | None) -> None:
        """The review service's suggestions for this case (None: not loaded, e.g. no access)."""
        self._suggestions = suggestions

    def set_detail(self, detail: CaseDetail) -> None:
        register = self._register
        if register is None:
            return
        self._rights = [r for r in detail.summary.rights if r not in RIGHTS_WITHOUT_DECISIONS]
        recorded = {(d.category_id, d.right): d for d in detail.decisions}
        suggestions = self._suggestions
        if suggestions is not None:
            shown = list(suggestions.categories)
        else:
            shown = [*register.category_ids, CASE_FILE_ID]
        # A decision recorded for a category no longer in view stays visible.
        shown += [c for c, _r in recorded if c not in shown]
        self._categories = [(c, self._name(c)) for c in shown]
        self._cells = {}
        for category_id, _name in self._categories:
            for right in self._rights:
                suggestion = suggestions.suggestions.get((category_id, right)) \
                    if suggestions else None
                if suggestion is None:
                    suggestion = suggest_decision(right, self._category(category_id))
                cell = Cell(suggestion)
                stored = recorded.get((category_id, right))
                if stored is not None:
                    cell.decision, cell.saved = _stored(stored), True
                self._cells[(category_id, right)] = cell
        self.not_held_label.setText(self._not_held_text())
        self.not_held_label.setVisible(bool(self.not_held_label.text()))
        self.matrix.blockSignals(True)
        self.matrix.clear()
        self.matrix.setRowCount(len(self._categories))
        self.matrix.setColumnCount(len(self._rights))
        self.matrix.setHorizontalHeaderLabels([f"{label(r)}\n{article_label(r.article)}"
                                                for r in self._rights])
        self.matrix.setVerticalHeaderLabels([in_ui_language(n) for _c, n in self._categories])
        self.matrix.blockSignals(False)
        self._refresh_cells()
        self.editor.show_cell(None, None, None, None)
        self._cell_selected(self.matrix.currentRow(), self.matrix.currentColumn())

    def _category(self, category_id: str):
        if category_id == CASE_FILE_ID:
            return CASE_FILE
        return self._register.category(category_id)

    def _name(self, category_id: str) -> Text:
        if category_id == CASE_FILE_ID:
            return CASE_FILE.name
        try:
            return self._register.category(category_id).name
        except Exception:  # a category of an older register: its id is its name
            return Text(category_id, category_id)

    def _not_held_text(self) -> str:
        suggestions = self._suggestions
        if suggestions is None or self._register is None:
            return ""
        if not suggestions.searched:
            return self.tr("Nothing has been collected yet: only the file of this request is "
                           "known to hold the subject's data. Collect the data first.")
        if not suggestions.not_held:
            return ""
        names = ", ".join(in_ui_language(self._name(c)) for c in suggestions.not_held)
        return self.tr("Nothing held (searched, no data; no decision to take): {0}").format(
            names)

    def cell(self, category_id: str, right: Right) -> Cell:
        return self._cells[(category_id, right)]

    def select_cell(self, category_id: str, right: Right) -> None:
        ids = [c for c, _n in self._categories]
        self.matrix.setCurrentCell(ids.index(category_id), self._rights.index(right))

    def accept_suggestions(self) -> None:
        """The same act as `review --accept-suggestions` on the command line: the service
        records the suggested decision for every category where the subject's data was found
        and for the case file, under the register in force; decisions already made are left
        alone, and what needs facts is not granted."""
        if any(c.outcome is not None and not c.saved for c in self._cells.values()):
            return  # the button is off: unsaved edits would be lost in the reload
        self._actions.run(
            lambda s, actor, number, _expected: s.review_plan.accept_suggestions(actor, number),
            title=self.tr("Recording the suggested decisions"),
        )

    def _refresh_cells(self) -> None:
        if self._register is None:
            return
        for row, (category_id, _name) in enumerate(self._categories):
            for column, right in enumerate(self._rights):
                self.matrix.setItem(row, column, self._item(self._cells[(category_id, right)]))
        self.matrix.resizeRowsToContents()
        undecided = sum(1 for c in self._cells.values() if c.outcome is None)
        unsaved = sum(1 for c in self._cells.values() if c.outcome is not None and not c.saved)
        needing = sum(1 for c in self._cells.values() if c.outcome is None and c.suggestion.needs)
        status = self.tr("{undecided} undecided, {unsaved} unsaved of {total} decisions").format(
            undecided=undecided, unsaved=unsaved, total=len(self._cells))
        if needing:
            status += " · " + self.tr("{0} need facts from you").format(needing)
        self.status_label.setText(status)
        can_decide = self._actions.allowed("decide")
        self.accept_button.setEnabled(can_decide and undecided > 0 and unsaved == 0)
        self.accept_button.setToolTip(
            self.tr("Save or discard your own decisions first") if unsaved else
            self.tr("Record the suggested decision for every category where the subject's data "
                    "was found, as 'review --accept-suggestions' does"))
        self.save_button.setEnabled(can_decide and unsaved > 0)
        self.tasks_button.setEnabled(self._actions.allowed("generate_tasks") and unsaved == 0
                                     and any(c.saved for c in self._cells.values()))
        self.editor.apply_button.setEnabled(can_decide)

    def _item(self, cell: Cell) -> QTableWidgetItem:
        outcome = cell.outcome or cell.suggestion.outcome
        article = cell.article if cell.outcome else cell.suggestion.article
        unsaved = cell.outcome is not None and not cell.saved
        marks = ("✎ " if cell.overridden else "") + ("• " if unsaved else "")
        item = QTableWidgetItem(
            f"{marks}{self.editor.outcome_name(outcome)}\n{article_label(article)}")
        colour = QColor(OUTCOME_COLOURS[outcome])
        if cell.outcome is None:
            colour.setAlpha(90)  # a suggestion only: paler, in italics, until decided
            font = QFont(item.font())
            font.setItalic(True)
            item.setFont(font)
            item.setForeground(QBrush(QColor("#616161")))
        item.setBackground(QBrush(colour))
        subject = cell.decision.subject_reason if cell.decision else ""
        item.setToolTip(subject or cell.reason or cell.suggestion.reason(ui_language()))
        return item

    def _cell_selected(self, row: int, column: int, *_previous: int) -> None:
        if self._register is None or row < 0 or column < 0 or column >= len(self._rights) \
                or row >= len(self._categories):
            return
        (category_id, name), right = self._categories[row], self._rights[column]
        cell = self._cells[(category_id, right)]
        where = f"{in_ui_language(name)} × {label(right)} ({article_label(right.article)})"
        self.editor.show_cell(where, right, cell.suggestion, cell.decision)

    def _apply(self, decision: EditedDecision) -> None:
        row, column = self.matrix.currentRow(), self.matrix.currentColumn()
        if self._register is None or row < 0 or column < 0:
            return
        cell = self._cells[(self._categories[row][0], self._rights[column])]
        cell.decision, cell.saved = decision, False
        self._refresh_cells()

    def save(self) -> None:
        register = self._register
        if register is None:
            return
        decisions = [
            DecisionInput(
                category_id, right, cell.decision.outcome, cell.decision.article,
                cell.decision.reason, suggested_outcome=cell.suggestion.outcome,
                ground=cell.decision.ground, keep_until=cell.decision.keep_until,
                subject_reason=cell.decision.subject_reason,
                inaccuracy=cell.decision.inaccuracy,
                corrected_value=cell.decision.corrected_value,
                particular_situation=cell.decision.particular_situation,
                compelling_grounds=cell.decision.compelling_grounds,
            )
            for (category_id, right), cell in self._cells.items()
            if cell.decision is not None and not cell.saved
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
