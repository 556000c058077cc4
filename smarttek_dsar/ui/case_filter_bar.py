"""The row of filters above a case list: free text (debounced while typing), stage, right,
channel, deadline state and 'open only'. It only builds a CaseFilter; the service does the rest."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QToolButton, QWidget

from smarttek_dsar.domain.clock import DeadlineState
from smarttek_dsar.domain.rights import Channel, Right
from smarttek_dsar.domain.workflow import Stage
from smarttek_dsar.services.case_query import CaseFilter
from smarttek_dsar.ui import i18n

TYPING_PAUSE_MS = 150  # long enough to skip a query per keystroke, short enough to feel live


class CaseFilterBar(QWidget):
    changed = Signal()

    def __init__(self, base: CaseFilter, *, searches_personal_data: bool, open_only: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base = base
        self.text = QLineEdit()
        self.text.setClearButtonEnabled(True)
        self.text.setPlaceholderText(
            self.tr("Search number, name, personal code, e-mail, phone…")
            if searches_personal_data else self.tr("Search case number…")
        )
        self.text.setMinimumWidth(220)
        self.stage = self._combo(self.tr("All stages"),
                                 [(i18n.stage_label(s), s) for s in Stage])
        self.right = self._combo(self.tr("All rights"),
                                 [(i18n.right_label(r), r) for r in Right])
        self.channel = self._combo(self.tr("All channels"),
                                   [(i18n.channel_label(c), c) for c in Channel])
        self.deadline = self._combo(self.tr("Any deadline"),
                                    [(i18n.deadline_state_label(s), s) for s in (
                                        DeadlineState.OVERDUE, DeadlineState.DUE_SOON,
                                        DeadlineState.PAUSED, DeadlineState.ON_TRACK)])
        self.open_only = QCheckBox(self.tr("Open only"))
        self.open_only.setChecked(open_only or base.open_only)
        self.open_only.setEnabled(not base.open_only)  # the inbox holds open cases only
        self.clear = QToolButton()
        self.clear.setText(self.tr("Clear filters"))
        self.clear.clicked.connect(self.reset)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 3)
        for widget in (self.stage, self.right, self.channel, self.deadline):
            layout.addWidget(widget, 1)
        layout.addWidget(self.open_only)
        layout.addWidget(self.clear)

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.changed)
        self.text.textChanged.connect(self._typing.start)
        self.text.returnPressed.connect(self._apply_now)
        for combo in (self.stage, self.right, self.channel, self.deadline):
            combo.currentIndexChanged.connect(self.changed)
        self.open_only.toggled.connect(self.changed)

    def _combo(self, any_text: str, items: list) -> QComboBox:
        combo = QComboBox()
        combo.addItem(any_text, None)
        for text, value in items:
            combo.addItem(text, value)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        return combo

    def _apply_now(self) -> None:
        if self._typing.isActive():
            self._typing.stop()
            self.changed.emit()

    def reset(self) -> None:
        self.blockSignals(True)
        self.text.clear()
        for combo in (self.stage, self.right, self.channel, self.deadline):
            combo.setCurrentIndex(0)
        self.blockSignals(False)
        self._typing.stop()
        self.changed.emit()

    def narrowed(self) -> bool:
        """Whether the user typed or chose anything that narrows the list."""
        return bool(self.text.text().strip()) or any(
            combo.currentData() is not None
            for combo in (self.stage, self.right, self.channel, self.deadline))

    def case_filter(self) -> CaseFilter:
        """This list's fixed scope (e.g. 'unassigned' for the inbox) narrowed by the choices."""
        def chosen(combo: QComboBox, kind: type) -> tuple:
            value = combo.currentData()  # Qt hands an enum back as its plain value
            return (kind(value),) if value is not None else ()

        return replace(
            self._base,
            text=self.text.text().strip(),
            stages=chosen(self.stage, Stage) or tuple(self._base.stages),
            rights=chosen(self.right, Right),
            channels=chosen(self.channel, Channel),
            deadline_states=chosen(self.deadline, DeadlineState),
            open_only=self._base.open_only or self.open_only.isChecked(),
        )
