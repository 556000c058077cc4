"""A throwaway PostgreSQL server of the test's own that checks passwords (SCRAM-SHA-256).

The shared test server trusts every local connection (pg_hba.conf), so on it a wrong password
"works" and the sign-in throttle's expired passwords are never looked at. This one is made
with initdb in a temporary folder (as the `postgres` operating-system user when the tests run
as root, since the server refuses to run as root), listens on a free port of 127.0.0.1 only,
and is stopped and removed at the end of the module. Skipped with the reason when the server
programs are not installed."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL

SUPERUSER_PASSWORD = "cluster owner's password"
PG_ENV = "SMARTTEK_DSAR_TEST_PG"  # the suite's switch for PostgreSQL tests (tests/conftest.py)


def _server_programs() -> Path | None:
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                        key=lambda p: int(p.split("/")[4]) if p.split("/")[4].isdigit() else 0)
    return Path(candidates[-1]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


# The data folder of each running throwaway server, by its address (for reload_access).
_DATA: dict[str, tuple[Path, Path]] = {}


@contextmanager
def access_rules_first(server_url: str, *lines: str) -> Iterator[None]:
    """pg_hba.conf with `lines` put before its own rules, for the block; reloaded both ways."""
    programs, data = _DATA[server_url]
    rules = data / "pg_hba.conf"
    original = rules.read_text()
    rules.write_text("\n".join(lines) + "\n" + original)
    reload = _as_server_user([str(programs / "pg_ctl"), "-D", str(data), "reload"])
    try:
        subprocess.run(reload, check=True, capture_output=True, timeout=60)
        yield
    finally:
        rules.write_text(original)
        subprocess.run(reload, check=True, capture_output=True, timeout=60)


@pytest.fixture(scope="module")
def scram_server() -> Iterator[str]:
    """The address of the superuser `postgres` on the throwaway server (no database named)."""
    if not os.environ.get(PG_ENV):
        pytest.skip(f"{PG_ENV} is not set (the PostgreSQL tests are switched off)")
    programs = _server_programs()
    if programs is None:
        pytest.skip("initdb (PostgreSQL server programs) is not installed")
    if os.geteuid() == 0:
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root and there is no 'postgres' user to run the server")
    home = Path(tempfile.mkdtemp(prefix="dsar-scram-"))
    password_file = home / "password"
    password_file.write_text(SUPERUSER_PASSWORD + "\n")
    if os.geteuid() == 0:
        for path in (home, password_file):
            os.chown(path, owner.pw_uid, owner.pw_gid)
    data, port = home / "data", _free_port()
    started = False
    try:
        subprocess.run(_as_server_user([
            str(programs / "initdb"), "-D", str(data), "-U", "postgres", "-A", "scram-sha-256",
            f"--pwfile={password_file}", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"]),
            check=True, capture_output=True, timeout=120)
        subprocess.run(_as_server_user([
            str(programs / "pg_ctl"), "-D", str(data), "-w", "-l", str(home / "log"),
            "-o", f"-p {port} -k {home} -c listen_addresses=127.0.0.1 -c fsync=off",
            "start"]), check=True, capture_output=True, timeout=120)
        started = True
        url = URL.create("postgresql+psycopg", username="postgres",
                         password=SUPERUSER_PASSWORD, host="127.0.0.1", port=port,
                         database="postgres").render_as_string(hide_password=False)
        _DATA[url] = (programs, data)
        yield url
    finally:
        if started:
            subprocess.run(_as_server_user([str(programs / "pg_ctl"), "-D", str(data), "-m",
                                            "immediate", "stop"]),
                           capture_output=True, timeout=120)
        shutil.rmtree(home, ignore_errors=True)


@pytest.fixture
def scram_database_url(scram_server) -> Iterator[str]:
    """A fresh database on the throwaway server, dropped afterwards."""
    name = f"dsar_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(scram_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield scram_server.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as connection:
            connection.execute(text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n"),
                {"n": name})
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()
