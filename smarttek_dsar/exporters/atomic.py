"""The one rule for files that leave the program: stage, commit the audit event, publish.

A letter, package, dossier, report, audit export or backup holds personal data or the case
file; the audit trail must say it was written (GDPR 5(2)) and nothing may be published that
the trail does not record. So every such file goes the same way:

    with staged_file(final) as path:          # or staged_folder(final) for a package
        write(path)                           # into the app's private staging folder
        with db.unit_of_work() as session:
            audit.record(session, ...)        # committed here
    # leaving the block publishes: one os.replace to `final`, mode 0600

An error anywhere inside (a failed write, a refused role, a failed commit, a cancel) deletes
the staged file and publishes nothing. The staging folder is private (0700, files 0600) in the
user's data folder; if the process dies, what it staged stays there, unreadable to others, and
`clean_stale_staging()` removes it at the next start. Only when the target is on another file
system (one rename impossible) is the file staged beside the target under a hidden 0600 name;
such a place is noted in the staging folder so the next start removes it too.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from smarttek_dsar.paths import user_data_dir

STAGING_ENV = "SMARTTEK_DSAR_STAGING"
# Staging without an owner lock that is untouched this long belongs to a process that died.
STALE_AFTER_SECONDS = 6 * 3600
_FALLBACK_NOTE = ".elsewhere"
_OWNER = ".owner"
_PRIVATE_DIR = 0o700
_PRIVATE_FILE = 0o600


def staging_root() -> Path:
    """The private staging folder (created 0700): SMARTTEK_DSAR_STAGING or <user data>/staging."""
    explicit = os.environ.get(STAGING_ENV)
    root = Path(explicit) if explicit else user_data_dir() / "staging"
    root.mkdir(parents=True, exist_ok=True, mode=_PRIVATE_DIR)
    os.chmod(root, _PRIVATE_DIR)
    return root


@contextmanager
def staged_file(final: Path) -> Iterator[Path]:
    """A private path to write one document to; published as `final` (0600) on success."""
    final = _target(final)
    with _staging_place(final) as place:
        staged = place / final.name
        yield staged
        if not staged.is_file():
            raise FileNotFoundError(f"Nothing was written for {final.name}.")
        _private_tree(staged)
        _publish(staged, final)


@contextmanager
def staged_folder(final: Path) -> Iterator[Path]:
    """An empty private folder to write a package into; published as `final` in one rename.

    An older package of the same name is replaced whole: at no moment does `final` hold a mix
    of old and new files."""
    final = _target(final)
    with _staging_place(final) as place:
        staged = place / final.name
        staged.mkdir(mode=_PRIVATE_DIR)
        yield staged
        _private_tree(staged)
        _publish(staged, final)


@contextmanager
def scratch_folder() -> Iterator[Path]:
    """A private folder for intermediate files that are never published (e.g. the plaintext
    of an encrypted package); always removed."""
    with _private_place() as place:
        scratch = place / "scratch"
        scratch.mkdir(mode=_PRIVATE_DIR)
        yield scratch


def clean_stale_staging(now: float | None = None) -> int:
    """Remove staging left by a process that died; returns how many places were removed.

    Called where the window and the command line open the case store. A place whose owner
    still runs holds a lock on its owner file and is left alone; a place without that file is
    removed once it is old (STALE_AFTER_SECONDS)."""
    now = time.time() if now is None else now
    removed = 0
    try:
        root = staging_root()
    except OSError:
        return 0
    for entry in root.iterdir():
        try:
            if not _abandoned(entry, now):
                continue
        except FileNotFoundError:
            continue
        note = entry / _FALLBACK_NOTE
        if note.is_file():
            _remove(Path(note.read_text(encoding="utf-8")))
        _remove(entry)
        removed += 1
    return removed


def _target(final: Path) -> Path:
    final = Path(final).absolute()
    final.parent.mkdir(parents=True, exist_ok=True)
    return final


@contextmanager
def _staging_place(final: Path) -> Iterator[Path]:
    """A private folder to stage `final` in, on the same file system as `final`."""
    with _private_place() as place:
        if _same_file_system(place, final.parent):
            yield place
            return
        # One rename cannot cross file systems: stage beside the target, hidden and private,
        # and note where, so the next start can remove it after a crash.
        beside = final.parent / f".{final.name}.staging-{uuid.uuid4().hex[:12]}"
        beside.mkdir(mode=_PRIVATE_DIR)
        (place / _FALLBACK_NOTE).write_text(str(beside), encoding="utf-8")
        try:
            yield beside
        finally:
            _remove(beside)


@contextmanager
def _private_place() -> Iterator[Path]:
    """A new folder in the staging root, locked by this process until it is removed."""
    place, owner = _claimed_place()
    try:
        yield place
    finally:
        os.close(owner)  # closing releases the lock
        _remove(place)


def _claimed_place() -> tuple[Path, int]:
    """A new place with its owner file locked by this process.

    A process can die between making the folder and locking its owner file; the next start
    removes such a place at once (see _abandoned). That start may be running right now, in
    another process, and remove the folder this process has just made: then claim another."""
    root = staging_root()
    while True:
        place = root / uuid.uuid4().hex
        place.mkdir(mode=_PRIVATE_DIR)
        try:
            owner = os.open(place / _OWNER, os.O_CREAT | os.O_RDWR, _PRIVATE_FILE)
        except FileNotFoundError:
            continue  # removed by a cleaner before the owner file was made
        try:
            _lock(owner)
            if os.path.samestat(os.fstat(owner), os.stat(place / _OWNER)):
                return place, owner
        except OSError:
            pass  # a cleaner locked or removed it first
        os.close(owner)
        _remove(place)


def _abandoned(entry: Path, now: float) -> bool:
    owner = entry / _OWNER
    if not owner.is_file():
        # An empty place: its process died before it made the owner file (a live one is
        # microseconds from making it, and claims another place if this one goes).
        with contextlib.suppress(OSError):
            if entry.is_dir() and not entry.is_symlink() and not any(entry.iterdir()):
                return True
        return now - _newest_mtime(entry) >= STALE_AFTER_SECONDS
    fd = os.open(owner, os.O_RDWR)
    try:
        _lock(fd)
    except OSError:
        return False  # its process is still writing
    finally:
        os.close(fd)
    return True


def _lock(fd: int) -> None:
    """An exclusive lock the operating system drops when the process dies; OSError if held."""
    if os.name == "nt":
        import msvcrt

        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _same_file_system(a: Path, b: Path) -> bool:
    return a.stat().st_dev == b.stat().st_dev


def _private_tree(path: Path) -> None:
    """0600 files, 0700 folders, flushed to disk: a power cut must not publish empty files."""
    paths = [path] if path.is_file() else [path, *path.rglob("*")]
    for item in paths:
        if item.is_dir():
            os.chmod(item, _PRIVATE_DIR)
            continue
        os.chmod(item, _PRIVATE_FILE)
        with item.open("rb") as written:
            os.fsync(written.fileno())


def _publish(staged: Path, final: Path) -> None:
    if staged.is_file() or not final.exists():
        os.replace(staged, final)
        _sync_folder(final.parent)
        return
    # os.replace cannot swap a non-empty folder: move the old package aside first.
    retired = final.parent / f".{final.name}.retired-{uuid.uuid4().hex[:12]}"
    os.replace(final, retired)
    try:
        os.replace(staged, final)
    except OSError:
        os.replace(retired, final)
        raise
    _remove(retired)
    _sync_folder(final.parent)


def _sync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every file system lets a folder be synced
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _newest_mtime(entry: Path) -> float:
    newest = entry.stat().st_mtime
    if entry.is_dir() and not stat.S_ISLNK(entry.lstat().st_mode):
        for item in entry.rglob("*"):
            with contextlib.suppress(FileNotFoundError):
                newest = max(newest, item.stat().st_mtime)
    return newest


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


# An exporter used on its own (a script, a test) still writes atomically and privately; under a
# service the path it is given is already inside a staging place.
atomic_file = staged_file
