"""`smarttek-dsar import` with the security test's hostile files, on SQLite and PostgreSQL: a
NUL byte in a mail no longer fails on every `--watch` round, and a device is refused at once."""

from __future__ import annotations

import json
import os
import time

import pytest

from tests.cli.cli_runner import Cli
from tests.fixed_clock import NOW_UTC
from tests.services.intake_files import write
from tests.services.test_hostile_intake import CASES

PW = "a long enough password"


@pytest.fixture
def cli(db_url, tmp_path) -> Cli:
    cli = Cli(db_url, tmp_path / "home")
    assert cli("init", "--admin", "dpo", password=PW).code == 0
    added = cli("user", "add", "anna", "--roles", "specialist", user="dpo", password=PW,
                extra_env={"SMARTTEK_DSAR_NEW_PASSWORD": PW})
    assert added.code == 0, added.err
    return cli


def test_watch_takes_in_a_mail_with_nul_once_and_logs_no_values(cli, tmp_path):
    drop = tmp_path / "drop"
    drop.mkdir()
    past = NOW_UTC.timestamp() - 10  # settled before the fixed clock's now
    os.utime(write(drop, "nul.eml", CASES["body"]), (past, past))
    os.utime(write(drop, "nul.json", CASES["portal name"]), (past, past))
    result = cli("import", "--watch", str(drop), "--once", "--json", user="anna", password=PW)
    assert result.code == 0, result.err
    statuses = sorted(json.loads(line)["status"] for line in result.out.splitlines())
    assert statuses == ["created", "created"]
    assert not any(drop.glob("*.eml")) and not any(drop.glob("*.json"))  # nothing to retry
    assert "INSERT" not in result.err and "Kalni" not in result.err


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero on this system")
def test_import_of_a_device_is_refused_in_one_line(cli):
    started = time.monotonic()
    result = cli("import", "/dev/zero", user="anna", password=PW)
    assert result.code == 1
    said = result.out + result.err
    assert "not a regular file" in said or "not an ordinary file" in said
    assert len(said.strip().splitlines()) == 1
    assert time.monotonic() - started < 60
