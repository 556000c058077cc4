"""The SHA-256 of files delivered to a subject, computed one way for every caller.

The case file records exactly what was sent (GDPR 5(2) accountability): the package export,
letters, the dossier, the window's delivery form and the command line's `deliver` all hash
with `exporters.manifest.sha256_of`, through here when the user picks the files.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from smarttek_dsar.domain.progress import NO_PROGRESS, ProgressReporter
from smarttek_dsar.exporters.manifest import sha256_of
from smarttek_dsar.services.errors import ServiceError
from smarttek_dsar.services.response.delivery import DeliveredFile


def delivered_file(path: Path) -> DeliveredFile:
    """Name, SHA-256 and size of one file as it is on disk now."""
    path = Path(path)
    try:
        return DeliveredFile(path.name, sha256_of(path), path.stat().st_size)
    except OSError as exc:
        raise ServiceError("Cannot read {path}: {value}. Choose the file that was sent.", path=path, value=exc.strerror or exc) from None


def delivered_files(paths: Sequence[Path],
                    progress: ProgressReporter = NO_PROGRESS) -> list[DeliveredFile]:
    """Every file hashed in order; a large set reports progress and can be cancelled."""
    result = []
    for done, path in enumerate(paths):
        progress.report(done, len(paths), Path(path).name)
        result.append(delivered_file(path))
    progress.report(len(paths), len(paths), "")
    return result
