"""The whole package: file names, hashes, encryption, progress, cancellation."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import threading
from dataclasses import replace
from pathlib import Path

import pytest
import pyzipper
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError

from smarttek_dsar.exporters.content import CategorySection, Column
from smarttek_dsar.exporters.package import export_package, run_export
from smarttek_dsar.exporters.progress import ExportCancelled, Progress
from tests.exporters.sample import make_content

CASE = "DSAR-2026-0001"
PASSWORD = "Saule-un-Mēness-42"


def _drain(job) -> tuple[list[Progress], object]:  # type: ignore[no-untyped-def]
    reports = []
    while True:
        try:
            reports.append(next(job))
        except StopIteration as stop:
            return reports, stop.value


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_plain_package_files_and_manifest(tmp_path: Path) -> None:
    reports, result = _drain(export_package(make_content(rows=50), tmp_path))
    folder = tmp_path / CASE
    assert sorted(path.name for path in folder.iterdir()) == sorted(
        [f"{CASE}_data.pdf", f"{CASE}_data.xlsx", f"{CASE}_portability.json",
         f"{CASE}_manifest.json", "SHA256SUMS.txt"]
    )  # fmt: skip
    assert result.manifest_path == folder / f"{CASE}_manifest.json"
    for item in result.files:
        assert item.sha256 == _sha256(item.path)
        assert item.size == item.path.stat().st_size
    manifest = json.loads(result.manifest_path.read_text(encoding="utf-8"))
    assert manifest["algorithm"] == "SHA-256"
    assert {entry["name"] for entry in manifest["files"]} == {
        f"{CASE}_data.pdf",
        f"{CASE}_data.xlsx",
        f"{CASE}_portability.json",
    }
    for entry in manifest["files"]:
        assert entry["sha256"] == _sha256(folder / entry["name"])
    for line in (folder / "SHA256SUMS.txt").read_text(encoding="utf-8").splitlines():
        digest, name = line.split("  ")
        assert digest == _sha256(folder / name)
    # Progress runs forward and ends complete.
    assert reports and reports[-1].done == reports[-1].total
    assert [report.done for report in reports] == sorted(report.done for report in reports)
    assert not [path for path in tmp_path.iterdir() if path.name.startswith(".")]


def test_no_portability_file_without_portable_data(tmp_path: Path) -> None:
    content = make_content(rows=3)
    content = replace(content, categories=[replace(c, portable=False) for c in content.categories])
    result = run_export(content, tmp_path)
    assert not any(item.path.name.endswith("_portability.json") for item in result.files)


def test_password_protects_pdf_and_zip(tmp_path: Path) -> None:
    result = run_export(make_content(rows=20), tmp_path, password=PASSWORD)
    folder = tmp_path / CASE
    assert sorted(path.name for path in folder.iterdir()) == sorted(
        [f"{CASE}_package.zip", f"{CASE}_manifest.json", "SHA256SUMS.txt"]
    )
    archive_path = folder / f"{CASE}_package.zip"
    assert [item.sha256 for item in result.files if item.path == archive_path] == [
        _sha256(archive_path)
    ]
    with pyzipper.AESZipFile(archive_path) as archive:
        names = archive.namelist()
        assert f"{CASE}_data.xlsx" in names and f"{CASE}_portability.json" in names
        with pytest.raises(RuntimeError, match="password"):
            archive.read(f"{CASE}_data.xlsx")
        archive.setpassword(b"wrong password")
        with pytest.raises(RuntimeError, match="Bad password"):
            archive.read(f"{CASE}_data.xlsx")
        archive.setpassword(PASSWORD.encode())
        archive.extractall(tmp_path / "opened")
    pdf = tmp_path / "opened" / f"{CASE}_data.pdf"
    reader = PdfReader(pdf)
    assert reader.is_encrypted
    assert reader.decrypt("wrong password") == 0
    with pytest.raises(FileNotDecryptedError):
        PdfReader(pdf).pages[0].extract_text()
    reader = PdfReader(pdf)
    assert reader.decrypt(PASSWORD) != 0
    assert "Jānis Bērziņš" in reader.pages[0].extract_text()
    assert "/AESV3" in str(reader.trailer["/Encrypt"].get_object()["/CF"])
    # The password is in no file we wrote, inside or outside the archive.
    secret = PASSWORD.encode()
    for path in [*folder.iterdir(), *(tmp_path / "opened").iterdir()]:
        assert secret not in path.read_bytes()


def test_short_password_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="at least 8 characters"):
        run_export(make_content(rows=1), tmp_path, password="short")


def test_closing_the_generator_leaves_nothing(tmp_path: Path) -> None:
    job = export_package(make_content(rows=30), tmp_path)
    first = next(job)
    assert first.total > 0
    job.close()
    assert list(tmp_path.iterdir()) == []


def test_cancel_event_leaves_nothing(tmp_path: Path) -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(ExportCancelled):
        run_export(make_content(rows=30), tmp_path, cancel=cancel)
    assert list(tmp_path.iterdir()) == []


def test_a_writer_error_leaves_nothing_and_says_what_is_wrong(tmp_path: Path) -> None:
    content = make_content(rows=3)
    broken = CategorySection("x", "Līgumi", [Column("a", "A"), Column("b", "B")], [(1,)])
    with pytest.raises(ValueError, match="'Līgumi' has 1 values for 2 columns"):
        run_export(replace(content, categories=[broken]), tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_new_export_replaces_the_old_package(tmp_path: Path) -> None:
    run_export(make_content(rows=3), tmp_path, password=PASSWORD)
    result = run_export(make_content(rows=3), tmp_path)
    assert [path.name for path in tmp_path.iterdir()] == [CASE]
    assert {item.path.name for item in result.files} == {
        path.name for path in (tmp_path / CASE).iterdir()
    }


_KILLED_EXPORT = """
import sys
from pathlib import Path
from tests.exporters.sample import make_content
from smarttek_dsar.exporters.package import export_package
for progress in export_package(make_content(rows=4000), Path(sys.argv[1])):
    print(progress.done, flush=True)
"""


@pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL")
def test_a_killed_export_publishes_no_package(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", _KILLED_EXPORT, str(tmp_path)],
        stdout=subprocess.PIPE,
        cwd=Path(__file__).resolve().parents[2],
        text=True,
    )
    assert process.stdout is not None
    process.stdout.readline()  # the export is under way
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert not (tmp_path / CASE).exists()
    leftovers = [path.name for path in tmp_path.iterdir()]
    assert all(name.startswith(f".{CASE}.partial-") for name in leftovers)


def test_closing_at_the_last_report_still_leaves_nothing(tmp_path: Path) -> None:
    job = export_package(make_content(rows=5), tmp_path)
    reports = []
    for progress in job:
        reports.append(progress)
        if progress.done == progress.total:
            job.close()
            break
    assert reports[-1].message == "done"
    assert list(tmp_path.iterdir()) == []
