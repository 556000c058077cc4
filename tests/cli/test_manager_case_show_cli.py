"""`case show` and `case list` for a manager print the deadline steps in neutral words and no
personal data (issue 13)."""

from __future__ import annotations

from tests.cli.cli_runner import Cli
from tests.conftest import PASSWORD
from tests.services.manager_cases import EXTENSION_REASON, build_full_case, personal_values


def test_manager_case_show_prints_no_personal_data(db_url, tmp_path, services, specialist,
                                                  manager):
    number, _case_id = build_full_case(services, specialist)
    services.db.dispose()  # the command line opens the store itself
    cli = Cli(db_url, tmp_path / "home")

    text = cli("case", "show", number, user="maris", password=PASSWORD)
    shown = cli("case", "show", number, "--json", user="maris", password=PASSWORD)
    listed = cli("case", "list", "--json", user="maris", password=PASSWORD)
    for result in (text, shown, listed):
        assert result.code == 0, result.err
        leaked = [v for v in personal_values() if v.casefold() in result.out.casefold()]
        assert leaked == []
    assert "Extended by two months (reason recorded; subject told on" in text.out
    assert "(personal data hidden for your role)" in text.out
    steps = shown.json()["deadline_steps"]
    assert any("(reason recorded;" in step for step in steps)

    own = cli("case", "show", number, user="anna", password=PASSWORD)
    assert own.code == 0 and EXTENSION_REASON in own.out
