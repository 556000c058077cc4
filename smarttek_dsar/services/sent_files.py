"""The files of a response as the delivery record keeps them: name, SHA-256 and size.

One place computes them, with the same digest as the package manifest, so a delivery recorded
in the window, on the command line or from an exported package carries the same checksums."""

from __future__ import annotations

from collections.abc import Generator, Sequence
from pathlib import Path

from smarttek_dsar.exporters.manifest import sha256_of
from smarttek_dsar.services.case_review import DeliveredFile
from smarttek_dsar.services.errors import ServiceError


def describe_sent_file(path: Path) -> DeliveredFile:
    try:
        return DeliveredFile(path.name, sha256_of(path), path.stat().st_size)
    except OSError as exc:
        raise ServiceError(f"The file {path} cannot be read to compute its checksum: "
                           f"{exc.strerror or exc}.") from exc


def describe_sent_files(
    paths: Sequence[Path],
) -> Generator[tuple[int, int, str], None, list[DeliveredFile]]:
    """Yields (done, total, file name) while hashing; returns the files (a progress job)."""
    described: list[DeliveredFile] = []
    for done, path in enumerate(paths):
        yield done, len(paths), path.name
        described.append(describe_sent_file(path))
    return described
