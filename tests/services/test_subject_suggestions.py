"""Suggesting the data subject from the data sources at import, and importing without them."""

from __future__ import annotations

import sys
import types
from dataclasses import dataclass

from smarttek_dsar.services.intake.intake_import import ImportService
from smarttek_dsar.services.intake.subject_suggestions import SubjectFinder
from tests.services.case_factory import JANIS_CODE
from tests.services.intake_files import portal_file, write


@dataclass
class FakeMatch:
    name: str
    personal_code: str
    email: str
    source: str


def lookup_module(find_subjects, load_sources_config=lambda: "config"):
    module = types.ModuleType("smarttek_dsar.sources.lookup")
    module.find_subjects = find_subjects
    module.load_sources_config = load_sources_config
    return module


def test_subject_is_suggested_from_the_sources(services, specialist, tmp_path, monkeypatch):
    asked = []

    def find_subjects(config, *, personal_code=None, email=None, phone=None, limit=5):
        asked.append((config, personal_code, email, phone, limit))
        return [FakeMatch("Anna Kalniņa", JANIS_CODE, "anna.kalnina@example.lv", "billing")]

    monkeypatch.setitem(sys.modules, "smarttek_dsar.sources.lookup", lookup_module(find_subjects))
    importer = ImportService(services.db)
    (result,) = importer.import_files(specialist, [write(tmp_path, "p.json", portal_file())])
    assert asked == [("config", JANIS_CODE, "anna.kalnina@example.lv", "+37120000000", 5)]
    (suggestion,) = result.suggested_subjects
    assert suggestion.label == (f"Anna Kalniņa, {JANIS_CODE}, anna.kalnina@example.lv "
                                "(billing)")
    assert result.to_json()["suggested_subjects"] == [suggestion.label]


def test_without_the_lookup_import_still_works(services, specialist, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "smarttek_dsar.sources.lookup", None)  # not installed
    importer = ImportService(services.db)
    (result,) = importer.import_files(specialist, [write(tmp_path, "p.json", portal_file())])
    assert result.status == "created" and result.suggested_subjects == []
    assert any("not available" in note for note in map(str, result.notes))


def test_a_failing_source_costs_only_the_suggestions(services, specialist, monkeypatch):
    def broken(config, **_kwargs):
        raise ConnectionError("billing database is down")

    monkeypatch.setitem(sys.modules, "smarttek_dsar.sources.lookup", lookup_module(broken))
    suggestions, note = SubjectFinder(services.db).suggest(specialist, personal_code=JANIS_CODE,
                                                         email=None, phone=None)
    assert suggestions == [] and "billing database is down" in str(note)

    def no_config():
        raise FileNotFoundError("sources.toml")

    monkeypatch.setitem(sys.modules, "smarttek_dsar.sources.lookup",
                        lookup_module(broken, no_config))
    suggestions, note = SubjectFinder(services.db).suggest(specialist, personal_code=JANIS_CODE,
                                                         email=None, phone=None)
    assert suggestions == [] and "not set up" in note
