"""`smarttek-dsar --self-test`, the smoke check the built bundle runs, passes on the dev install
and says which check failed when one does."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from smarttek_dsar import selftest

REPO = Path(__file__).resolve().parents[1]
CHECK_NAMES = ("resources", "database", "deadline", "pdf", "xlsx", "translations", "window")


def test_self_test_passes_with_one_line_per_check(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),  # nothing may land in the real profile
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "PYTHONPATH": str(REPO),
        "TMPDIR": str(tmp_path / "tmp"),
    }
    (tmp_path / "tmp").mkdir()
    env.pop("SMARTTEK_DSAR_DB", None)
    done = subprocess.run(
        [sys.executable, "-m", "smarttek_dsar", "--self-test"], env=env, cwd=tmp_path,
        capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    for name in CHECK_NAMES:
        assert any(line.startswith(f"self-test {name}: ok - ") for line in lines), name
    assert "received 2026-09-03 -> due 2026-10-05" in done.stdout
    assert "'Jānis Bērziņš' read back with pypdf" in done.stdout
    assert lines[-1] == f"self-test passed: {len(CHECK_NAMES)} checks"
    # The databases, PDF, XLSX and window settings lived in a temporary folder, now gone.
    assert not list((tmp_path / "tmp").iterdir())
    # The app may create its (empty) folders, but no file may land in the user's profile.
    assert not [path for path in tmp_path.rglob("*") if path.is_file()]


def test_a_failing_check_is_named_and_the_others_still_run(monkeypatch) -> None:
    def broken(_work: Path) -> str:
        raise FileNotFoundError("fonts/DejaVuSans.ttf")

    monkeypatch.setattr(selftest, "CHECKS", (
        ("deadline", selftest.check_deadline),
        ("broken", broken),
        ("also-run", lambda _work: "fine"),
    ))
    out = io.StringIO()
    assert selftest.run_self_test(out) == 1
    lines = out.getvalue().splitlines()
    assert lines[1].startswith("self-test deadline: ok - ")
    assert lines[2] == "self-test broken: FAILED - FileNotFoundError: fonts/DejaVuSans.ttf"
    assert lines[3] == "self-test also-run: ok - fine"
    assert lines[4] == "self-test FAILED: broken"
