"""Portal hand-over documents for tests, in the format of docs/portal-requests.md."""

from __future__ import annotations

import base64
import hashlib
import json
from functools import cache
from typing import Any

import jsonschema

from smarttek_dsar.paths import resource_path


def portal_attachment(filename: str, content: bytes, media_type: str = "application/pdf") -> dict:
    return {
        "filename": filename,
        "media_type": media_type,
        "content_base64": base64.b64encode(content).decode("ascii"),
        "sha256": hashlib.sha256(content).hexdigest(),
    }


def portal_document(**overrides: Any) -> dict[str, Any]:
    document: dict[str, Any] = {
        "request_id": "PR-2024-000123",
        "submitted_at": "2024-09-03T14:05:00+03:00",
        "customer": {
            "customer_id": "C-100045",
            "personal_code": "010190-12345",
            "authenticated": True,
            "name": "Anna Kalniņa",
            "email": "anna.kalnina@example.lv",
            "phone": "+371 20000000",
        },
        "rights": ["access", "portability"],
        "text": "Lūdzu izsniegt visus manus datus JSON formātā.",
        "attachments": [portal_attachment("pilnvara_Kalniņa.pdf", b"%PDF-1.4 authority")],
        "language": "lv",
    }
    document.update(overrides)
    return document


def to_bytes(document: Any) -> bytes:
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


@cache
def schema_validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(resource_path("schemas", "portal-request.schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def schema_accepts(document: Any) -> bool:
    return schema_validator().is_valid(document)
