"""Running long work off the UI thread: one helper, one progress dialog with a cancel button,
one way of reporting errors. Workers never touch widgets; results come back as signals.

A job is a plain function. If it accepts a `progress` keyword it receives a Progress object:
call progress.report(done, total, message) as it goes and check progress.cancelled to stop.
If the function returns a generator, each yielded (done, total, message) tuple is reported
and a cancel closes the generator.
"""

from __future__ import annotations

import inspect
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from smarttek_dsar.services.errors import USER_ERRORS
from smarttek_dsar.storage.database import DatabaseError


class Cancelled(Exception):
    """The user pressed Cancel."""


class Progress:
    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def report(self, done: int, total: int, message: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self._signals.progress.emit(int(done), int(total), message)


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str, bool)  # message, is_user_error
    cancelled = Signal()


class _Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], progress: Progress, signals: _Signals) -> None:
        super().__init__()
        self.fn, self.progress, self.signals = fn, progress, signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            if "progress" in inspect.signature(self.fn).parameters:
                result = self.fn(progress=self.progress)
            else:
                result = self.fn()
            if inspect.isgenerator(result):
                result = self._drain(result)
            self.signals.finished.emit(result)
        except Cancelled:
            self.signals.cancelled.emit()
        except USER_ERRORS + (DatabaseError,) as exc:
            self.signals.failed.emit(str(exc), True)
        except Exception as exc:  # a bug: report it readably, keep the trace for the log
            traceback.print_exc()
            message = QCoreApplication.translate("run_task", "Unexpected error: {0}: {1}")
            self.signals.failed.emit(message.format(type(exc).__name__, exc), False)

    def _drain(self, generator) -> Any:
        try:
            while True:
                if self.progress.cancelled:
                    generator.close()
                    raise Cancelled()
                item = next(generator)
                if isinstance(item, tuple) and len(item) >= 2:
                    self.progress.report(item[0], item[1], item[2] if len(item) > 2 else "")
                elif hasattr(item, "done") and hasattr(item, "total"):
                    self.progress.report(item.done, item.total, getattr(item, "message", ""))
        except StopIteration as stop:
            return stop.value


class TaskHandle(QObject):
    """Keeps a running job's signals alive until it ends; lets the caller cancel it."""

    def __init__(self, progress: Progress, signals: _Signals, parent: QObject | None) -> None:
        super().__init__(parent)
        self.progress, self.signals = progress, signals

    def cancel(self) -> None:
        self.progress.cancel()


_pool: QThreadPool | None = None
_synchronous = False


def use_synchronous_tasks(enabled: bool = True) -> None:
    """Tests: run jobs on the calling thread so a click's effect is visible at once."""
    global _synchronous
    _synchronous = enabled


def pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool.globalInstance()
    return _pool


def run_task(
    parent: QObject | None,
    fn: Callable[..., Any],
    on_done: Callable[[Any], None] | None = None,
    *,
    title: str | None = None,
    on_error: Callable[[str], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
) -> TaskHandle:
    """Run fn in the background. With a title, a progress dialog with Cancel is shown while it
    runs. Errors go to on_error, or to a message box naming what went wrong."""
    signals = _Signals()
    progress = Progress(signals)
    handle = TaskHandle(progress, signals, parent)
    # A model or other non-widget may own a job; dialogs then have no parent window.
    window = parent if isinstance(parent, QWidget) else None
    dialog: QProgressDialog | None = None
    if title:
        cancel_text = QCoreApplication.translate("run_task", "Cancel")
        dialog = QProgressDialog(title, cancel_text, 0, 0, window)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)  # quick jobs finish without a flashing dialog
        dialog.canceled.connect(progress.cancel)

        @Slot(int, int, str)
        def show_progress(done: int, total: int, message: str) -> None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total else 0)
            if message:
                dialog.setLabelText(message)

        signals.progress.connect(show_progress)

    def close_dialog() -> None:
        if dialog is not None:
            dialog.reset()
            dialog.deleteLater()
        handle.deleteLater()

    def done(result: Any) -> None:
        close_dialog()
        if on_done:
            on_done(result)

    def failed(message: str, _user_error: bool) -> None:
        close_dialog()
        if on_error:
            on_error(message)
        else:
            QMessageBox.warning(window, title or "Smarttek DSAR Desk", message)

    def cancelled() -> None:
        close_dialog()
        if on_cancel:
            on_cancel()

    # Synchronous (tests): deliver at once, so a click's effect is visible when it returns.
    kind = Qt.ConnectionType.QueuedConnection
    if _synchronous:
        kind = Qt.ConnectionType.DirectConnection
    signals.finished.connect(done, kind)
    signals.failed.connect(failed, kind)
    signals.cancelled.connect(cancelled, kind)
    job = _Job(fn, progress, signals)
    if _synchronous:
        job.run()
    else:
        pool().start(job)
    return handle
