"""The one way the window changes a case: run the service call off the UI thread with the
version the user saw, report a refusal or a conflict with someone else's change one way, and
after success tell every view what changed (AppContext.changed)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from smarttek_dsar.services import Services
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.errors import ConflictError
from smarttek_dsar.services.views import CaseDetail
from smarttek_dsar.ui.case_operations import operation_allowed
from smarttek_dsar.ui.changes import Changes
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.service_messages import error_text
from smarttek_dsar.ui.tasks import run_task

# A change: (services, actor, case number, expected version) -> whatever the service returns.
Change = Callable[[Services, Actor, str, int], Any]


@dataclass(frozen=True)
class _Conflict:
    message: str


class CaseActions(QObject):
    succeeded = Signal(str)  # case number
    refused = Signal(str)  # the service's message, written for the user
    conflicted = Signal(str)
    busy_changed = Signal(bool)

    def __init__(self, context: AppContext, owner: QWidget) -> None:
        super().__init__(owner)
        self._context = context
        self._owner = owner
        self._detail: CaseDetail | None = None
        self._busy = False

    @property
    def detail(self) -> CaseDetail | None:
        return self._detail

    @property
    def context(self) -> AppContext:
        return self._context

    @property
    def busy(self) -> bool:
        return self._busy

    def bind(self, detail: CaseDetail | None) -> None:
        self._detail = detail

    def allowed(self, action: str) -> bool:
        return operation_allowed(self._detail, action)

    def trigger(self, key: str) -> None:
        """A button of the case view: the registered action of that operation, acting on this
        view, so that the button, the Case menu and the shortcut are one and the same act."""
        operations = self._context.case_operations
        operations.bind(self._owner)
        operations[key].trigger()

    def run(
        self, change: Change, *, title: str | None = None,
        on_done: Callable[[Any], None] | None = None, changes: Changes | None = None,
        on_refused: Callable[[str], None] | None = None,
    ) -> None:
        """Run `change` in the background. `changes` is what it touches besides this case's
        views, lists, figures and audit trail (e.g. the other case of a merge)."""
        detail = self._detail
        if detail is None or self._busy:
            return
        services, actor = self._context.services, self._context.actor
        number, version = detail.summary.number, detail.summary.version

        def job() -> Any:
            # ConflictError is caught here because run_task passes on only the message, and a
            # conflict needs a different answer (reload) from a plain refusal.
            try:
                return change(services, actor, number, version)
            except ConflictError as exc:
                return _Conflict(error_text(exc))

        def done(result: Any) -> None:
            self._set_busy(False)
            if isinstance(result, _Conflict):
                self.conflicted.emit(result.message)
                return
            if on_done is not None:
                on_done(result)
            self.succeeded.emit(number)
            self._context.notify(changes or Changes.of_case(number))

        def failed(message: str) -> None:
            self._set_busy(False)
            if on_refused is not None:  # a dialog shows it beside what the user typed
                on_refused(message)
            else:
                self.refused.emit(message)

        self._set_busy(True)
        run_task(self._owner, job, done, title=title, on_error=failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_changed.emit(busy)
        operations = self._context.case_operations
        if operations.target is self._owner:
            operations.refresh()
