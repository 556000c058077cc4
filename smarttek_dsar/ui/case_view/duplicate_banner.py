"""A request intake flagged as a likely repeat of an open case (services/intake/duplicates.py): the
banner says so and offers the choice, merge into the earlier case or keep the two apart, and
once the choice is made it says which, for as long as the case is looked at."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from smarttek_dsar.services.intake.duplicates import KEPT_APART, MERGED
from smarttek_dsar.services.views import CaseDetail
from smarttek_dsar.ui.case_view.actions import CaseActions
from smarttek_dsar.ui.case_view.confirm import confirm_then
from smarttek_dsar.ui.changes import Changes
from smarttek_dsar.ui.plain_text import plain

_FRAME = ("#duplicateBanner {{ background: {background}; border: 1px solid {border}; "
          "border-radius: 4px; }}")
_PENDING = _FRAME.format(background="#fff8e1", border="#ffb300")  # amber: a choice to make
_DECIDED = _FRAME.format(background="#eceff1", border="#90a4ae")  # grey: on record


class DuplicateBanner(QFrame):
    def __init__(self, actions: CaseActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateBanner")
        self._actions = actions
        self._other: str | None = None
        self.text_label = plain(QLabel())
        self.text_label.setObjectName("duplicateText")
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openDuplicate")
        self.open_button.clicked.connect(self._open_other)
        self.merge_button = QPushButton()
        self.merge_button.setObjectName("mergeDuplicate")
        self.merge_button.clicked.connect(lambda: actions.trigger("merge_duplicate"))
        self.keep_button = QPushButton(self.tr("Keep apart"))
        self.keep_button.setObjectName("keepApart")
        self.keep_button.setToolTip(self.tr(
            "It is a request of its own: answer it separately, by its own deadline."))
        self.keep_button.clicked.connect(lambda: actions.trigger("keep_apart"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.text_label, 1)
        for button in (self.open_button, self.merge_button, self.keep_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setVisible(False)

    @property
    def text(self) -> str:
        return self.text_label.text() if self.isVisible() else ""

    def set_detail(self, detail: CaseDetail) -> None:
        other = detail.duplicate_of
        self._other = other
        self.open_button.setEnabled(bool(other))
        for button, action in ((self.merge_button, "merge_duplicate"),
                               (self.keep_button, "keep_apart")):
            allowed = bool(other) and self._actions.allowed(action)
            button.setVisible(allowed)
            button.setEnabled(allowed)
        if not other:
            self.setVisible(False)
            return
        self.open_button.setText(self.tr("Open {number}").format(number=other))
        self.merge_button.setText(self.tr("Merge into {number}").format(number=other))
        self.merge_button.setToolTip(self.tr(
            "Answer this request with {number}: its files, rights and text are added there and "
            "this case is closed as withdrawn.").format(number=other))
        decision = detail.duplicate_decision
        if decision == MERGED:
            text = self.tr("Merged into {number}: this request is answered with that case, by "
                           "its deadline.").format(number=other)
        elif decision == KEPT_APART:
            text = self.tr("Kept apart from {number}: this request is answered on its own, by its "
                           "own deadline.").format(number=other)
        else:
            text = self.tr("This request looks like a duplicate of {number} (same subject, open "
                           "case, same rights).").format(number=other)
        self.text_label.setText(("✔ " if decision else "⚠ ") + text)
        self.setStyleSheet(_DECIDED if decision else _PENDING)
        self.setVisible(True)

    def _open_other(self) -> None:
        if self._other:
            self._actions.context.open_case_requested.emit(self._other)

    def merge(self) -> None:
        detail, other = self._actions.detail, self._other
        if detail is None or other is None:
            return
        question = self.tr(
            "Merge {number} into {other}?\n\nThe files, rights and text of this request are added "
            "to {other}, which answers both by its own deadline; {number} is closed as withdrawn. "
            "The choice cannot be undone."
        ).format(number=detail.summary.number, other=other)
        self._confirm(question, lambda: self._actions.run(
            lambda s, actor, number, version: s.duplicates.merge_duplicate(
                actor, number, expected_version=version
            ),
            title=self.tr("Merging the requests"),
            # Both cases change: the earlier one receives this request's files and rights.
            changes=Changes(case=True, case_list=True, dashboard=True, audit=True),
        ))

    def keep_apart(self) -> None:
        self._actions.run(
            lambda s, actor, number, version: s.duplicates.keep_apart(
                actor, number, expected_version=version
            ),
            title=self.tr("Keeping the requests apart"),
        )

    def _confirm(self, question: str, then: Callable[[], None]) -> None:
        confirm_then(self, "confirmMergeBox", self.tr("Merge duplicate request"), question,
                     self.tr("Merge"), then)
