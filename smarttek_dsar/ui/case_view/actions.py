"""The one way the case view changes a case: run the service call off the UI thread with the
version the user saw, then report success, a refusal, or a conflict with someone else's change."""

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
from smarttek_dsar.ui.context import AppContext
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

    def bind(self, detail: CaseDetail | None) -> None:
        self._detail = detail

    def allowed(self, action: str) -> bool:
        return self._detail is not None and action in self._detail.allowed_actions

    def run(
        self, change: Change, *, title: str | None = None,
        on_done: Callable[[Any], None] | None = None,
    ) -> None:
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
                return _Conflict(str(exc))

        def done(result: Any) -> None:
            self._set_busy(False)
            if isinstance(result, _Conflict):
                self.conflicted.emit(result.message)
                return
            if on_done is not None:
                on_done(result)
            self.succeeded.emit(number)

        def failed(message: str) -> None:
            self._set_busy(False)
            self.refused.emit(message)

        self._set_busy(True)
        run_task(self._owner, job, done, title=title, on_error=failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_changed.emit(busy)
