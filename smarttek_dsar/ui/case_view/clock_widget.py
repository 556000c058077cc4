"""The legal deadline at a glance: due date, days left in the colour of the risk, paused and
extended states, and the steps that produced the date (GDPR 12(3)-(4), Reg. 1182/71)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smarttek_dsar.domain.clock import DeadlineState
from smarttek_dsar.services.views import CaseDetail
from smarttek_dsar.ui.case_view.wording import format_date, ui_language
from smarttek_dsar.ui.plain_text import plain

_STATE_COLOURS = {
    DeadlineState.OVERDUE: ("#ffffff", "#c62828"),
    DeadlineState.DUE_SOON: ("#3e2c00", "#ffb300"),
    DeadlineState.ON_TRACK: ("#ffffff", "#2e7d32"),
    DeadlineState.PAUSED: ("#ffffff", "#546e7a"),
}
_BADGE = "border-radius: 4px; padding: 2px 8px; font-weight: bold; color: {fg}; background: {bg};"


class ClockWidget(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clock")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#clock { background: #fafafa; }")
        self.due_label = plain(QLabel())
        self.due_label.setObjectName("dueDate")
        font = self.due_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.due_label.setFont(font)
        self.days_label = plain(QLabel())
        self.days_label.setObjectName("daysLeft")
        self.paused_badge = QLabel(self.tr("Clock paused"))
        self.paused_badge.setStyleSheet(_BADGE.format(fg="#ffffff", bg="#546e7a"))
        self.extended_badge = QLabel(self.tr("Extended"))
        self.extended_badge.setStyleSheet(_BADGE.format(fg="#ffffff", bg="#6a1b9a"))
        self.first_label = plain(QLabel())
        self.first_label.setStyleSheet("color: #555;")
        self.why_button = QToolButton()
        self.why_button.setText(self.tr("Why this date?"))
        self.why_button.setCheckable(True)
        self.why_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.why_button.setArrowType(Qt.ArrowType.RightArrow)
        self.why_button.toggled.connect(self._toggle_steps)
        self.steps_label = plain(QLabel())
        self.steps_label.setObjectName("deadlineSteps")
        self.steps_label.setWordWrap(True)
        self.steps_label.setTextFormat(Qt.TextFormat.RichText)
        self.steps_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.steps_label.setVisible(False)

        top = QHBoxLayout()
        caption = QLabel(self.tr("Due"))
        caption.setStyleSheet("color: #555;")
        top.addWidget(caption)
        top.addWidget(self.due_label)
        top.addSpacing(8)
        top.addWidget(self.days_label)
        top.addWidget(self.paused_badge)
        top.addWidget(self.extended_badge)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(top)
        layout.addWidget(self.first_label)
        layout.addWidget(self.why_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.steps_label)

    @property
    def steps_visible(self) -> bool:
        return self.why_button.isChecked()

    def set_detail(self, detail: CaseDetail) -> None:
        summary, deadline = detail.summary, detail.deadline
        self.due_label.setText(format_date(summary.due_date))
        self.paused_badge.setVisible(summary.paused)
        self.extended_badge.setVisible(deadline.extended)
        state = summary.deadline_state
        if summary.days_left is None or state is None:
            # A case that was answered, rejected or withdrawn no longer runs against the clock.
            self.days_label.setText(self.tr("Clock stopped: case no longer open"))
            self.days_label.setStyleSheet(_BADGE.format(fg="#333333", bg="#e0e0e0"))
        else:
            self.days_label.setText(self._days_text(summary.days_left, state))
            fg, bg = _STATE_COLOURS[state]
            self.days_label.setStyleSheet(_BADGE.format(fg=fg, bg=bg))
        first = self.tr("First deadline, also for a refusal notice (GDPR 12(4)): {date}").format(
            date=format_date(deadline.refusal_due)
        )
        if deadline.paused_days:
            # Counts are written as "label: number" so no language needs plural forms.
            first += " · " + self.tr("Paused days added: {n}").format(n=deadline.paused_days)
        self.first_label.setText(first)
        lines = [step.text_lv if ui_language() == "lv" else step.text for step in deadline.steps]
        # For a reader without access to personal data the service already words pauses and
        # the extension neutrally ("reason recorded"): the steps are shown as they come.
        items = "".join(f"<li>{_escape(line)}</li>" for line in lines)
        self.steps_label.setText(f"<ol style='margin-left: -20px'>{items}</ol>")

    def _days_text(self, days: int, state: DeadlineState) -> str:
        if state is DeadlineState.PAUSED:
            return self.tr("Days left when it resumes: {n}").format(n=days)
        if days < 0:
            return self.tr("Overdue · days: {n}").format(n=-days)
        if days == 0:
            return self.tr("Due today")
        return self.tr("Days left: {n}").format(n=days)

    def _toggle_steps(self, shown: bool) -> None:
        self.steps_label.setVisible(shown)
        self.why_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
