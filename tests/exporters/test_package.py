"""The whole package: file names, hashes, encryption, progress, cancellation."""

from __future__ import annotations

import hashlib
import json
import lzma
import os
import shutil
import signal
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import py7zr
import pytest
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError

from smarttek_dsar.domain.progress import CallbackProgress, Cancelled
from smarttek_dsar.exporters.content import CategorySection, Column
from smarttek_dsar.exporters.encryption import check_password, generate_passphrase
from smarttek_dsar.exporters.package import export_package
from smarttek_dsar.exporters.progress import ExportCancelled, Progress
from tests.exporters.sample import make_content

CASE = "DSAR-2026-0001"
PASSWORD = "Saule-un-Mēness-42"


def run_export(content, out_dir: Path, **kwargs):  # type: ignore[no-untyped-def]
    return export_package(content, out_dir, **kwargs)


def _collecting(content, out_dir: Path, **kwargs):  # type: ignore[no-untyped-def]
    reports: list[Progress] = []
    progress = CallbackProgress(lambda *report: reports.append(Progress(*report)))
    return reports, export_package(content, out_dir, progress=progress, **kwargs)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_plain_package_files_and_manifest(tmp_path: Path) -> None:
    reports, result = _collecting(make_content(rows=50), tmp_path)
    folder = tmp_path / CASE
    assert sorted(path.name for path in folder.iterdir()) == sorted(
        [f"{CASE}_data.pdf", f"{CASE}_data.xlsx", f"{CASE}_portability.json",
         f"{CASE}_portability.schema.json", f"{CASE}_manifest.json", "SHA256SUMS.txt"]
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
        f"{CASE}_portability.schema.json",
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


def _system_7z() -> str | None:
    """The 7-Zip a recipient would use: 7zz (Debian's 7zip), 7z or 7za (p7zip)."""
    return next((found for name in ("7zz", "7z", "7za") if (found := shutil.which(name))), None)


def test_password_protects_pdf_and_7z_archive(tmp_path: Path) -> None:
    result = run_export(make_content(rows=20), tmp_path, password=PASSWORD)
    folder = tmp_path / CASE
    assert sorted(path.name for path in folder.iterdir()) == sorted(
        [f"{CASE}_package.7z", f"{CASE}_manifest.json", "SHA256SUMS.txt"]
    )
    archive_path = folder / f"{CASE}_package.7z"
    assert [item.sha256 for item in result.files if item.path == archive_path] == [
        _sha256(archive_path)
    ]
    # Without the password nothing can be listed (the header is encrypted), let alone read.
    with pytest.raises(py7zr.PasswordRequired):
        py7zr.SevenZipFile(archive_path).getnames()
    # py7zr fails in one of several ways when the key is wrong (garbage header or data).
    with pytest.raises((py7zr.Bad7zFile, py7zr.exceptions.CrcError, lzma.LZMAError, OSError,
                        TypeError, ValueError)):
        with py7zr.SevenZipFile(archive_path, password="wrong password") as archive:
            archive.extractall(tmp_path / "wrong")
    with py7zr.SevenZipFile(archive_path, password=PASSWORD) as archive:
        names = archive.getnames()
        assert f"{CASE}_data.xlsx" in names and f"{CASE}_portability.json" in names
        archive.extractall(tmp_path / "opened")
    assert sorted(names) == sorted(result.archived)
    # Neither the names inside nor any plaintext content shows in the archive's bytes.
    raw = archive_path.read_bytes()
    for name in names:
        assert name.encode() not in raw and name.encode("utf-16-le") not in raw
    for plain in ("Jānis Bērziņš".encode(), b'"rows"', b"[Content_Types].xml"):
        assert plain not in raw
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


def test_the_system_7zip_opens_the_archive_and_refuses_a_wrong_password(tmp_path: Path) -> None:
    seven = _system_7z()
    if seven is None:
        pytest.skip("no 7-Zip on this machine (apt install 7zip)")
    run_export(make_content(rows=20), tmp_path, password=PASSWORD)
    archive = tmp_path / CASE / f"{CASE}_package.7z"
    wrong = subprocess.run([seven, "x", "-pwrong password", f"-o{tmp_path / 'wrong'}", "-y",
                            str(archive)], capture_output=True, text=True, check=False)
    assert wrong.returncode != 0
    assert not [p for p in (tmp_path / "wrong").rglob("*") if p.is_file() and p.stat().st_size]
    opened = subprocess.run([seven, "x", f"-p{PASSWORD}", f"-o{tmp_path / 'opened'}", "-y",
                             str(archive)], capture_output=True, text=True, check=False)
    assert opened.returncode == 0, opened.stdout + opened.stderr
    assert (tmp_path / "opened" / f"{CASE}_data.xlsx").is_file()
    sums = (tmp_path / "opened" / "SHA256SUMS.txt").read_text(encoding="utf-8")
    for line in sums.splitlines():
        digest, name = line.split(maxsplit=1)
        assert _sha256(tmp_path / "opened" / name.lstrip("*")) == digest
    # 7-Zip reports the method: AES-256 with the 2^19-round key derivation (7zAES:19).
    listing = subprocess.run([seven, "l", "-slt", f"-p{PASSWORD}", str(archive)],
                             capture_output=True, text=True, check=True).stdout
    assert "7zAES:19" in listing


def test_short_password_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="at least 12 characters"):
        run_export(make_content(rows=1), tmp_path, password="eleven-char")
    assert not (tmp_path / CASE).exists()


def test_generated_passphrases_are_long_random_and_accepted() -> None:
    passphrases = {generate_passphrase() for _ in range(200)}
    assert len(passphrases) == 200
    for passphrase in passphrases:
        check_password(passphrase)  # accepted as it is
        groups = passphrase.split("-")
        assert [len(g) for g in groups] == [4] * 5
        assert not set(passphrase) & set("01oli")  # nothing misread on the phone


def test_a_cancel_at_the_first_report_leaves_nothing(tmp_path: Path, private_staging) -> None:
    reports = []

    def cancel_at_once(done: int, total: int, message: str) -> None:
        reports.append(done)
        progress.cancel()

    progress = CallbackProgress(cancel_at_once)
    with pytest.raises(Cancelled):
        export_package(make_content(rows=30), tmp_path, progress=progress)
    assert len(reports) == 1
    assert list(tmp_path.iterdir()) == []
    assert list(private_staging.iterdir()) == []


def test_cancelled_before_it_starts_leaves_nothing(tmp_path: Path) -> None:
    progress = CallbackProgress()
    progress.cancel()
    with pytest.raises(ExportCancelled):
        run_export(make_content(rows=30), tmp_path, progress=progress)
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
from smarttek_dsar.domain.progress import CallbackProgress
from smarttek_dsar.exporters.package import export_package
export_package(make_content(rows=4000), Path(sys.argv[1]),
               progress=CallbackProgress(lambda done, total, message: print(done, flush=True)))
"""


@pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL")
def test_a_killed_export_publishes_nothing_and_the_next_start_cleans(
        tmp_path: Path, private_staging) -> None:
    out = tmp_path / "out"
    out.mkdir()
    process = subprocess.Popen(
        [sys.executable, "-c", _KILLED_EXPORT, str(out)],
        stdout=subprocess.PIPE,
        cwd=Path(__file__).resolve().parents[2],
        text=True,
    )
    assert process.stdout is not None
    process.stdout.readline()  # the export is under way
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert list(out.iterdir()) == []  # nothing at all in the output folder
    staged = [path for path in private_staging.rglob("*") if path.is_file()]
    assert staged  # the half-written package is in the private place only
    from smarttek_dsar.exporters.atomic import clean_stale_staging

    assert clean_stale_staging() == 1
    assert list(private_staging.iterdir()) == []


def test_a_cancel_at_the_last_report_still_leaves_nothing(tmp_path: Path) -> None:
    reports: list[Progress] = []

    def record(done: int, total: int, message: str) -> None:
        reports.append(Progress(done, total, message))
        if done == total:
            progress.cancel()

    progress = CallbackProgress(record)
    with pytest.raises(Cancelled):
        # The cancel is seen at the next check: publishing is the last step after "done".
        export_package(make_content(rows=5), tmp_path, progress=_CheckedAfterDone(progress))
    assert reports[-1].message == "done"
    assert list(tmp_path.iterdir()) == []


class _CheckedAfterDone:
    """A reporter that raises on the report that completes the job (as the window's does when
    Cancel is pressed just then)."""

    def __init__(self, inner: CallbackProgress) -> None:
        self.inner = inner

    @property
    def cancelled(self) -> bool:
        return self.inner.cancelled

    def report(self, done: int, total: int, message: str = "") -> None:
        self.inner.report(done, total, message)
        if self.inner.cancelled:
            raise Cancelled()
