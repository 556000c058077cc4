"""How a package writer counts rows and learns that the user cancelled. The writers report
through the one progress protocol (domain/progress.py); this is their row-counting side."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from smarttek_dsar.domain.progress import Cancelled


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
