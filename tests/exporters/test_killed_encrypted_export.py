"""kill -9 in the middle of a password-protected export, at five different moments: the output
folder never holds plaintext (nor anything but the finished, encrypted package), the plaintext
sits only in the private staging folder (0700), and the next start removes it."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from smarttek_dsar.exporters.atomic import clean_stale_staging
from smarttek_dsar.services import Services
from smarttek_dsar.storage.database import sqlite_url

CASE = "DSAR-2026-0001"
PASSWORD = "Saule-un-Mēness-42"

_EXPORT = """
import sys
from pathlib import Path
from tests.exporters.sample import make_content
from smarttek_dsar.domain.progress import CallbackProgress
from smarttek_dsar.exporters.package import export_package
export_package(make_content(rows=int(sys.argv[2])), Path(sys.argv[1]), password=sys.argv[3],
               progress=CallbackProgress(lambda done, total, message: print(message, flush=True)))
print("published", flush=True)
"""

# Where to kill: at the first report, while each file is written, while the archive is made.
MOMENTS = ["first report", "PDF", "XLSX", "JSON", "7z"]
ENCRYPTED = {f"{CASE}_package.7z", f"{CASE}_manifest.json", "SHA256SUMS.txt"}


def _kill_at(moment: str, out: Path) -> list[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", _EXPORT, str(out), "3000", PASSWORD],
        stdout=subprocess.PIPE, cwd=Path(__file__).resolve().parents[2], text=True,
    )
    assert process.stdout is not None
    seen = []
    for line in process.stdout:
        seen.append(line.strip())
        if moment == "first report" or line.startswith(moment):
            os.kill(process.pid, signal.SIGKILL)
            break
    process.wait()
    assert process.returncode == -signal.SIGKILL, f"not killed at {moment}: {seen[-3:]}"
    return seen


def _private(root: Path) -> None:
    """Everything staged can only be reached through folders that are the owner's alone."""
    for path in [root, *root.rglob("*")]:
        if path.is_dir():
            assert stat.S_IMODE(path.stat().st_mode) == 0o700, path


@pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL")
@pytest.mark.parametrize("moment", MOMENTS)
def test_a_killed_encrypted_export_leaves_no_plaintext_in_the_output_folder(
        tmp_path: Path, private_staging: Path, moment: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    _kill_at(moment, out)
    left = [p for p in out.rglob("*") if p.is_file()]
    # Killed before publishing: nothing; killed in the very last instant: the encrypted
    # package only (all files 0600).
    assert not left or {p.name for p in left} == ENCRYPTED
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in left)
    for path in left:
        assert b"%PDF" not in path.read_bytes()[:1024]
    assert not [p for p in out.rglob(".*")]  # nothing hidden beside the target either
    staged = [p for p in private_staging.rglob("*") if p.is_file()]
    assert staged  # what was being written stays in the private place only...
    _private(private_staging)
    # ...and the next start removes it: the dead process holds no lock on it any more.
    services = Services.open(sqlite_url(tmp_path / "cases.sqlite3"))
    services.db.dispose()
    assert list(private_staging.iterdir()) == []
    assert clean_stale_staging() == 0
