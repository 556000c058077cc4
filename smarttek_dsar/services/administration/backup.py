"""A consistent copy of the case store taken while it is in use."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.exporters.atomic import scratch_folder, staged_file
from smarttek_dsar.services import audit
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.errors import ServiceError
from smarttek_dsar.storage.database import Database


class BackupService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def backup(self, actor: Actor, target: Path) -> Path:
        actor.require(Permission.BACKUP, "make backups")
        target = Path(target).resolve()
        if target.exists():
            raise ServiceError("{target} exists already; choose a new file name.", target=target)
        if not target.parent.is_dir():
            raise ServiceError("The folder {parent} does not exist.", parent=target.parent)
        # The one rule (exporters/atomic.py): the copy is taken in private staging (a killed
        # backup leaves no readable .part beside the target), the entry is committed, then
        # the file is published in one rename.
        with staged_file(target) as staged:
            if self.db.is_sqlite:
                self._sqlite_backup(staged)
            else:
                self._pg_dump(staged)
            with self.db.unit_of_work() as session:
                audit.record(session, actor, "backup.made", details={"file": target.name})
                audit.checkpoint(session, "backup")
        return target

    def _sqlite_backup(self, partial: Path) -> None:
        # SQLite's online backup API copies a consistent snapshot even while others write.
        fd = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        os.close(fd)
        raw = self.db.engine.raw_connection()
        try:
            destination = sqlite3.connect(partial)
            try:
                raw.driver_connection.backup(destination)
            finally:
                destination.close()
        finally:
            raw.close()

    def _pg_dump(self, partial: Path) -> None:
        # pg_dump takes one consistent snapshot of a live database (a single transaction).
        if shutil.which("pg_dump") is None:
            raise ServiceError("pg_dump is not installed; install the PostgreSQL client tools.")
        url = make_url(self.db.url).set(drivername="postgresql")
        environment = dict(os.environ)
        # The password goes through a passfile (0600, in the private staging folder, removed
        # after): in the arguments every local user would see it in the process list.
        with scratch_folder() as private:
            if url.password is not None:
                passfile = private / "pgpass"
                _write_passfile(passfile, url.password)
                environment["PGPASSFILE"] = str(passfile)
            result = subprocess.run(
                ["pg_dump", "--format=custom", "--file", str(partial),
                 _without_password(url)],
                capture_output=True, text=True, check=False, env=environment,
                # What pg_dump creates is the whole case store: readable by the owner only.
                **({"umask": 0o077} if os.name == "posix" else {}),
            )
        if result.returncode != 0:
            raise ServiceError("pg_dump failed: {stderr}", stderr=result.stderr.strip())


def _without_password(url: URL) -> str:
    # URL.set(password=None) would keep the password: None there means "unchanged".
    return URL.create(url.drivername, url.username, None, url.host, url.port, url.database,
                      url.query).render_as_string(hide_password=False)


def _write_passfile(path: Path, password: str) -> None:
    """A libpq password file (host:port:database:user:password) made for this one call, so
    every field but the password matches anything; created 0600 (libpq ignores a passfile
    that others can read)."""
    escaped = password.replace("\\", "\\\\").replace(":", "\\:")
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as file:
        file.write(f"*:*:*:*:{escaped}\n")
