"""How a package writer counts rows and learns that the user cancelled, and the one bridge
from the progress protocol (domain/progress.py) to the older generator style."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import TypeVar

from smarttek_dsar.domain.progress import CallbackProgress, Cancelled, ProgressReporter

T = TypeVar("T")


@dataclass(frozen=True)
class Progress:
    """One progress report of a long job: `done` of `total` work units, and what is going on."""

    done: int
    total: int
    message: str


class ExportCancelled(Cancelled):
    """The user cancelled the export; nothing of the package was left behind."""

    def __init__(self) -> None:
        super().__init__("The export was cancelled; no package files were written.")


class RowCounter:
    """Counts rows written by one writer, possibly on a worker thread, and stops it on cancel.

    Writers call `advance()` every few rows; it raises ExportCancelled once `cancel` is set,
    so a cancelled writer stops within one batch and the caller removes its staged files.
    """

    def __init__(self, cancel: threading.Event | None = None) -> None:
        self._cancel = cancel if cancel is not None else threading.Event()
        self.done = 0
        self.message = ""

    @property
    def cancel_event(self) -> threading.Event:
        return self._cancel

    def advance(self, rows: int = 0, message: str | None = None) -> None:
        if self._cancel.is_set():
            raise ExportCancelled()
        self.done += rows
        if message is not None:
            self.message = message


_FINISHED = object()


def as_generator(work: Callable[[ProgressReporter], T]) -> Generator[Progress, None, T]:
    """Run `work(progress)` on a thread and yield its reports; closing the generator cancels.

    Transitional: the window's run_task still drains generators (ui/package_dialog.py,
    ui/collected_data_panel.py). Once its Progress implements ProgressReporter, callers pass
    it as `progress` directly and this bridge goes."""
    reports: queue.Queue[object] = queue.Queue()
    reporter = CallbackProgress(lambda done, total, message: reports.put(
        Progress(done, total, message)))
    outcome: dict[str, object] = {}

    def target() -> None:
        try:
            outcome["value"] = work(reporter)
        except BaseException as error:  # handed to the generator's caller below
            outcome["error"] = error
        finally:
            reports.put(_FINISHED)

    worker = threading.Thread(target=target, name="progress-job", daemon=True)
    worker.start()
    try:
        while (item := reports.get()) is not _FINISHED:
            yield item  # type: ignore[misc]
    finally:
        if worker.is_alive():  # closed early: cancel and wait, so the work cleans up first
            reporter.cancel()
            worker.join()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]
