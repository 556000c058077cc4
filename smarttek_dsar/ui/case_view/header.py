"""The top of a case: who asked for what, where the case stands on its way from intake to
closure, the deadline clock, and the step that moves it on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smarttek_dsar.domain.workflow import MAIN_PATH, Stage, next_stage
from smarttek_dsar.services.intake.case_words import name_said
from smarttek_dsar.services.views import CaseDetail
from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.case_view.actions import CaseActions
from smarttek_dsar.ui.case_view.assignee_picker import AssigneePicker
from smarttek_dsar.ui.case_view.clock_widget import ClockWidget
from smarttek_dsar.ui.case_view.confirm import confirm_then
from smarttek_dsar.ui.case_view.wording import format_time, label
from smarttek_dsar.ui.plain_text import plain
from smarttek_dsar.ui.service_messages import counted, message_text

_CHIP = "border-radius: 10px; padding: 3px 10px; {extra}"
_DONE = _CHIP.format(extra="background: #c8e6c9; color: #1b5e20;")
_CURRENT = _CHIP.format(extra="background: #1565c0; color: white; font-weight: bold;")
_LATER = _CHIP.format(extra="background: #eeeeee; color: #757575;")
_EXIT = _CHIP.format(extra="background: #c62828; color: white; font-weight: bold;")


class StageStrip(QWidget):
    """intake → identity → review → fulfilment → response sent → closed, the current stage lit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.chips: dict[Stage, QLabel] = {}
        for i, stage in enumerate(MAIN_PATH):
            if i:
                arrow = QLabel("→")
                arrow.setStyleSheet("color: #9e9e9e;")
                layout.addWidget(arrow)
            chip = QLabel(label(stage))
            self.chips[stage] = chip
            layout.addWidget(chip)
        self.exit_chip = plain(QLabel())
        self.exit_chip.setStyleSheet(_EXIT)
        layout.addWidget(self.exit_chip)
        layout.addStretch(1)

    def set_stage(self, stage: Stage) -> None:
        on_path = stage in MAIN_PATH
        current = MAIN_PATH.index(stage) if on_path else -1
        for i, (path_stage, chip) in enumerate(self.chips.items()):
            chip.setText(label(path_stage))
            if not on_path:
                chip.setStyleSheet(_LATER)
            elif i < current or stage is Stage.CLOSED:
                chip.setStyleSheet(_CURRENT if path_stage is stage else _DONE)
            else:
                chip.setStyleSheet(_CURRENT if i == current else _LATER)
        # Rejected and withdrawn leave the main path; show the exit instead of a false position.
        self.exit_chip.setVisible(not on_path)
        self.exit_chip.setText(label(stage))


class CaseHeader(QFrame):
    def __init__(self, actions: CaseActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actions = actions
        self.number_label = plain(QLabel())
        self.number_label.setObjectName("caseNumber")
        font = self.number_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.number_label.setFont(font)
        self.subject_label = plain(QLabel())
        self.subject_label.setObjectName("subjectName")
        subject_font = self.subject_label.font()
        subject_font.setPointSizeF(subject_font.pointSizeF() * 1.3)
        self.subject_label.setFont(subject_font)
        self.rights_label = plain(QLabel())
        self.rights_label.setWordWrap(True)
        self.channel_label = plain(QLabel())
        self.received_label = plain(QLabel())
        self.assignee = AssigneePicker(actions)
        self.assignee_label = self.assignee.label  # what a reader without the picker sees
        self.acknowledgement_button = QPushButton(self.tr("Acknowledgement text…"))
        self.acknowledgement_button.setObjectName("acknowledgementButton")
        self.acknowledgement_button.setToolTip(
            self.tr("The acknowledgement of receipt for the subject, ready to copy"))
        self.acknowledgement_button.clicked.connect(lambda: actions.trigger("acknowledge"))
        self.dialog: QDialog | None = None
        self.stage_strip = StageStrip()
        self.advance_button = QPushButton()
        self.advance_button.setObjectName("advanceButton")
        self.advance_button.clicked.connect(lambda: actions.trigger("advance"))
        self.close_button = QPushButton(self.tr("Close case"))
        self.close_button.setObjectName("closeButton")
        self.close_button.clicked.connect(lambda: actions.trigger("close"))
        self.repeat_label = plain(QLabel())
        self.repeat_label.setObjectName("repeatHint")
        self.repeat_label.setWordWrap(True)
        self.repeat_label.setStyleSheet(
            "background: #fff8e1; border: 1px solid #ffb300; border-radius: 4px; padding: 6px;"
        )
        self.clock = ClockWidget()

        title = QHBoxLayout()
        title.addWidget(self.number_label)
        title.addSpacing(12)
        title.addWidget(self.subject_label, 1)
        title.addWidget(self.acknowledgement_button, 0, Qt.AlignmentFlag.AlignVCenter)

        facts = QGridLayout()
        facts.setHorizontalSpacing(10)
        for row, (caption, value) in enumerate((
            (self.tr("Rights"), self.rights_label),
            (self.tr("Channel"), self.channel_label),
            (self.tr("Received"), self.received_label),
            (self.tr("Assignee"), self.assignee),
        )):
            name = QLabel(caption)
            name.setStyleSheet("color: #555;")
            # The picker is a row of controls: its caption sits level with them.
            top = value is not self.assignee
            facts.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop if top
                            else Qt.AlignmentFlag.AlignVCenter)
            facts.addWidget(value, row, 1)
        facts.setColumnStretch(1, 1)

        stage_row = QHBoxLayout()
        stage_row.addWidget(self.stage_strip, 1)
        stage_row.addWidget(self.advance_button)
        stage_row.addWidget(self.close_button)

        left = QVBoxLayout()
        left.addLayout(title)
        left.addLayout(facts)
        left.addStretch(1)  # the facts stay at the top when the clock's steps are unfolded
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addWidget(self.clock, 4, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(body)
        layout.addLayout(stage_row)
        layout.addWidget(self.repeat_label)

    def set_detail(self, detail: CaseDetail) -> None:
        summary = detail.summary
        self.number_label.setText(summary.number)
        if detail.personal_data_hidden:
            self.subject_label.setText(self.tr("Personal data hidden"))
            self.subject_label.setStyleSheet("color: #757575; font-style: italic;")
        else:
            self.subject_label.setText(message_text(name_said(summary.subject_name))
                                       if summary.subject_name
                                       else self.tr("(no name recorded)"))
            self.subject_label.setStyleSheet("")
        self.rights_label.setText(
            ", ".join(f"{label(r)} ({i18n.article_label(r.article)})" for r in summary.rights)
        )
        self.channel_label.setText(label(summary.channel))
        self.received_label.setText(format_time(summary.received_at))
        self.assignee.set_detail(detail)
        self.acknowledgement_button.setEnabled(self._actions.allowed("acknowledge"))
        self.stage_strip.set_stage(summary.stage)
        self.clock.set_detail(detail)
        # Worded here, in the window's language, from the count the services give (at least
        # REPEAT_THRESHOLD; each language picks its noun's form by the count).
        self.repeat_label.setText(counted(
            "Repeat request (GDPR 12(5)): the subject made {shown} other "
            "{count:plural:request|requests} in the last 12 months; consider whether this one "
            "is excessive and record the reasons if you refuse it or charge a fee.",
            detail.repeat_requests) if detail.repeat_requests else "")
        self.repeat_label.setVisible(bool(detail.repeat_requests))
        self._set_stage_buttons(summary.stage)

    def _set_stage_buttons(self, stage: Stage) -> None:
        can_move = stage in MAIN_PATH and stage not in (Stage.RESPONDED, Stage.CLOSED)
        if can_move:
            self.advance_button.setText(
                self.tr("Move to: {stage}").format(stage=label(next_stage(stage)))
            )
        self.advance_button.setVisible(can_move)
        self.advance_button.setEnabled(self._actions.allowed("advance"))
        self.close_button.setVisible(stage is Stage.RESPONDED)
        self.close_button.setEnabled(self._actions.allowed("close"))

    def advance(self) -> None:
        def move() -> None:
            self._actions.run(
                lambda s, actor, number, version: s.closing.advance(
                    actor, number, expected_version=version
                ),
                title=self.tr("Moving the case on"),
            )

        detail = self._actions.detail
        if detail is None or "advance" not in detail.ready_actions:
            move()  # a step is missing: the service's refusal names it, nothing to confirm
            return
        stage = detail.summary.stage
        target = next_stage(stage)
        self.confirm_box = confirm_then(
            self, "confirm_stage_move", self.tr("Move the case on"),
            self.tr("Move {number} from '{stage}' to '{target}'? A case does not move back.")
            .format(number=detail.summary.number, stage=label(stage), target=label(target)),
            self.tr("Move on"), move)

    def close_case(self) -> None:
        detail = self._actions.detail
        if detail is None:
            return
        self.confirm_box = confirm_then(
            self, "confirm_close", self.tr("Close the case"),
            self.tr("Close {number}? A closed case cannot be reopened; its record is kept for "
                    "the retention period.").format(number=detail.summary.number),
            self.tr("Close case"),
            lambda: self._actions.run(
                lambda s, actor, number, version: s.closing.close(
                    actor, number, expected_version=version
                ),
                title=self.tr("Closing the case"),
            ))

    def open_acknowledgement(self) -> None:
        from smarttek_dsar.ui.case_view.acknowledgement_dialog import AcknowledgementDialog

        detail = self._actions.detail
        if detail is None or detail.personal_data_hidden:
            return
        self.dialog = AcknowledgementDialog(detail, self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()
