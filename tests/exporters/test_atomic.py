"""Staging and publishing: a package is visible complete or not at all."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from smarttek_dsar.exporters.atomic import (
    STALE_AFTER_SECONDS,
    atomic_file,
    remove_stale_staging,
    staged_directory,
)


def test_staged_directory_publishes_only_on_success(tmp_path: Path) -> None:
    final = tmp_path / "DSAR-1"
    with staged_directory(final) as staging:
        (staging / "a.txt").write_text("a")
        assert not final.exists()
    assert (final / "a.txt").read_text() == "a"
    with pytest.raises(RuntimeError):
        with staged_directory(final) as staging:
            (staging / "b.txt").write_text("b")
            raise RuntimeError("boom")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["DSAR-1"]
    assert [path.name for path in final.iterdir()] == ["a.txt"]


def test_atomic_file(tmp_path: Path) -> None:
    final = tmp_path / "x.json"
    with atomic_file(final) as temporary:
        temporary.write_text("{}")
        assert not final.exists()
    assert final.read_text() == "{}"
    with pytest.raises(KeyError):
        with atomic_file(final) as temporary:
            temporary.write_text("half")
            raise KeyError("x")
    assert final.read_text() == "{}"
    assert [path.name for path in tmp_path.iterdir()] == ["x.json"]


def test_stale_staging_from_a_killed_export_is_removed(tmp_path: Path) -> None:
    final = tmp_path / "DSAR-1"
    old = tmp_path / ".DSAR-1.partial-aaaa"
    recent = tmp_path / ".DSAR-1.partial-bbbb"
    other = tmp_path / ".DSAR-2.partial-cccc"
    for path in (old, recent, other):
        path.mkdir()
        (path / "data.pdf").write_text("personal data")
    # Stamped on the test clock: the file system stamps the real time (tests/fixed_clock.py).
    now = time.time()
    os.utime(recent, (now, now))
    past = now - STALE_AFTER_SECONDS - 60
    os.utime(old, (past, past))
    os.utime(other, (past, past))
    remove_stale_staging(final)
    assert not old.exists()
    assert recent.exists() and other.exists()
