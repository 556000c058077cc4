"""The command-line fixtures: a desk home per test on its own database, and one with users."""

from __future__ import annotations

import pytest

from tests.cli.cli_runner import Cli

PW = "a long enough password"


@pytest.fixture
def cli(db_url, tmp_path) -> Cli:
    return Cli(db_url, tmp_path / "home")


@pytest.fixture
def ready(cli) -> Cli:
    """An initialised database with the admin dpo, the specialist anna and the manager maris,
    all with the password PW."""
    assert cli("init", "--admin", "dpo", password=PW).code == 0
    for username, role in (("anna", "specialist"), ("maris", "manager")):
        added = cli("user", "add", username, "--roles", role, user="dpo", password=PW,
                    extra_env={"SMARTTEK_DSAR_NEW_PASSWORD": PW})
        assert added.code == 0, added.err
    return cli
