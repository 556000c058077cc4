"""`case merge` and `case keep-apart`: the choice on a request that intake flagged as a likely
repeat of an open case, made from the command line as in the case view."""

from __future__ import annotations

import pytest

from tests.cli.cli_runner import Cli
from tests.services.intake_files import mail, write

PW = "a long enough password"
ANNA = {"user": "anna", "password": PW}


@pytest.fixture
def ready(db_url, tmp_path) -> Cli:
    cli = Cli(db_url, tmp_path / "home")
    assert cli("init", "--admin", "dpo", password=PW).code == 0
    for name, roles in (("anna", "specialist"), ("maris", "manager")):
        added = cli("user", "add", name, "--roles", roles, user="dpo", password=PW,
                    extra_env={"SMARTTEK_DSAR_NEW_PASSWORD": PW})
        assert added.code == 0, added.err
    return cli


@pytest.fixture
def flagged(ready, tmp_path) -> tuple[Cli, str, str]:
    """Jānis Bērziņš asks for access by e-mail, then sends the same request again."""
    first = write(tmp_path, "first.eml", mail(message_id="<first@example.lv>"))
    again = write(tmp_path, "again.eml", mail(message_id="<again@example.lv>",
                                              subject="Atgādinājums: piekļuves pieprasījums"))
    imported = ready("import", str(first), str(again), "--json", **ANNA)
    assert imported.code == 0, imported.err
    rows = imported.json()
    assert rows[0]["duplicate_of"] is None
    assert rows[1]["duplicate_of"] == rows[0]["case"]
    return ready, rows[0]["case"], rows[1]["case"]


def _show(cli: Cli, number: str) -> dict:
    shown = cli("case", "show", number, "--json", **ANNA)
    assert shown.code == 0, shown.err
    return shown.json()


def test_merge_closes_the_repeat_into_the_earlier_case(flagged):
    cli, first, repeat = flagged
    merged = cli("case", "merge", repeat, **ANNA)
    assert merged.code == 0, merged.err
    assert merged.out.strip() == (
        f"{repeat}: merged into {first} and closed as withdrawn; {first} answers both.")
    assert len(merged.out.strip().splitlines()) == 1
    repeat_case, first_case = _show(cli, repeat), _show(cli, first)
    assert (repeat_case["stage"], repeat_case["duplicate_decision"]) == ("withdrawn", "merged")
    assert first_case["stage"] == "intake"
    assert f"Merged from {repeat}" in first_case["request_text"]
    trail = cli("audit", "verify", "--json", user="dpo", password=PW)
    assert trail.code == 0 and trail.json()["ok"] is True

    again = cli("case", "merge", repeat, **ANNA)
    assert again.code == 1 and "already merged" in again.err
    assert "Traceback" not in again.err and len(again.err.strip().splitlines()) == 1


def test_keep_apart_leaves_both_open(flagged):
    cli, first, repeat = flagged
    kept = cli("case", "keep-apart", repeat, **ANNA)
    assert kept.code == 0, kept.err
    line = kept.out.strip()
    assert line.startswith(f"{repeat}: kept apart from {first}; answered on its own, due ")
    assert len(line.splitlines()) == 1
    repeat_case = _show(cli, repeat)
    assert (repeat_case["stage"], repeat_case["duplicate_decision"]) == ("intake", "kept_apart")
    assert line.endswith(f"due {repeat_case['due_date']}.")
    assert _show(cli, first)["stage"] == "intake"
    refused = cli("case", "merge", repeat, **ANNA)
    assert refused.code == 1 and "already kept apart" in refused.err


def test_refusals_are_one_clear_line(flagged):
    cli, first, repeat = flagged
    not_flagged = cli("case", "keep-apart", first, **ANNA)
    assert not_flagged.code == 1
    assert "is not flagged as a duplicate" in not_flagged.err
    assert len(not_flagged.err.strip().splitlines()) == 1
    manager = cli("case", "merge", repeat, user="maris", password=PW)
    assert manager.code == 1 and "may not" in manager.err and "Traceback" not in manager.err
    unknown = cli("case", "merge", "DSAR-2024-9999", **ANNA)
    assert unknown.code == 1 and "No case numbered" in unknown.err
    assert _show(cli, repeat)["duplicate_decision"] is None
