"""Every operation on a case, declared once: its text, shortcut and tip, and one QAction for it.

The Case menu, the keyboard and the buttons of the case view all trigger these same actions; an
action acts on the case view that is current (`bind`) and is enabled from that case's
`allowed_actions`, which the services compute. Triggering a disabled action does nothing, so a
shortcut can never do what the buttons would not."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence

from smarttek_dsar.services.views import CaseDetail

# The acknowledgement of receipt is a letter to the subject: the operations table
# (domain/operations.py) decides it as it decides every letter.
_PART_OF = {"acknowledge": "letter"}


def operation_allowed(detail: CaseDetail | None, key: str) -> bool:
    """Whether the window offers operation `key` on this case now; the one rule for the menu,
    the shortcuts and the buttons."""
    if detail is None:
        return False
    allowed = detail.allowed_actions
    if key in allowed:
        return True
    return key in _PART_OF and _PART_OF[key] in allowed


@dataclass(frozen=True)
class Operation:
    key: str  # the operation's name, as in allowed_actions and on the command line
    text: str
    shortcut: str  # "" when a slip of the keyboard must not do it (closing, refusing, merging)
    tip: str
    section: int  # menu sections: moving the case, its work, its documents, its exits


class CaseView(Protocol):  # what an action needs from the view it acts on
    @property
    def detail(self) -> CaseDetail | None: ...

    @property
    def busy(self) -> bool: ...

    def perform(self, key: str) -> None: ...


class CaseOperations(QObject):
    # The current case view changed, or its case did: menus may want to refresh.
    state_changed = Signal()

    def __init__(self, context) -> None:  # type: ignore[no-untyped-def]
        super().__init__(context)
        self._context = context
        self._target: QObject | None = None
        self.operations = self._declare()
        self._actions: dict[str, QAction] = {}
        for operation in self.operations:
            action = QAction(operation.text, self)
            action.setObjectName(f"case_{operation.key}")
            action.setData(operation.key)
            if operation.shortcut:
                action.setShortcut(QKeySequence(operation.shortcut))
            native = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{operation.tip} ({native})" if native else operation.tip)
            action.setStatusTip(operation.tip)
            action.setEnabled(False)
            action.triggered.connect(lambda _checked=False, k=operation.key: self._perform(k))
            self._actions[operation.key] = action

    def _declare(self) -> tuple[Operation, ...]:
        return (
            Operation("advance", self.tr("&Move to the next stage"), "Ctrl+Shift+M",
                      self.tr("Move the case on to its next stage"), 0),
            Operation("assign", self.tr("&Assign to me"), "Ctrl+Shift+A",
                      self.tr("Take the case: assign it to yourself"), 0),
            Operation("verify", self.tr("Record &identity check"), "Ctrl+Shift+I",
                      self.tr("Record the identity check filled in on the Identity tab"), 1),
            Operation("pause", self.tr("Request more &information"), "Ctrl+Shift+P",
                      self.tr("Ask the subject for identity information; the clock pauses"), 1),
            Operation("resume", self.tr("Information &received"), "Ctrl+Shift+R",
                      self.tr("The information arrived; the clock runs again"), 1),
            Operation("correct_subject", self.tr("Co&rrect the subject's details…"), "",
                      self.tr("Fix a mistyped personal code, e-mail or phone (checked again "
                              "for repeat requests)"), 1),
            Operation("collect", self.tr("&Collect data"), "Ctrl+Shift+F",
                      self.tr("Search every configured system for the subject's data"), 1),
            Operation("review_data", self.tr("Mark data re&viewed"), "",
                      self.tr("The collected data was checked and redacted; it may be disclosed "
                              "(GDPR 15(3), 15(4))"), 1),
            Operation("decide", self.tr("&Save decisions"), "Ctrl+S",
                      self.tr("Record the legal review decisions with the current register version"),
                      1),
            Operation("generate_tasks", self.tr("&Generate tasks from decisions"), "Ctrl+Shift+G",
                      self.tr("Plan the fulfilment tasks the decisions call for"), 1),
            Operation("task", self.tr("Add &task"), "Ctrl+Shift+T",
                      self.tr("Add the task described on the Fulfilment tab"), 1),
            Operation("complete_task", self.tr("Mark task &done"), "Ctrl+Shift+D",
                      self.tr("Confirm that the selected task was done"), 1),
            Operation("deliver", self.tr("Record &delivery"), "Ctrl+Shift+S",
                      self.tr("Record the response as it reached the subject"), 1),
            Operation("extend", self.tr("&Extend by two months"), "",
                      self.tr("Extend the deadline by two months (GDPR 12(3))"), 1),
            Operation("acknowledge", self.tr("Ac&knowledgement text…"), "Ctrl+K",
                      self.tr("The acknowledgement of receipt for the subject, ready to copy"), 2),
            Operation("export", self.tr("Prepare data &package…"), "Ctrl+E",
                      self.tr("Export the subject's copy of the data (GDPR 15(3), 20)"), 2),
            Operation("letter", self.tr("&Letter…"), "Ctrl+L",
                      self.tr("Prepare a letter to the subject or a recipient"), 2),
            Operation("dossier", self.tr("D&ossier…"), "",
                      self.tr("The case's record for accountability (GDPR 5(2))"), 2),
            Operation("merge_duplicate", self.tr("&Merge into the earlier case"), "",
                      self.tr("Answer this request with the open case it repeats"), 3),
            Operation("keep_apart", self.tr("Keep a&part"), "",
                      self.tr("Answer this request on its own, by its own deadline"), 3),
            Operation("reject", self.tr("Re&ject the request…"), "",
                      self.tr("Refuse the request with its article (GDPR 12(4)-(6))"), 3),
            Operation("withdraw", self.tr("Record &withdrawal…"), "",
                      self.tr("The subject withdrew the request; the case is closed"), 3),
            Operation("close", self.tr("C&lose case"), "",
                      self.tr("Close the case once the response was sent"), 3),
        )

    # -- the actions ----------------------------------------------------------------------
    def __getitem__(self, key: str) -> QAction:
        return self._actions[key]

    def __iter__(self) -> Iterator[QAction]:
        return iter(self._actions.values())

    def keys(self) -> tuple[str, ...]:
        return tuple(self._actions)

    # -- the case they act on -------------------------------------------------------------
    @property
    def target(self) -> QObject | None:
        return self._target

    def bind(self, view: QObject | None) -> None:
        """The case view the actions act on (the current tab), or None."""
        if view is self._target:
            self.refresh()
            return
        if self._target is not None:
            try:
                self._target.destroyed.disconnect(self._target_gone)
            except (RuntimeError, TypeError):
                pass  # already gone
        self._target = view
        if view is not None:
            view.destroyed.connect(self._target_gone)
        self.refresh()

    def _target_gone(self) -> None:
        self._target = None
        self.refresh()

    def refresh(self) -> None:
        """Enable exactly what the current case allows; everything off while a change runs."""
        view = self._target
        detail = getattr(view, "detail", None) if view is not None else None
        busy = bool(getattr(view, "busy", False))
        for key, action in self._actions.items():
            action.setEnabled(not busy and operation_allowed(detail, key))
        self.state_changed.emit()

    def _perform(self, key: str) -> None:
        if self._target is not None:
            self._target.perform(key)  # type: ignore[attr-defined]
