"""Write a data subject's whole package: PDF, XLSX, portability JSON, manifest, optional ZIP.

`export_package` is a generator, the shape every long job in the app has: it yields
Progress at least every quarter second, returns a PackageResult (the generator's return
value), and stops cleanly when the caller closes it or sets the `cancel` event. The package
directory appears only when complete (see atomic.py).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from smarttek_dsar.exporters.atomic import staged_directory
from smarttek_dsar.exporters.content import PackageContent
from smarttek_dsar.exporters.encryption import check_password, encrypt_pdf, encrypted_zip
from smarttek_dsar.exporters.manifest import PackageFile, describe, write_manifest
from smarttek_dsar.exporters.pdf_package import write_pdf
from smarttek_dsar.exporters.portability_json import write_portability_json
from smarttek_dsar.exporters.progress import ExportCancelled, Progress, RowCounter
from smarttek_dsar.exporters.xlsx_package import write_xlsx

POLL_SECONDS = 0.25


@dataclass(frozen=True)
class PackageResult:
    """A published package: its directory, every file in it with its SHA-256, the manifest."""

    directory: Path
    files: list[PackageFile]
    manifest_path: Path


def package_directory(out_dir: Path, case_number: str) -> Path:
    return out_dir / case_number


def export_package(
    content: PackageContent,
    out_dir: Path,
    *,
    password: str | None = None,
    cancel: threading.Event | None = None,
    generated_at: datetime | None = None,
) -> Generator[Progress, None, PackageResult]:
    """Write the package for `content` into `out_dir/<case number>/`.

    Without a password the directory holds <case>_data.pdf, <case>_data.xlsx,
    <case>_portability.json (only when a category is portable), <case>_manifest.json and
    SHA256SUMS.txt. With a password it holds <case>_package.zip (AES-256, containing those
    files with the PDF itself AES-256 encrypted) plus a manifest and SHA256SUMS.txt of the ZIP,
    so no unencrypted personal data is left on disk beside it.
    """
    if password is not None:
        check_password(password)
    cancel = cancel if cancel is not None else threading.Event()
    generated_at = generated_at or datetime.now(UTC)
    case = content.case_number
    rows = content.total_rows
    portable_rows = sum(len(category.rows) for category in content.portable_categories)
    # Work units: one per row per file, and a share for hashing and encrypting.
    finishing = max(1, rows // 10) * (3 if password else 1)
    total = 2 * rows + portable_rows + finishing
    final = package_directory(out_dir, case)
    done = 0

    def step(message: str, work: Callable[[RowCounter], None]) -> Generator[Progress, None, int]:
        counter = RowCounter(cancel)
        yield from _run_in_thread(work, counter, done, total, message)
        return counter.done

    try:
        with staged_directory(final) as staging:
            pdf = staging / f"{case}_data.pdf"
            xlsx = staging / f"{case}_data.xlsx"
            portability = staging / f"{case}_portability.json"
            done += yield from step("PDF", lambda counter: write_pdf(content, pdf, counter))
            done += yield from step("XLSX", lambda counter: write_xlsx(content, xlsx, counter))
            data_files = [pdf, xlsx]
            if content.portable_categories:
                done += yield from step(
                    "JSON",
                    lambda counter: write_portability_json(
                        content, portability, counter, generated_at
                    ),
                )
                data_files.append(portability)
            if password is None:
                described = [describe(path) for path in data_files]
                manifest_path, _ = write_manifest(described, staging, case, generated_at)
            else:
                manifest_path = yield from _encrypt(
                    staging, data_files, password, cancel, done, total, case, generated_at
                )
            # The last report comes before publishing: a caller that closes the generator
            # here, or at any earlier report, is left with no package at all.
            yield Progress(total, total, "done")
            _check(cancel)
            names = sorted(path.name for path in staging.iterdir())
        files = [describe(final / name) for name in names]
        return PackageResult(directory=final, files=files, manifest_path=final / manifest_path.name)
    except GeneratorExit:
        # The caller closed the generator: cancel; staged_directory has removed the staging.
        cancel.set()
        raise


def _encrypt(
    staging: Path,
    data_files: list[Path],
    password: str,
    cancel: threading.Event,
    done: int,
    total: int,
    case: str,
    generated_at: datetime,
) -> Generator[Progress, None, Path]:
    inner = staging / "inner"
    inner.mkdir()
    pdf = data_files[0]

    def protect(counter: RowCounter) -> None:
        encrypt_pdf(pdf, inner / pdf.name, password)
        pdf.unlink()
        for path in data_files[1:]:
            path.replace(inner / path.name)
        contents = sorted(inner.iterdir())
        inner_manifest, inner_sums = write_manifest(
            [describe(path) for path in contents], inner, case, generated_at
        )
        archive = staging / f"{case}_package.zip"
        encrypted_zip(
            [*contents, inner_manifest, inner_sums], archive, password, lambda: _check(cancel)
        )
        counter.advance(0)

    yield from _run_in_thread(protect, RowCounter(cancel), done, total, "ZIP")
    for leftover in sorted(inner.iterdir()):
        leftover.unlink()
    inner.rmdir()
    archive = staging / f"{case}_package.zip"
    manifest_path, _ = write_manifest([describe(archive)], staging, case, generated_at)
    return manifest_path


def _run_in_thread(
    work: Callable[[RowCounter], None],
    counter: RowCounter,
    base: int,
    total: int,
    message: str,
) -> Generator[Progress, None, None]:
    """Run one writer on a worker thread and report its progress from this generator.

    The writers are long library calls (ReportLab lays out a whole document in one call);
    a thread lets this generator keep reporting while they run, and the writer sees a
    cancel at its next batch of rows.
    """
    failure: list[BaseException] = []

    def target() -> None:
        try:
            work(counter)
        except BaseException as error:  # handed to the caller's thread below
            failure.append(error)

    worker = threading.Thread(target=target, name=f"export-{message}", daemon=True)
    worker.start()
    try:
        while True:
            # At least one report per step, so a caller can always cancel before publishing.
            worker.join(POLL_SECONDS)
            detail = f"{message}: {counter.message}" if counter.message else message
            yield Progress(min(base + counter.done, total), total, detail)
            if not worker.is_alive():
                break
    finally:
        if worker.is_alive():  # closed while running: stop the writer before cleaning up
            counter.cancel_event.set()
            worker.join()
    if failure:
        raise failure[0]


def _check(cancel: threading.Event) -> None:
    if cancel.is_set():
        raise ExportCancelled()


def run_export(
    content: PackageContent,
    out_dir: Path,
    *,
    password: str | None = None,
    cancel: threading.Event | None = None,
    on_progress: Callable[[Progress], None] | None = None,
) -> PackageResult:
    """Drive `export_package` to the end (for the command line and scripts)."""
    job = export_package(content, out_dir, password=password, cancel=cancel)
    while True:
        try:
            progress = next(job)
        except StopIteration as stop:
            return stop.value
        if on_progress is not None:
            on_progress(progress)
