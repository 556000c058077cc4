"""Hostile command-line arguments, through the real command line: each one is refused with one
clear line and a non-zero exit, never a traceback or an "internal error"."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from smarttek_dsar.domain.roles import Role
from smarttek_dsar.services import Services
from smarttek_dsar.storage.database import Database
from tests.cli.cli_runner import Cli
from tests.services.case_factory import new_request

PW = "a long enough password"
CASE = "{case}"  # replaced by the number of a real case


def hostile(tmp: str) -> list[tuple[str, ...]]:
    return [
        ("deadline", "9999-12-31"),
        ("deadline", "0001-01-01", "--pause-days", "5"),
        ("deadline", "2026-09-03", "--pause-days", "100000000"),
        ("deadline", "2026-09-03", "--pause-days", "-1"),
        ("deadline", "2026-02-30"),
        ("deadline", ""),
        ("case", "list", "--limit", "1e32"),
        ("case", "list", "--limit", "-5"),
        ("case", "list", "--limit", "99999999999999999999999999"),
        ("case", "list", "--sort", "name; DROP TABLE cases"),
        ("case", "list", "--stage", "nonsense"),
        ("case", "show", "DSAR-2026-9999"),
        ("case", "show", "' OR 1=1 --"),
        ("case", "show", "x" * 5000),
        ("case", "new", "--channel", "email", "--received", "9999-12-31T23:59",
         "--subject-name", "Jānis"),
        ("case", "new", "--channel", "email", "--received", "0001-01-01",
         "--subject-name", "Jānis"),
        ("case", "new", "--channel", "fax", "--received", "2026-09-03", "--subject-name", "X"),
        ("case", "new", "--channel", "email", "--received", "2026-09-03T25:00",
         "--subject-name", "X"),
        ("case", "new", "--channel", "email", "--received", "2026-09-03", "--subject-name", ""),
        ("case", "new", "--channel", "email", "--received", "2026-09-03", "--subject-name", "X",
         "--attach", f"{tmp}/missing.pdf"),
        ("case", "pause", CASE, "--reason", "id", "--start", "9999-12-31"),
        ("case", "extend", CASE, "--reason", "complex", "--notified-on", "0001-01-01"),
        ("case", "assign", CASE, "nobody"),
        ("case", "deliver", CASE, "--channel", "email", "--file", f"{tmp}/missing.pdf"),
        ("export", CASE, "--out", "/dev/null"),
        ("export", CASE, "--out", f"{tmp}/out", "--password-file", "/dev/zero"),
        ("export", "DSAR-2026-9999", "--out", f"{tmp}/out"),
        ("letter", CASE, "acknowledgement", "--out", "/dev/null/letter.pdf"),
        ("letter", CASE, "acknowledgement", "--out", f"{tmp}/l.pdf", "--set", "no-equals"),
        ("dossier", CASE, "--out", "/proc/dossier.pdf"),
        ("report", "annual", "99999", "--out", f"{tmp}/r.pdf"),
        ("report", "annual", "-1", "--out", f"{tmp}/r.pdf"),
        ("dashboard", "--from", "9999-12-31", "--to", "0001-01-01"),
        ("import", "/dev/zero"),
        ("import", f"{tmp}/missing.eml"),
        ("import", "--watch", f"{tmp}/missing-folder", "--once"),
        ("import", "--watch", tmp, "--interval", "nan"),
        ("import", "--watch", tmp, "--interval", "-1"),
        ("holiday", "add", "9999-12-31", "Forever day"),
        ("holiday", "add", "2026-09-21", "   "),
        ("backup", f"{tmp}/missing-folder/copy.sqlite3"),
        ("backup", "/dev/null"),
        ("audit", "export", "/proc/trail.jsonl"),
        ("user", "add", "bad name!", "--roles", "specialist"),
        ("user", "add", "ilze", "--roles", "god"),
        ("user", "unlock", "nobody"),
        ("user", "roles", "nobody", "--roles", "manager"),
        ("user", "roles", "anna", "--roles", "wizard"),
        ("user", "roles", "dpo", "--roles", "specialist"),  # one's own administrator role
        ("demo", "--cases", "3"),  # not a demo database
        ("demo", "--cases", "-1"),
        ("--db", "mysql://root@127.0.0.1/x", "case", "list"),
        ("--db", "not a url", "case", "list"),
        ("--db", "sqlite:////proc/no/such/folder/x.sqlite3", "case", "list"),
        ("--db", "postgresql+psycopg://nobody@127.0.0.1:1/x", "case", "list"),
    ]


@pytest.fixture
def desk(db_url, tmp_path) -> tuple[Cli, str]:
    services = Services(Database(db_url))
    try:
        admin = services.users.create_first_admin("dpo", PW, "Dace Ozola")
        dpo = services.users.login(admin.username, PW)
        services.users.add(dpo, "anna", PW, frozenset({Role.SPECIALIST}), "Anna")
        number = services.cases.create(dpo, new_request()).number
    finally:
        services.db.dispose()
    return Cli(db_url, tmp_path / "home"), number


def test_hostile_arguments_get_one_clear_line(desk, tmp_path):
    cli, number = desk
    cases = [tuple(a.replace(CASE, number) for a in args) for args in hostile(str(tmp_path))]
    assert len(cases) >= 40
    env = {"SMARTTEK_DSAR_NEW_PASSWORD": PW}
    with ThreadPoolExecutor(3) as pool:
        results = list(pool.map(lambda a: cli(*a, user="dpo", password=PW, extra_env=env),
                                 cases))
    bad = []
    for args, result in zip(cases, results, strict=True):
        lines = result.err.strip().splitlines()
        if (result.code == 0 or len(lines) != 1 or "Traceback" in result.err
                or "internal error" in result.err):
            bad.append(f"{' '.join(args)[:80]!r}: exit {result.code}, {result.err.strip()[:300]}")
    assert not bad, "\n".join(bad)
