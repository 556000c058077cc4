"""`audit verify` and `audit checkpoint` through the real command line, after someone with
write access edited the trail: the first bad event is named, and every command still signs in."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from tests.cli.cli_runner import Cli

PW = "a long enough password"


@pytest.fixture
def cli(db_url, tmp_path) -> Cli:
    ready = Cli(db_url, tmp_path / "home")
    assert ready("init", "--admin", "dpo", password=PW).code == 0
    return ready


def _tamper(db_url: str, statement: str) -> None:
    engine = create_engine(db_url)
    try:
        with engine.begin() as connection:
            connection.execute(text(statement))
    finally:
        engine.dispose()


def test_verify_names_the_edited_event_and_sign_in_keeps_working(cli, db_url):
    signed = cli("audit", "checkpoint", user="dpo", password=PW)
    assert signed.code == 0 and "Signed a checkpoint" in signed.out, signed.err
    clean = cli("audit", "verify", "--json", user="dpo", password=PW)
    assert clean.code == 0 and clean.json()["ok"] is True
    assert clean.json()["checkpoints"] >= 2  # the day's first and the one asked for

    _tamper(db_url, "UPDATE audit_events SET username = 'mallory' WHERE seq = 2")
    broken = cli("audit", "verify", "--json", user="dpo", password=PW)
    assert broken.code == 4, broken.err
    report = broken.json()
    assert report["ok"] is False and report["first_bad_event"] == 2
    assert report["findings"][0] == {"event": 2, "problem": "event 2 was altered",
                                     "about_checkpoint": False}
    plain = cli("audit", "verify", user="dpo", password=PW)
    assert plain.code == 4 and "BROKEN at event 2" in plain.out


def test_deleting_the_head_does_not_stop_sign_in(cli, db_url):
    _tamper(db_url, "DELETE FROM audit_head")
    listed = cli("case", "list", user="dpo", password=PW)
    assert listed.code == 0, listed.err
    report = cli("audit", "verify", "--json", user="dpo", password=PW).json()
    assert report["ok"] is False and "head row missing" in report["problem"]
