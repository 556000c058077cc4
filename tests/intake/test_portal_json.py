from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from smarttek_dsar.domain.rights import Channel, Right
from smarttek_dsar.intake import IntakeError, parse_portal_request
from tests.intake.conftest import NOW, assert_complete
from tests.intake.portal_builder import portal_attachment, portal_document, schema_accepts, to_bytes


def parse(document: Any, **kwargs: Any):
    request = parse_portal_request(to_bytes(document), "portal-123.json", now=NOW, **kwargs)
    assert_complete(request)
    return request


def test_valid_request_is_read_completely() -> None:
    document = portal_document()
    assert schema_accepts(document)
    request = parse(document)
    assert request.source == "portal"
    assert request.channel is Channel.PORTAL
    assert request.external_id == "PR-2024-000123"
    assert request.received_at == datetime(2024, 9, 3, 11, 5, tzinfo=UTC)
    assert request.received_evidence == "portal submitted_at"
    assert request.portal_customer_id == "C-100045"
    assert request.personal_code == "010190-12345"
    assert request.identity_method == "portal_login"
    assert request.rights == (Right.ACCESS, Right.PORTABILITY)
    assert request.rights_guessed is False
    assert request.sender_name == "Anna Kalniņa"
    assert request.sender_email == "anna.kalnina@example.lv"
    assert request.body_text == "Lūdzu izsniegt visus manus datus JSON formātā."
    (attachment,) = request.attachments
    assert attachment.filename == "pilnvara_Kalniņa.pdf"
    assert attachment.content == b"%PDF-1.4 authority"


def test_minimal_request() -> None:
    document = {
        "request_id": "7",
        "submitted_at": "2024-09-03T11:05:00.250Z",
        "customer": {"customer_id": "C-1", "authenticated": False},
        "rights": ["objection_marketing"],
    }
    assert schema_accepts(document)
    request = parse(document)
    assert request.identity_method is None  # not logged in: identity still to be checked
    assert request.received_at == datetime(2024, 9, 3, 11, 5, 0, 250000, tzinfo=UTC)
    assert request.attachments == () and request.body_text == "" and request.personal_code is None


def _without(document: dict, *path: str) -> dict:
    target = document
    for key in path[:-1]:
        target = target[key]
    del target[path[-1]]
    return document


def _with(document: dict, value: Any, *path: str | int) -> dict:
    target: Any = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return document


# Shapes the schema itself refuses: the parser must refuse them too, naming the field.
SCHEMA_INVALID = [
    ("missing request_id", lambda d: _without(d, "request_id"), "request_id is missing"),
    ("missing submitted_at", lambda d: _without(d, "submitted_at"), "submitted_at is missing"),
    ("naive submitted_at", lambda d: _with(d, "2024-09-03T14:05:00", "submitted_at"),
     "submitted_at .* time zone"),
    ("date only", lambda d: _with(d, "2024-09-03", "submitted_at"), "submitted_at"),
    ("numeric request_id", lambda d: _with(d, 123, "request_id"), "request_id must be text"),
    ("missing customer", lambda d: _without(d, "customer"), "customer is missing"),
    ("customer not object", lambda d: _with(d, "C-1", "customer"), "customer must be an object"),
    ("missing customer_id", lambda d: _without(d, "customer", "customer_id"),
     "customer.customer_id is missing"),
    ("authenticated as text", lambda d: _with(d, "yes", "customer", "authenticated"),
     "customer.authenticated must be true or false"),
    ("bad personal code", lambda d: _with(d, "12345", "customer", "personal_code"),
     "customer.personal_code has an invalid value"),
    ("bad email", lambda d: _with(d, "anna at example", "customer", "email"), "customer.email"),
    ("unknown customer field", lambda d: _with(d, "x", "customer", "password"),
     "customer.password is not a field"),
    ("unknown top field", lambda d: _with(d, 1, "priority"), "priority is not a field"),
    ("empty rights", lambda d: _with(d, [], "rights"), "rights must be a non-empty list"),
    ("unknown right", lambda d: _with(d, ["access", "be_forgotten"], "rights"),
     r"rights\[1\] is not one of"),
    ("repeated right", lambda d: _with(d, ["access", "access"], "rights"), "same right twice"),
    ("bad language", lambda d: _with(d, "de", "language"), "language"),
    ("attachment without sha", lambda d: _without(d, "attachments", 0, "sha256"),
     r"attachments\[0\]\.sha256 is missing"),
    ("uppercase sha", lambda d: _with(d, "A" * 64, "attachments", 0, "sha256"),
     r"attachments\[0\]\.sha256 has an invalid value"),
    ("bad media type", lambda d: _with(d, "pdf", "attachments", 0, "media_type"),
     r"attachments\[0\]\.media_type"),
    ("attachments not list", lambda d: _with(d, {}, "attachments"), "attachments must be a list"),
]  # fmt: skip


@pytest.mark.parametrize(("change", "message"), [c[1:] for c in SCHEMA_INVALID],
                         ids=[c[0] for c in SCHEMA_INVALID])  # fmt: skip
def test_wrong_shapes_are_refused_by_schema_and_parser(change: Any, message: str) -> None:
    document = change(copy.deepcopy(portal_document()))
    assert not schema_accepts(document)
    with pytest.raises(IntakeError, match=message) as info:
        parse_portal_request(to_bytes(document), "portal-123.json", now=NOW)
    assert str(info.value).startswith("portal-123.json: ")


# Checks beyond the schema: contents that are well-formed but wrong.
@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: _with(d, "2024-09-10T16:00:00+03:00", "submitted_at"), "in the future"),
        (lambda d: _with(d, "1999-12-31T23:00:00Z", "submitted_at"), "before the year 2000"),
        (lambda d: _with(d, "2024-02-30T10:00:00Z", "submitted_at"), "not a real date"),
        (lambda d: _with(d, "%%%not base64%%%", "attachments", 0, "content_base64"),
         "content_base64 is not valid base64"),
        (lambda d: _with(d, "0" * 64, "attachments", 0, "sha256"), "damaged on the way"),
        (lambda d: _with(d, [portal_attachment("run.pdf.exe", b"MZ")], "attachments"),
         "program or script"),
    ],
)  # fmt: skip
def test_wrong_contents_are_refused(change: Any, message: str) -> None:
    document = change(copy.deepcopy(portal_document()))
    assert schema_accepts(document)
    with pytest.raises(IntakeError, match=message):
        parse_portal_request(to_bytes(document), "portal-123.json", now=NOW)


def test_broken_json_names_line_and_column() -> None:
    data = b'{\n  "request_id": "PR-1",\n  "submitted_at": 2024-09-03\n}'
    with pytest.raises(IntakeError, match=r"portal-1\.json: .*not valid JSON \(line 3, column"):
        parse_portal_request(data, "portal-1.json", now=NOW)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"[]", "one JSON object"),
        (b'{"request_id": "a", "request_id": "b"}', "appears twice"),
        (b'{"x": NaN}', "NaN"),
        (b"\xff\xfe\x00garbage", "JSON|UTF-8"),
        (b"", "not valid JSON"),
    ],
)
def test_other_unreadable_files(data: bytes, message: str) -> None:
    with pytest.raises(IntakeError, match=message):
        parse_portal_request(data, "p.json", now=NOW)


def test_oversize_attachment_is_refused_before_decoding() -> None:
    document = portal_document(attachments=[portal_attachment("scan.pdf", b"%PDF" + b"1" * 5000)])
    with pytest.raises(IntakeError, match="larger than the limit"):
        parse(document, max_attachment_bytes=1000)


def test_dangerous_portal_file_name_is_made_safe() -> None:
    document = portal_document(attachments=[portal_attachment("../../NUL.pdf", b"%PDF")])
    assert parse(document).attachments[0].filename == "_NUL.pdf"


def test_the_documented_example_is_valid_and_imports() -> None:
    page = (Path(__file__).parents[2] / "docs" / "portal-requests.md").read_text("utf-8")
    example = page.split("```json\n", 1)[1].split("```", 1)[0]
    document = json.loads(example)
    assert schema_accepts(document)
    request = parse(document)
    assert request.attachments[0].filename == "pilnvara_Kalniņa.pdf"
