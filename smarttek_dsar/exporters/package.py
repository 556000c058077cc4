"""Write a data subject's whole package: PDF, XLSX, portability JSON, manifest, optional 7z.

`write_package` fills a folder it is given and reports progress through the one protocol
(domain/progress.py): at least every quarter second, and a report raises Cancelled when the
user cancelled. The caller stages that folder and publishes it (exporters/atomic.py), after
the audit entry is committed; `export_package` does both steps for scripts and tests, without
an audit trail.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from smarttek_dsar.domain.progress import NO_PROGRESS, Cancelled, ProgressReporter
from smarttek_dsar.exporters.atomic import scratch_folder, staged_folder
from smarttek_dsar.exporters.content import PackageContent
from smarttek_dsar.exporters.encryption import (
    ARCHIVE_SUFFIX,
    check_password,
    encrypt_pdf,
    encrypted_archive,
)
from smarttek_dsar.exporters.manifest import PackageFile, describe, write_manifest
from smarttek_dsar.exporters.pdf_package import write_pdf
from smarttek_dsar.exporters.portability_json import schema_path, write_portability_json
from smarttek_dsar.exporters.progress import ExportCancelled, RowCounter
from smarttek_dsar.exporters.xlsx_package import write_xlsx

POLL_SECONDS = 0.25


@dataclass(frozen=True)
class PackageResult:
    """A published package: its directory, every file in it with its SHA-256, the manifest."""

    directory: Path
    files: list[PackageFile]
    manifest_path: Path
    # With a password: the names inside the encrypted archive (its header is encrypted, so
    # they cannot be listed later without the password).
    archived: tuple[str, ...] = ()

    def moved_to(self, directory: Path) -> PackageResult:
        """The same package described at its published place."""
        return PackageResult(
            directory,
            [PackageFile(directory / f.path.name, f.sha256, f.size) for f in self.files],
            directory / self.manifest_path.name,
            self.archived,
        )


def package_directory(out_dir: Path, case_number: str) -> Path:
    return out_dir / case_number


def export_package(
    content: PackageContent,
    out_dir: Path,
    *,
    password: str | None = None,
    progress: ProgressReporter = NO_PROGRESS,
    generated_at: datetime | None = None,
) -> PackageResult:
    """Write and publish the package in `out_dir/<case number>/` (no audit: scripts, tests)."""
    if password is not None:
        check_password(password)
    final = package_directory(Path(out_dir), content.case_number)
    with staged_folder(final) as folder:
        staged = write_package(content, folder, password=password, progress=progress,
                               generated_at=generated_at)
    return staged.moved_to(final)


def write_package(
    content: PackageContent,
    folder: Path,
    *,
    password: str | None = None,
    progress: ProgressReporter = NO_PROGRESS,
    generated_at: datetime | None = None,
) -> PackageResult:
    """Write the package for `content` into the empty `folder`.

    Without a password the folder holds <case>_data.pdf, <case>_data.xlsx,
    <case>_portability.json with its schema <case>_portability.schema.json (only when a
    category is portable), the copied recordings and images (<case>_media_...),
    <case>_manifest.json and SHA256SUMS.txt. With a password it holds <case>_package.7z
    (AES-256, header encrypted, containing those files with the PDF itself AES-256 encrypted)
    plus a manifest and SHA256SUMS.txt of the archive; the unencrypted files are written in a
    private scratch folder, never in `folder`.
    """
    if password is not None:
        check_password(password)
    generated_at = generated_at or datetime.now(UTC)
    case = content.case_number
    rows = content.total_rows
    portable_rows = sum(len(category.rows) for category in content.portable_categories)
    # Work units: one per row per file, and a share for hashing and encrypting.
    finishing = max(1, rows // 10) * (3 if password else 1)
    total = 2 * rows + portable_rows + finishing
    job = _Steps(progress, total)
    archived: tuple[str, ...] = ()
    if password is None:
        data_files = _write_data(content, folder, job, generated_at)
        manifest_path, _ = write_manifest([describe(path) for path in data_files], folder,
                                          case, generated_at)
    else:
        with scratch_folder() as scratch:
            data_files = _write_data(content, scratch, job, generated_at)
            archive = folder / f"{case}_package{ARCHIVE_SUFFIX}"
            archived = tuple(sorted([*(p.name for p in data_files), f"{case}_manifest.json",
                                     "SHA256SUMS.txt"]))
            job.run("7z", lambda counter: _encrypt(data_files, scratch, archive, password,
                                                   case, generated_at, counter))
        manifest_path, _ = write_manifest([describe(archive)], folder, case, generated_at)
    # The last report comes before the caller publishes: a cancel here still leaves nothing.
    progress.report(total, total, "done")
    files = [describe(path) for path in sorted(folder.iterdir())]
    return PackageResult(directory=folder, files=files, manifest_path=manifest_path,
                         archived=archived)


def _write_data(content: PackageContent, folder: Path, job: _Steps,
                generated_at: datetime) -> list[Path]:
    case = content.case_number
    pdf = folder / f"{case}_data.pdf"
    xlsx = folder / f"{case}_data.xlsx"
    job.run("PDF", lambda counter: write_pdf(content, pdf, counter))
    job.run("XLSX", lambda counter: write_xlsx(content, xlsx, counter))
    written = [pdf, xlsx]
    if content.portable_categories:
        portability = folder / f"{case}_portability.json"
        job.run("JSON", lambda counter: write_portability_json(
            content, portability, counter, generated_at))
        schema = folder / portability_schema_name(case)
        # A receiving controller (20(2)) reads the file by its schema: it travels with it.
        shutil.copyfile(schema_path(), schema)
        written += [portability, schema]
    for copy in content.media:
        # GDPR 15(3): the recording itself, not a reference to it.
        target = folder / copy.name
        job.run(copy.name, lambda counter, copy=copy, target=target: shutil.copyfile(
            copy.source, target))
        written.append(target)
    return written


def portability_schema_name(case_number: str) -> str:
    return f"{case_number}_portability.schema.json"


def _encrypt(data_files: list[Path], scratch: Path, archive: Path, password: str, case: str,
             generated_at: datetime, counter: RowCounter) -> None:
    inner = scratch / "inner"
    inner.mkdir(mode=0o700)  # plaintext inside, like the scratch folder around it
    pdf = data_files[0]
    encrypt_pdf(pdf, inner / pdf.name, password)
    pdf.unlink()
    for path in data_files[1:]:
        path.replace(inner / path.name)
    contents = sorted(inner.iterdir())
    inner_manifest, inner_sums = write_manifest(
        [describe(path) for path in contents], inner, case, generated_at
    )
    encrypted_archive([*contents, inner_manifest, inner_sums], archive, password,
                      lambda: counter.advance(0))


class _Steps:
    """Runs each writer on a worker thread and reports its progress from the caller's thread.

    The writers are long library calls (ReportLab lays out a whole document in one call);
    a thread lets the caller keep reporting while they run, and the writer sees a cancel at
    its next batch of rows."""

    def __init__(self, progress: ProgressReporter, total: int) -> None:
        self.progress, self.total, self.done = progress, total, 0

    def run(self, message: str, work: Callable[[RowCounter], None]) -> None:
        counter = RowCounter(threading.Event())
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
                worker.join(POLL_SECONDS)
                if self.progress.cancelled:
                    raise ExportCancelled()
                detail = f"{message}: {counter.message}" if counter.message else message
                # At least one report per step, so a caller can always cancel in time.
                self.progress.report(min(self.done + counter.done, self.total), self.total,
                                     detail)
                if not worker.is_alive():
                    break
        except Cancelled:
            raise ExportCancelled() from None
        finally:
            if worker.is_alive():  # cancelled while running: stop the writer before cleanup
                counter.cancel_event.set()
                worker.join()
        if failure:
            raise failure[0]
        self.done += counter.done
