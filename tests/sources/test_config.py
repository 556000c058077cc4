"""The sources file: the shipped demo sources parse, round-trip, and bad files are refused
with a message naming the source and the field; no password ever sits in the file."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from smarttek_dsar.domain.errors import DomainError
from smarttek_dsar.sources import credentials
from smarttek_dsar.sources.config import (
    SourcesConfigError,
    SqlSource,
    parse_sources_config,
    sources_config_to_dict,
)
from smarttek_dsar.sources.config_file import (
    default_sources_config,
    load_sources_config,
    parse_sources_text,
    save_sources_config,
)
from smarttek_dsar.sources.sql_guard import bind_names, check_read_only
from smarttek_dsar.storage.register_file import load_default_register
from tests.sources.systems_fixtures import marketing_source, survey_source


def test_shipped_demo_sources_cover_the_register_and_round_trip(tmp_path):
    config = default_sources_config(tmp_path / "systems.sqlite3")
    (source,) = config.sources
    assert isinstance(source, SqlSource)
    assert source.url == f"sqlite:///{(tmp_path / 'systems.sqlite3').as_posix()}"
    register = load_default_register()
    assert config.category_ids() <= set(register.category_ids)
    assert len(config.category_ids()) >= 12
    assert parse_sources_config(sources_config_to_dict(config)) == config


def test_a_new_installation_searches_the_demo_systems_until_sources_are_saved(tmp_path):
    path = tmp_path / "sources.toml"
    demo = load_sources_config(path, demo_systems=tmp_path / "demo-systems.sqlite3")
    assert "demo-systems.sqlite3" in demo.sources[0].url and not path.exists()
    own = demo.__class__((marketing_source(tmp_path / "m.csv"),
                          survey_source(tmp_path / "s.xlsx")))
    save_sources_config(own, path)
    assert load_sources_config(path) == own
    assert tomllib.loads(path.read_text(encoding="utf-8"))["sources"][1]["sheets"][0][
        "columns"] == {"Iekšēja piezīme": ""}


@pytest.mark.parametrize(("text", "message"), [
    ('[[sources]]\nname = "CRM"\nkind = "sql"\nurl = "postgresql://reader:secret@crm/db"\n'
     '[[sources.queries]]\ncategory = "identification"\nsql = "SELECT 1"',
     "URL contains a password"),
    ('[[sources]]\nname = "CRM"\nkind = "sql"\nurl = "sqlite:///x"\n[[sources.queries]]\n'
     'category = "identification"\nsql = "DELETE FROM customers"', "only SELECT"),
    ('[[sources]]\nname = "CRM"\nkind = "sql"\nurl = "sqlite:///x"\n[[sources.queries]]\n'
     'category = "identification"\nsql = "SELECT * FROM c WHERE code = :code"',
     "unknown parameter :code"),
    ('[[sources]]\nname = "CRM"\nkind = "ldap"', "must be \"sql\" or \"file\""),
    ('[[sources]]\nname = "X"\nkind = "file"\npath = "x.pdf"', ".csv or .xlsx"),
    ('[[sources]]\nname = "X"\nkind = "file"\npath = "x.csv"\n[sources.identifiers]\n'
     'email = "E-pasts"', "list at least one .*sources.sheets"),
    ('[[sources]]\nname = "X"\nkind = "file"\npath = "x.csv"\n[sources.identifiers]\n'
     'iban = "Konts"\n[[sources.sheets]]\ncategory = "bank_account"', "unknown identifier"),
    ("sources = [", "not valid TOML"),
])
def test_bad_sources_files_are_refused_with_the_reason(text, message):
    with pytest.raises(SourcesConfigError, match=message):
        parse_sources_text(text, "sources.toml")


def test_only_single_select_statements_pass_the_guard():
    check_read_only("SELECT a FROM t WHERE note = 'drop table; delete' -- update\n;")
    check_read_only('WITH s AS (SELECT 1 AS "update") SELECT * FROM s')
    check_read_only("SELECT created_at, updated_by FROM t")
    for bad in ("UPDATE t SET a = 1", "SELECT 1; DELETE FROM t", "SELECT * INTO copy FROM t",
                "WITH x AS (DELETE FROM t RETURNING *) SELECT * FROM x", "PRAGMA writable_schema",
                "SELECT * FROM t FOR UPDATE", "EXEC sp_who", ""):
        with pytest.raises(DomainError):
            check_read_only(bad)
    assert bind_names("SELECT x::text, '10:30' FROM t WHERE a IN :personal_codes "
                      "OR e = :email OR e2 = :email") == ["personal_codes", "email"]


def test_password_comes_from_the_named_variable_then_the_keyring_then_the_prompt(monkeypatch):
    source = SqlSource(name="CRM", url="postgresql+psycopg://reader@crm/db", queries=(),
                       password_env="CRM_TEST_PASSWORD")
    monkeypatch.setenv("CRM_TEST_PASSWORD", "from-env")
    assert credentials.source_password(source) == "from-env"
    monkeypatch.delenv("CRM_TEST_PASSWORD")
    # No keyring backend on a headless box: no error, just on to the prompt.
    monkeypatch.setattr(credentials, "keyring_available", lambda: False)
    assert credentials.source_password(source) is None
    assert credentials.source_password(source, lambda s: f"typed for {s.name}") == "typed for CRM"
    assert credentials.store_password("CRM", "x") is False


def test_the_keyring_package_without_a_backend_degrades_quietly():
    if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        pytest.skip("a desktop keyring may be present here")
    source = SqlSource(name="No such source", url="sqlite:///x", queries=())
    assert credentials.source_password(source) is None


# A fresh process: keyring loads its backends once per process.
_FIRST_LOOK_UP = r"""
import gc, sys, weakref
from smarttek_dsar.sources import credentials
if sys.argv[1] == "on the caller's thread":
    credentials._load_keyring_once = lambda: None
class Mail:  # stands for the 96 MB mail an import holds while the subject is looked up
    pass
def import_one_mail():
    mail = Mail()
    credentials.keyring_available()
    return weakref.ref(mail)
kept = import_one_mail()
gc.collect()
print("kept" if kept() is not None else "freed")
"""


def test_the_first_keyring_look_up_keeps_nothing_of_its_caller():
    # keyring keeps the traceback of each backend it failed to import, and with it every
    # calling frame: loaded on the caller's thread, what the caller held stayed in memory.
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}

    def run(how: str) -> str:
        return subprocess.run([sys.executable, "-c", _FIRST_LOOK_UP, how], cwd=root, env=env,
                              capture_output=True, text=True, check=True).stdout.strip()

    assert run("on a thread of its own") == "freed"
    if run("on the caller's thread") != "kept":
        pytest.skip("this keyring keeps no failed import here; nothing to compare against")
