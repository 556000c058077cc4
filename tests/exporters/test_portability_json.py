"""The Art. 20 file: valid against its published schema and holding only portable data."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import jsonschema
import pytest

from smarttek_dsar.exporters.portability_json import schema_path, write_portability_json
from tests.exporters.sample import make_content


@pytest.fixture(scope="module")
def document(tmp_path_factory: pytest.TempPathFactory) -> dict:
    path = tmp_path_factory.mktemp("json") / "DSAR-2026-0001_portability.json"
    write_portability_json(
        make_content(rows=25), path, generated_at=datetime(2026, 3, 3, 10, 0, tzinfo=UTC)
    )
    return json.loads(path.read_text(encoding="utf-8"))


def test_schema_is_valid_draft_2020_12() -> None:
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_document_matches_the_schema(document: dict) -> None:
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    validator.validate(document)
    assert document["case_number"] == "DSAR-2026-0001"
    assert document["generated_at"] == "2026-03-03T10:00:00+00:00"
    assert document["subject"] == {"name": "Jānis Bērziņš"}
    assert document["controller"]["registration_number"] == "40103966371"


def test_only_portable_categories(document: dict) -> None:
    assert [category["id"] for category in document["categories"]] == ["contact", "invoices"]


def test_values_are_iso_dates_and_exact_decimals(document: dict) -> None:
    contact, invoices = document["categories"]
    assert len(contact["records"]) == 25
    assert contact["records"][0] == {
        "id": "nr-1",
        "name": "Jānis Bērziņš 0",
        "email": "janis.berzins0@example.lv",
        "since": "2024-01-01",
        "seen": "2024-02-01T08:00:00+00:00",
        "marketing": True,
    }
    assert invoices["records"][0]["amount"] == "123.45"
    assert invoices["records"][2]["seq"] == 2
    assert invoices["records"][0]["text"].startswith("=HYPERLINK")  # data, not a formula
    assert invoices["columns"][2] == {"key": "amount", "title": "Summa EUR", "type": "decimal"}


def test_empty_and_absent_categories(tmp_path: Path) -> None:
    content = make_content(rows=0)
    path = tmp_path / "empty.json"
    write_portability_json(content, path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert [len(category["records"]) for category in document["categories"]] == [0, 0]
