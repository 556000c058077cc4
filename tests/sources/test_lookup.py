"""The intake's subject suggestion: who in the sources matches a code, an e-mail or a phone."""

from __future__ import annotations

from dataclasses import replace

import pytest

from smarttek_dsar.sources.config import SourcesConfig
from smarttek_dsar.sources.lookup import SubjectMatch, find_subjects, load_sources_config
from smarttek_dsar.storage.database import sqlite_url
from tests.sources.systems_fixtures import (
    NEW_CODE,
    OLD_CODE,
    build_systems,
    demo_config,
    marketing_source,
    survey_source,
    write_marketing_csv,
    write_survey_xlsx,
)


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    folder = tmp_path_factory.mktemp("lookup")
    systems = build_systems(sqlite_url(folder / "systems.sqlite3"))
    config = demo_config(folder / "systems.sqlite3",
                         marketing_source(write_marketing_csv(folder / "m.csv")),
                         survey_source(write_survey_xlsx(folder / "s.xlsx")))
    return systems, config


def test_found_under_a_former_code_says_so(setup):
    systems, config = setup
    first, *rest = find_subjects(config, personal_code=OLD_CODE.replace("-", ""))
    assert first == SubjectMatch(
        source="Smarttek systems (demo)", name="Ilze Kalniņa", personal_code=NEW_CODE,
        email=systems.ilze.email, phone=systems.ilze.phone, customer_no=systems.ilze.customer_no,
        matched_on="former_personal_code",
    )
    assert [m.source for m in rest] == ["Marketing export"]
    assert rest[0].personal_code == "01019010001" and rest[0].matched_on == "personal_code"


def test_by_email_and_by_phone_across_sources(setup):
    systems, config = setup
    by_email = find_subjects(config, email=" ILZE.KALNINA@pasts.example ")
    assert [(m.source, m.matched_on) for m in by_email] == [
        ("Smarttek systems (demo)", "email"), ("Survey export", "email")]
    assert by_email[1].name == "Ilze Kalniņa"
    person = systems.people[3]
    (by_phone,) = find_subjects(config, phone=person.phone.replace("+371", ""))
    assert (by_phone.name, by_phone.matched_on) == (person.full_name, "phone")


def test_nobody_nothing_and_limit(setup):
    systems, config = setup
    assert find_subjects(config, personal_code=systems.stranger.personal_code) == []
    assert find_subjects(config) == []
    assert len(find_subjects(config, email=systems.ilze.email, limit=1)) == 1


def test_a_source_that_fails_is_skipped(setup, tmp_path):
    _systems, config = setup
    broken = replace(config.sources[0], name="Gone", url=sqlite_url(tmp_path / "gone.sqlite3"))
    matches = find_subjects(SourcesConfig((broken, *config.sources)), personal_code=NEW_CODE)
    assert [m.source for m in matches] == ["Smarttek systems (demo)"]


def test_load_sources_config_reads_the_installation_file(tmp_path, monkeypatch):
    monkeypatch.setenv("SMARTTEK_DSAR_SOURCES", str(tmp_path / "none-yet.toml"))
    config = load_sources_config()
    assert config.sources[0].name == "Smarttek systems (demo)"
