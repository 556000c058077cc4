"""Editing one cell of the review matrix: the suggestion with its reasons, and the reviewer's
own outcome, article and reason (an override needs a reason; the service insists on it)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from smarttek_dsar.domain.legal_rules import Suggestion
from smarttek_dsar.domain.rights import Outcome
from smarttek_dsar.ui.case_view.wording import ui_language

OUTCOME_COLOURS = {
    Outcome.GRANT: "#c8e6c9",
    Outcome.PARTIAL: "#ffe0a3",
    Outcome.REFUSE: "#ffcdd2",
    Outcome.NOT_APPLICABLE: "#e0e0e0",
}


class DecisionEditor(QGroupBox):
    applied = Signal(object, str, str)  # Outcome, article, reason

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Decision for the selected cell"))
        self.suggestion_label = QLabel()
        self.suggestion_label.setWordWrap(True)
        self.suggestion_label.setStyleSheet("color: #333;")
        self.outcome = QComboBox()
        for outcome in Outcome:
            self.outcome.addItem(self.outcome_name(outcome), outcome)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self.article = QLineEdit()
        self.article.setPlaceholderText(self.tr("e.g. Art. 17(3)(b)"))
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(
            self.tr("Why (required when you decide differently from the suggestion)")
        )
        self.reason.setFixedHeight(64)
        self.apply_button = QPushButton(self.tr("Apply to cell"))
        self.apply_button.clicked.connect(self._apply)
        self._suggestion: Suggestion | None = None

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Suggested"), self.suggestion_label)
        row = QHBoxLayout()
        row.addWidget(self.outcome, 1)
        row.addWidget(QLabel(self.tr("Article")))
        row.addWidget(self.article, 1)
        form.addRow(self.tr("Outcome"), row)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow("", self.apply_button)
        self.show_cell(None, None, "", "", "")

    def outcome_name(self, outcome: Outcome) -> str:
        return {
            Outcome.GRANT: self.tr("Grant"),
            Outcome.PARTIAL: self.tr("Grant in part"),
            Outcome.REFUSE: self.tr("Refuse"),
            Outcome.NOT_APPLICABLE: self.tr("Not applicable"),
        }[outcome]

    def show_cell(
        self, where: str | None, suggestion: Suggestion | None, outcome: Outcome | str | None,
        article: str, reason: str,
    ) -> None:
        self._suggestion = suggestion
        if where is None or suggestion is None:
            self.setTitle(self.tr("Decision for the selected cell"))
            self.suggestion_label.setText(self.tr("Select a cell in the matrix."))
            self.setEnabled(False)
            return
        self.setEnabled(True)
        self.setTitle(where)
        self.suggestion_label.setText(
            f"<b>{self.outcome_name(suggestion.outcome)}</b> ({suggestion.article}): "
            f"{suggestion.reason(ui_language())}"
        )
        chosen = Outcome(outcome) if outcome else suggestion.outcome
        self.outcome.blockSignals(True)
        self.outcome.setCurrentIndex(self.outcome.findData(chosen))
        self.outcome.blockSignals(False)
        self.article.setText(article or suggestion.article)
        self.reason.setPlainText(reason)

    def _outcome_changed(self) -> None:
        # Going back to the suggested outcome brings its article back with it.
        if self._suggestion and self.outcome.currentData() == self._suggestion.outcome:
            self.article.setText(self._suggestion.article)

    def _apply(self) -> None:
        self.applied.emit(self.outcome.currentData(), self.article.text().strip(),
                          self.reason.toPlainText().strip())
