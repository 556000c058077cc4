"""The one way long work reports progress and learns that the user cancelled.

Long work (collecting, exporting, importing, reports) takes a `progress` argument and calls
`progress.report(done, total, message)` as it goes. The reporter raises Cancelled once the user
has cancelled, so the work stops at its next report and its callers clean up on the way out
(a staged file is deleted, nothing is published). Work that must stop between reports (a long
library call on a worker thread) polls `progress.cancelled`.

Plain Python: the window's progress dialog, the command line and the tests each implement
ProgressReporter their own way.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Protocol, runtime_checkable

from smarttek_dsar.domain.messages import Message


class Cancelled(Exception):
    """The user cancelled; the work stopped and left nothing half-done behind."""

    def __init__(self, message: str = "Cancelled; nothing was written.") -> None:
        super().__init__(message)


@runtime_checkable
class ProgressReporter(Protocol):
    @property
    def cancelled(self) -> bool: ...

    def report(self, done: int, total: int, message: str | Message = "") -> None:
        """Show `done` of `total`; raises Cancelled when the user has cancelled. `message`
        names the step: a Message the window says in its language, or a name (a file's)."""
        ...


class NoProgress:
    """For callers that neither show progress nor cancel (scripts, tests, the command line)."""

    @property
    def cancelled(self) -> bool:
        return False

    def report(self, done: int, total: int, message: str = "") -> None:
        return None


NO_PROGRESS: ProgressReporter = NoProgress()


class CallbackProgress:
    """A reporter that hands each report to `callback` and can be cancelled from any thread."""

    def __init__(self, callback: Callable[[int, int, str], None] | None = None) -> None:
        self._callback = callback
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def report(self, done: int, total: int, message: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled()
        if self._callback is not None:
            self._callback(done, total, message)


class ScaledProgress:
    """Reports one part of a larger job: `done` of the part counts from `base` in `total`."""

    def __init__(self, outer: ProgressReporter, base: int, total: int) -> None:
        self._outer, self._base, self._total = outer, base, total

    @property
    def cancelled(self) -> bool:
        return self._outer.cancelled

    def report(self, done: int, total: int, message: str = "") -> None:
        self._outer.report(min(self._base + done, self._total), self._total, message)
