"""Backups are the whole case store: created 0600, never a readable `.part` beside the target
when the backup is killed, and pg_dump never sees the database password in its arguments."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from smarttek_dsar.exporters.atomic import clean_stale_staging
from smarttek_dsar.services import Services
from smarttek_dsar.storage.database import Database
from tests.conftest import PASSWORD
from tests.fixed_clock import NOW_UTC
from tests.services.case_factory import new_request

DB_PASSWORD = "Dump-Secret-7731"

_PROBE = """#!/bin/sh
{{
  echo "ARGS: $*"
  echo "UMASK: $(umask)"
  echo "PASSFILE_MODE: $(stat -c %a "$PGPASSFILE")"
  echo "PASSFILE: $(cat "$PGPASSFILE")"
  echo "PASSFILE_PATH: $PGPASSFILE"
}} > "{log}"
exec "{real}" "$@"
"""


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_pg_dump_gets_the_password_from_a_private_passfile_and_writes_0600(
        fresh_postgres_url, tmp_path, monkeypatch):
    real = shutil.which("pg_dump")
    if real is None:
        pytest.skip("pg_dump not installed")
    # The test server trusts local connections, so any password signs in; what matters is
    # where pg_dump gets it from. A probe in front of the real pg_dump records that.
    url = make_url(fresh_postgres_url).set(password=DB_PASSWORD).render_as_string(
        hide_password=False)
    log = tmp_path / "pg_dump.log"
    probe_dir = tmp_path / "bin"
    probe_dir.mkdir()
    probe = probe_dir / "pg_dump"
    probe.write_text(_PROBE.format(log=log, real=real), encoding="utf-8")
    probe.chmod(0o700)
    monkeypatch.setenv("PATH", f"{probe_dir}{os.pathsep}{os.environ['PATH']}")
    services = Services(Database(url))
    try:
        services.users.create_first_admin("dpo", PASSWORD, "Dace Ozola", also_specialist=True)
        admin = services.users.login("dpo", PASSWORD)
        services.cases.create(admin, new_request())
        target = services.backup.backup(admin, tmp_path / "cases.dump")
    finally:
        services.db.dispose()
    seen = dict(line.split(": ", 1) for line in log.read_text(encoding="utf-8").splitlines())
    assert DB_PASSWORD not in seen["ARGS"]
    assert seen["UMASK"] == "0077"
    assert seen["PASSFILE_MODE"] == "600" and seen["PASSFILE"].endswith(":" + DB_PASSWORD)
    assert not Path(seen["PASSFILE_PATH"]).exists()  # removed after
    assert _mode(target) == 0o600
    listed = subprocess.run(["pg_restore", "--list", str(target)], capture_output=True,
                            text=True, check=False)
    assert listed.returncode == 0 and "cases" in listed.stdout


_BACKUP = """
import sys
from pathlib import Path
from smarttek_dsar.services import Services
services = Services.open(sys.argv[1])
admin = services.users.login("dpo", sys.argv[3])
print("backing up", flush=True)
services.backup.backup(admin, Path(sys.argv[2]))
print("done", flush=True)
"""


def _large_store(services, specialist) -> None:
    """About 40 MB of case data, so the copy takes long enough to be interrupted."""
    case = services.cases.create(specialist, new_request())
    with services.db.engine.begin() as conn:
        case_id = conn.execute(text("SELECT id FROM cases WHERE number = :n"),
                               {"n": case.number}).scalar_one()
        for i in range(40):
            conn.execute(text(
                "INSERT INTO attachments (case_id, kind, filename, media_type, sha256, size, "
                "content, added_at) VALUES (:c, 'evidence', :f, 'application/pdf', :h, :s, "
                ":b, :t)"), {"c": case_id, "f": f"scan-{i}.pdf", "h": "0" * 64,
                              "s": 1 << 20, "b": os.urandom(1 << 20), "t": NOW_UTC})


@pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL")
def test_a_killed_backup_leaves_nothing_beside_the_target(services, admin, specialist,
                                                          tmp_path, private_staging):
    if not services.db.is_sqlite:
        pytest.skip("one file store is enough to show where the copy is staged")
    _large_store(services, specialist)
    services.db.dispose()
    out = tmp_path / "backups"
    out.mkdir()
    interrupted = 0
    for attempt, delay in enumerate([0.0, 0.01, 0.03, 0.08, 0.2]):
        target = out / f"cases-{attempt}.sqlite3"
        process = subprocess.Popen(
            [sys.executable, "-c", _BACKUP, services.db.url, str(target), PASSWORD],
            stdout=subprocess.PIPE, cwd=Path(__file__).resolve().parents[2], text=True)
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "backing up"
        time.sleep(delay)
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        # Beside the target: nothing, or the finished copy (if the kill came after it).
        beside = sorted(p.name for p in out.iterdir())
        assert beside in ([], [target.name]) or set(beside) <= {
            f"cases-{n}.sqlite3" for n in range(attempt + 1)}, beside
        assert not [name for name in beside if name.startswith(".") or ".part" in name]
        if target.exists():
            assert _mode(target) == 0o600
            # closing(): sqlite3's own context manager only commits, and the copy's -wal/-shm
            # would still stand beside the next attempt's target.
            with closing(sqlite3.connect(target)) as copy:
                assert copy.execute("SELECT count(*) FROM attachments").fetchone() == (40,)
        # The half-made copy is in the private staging; the next start removes it.
        if not target.exists() and [p for p in private_staging.rglob(target.name)
                                    if p.is_file()]:
            interrupted += 1
        clean_stale_staging()
        assert list(private_staging.iterdir()) == []
    # Kills that landed while the copy was being made (on a loaded machine more of them land
    # before the copy starts, so one is enough to show where a half-made copy is left).
    assert interrupted >= 1
