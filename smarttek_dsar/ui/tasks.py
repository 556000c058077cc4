"""Running long work off the UI thread: one helper, one progress dialog with a cancel button,
one way of reporting errors. Workers never touch widgets; results come back as signals.

A job is a plain function. If it accepts a `progress` keyword it receives a Progress, the
window's implementation of the one progress protocol (domain/progress.py ProgressReporter),
so it can be handed straight to a service's `progress=` argument. The job calls
progress.report(done, total, message) as it goes; once the user pressed Cancel that call
raises domain.progress.Cancelled, the job stops and cleans up on the way out, and run_task
calls on_cancel. Work that must stop between reports polls progress.cancelled. A job that
catches Cancelled itself (to return what it finished) simply returns; that is a result.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from smarttek_dsar.domain.progress import CallbackProgress, Cancelled
from smarttek_dsar.error_log import record_unexpected
from smarttek_dsar.services.errors import REPORTABLE_ERRORS, is_database_error
from smarttek_dsar.ui.plain_text import show_message
from smarttek_dsar.ui.service_messages import error_text, message_text


class Progress(CallbackProgress):
    """The progress dialog's side of domain.progress.ProgressReporter: each report becomes a
    signal to the UI thread; cancel() may be called from the UI thread while the job reports
    from a worker."""

    def __init__(self, signals: _Signals) -> None:
        super().__init__(lambda done, total, message: signals.progress.emit(
            int(done), int(total), message))


class _Signals(QObject):
    progress = Signal(int, int, object)  # the step's text: a Message or a plain string
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
            self.signals.finished.emit(result)
        except Cancelled:
            self.signals.cancelled.emit()
        except REPORTABLE_ERRORS as exc:
            self.signals.failed.emit(error_text(exc), True)
        except Exception as exc:  # a bug: report it readably, keep where it was for the log
            log = record_unexpected(exc, getattr(self.fn, "__qualname__", "a background task"))
            message = QCoreApplication.translate(
                "run_task", "Unexpected error: {0}: {1}\n\nWhere it happened was written "
                "(without personal data) to {2}")
            detail = QCoreApplication.translate(
                "run_task", "details left out: they may contain personal data"
            ) if is_database_error(exc) else str(exc)
            self.signals.failed.emit(message.format(type(exc).__name__, detail, log), False)


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

        @Slot(int, int, object)
        def show_progress(done: int, total: int, message: object) -> None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total else 0)
            if message:  # a step the services name is said in the window's language
                dialog.setLabelText(message_text(message))

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
            show_message(window, QMessageBox.Icon.Warning, title or "Smarttek DSAR Desk", message)

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
