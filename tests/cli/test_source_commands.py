"""The data-source commands end to end, as a user runs them: a demo database with its
synthetic systems beside it, the shipped demo sources, three users."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PASSWORD = "demo-password"


class Cli:
    def __init__(self, home: Path) -> None:
        self.env = {
            **os.environ, "SMARTTEK_DSAR_DB": f"sqlite:///{home / 'cases.sqlite3'}",
            "HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
            "XDG_CONFIG_HOME": str(home / "config"), "PYTHONPATH": str(REPO),
            "SMARTTEK_DSAR_SOURCES": str(home / "config" / "sources.toml"),
            "SMARTTEK_DSAR_REGISTER": str(home / "config" / "register.toml"),
        }

    def __call__(self, *args: str, user: str | None = "janis") -> subprocess.CompletedProcess:
        env = dict(self.env)
        if user:
            env.update(SMARTTEK_DSAR_USER=user, SMARTTEK_DSAR_PASSWORD=PASSWORD)
        return subprocess.run([sys.executable, "-m", "smarttek_dsar", *args], env=env,
                              capture_output=True, text=True, timeout=300,
                              stdin=subprocess.DEVNULL)


@pytest.fixture(scope="module")
def cli(tmp_path_factory) -> Cli:
    home = tmp_path_factory.mktemp("cli-sources")
    runner = Cli(home)
    done = runner("demo", "--cases", "40", user=None)
    assert done.returncode == 0, done.stderr
    assert (home / "cases-systems.sqlite3").exists()
    return runner


def _case_in(cli: Cli, stage: str) -> str:
    cases = json.loads(cli("case", "list", "--stage", stage, "--json").stdout)
    assert cases, f"the demo has no case in {stage}"
    return cases[0]["number"]


def test_register_show(cli):
    text = cli("register", "show", user=None)
    assert text.returncode == 0
    assert "2021-06-01.2 (shipped default)" in text.stdout and "marketing_preferences" in \
        text.stdout
    data = json.loads(cli("register", "show", "--json", user=None).stdout)
    assert data["version"] == "2021-06-01.2" and data["edited"] is False
    assert len(data["categories"]) == 16


def test_sources_test_uses_the_demo_systems_beside_the_demo_database(cli):
    done = cli("sources", "test")
    assert done.returncode == 0, done.stderr
    assert "cases-systems.sqlite3" in done.stdout and " ok " in done.stdout
    assert cli("sources", "test", user="manager").returncode == 1


def test_collect_prints_rows_per_category_and_source_and_the_manager_may_not(cli):
    number = _case_in(cli, "review")
    done = cli("collect", number)
    assert done.returncode == 0, done.stderr
    assert "Data about the subject was found" in done.stdout
    assert "identification" in done.stdout and "Smarttek systems (demo)" in done.stdout
    data = json.loads(cli("collect", number, "--json").stdout)
    assert data["found"] and data["sources"][0]["status"] == "ok"
    identification = next(t for t in data["tables"] if t["category"] == "identification")
    assert identification["rows"][0]["personal_code"]
    assert "SELECT" in identification["query"]
    refused = cli("collect", number, user="manager")
    assert refused.returncode == 1 and "may not" in refused.stderr
    assert "Traceback" not in refused.stderr


def test_review_accept_suggestions_records_decisions_and_tasks(cli):
    number = _case_in(cli, "review")
    cli("collect", number)
    done = cli("review", number, "--accept-suggestions", "--tasks", "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["register_version"] == "2021-06-01.2" and report["from_snapshot"]
    assert report["recorded"] + report["kept"] > 0
    shown = json.loads(cli("case", "show", number, "--json").stdout)
    found = {t["category"] for t in json.loads(cli("collect", number, "--json").stdout)["tables"]}
    decided = {d["category"] for d in shown["decisions"]}
    # Only where data was found, plus the file of the request itself (always the subject's).
    assert "case_file" in decided and decided - {"case_file"} <= found
    assert not set(report["not_held"]) & found
    # Nothing that needs facts was granted: rectification and restriction wait for the reviewer.
    assert all(d["outcome"] != "grant" for d in shown["decisions"]
               if d["right"] in ("rectification", "restriction"))
    again = json.loads(cli("review", number, "--accept-suggestions", "--json").stdout)
    assert again["recorded"] == 0


def test_collect_on_a_closed_case_explains_why_not(cli):
    number = _case_in(cli, "closed")
    done = cli("collect", number)
    assert done.returncode == 1 and "collected during intake" in done.stderr


def test_collected_data_is_exported_only_once_marked_reviewed(cli, tmp_path):
    number = _case_in(cli, "review")
    collected = cli("collect", number, "--json")
    assert collected.returncode == 0, collected.stderr
    found = {t["category"] for t in json.loads(collected.stdout)["tables"]}
    refused = cli("export", number, "--out", str(tmp_path))
    assert refused.returncode == 1 and "nobody has reviewed" in refused.stderr
    marked = cli("review", number, "--mark-reviewed", "--json")
    assert marked.returncode == 0, marked.stderr
    assert set(json.loads(marked.stdout)["reviewed"]) == found
    exported = cli("export", number, "--out", str(tmp_path))
    assert exported.returncode == 0, exported.stderr
    assert list(tmp_path.glob(f"{number}/{number}_data.pdf"))
    unknown = cli("review", number, "--mark-reviewed", "no_such_category")
    assert unknown.returncode == 1 and "no_such_category" in unknown.stderr


def test_sources_test_query_counts_a_case_subjects_rows_and_never_prints_them(cli):
    number = _case_in(cli, "review")
    done = cli("sources", "test-query", "--source", "Smarttek systems (demo)", "--query", "1",
               "--case", number, "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["ok"] and result["category_id"] == "identification" and result["rows"] >= 1
    assert set(result) == {"source", "category_id", "ok", "rows", "message", "duration_ms"}
    sample = cli("sources", "test-query", "--source", "Smarttek systems (demo)", "--query", "3",
                 "--email", "nobody@example.lv")
    assert sample.returncode == 0 and "found no rows" in sample.stdout
    refused = cli("sources", "test-query", "--source", "Smarttek systems (demo)",
                  "--email", "nobody@example.lv", user="manager")
    assert refused.returncode == 1 and "may not" in refused.stderr
    assert "Traceback" not in refused.stderr
    unknown = cli("sources", "test-query", "--source", "No such source", "--email", "x@y.lv")
    assert unknown.returncode == 1 and "No data source named" in unknown.stderr
