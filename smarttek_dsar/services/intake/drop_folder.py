"""A drop folder: the mail server's export job, the portal's hand-over or a colleague saves
request files into one folder, and the desk imports each new one and files it away.

Processed files move to `imported/` (created or already known) or `failed/` (with a
`<name>.error.txt` saying why), so the folder shows at a glance what still waits. A file that
is still being written is never read: one modified in the last second, or (when watching)
whose size or time changed since the previous look, waits for the next round.

Only a file that is itself bad goes to `failed/`. When the case store cannot take a file for
a moment (busy or locked by another desk, two transactions colliding, the connection to the
team server dropped), the import is tried again after a growing pause; if the store is still
unavailable the file stays where it is and is tried again in a later round, after a longer
pause each time, so that an outage neither files real requests as failures nor floods the log.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.errors import ServiceError

if TYPE_CHECKING:
    from smarttek_dsar.services.intake.intake_import import FileResult, ImportService

log = logging.getLogger(__name__)

WATCHED_SUFFIXES = frozenset({".eml", ".msg", ".json"})
IMPORTED_DIR = "imported"
FAILED_DIR = "failed"
# A writer that pauses longer than this between two writes could still be caught half-way;
# copy programs and mail exports write continuously, so one second is plenty in practice.
QUIET_SECONDS = 1.0
# Pauses between attempts at one file within a round (seconds); about 4 s in all, which
# outlasts a colleague's long import or a server restart's first seconds.
RETRY_PAUSES = (0.25, 0.5, 1.0, 2.0)
# After a round in which the store stayed unavailable, the file waits this long before the
# next round tries it, doubled for each further such round up to the maximum.
LATER_ROUND_PAUSE = 5.0
LATER_ROUND_PAUSE_MAX = 300.0


class DropFolder:
    def __init__(self, importer: ImportService, actor: Actor, folder: Path) -> None:
        if not folder.is_dir():
            raise ServiceError("The drop folder {folder} does not exist or is not a folder.", folder=folder)
        self.importer, self.actor, self.folder = importer, actor, folder
        self.imported = folder / IMPORTED_DIR
        self.failed = folder / FAILED_DIR
        # Last (size, modification time) seen per file: a file is taken only once it held still.
        self._seen: dict[Path, tuple[int, int]] = {}
        # Files that could not be moved away; importing them again would only repeat the work.
        self._stuck: set[Path] = set()
        # Files the store could not take: (rounds failed, not to be tried before this time).
        self._waiting: dict[Path, tuple[int, float]] = {}

    def watch(
        self, *, interval: float, stop: threading.Event | None, once: bool,
        on_result: Callable[[FileResult], None] | None,
    ) -> list[FileResult]:
        results: list[FileResult] = []
        while True:
            for path in self.ready_files(settled_twice=not once):
                result = self._import(path, stop)
                self._file_away(path, result)
                results.append(result)
                if on_result is not None:
                    on_result(result)
            if once or (stop is not None and stop.is_set()):
                return results
            if stop is not None:
                if stop.wait(interval):
                    return results
            else:
                time.sleep(interval)

    def _import(self, path: Path, stop: threading.Event | None) -> FileResult:
        result = self.importer.import_file(self.actor, path)
        for pause in RETRY_PAUSES:
            if not result.retry_later:
                break
            log.info("%s: the case store is busy or unreachable; trying again in %.2f s",
                     path.name, pause)
            if stop is not None:
                if stop.wait(pause):
                    break  # asked to stop: the file stays for the next start
            else:
                time.sleep(pause)
            result = self.importer.import_file(self.actor, path)
        if result.retry_later:
            rounds = self._waiting.get(path, (0, 0.0))[0] + 1
            pause = min(LATER_ROUND_PAUSE * 2 ** (rounds - 1), LATER_ROUND_PAUSE_MAX)
            self._waiting[path] = (rounds, time.monotonic() + pause)
            log.warning("%s stays in the drop folder: %s", path.name, result.message)
        else:
            self._waiting.pop(path, None)
        return result

    def ready_files(self, *, settled_twice: bool) -> list[Path]:
        """Request files that are complete, oldest first. With `settled_twice` a file must also
        look the same as on the previous call, which catches a writer that pauses."""
        now = time.time()
        ready = []
        current: dict[Path, tuple[int, int]] = {}
        for path in self._candidates():
            try:
                stat = path.stat()
            except OSError:
                continue  # moved or deleted by someone else meanwhile
            signature = (stat.st_size, stat.st_mtime_ns)
            current[path] = signature
            if now - stat.st_mtime < QUIET_SECONDS:
                continue
            if settled_twice and self._seen.get(path) != signature:
                continue
            if self._waiting.get(path, (0, 0.0))[1] > time.monotonic():
                continue  # the store was unavailable for it a moment ago
            ready.append((stat.st_mtime, path.name, path))
        self._seen = current
        return [path for _, _, path in sorted(ready)]

    def _candidates(self) -> list[Path]:
        try:
            entries = list(self.folder.iterdir())
        except OSError as exc:
            raise ServiceError("The drop folder {folder} cannot be read: {exc}", folder=self.folder, exc=exc) from exc
        return [
            p for p in entries
            if p.suffix.lower() in WATCHED_SUFFIXES
            # Editors' and Outlook's temporary files, and hidden files, are not requests.
            and not p.name.startswith((".", "~$"))
            and p not in self._stuck
            and p.is_file()
        ]

    def _file_away(self, path: Path, result: FileResult) -> None:
        if result.retry_later:
            return  # not the file's fault: it stays for a later round
        target_dir = self.failed if result.status == "error" else self.imported
        try:
            target_dir.mkdir(exist_ok=True)
            target = _free_name(target_dir, path.name)
            os.replace(path, target)
            if result.status == "error":
                note = target.with_name(target.name + ".error.txt")
                note.write_text(result.message + "\n", encoding="utf-8")
        except OSError as exc:
            log.warning("could not move %s out of the drop folder: %s", path.name, exc)
            self._stuck.add(path)


def _free_name(folder: Path, name: str) -> Path:
    """`name` in `folder`, numbered if taken: a portal may reuse file names over the years."""
    target = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    counter = 2
    while target.exists():
        target = folder / f"{stem} ({counter}){suffix}"
        counter += 1
    return target
