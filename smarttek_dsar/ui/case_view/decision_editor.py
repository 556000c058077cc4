"""Editing one cell of the review matrix: the suggestion with its guidance, and the reviewer's
own outcome with the facts it rests on (the 17/18 ground, the date data is kept until, the
Art. 16 correction, the 21(1) situation and assessment), the reason for the subject (empty: the
phrasebook entry) and the internal note. The service refuses what lacks its facts; the fields
shown are those the right asks for."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from smarttek_dsar.domain.decision_rules import GROUND_LABELS, grounds_for
from smarttek_dsar.domain.legal_rules import Suggestion
from smarttek_dsar.domain.rights import Outcome, Right
from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.case_view.wording import ui_language

OUTCOME_COLOURS = {
    Outcome.GRANT: "#c8e6c9",
    Outcome.PARTIAL: "#ffe0a3",
    Outcome.REFUSE: "#ffcdd2",
    Outcome.NOT_APPLICABLE: "#e0e0e0",
}


@dataclass(frozen=True)
class EditedDecision:
    """What the reviewer applied to a cell, as the decision service takes it."""

    outcome: Outcome
    article: str = ""
    reason: str = ""  # internal note
    ground: str | None = None
    keep_until: date | None = None
    inaccuracy: str = ""
    corrected_value: str = ""
    particular_situation: str = ""
    compelling_grounds: str = ""
    subject_reason: str = ""


class DecisionEditor(QGroupBox):
    applied = Signal(object)  # EditedDecision

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Decision for the selected cell"))
        self._right: Right | None = None
        self._suggestion: Suggestion | None = None
        self._loaded: EditedDecision | None = None
        self.suggestion_label = QLabel()
        self.suggestion_label.setWordWrap(True)
        self.suggestion_label.setStyleSheet("color: #333;")
        self.suggestion_label.setObjectName("decisionSuggestion")
        # Expanding: the form gives it the whole row, so a short text stays on one line and a
        # long one wraps at the row's width instead of the label's own narrow guess.
        self.suggestion_label.setSizePolicy(QSizePolicy.Policy.Expanding,
                                            QSizePolicy.Policy.Preferred)
        self.outcome = QComboBox()
        for outcome in Outcome:
            self.outcome.addItem(self.outcome_name(outcome), outcome)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self.article = QLineEdit()
        self.article.setPlaceholderText(self.tr("e.g. Art. 17(3)(b)"))
        self.ground = QComboBox()
        self.ground.setObjectName("decisionGround")
        self.ground.currentIndexChanged.connect(self._ground_changed)
        self.keep = QCheckBox(self.tr("Kept until"))
        self.keep_until = QDateEdit()
        self.keep_until.setCalendarPopup(True)
        self.keep_until.setDisplayFormat(i18n.date_format())
        self.keep.toggled.connect(self.keep_until.setEnabled)
        self.inaccuracy = QLineEdit()
        self.inaccuracy.setPlaceholderText(self.tr("What is inaccurate or incomplete (Art. 16)"))
        self.corrected_value = QLineEdit()
        self.corrected_value.setPlaceholderText(self.tr("The corrected or completed value"))
        self.situation = QLineEdit()
        self.situation.setPlaceholderText(self.tr("The subject's particular situation"))
        self.compelling = QLineEdit()
        self.compelling.setPlaceholderText(
            self.tr("Compelling legitimate grounds assessed (needed to refuse)"))
        self.subject_reason = QPlainTextEdit()
        self.subject_reason.setPlaceholderText(
            self.tr("Empty: the phrasebook text for this article, in the subject's language"))
        self.subject_reason.setFixedHeight(48)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(
            self.tr("Internal note, never sent (required when you decide differently from "
                    "the suggestion)")
        )
        self.reason.setFixedHeight(48)
        self.apply_button = QPushButton(self.tr("Apply to cell"))
        self.apply_button.clicked.connect(self._apply)

        self.form = form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Suggested"), self.suggestion_label)
        row = QHBoxLayout()
        row.addWidget(self.outcome, 1)
        row.addWidget(QLabel(self.tr("Article")))
        row.addWidget(self.article, 1)
        form.addRow(self.tr("Outcome"), row)
        kept = QHBoxLayout()
        kept.addWidget(self.ground, 2)
        kept.addWidget(self.keep)
        kept.addWidget(self.keep_until, 1)
        self._ground_row = QWidget()
        self._ground_row.setLayout(kept)
        kept.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Ground"), self._ground_row)
        form.addRow(self.tr("Inaccuracy"), self.inaccuracy)
        form.addRow(self.tr("Corrected value"), self.corrected_value)
        form.addRow(self.tr("Particular situation"), self.situation)
        form.addRow(self.tr("Compelling grounds"), self.compelling)
        form.addRow(self.tr("To the subject"), self.subject_reason)
        form.addRow(self.tr("Internal note"), self.reason)
        form.addRow("", self.apply_button)
        self.show_cell(None, None, None, None)

    def outcome_name(self, outcome: Outcome) -> str:
        return {
            Outcome.GRANT: self.tr("Grant"),
            Outcome.PARTIAL: self.tr("Grant in part"),
            Outcome.REFUSE: self.tr("Refuse"),
            Outcome.NOT_APPLICABLE: self.tr("Not applicable"),
        }[outcome]

    def show_cell(self, where: str | None, right: Right | None, suggestion: Suggestion | None,
                  decision: EditedDecision | None) -> None:
        self._right, self._suggestion = right, suggestion
        if where is None or suggestion is None or right is None:
            self.setTitle(self.tr("Decision for the selected cell"))
            self.suggestion_label.setText(self.tr("Select a cell in the matrix."))
            self.setEnabled(False)
            return
        self.setEnabled(True)
        self.setTitle(where)
        needs = (" " + self.tr("Needs: {0}.").format(", ".join(suggestion.needs))
                 if suggestion.needs else "")
        self.suggestion_label.setText(
            f"<b>{self.outcome_name(suggestion.outcome)}</b> ({suggestion.article}): "
            f"{suggestion.reason(ui_language())}{needs}"
        )
        chosen = decision or EditedDecision(
            suggestion.outcome, suggestion.article, ground=suggestion.ground,
            keep_until=suggestion.keep_until)
        self._loaded = chosen
        self.outcome.blockSignals(True)
        self.outcome.setCurrentIndex(self.outcome.findData(chosen.outcome))
        self.outcome.blockSignals(False)
        self._fill_grounds(chosen.ground)
        self.article.setText(chosen.article or suggestion.article)
        self.keep.setChecked(chosen.keep_until is not None)
        self.keep_until.setEnabled(chosen.keep_until is not None)
        kept = chosen.keep_until
        self.keep_until.setDate(QDate(kept.year, kept.month, kept.day) if kept
                                else QDate.currentDate().addYears(10))
        self.inaccuracy.setText(chosen.inaccuracy)
        self.corrected_value.setText(chosen.corrected_value)
        self.situation.setText(chosen.particular_situation)
        self.compelling.setText(chosen.compelling_grounds)
        self.subject_reason.setPlainText(chosen.subject_reason)
        self.reason.setPlainText(chosen.reason)
        self._show_rows()

    def choose_ground(self, ground: str) -> None:
        self.ground.setCurrentIndex(self.ground.findData(ground))

    def _fill_grounds(self, selected: str | None) -> None:
        self.ground.blockSignals(True)
        self.ground.clear()
        self.ground.addItem(self.tr("— choose —"), None)
        if self._right is not None:
            language = ui_language()
            for ground in grounds_for(self._right, self.outcome.currentData()):
                english, latvian = GROUND_LABELS[ground]
                self.ground.addItem(f"{ground}: {latvian if language == 'lv' else english}",
                                    ground)
        index = self.ground.findData(selected) if selected else 0
        self.ground.setCurrentIndex(max(index, 0))
        self.ground.blockSignals(False)

    def _show_rows(self) -> None:
        right, outcome = self._right, self.outcome.currentData()
        self.form.setRowVisible(self._ground_row, bool(grounds_for(right, outcome))
                                if right else False)
        self.keep.setVisible(right is Right.ERASURE and outcome is Outcome.REFUSE)
        self.keep_until.setVisible(right is Right.ERASURE and outcome is Outcome.REFUSE)
        for widget in (self.inaccuracy, self.corrected_value):
            self.form.setRowVisible(widget, right is Right.RECTIFICATION)
        for widget in (self.situation, self.compelling):
            self.form.setRowVisible(widget, right is Right.OBJECTION)

    def _outcome_changed(self) -> None:
        # Going back to the suggested outcome brings its article and ground back with it.
        suggestion = self._suggestion
        back = suggestion is not None and self.outcome.currentData() == suggestion.outcome
        self._fill_grounds(suggestion.ground if back and suggestion else None)
        if back and suggestion:
            self.article.setText(suggestion.article)
        self._show_rows()

    def _ground_changed(self) -> None:
        ground = self.ground.currentData()
        if ground:
            self.article.setText(f"Art. {ground}")

    def _apply(self) -> None:
        outcome = self.outcome.currentData()
        keeps = self._right is Right.ERASURE and outcome is Outcome.REFUSE and \
            self.keep.isChecked()
        keep_until = self.keep_until.date().toPython() if keeps else None
        subject_reason = self.subject_reason.toPlainText().strip()
        loaded = self._loaded
        if loaded is not None and subject_reason == loaded.subject_reason and \
                (outcome, self.ground.currentData(), keep_until) != \
                (loaded.outcome, loaded.ground, loaded.keep_until):
            # The text shown was written for the decision as it was: word the new one anew
            # from the phrasebook.
            subject_reason = ""
        self.applied.emit(EditedDecision(
            outcome=outcome, article=self.article.text().strip(),
            reason=self.reason.toPlainText().strip(), ground=self.ground.currentData(),
            keep_until=keep_until,
            inaccuracy=self.inaccuracy.text().strip(),
            corrected_value=self.corrected_value.text().strip(),
            particular_situation=self.situation.text().strip(),
            compelling_grounds=self.compelling.text().strip(),
            subject_reason=subject_reason,
        ))
