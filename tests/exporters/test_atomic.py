"""The one rule for published files: private staging, then one rename; nothing on failure."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from smarttek_dsar.exporters.atomic import (
    STALE_AFTER_SECONDS,
    clean_stale_staging,
    scratch_folder,
    staged_file,
    staged_folder,
    staging_root,
)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_folder_is_published_whole_and_private(tmp_path: Path, private_staging) -> None:
    final = tmp_path / "DSAR-1"
    with staged_folder(final) as staging:
        assert staging.parent.parent == private_staging  # written in the private place
        (staging / "a.txt").write_text("a")
        assert not final.exists()
    assert (final / "a.txt").read_text() == "a"
    assert _mode(final) == 0o700 and _mode(final / "a.txt") == 0o600
    with pytest.raises(RuntimeError):
        with staged_folder(final) as staging:
            (staging / "b.txt").write_text("b")
            raise RuntimeError("boom")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["DSAR-1"]
    assert [path.name for path in final.iterdir()] == ["a.txt"]
    assert list(private_staging.iterdir()) == []


def test_a_file_is_published_0600_and_an_error_keeps_the_old_one(tmp_path: Path,
                                                                 private_staging) -> None:
    final = tmp_path / "x.json"
    with staged_file(final) as temporary:
        temporary.write_text("{}")
        assert not final.exists()
    assert final.read_text() == "{}"
    assert _mode(final) == 0o600
    assert _mode(staging_root()) == 0o700
    with pytest.raises(KeyError):
        with staged_file(final) as temporary:
            temporary.write_text("half")
            raise KeyError("x")
    assert final.read_text() == "{}"
    assert [path.name for path in tmp_path.iterdir()] == ["x.json"]
    assert list(private_staging.iterdir()) == []


def test_scratch_is_private_and_always_removed(private_staging) -> None:
    with pytest.raises(ValueError):
        with scratch_folder() as scratch:
            (scratch / "plain.pdf").write_text("personal data")
            assert scratch.is_relative_to(private_staging)
            raise ValueError
    assert list(private_staging.iterdir()) == []


@pytest.mark.skipif(not Path("/dev/shm").is_dir(), reason="needs a second file system")
def test_across_file_systems_the_file_is_staged_hidden_beside_the_target(
        tmp_path: Path, monkeypatch) -> None:
    other = Path("/dev/shm") / f"dsar-test-{os.getpid()}"
    monkeypatch.setenv("SMARTTEK_DSAR_STAGING", str(other))
    try:
        if os.stat(other.parent).st_dev == os.stat(tmp_path).st_dev:
            pytest.skip("/dev/shm is on the same file system here")
        final = tmp_path / "letter.pdf"
        with staged_file(final) as staged:
            assert staged.parent.parent == tmp_path and staged.parent.name.startswith(".")
            assert _mode(staged.parent) == 0o700
            staged.write_text("%PDF")
        assert final.read_text() == "%PDF" and _mode(final) == 0o600
        assert [path.name for path in tmp_path.iterdir()] == ["letter.pdf"]
    finally:
        import shutil

        shutil.rmtree(other, ignore_errors=True)


_DIES_WHILE_STAGING = """
import os, sys
from pathlib import Path
from smarttek_dsar.exporters.atomic import staged_file
with staged_file(Path(sys.argv[1]) / "letter.pdf") as staged:
    staged.write_text("personal data")
    print(staged, flush=True)
    sys.stdin.readline()
"""


@pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL")
def test_the_next_start_removes_staging_of_a_killed_process(tmp_path: Path,
                                                            private_staging) -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", _DIES_WHILE_STAGING, str(tmp_path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert process.stdout is not None
    staged = Path(process.stdout.readline().strip())
    assert staged.is_file()
    # While its owner runs, the staging is not touched.
    assert clean_stale_staging() == 0 and staged.is_file()
    os.kill(process.pid, 9)
    process.wait()
    assert list(tmp_path.iterdir()) == []  # nothing published
    assert staged.is_file()  # left in the private place only
    assert clean_stale_staging() == 1
    assert list(private_staging.iterdir()) == []


def test_old_staging_without_an_owner_is_removed(private_staging) -> None:
    root = staging_root()
    old, recent = root / "old", root / "recent"
    for path in (old, recent):
        path.mkdir()
        (path / "data.pdf").write_text("personal data")
    past = time.time() - STALE_AFTER_SECONDS - 60
    for path in (old, old / "data.pdf"):
        os.utime(path, (past, past))
    assert clean_stale_staging() == 1
    assert not old.exists() and recent.exists()


def test_a_place_left_before_its_owner_file_was_made_is_removed_at_once(private_staging) -> None:
    # A kill between making the place and locking its owner file leaves an empty place, or
    # one whose owner file nobody holds; neither waits hours to go.
    root = staging_root()
    empty, unheld = root / "empty", root / "unheld"
    empty.mkdir()
    unheld.mkdir()
    (unheld / ".owner").touch()
    assert clean_stale_staging() == 2
    assert list(root.iterdir()) == []


def test_a_place_removed_by_a_cleaner_while_being_claimed_is_replaced(
        tmp_path: Path, private_staging, monkeypatch) -> None:
    # Another process's start cleans the staging just after this one made its place: the
    # document is still written and published, in a place of its own.
    import smarttek_dsar.exporters.atomic as atomic

    real_lock = atomic._lock
    cleaned: list[int] = []

    def cleaner_runs_first(fd: int) -> None:
        if not cleaned:
            cleaned.append(-1)  # the cleaner's own locks go straight through
            cleaned[0] = clean_stale_staging()
        real_lock(fd)

    monkeypatch.setattr(atomic, "_lock", cleaner_runs_first)
    final = tmp_path / "letter.pdf"
    with staged_file(final) as path:
        path.write_bytes(b"%PDF-1.4 letter")
    assert cleaned == [1]
    assert final.read_bytes() == b"%PDF-1.4 letter"
    assert list(private_staging.iterdir()) == []
