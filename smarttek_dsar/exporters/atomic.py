"""Publish a package all at once or not at all.

A half-written copy of someone's personal data is worse than none: it may be sent by mistake
and is incomplete (GDPR 15(3) asks for a faithful copy). Files are written into a hidden
sibling directory and renamed into place only when every file is complete; any error or
cancellation removes the staging directory.
"""

from __future__ import annotations

import os
import shutil
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_STAGING_MARK = ".partial-"
# A staging directory untouched this long belongs to an export that was killed.
STALE_AFTER_SECONDS = 6 * 3600


def staging_name(final: Path) -> str:
    return f".{final.name}{_STAGING_MARK}{uuid.uuid4().hex[:12]}"


@contextmanager
def staged_directory(final: Path) -> Iterator[Path]:
    """Yield an empty hidden directory beside `final`; publish it as `final` on success."""
    final.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_staging(final)
    staging = final.parent / staging_name(final)
    staging.mkdir()
    try:
        yield staging
        _sync_tree(staging)
        publish(staging, final)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def publish(staging: Path, final: Path) -> None:
    """Move a complete `staging` directory to `final`, replacing an older package there."""
    if not final.exists():
        os.replace(staging, final)
        return
    # os.replace cannot swap a non-empty directory: move the old one aside first, so at no
    # moment is a mix of old and new files visible under the final name.
    retired = final.parent / f".{final.name}.retired-{uuid.uuid4().hex[:12]}"
    os.replace(final, retired)
    try:
        os.replace(staging, final)
    except OSError:
        os.replace(retired, final)
        raise
    shutil.rmtree(retired, ignore_errors=True)


@contextmanager
def atomic_file(final: Path) -> Iterator[Path]:
    """Yield a temporary sibling path; on success it replaces `final` in one rename."""
    final.parent.mkdir(parents=True, exist_ok=True)
    temporary = final.parent / staging_name(final)
    try:
        yield temporary
        with temporary.open("rb+") as written:
            os.fsync(written.fileno())
        os.replace(temporary, final)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def remove_stale_staging(final: Path, now: float | None = None) -> None:
    """Remove staging left by a killed export of the same package; it may hold personal data."""
    now = time.time() if now is None else now
    prefix = f".{final.name}{_STAGING_MARK}"
    for leftover in final.parent.glob(f"{prefix}*"):
        try:
            if now - leftover.stat().st_mtime < STALE_AFTER_SECONDS:
                continue  # possibly another export still running
        except FileNotFoundError:
            continue
        if leftover.is_dir():
            shutil.rmtree(leftover, ignore_errors=True)
        else:
            leftover.unlink(missing_ok=True)


def _sync_tree(directory: Path) -> None:
    """Flush every file to disk before the rename, so a power cut cannot publish empty files."""
    for path in directory.iterdir():
        if path.is_file():
            with path.open("rb") as written:
                os.fsync(written.fileno())
