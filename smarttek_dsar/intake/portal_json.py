"""Read a my.smarttek.eu hand-over file (JSON) into an IncomingRequest.

The format is documented in docs/portal-requests.md and pinned by
resources/schemas/portal-request.schema.json. The checks here follow that schema by hand
rather than through a JSON Schema library, for two reasons: the library is not a runtime
dependency of the desk, and a DPO needs "customer.email is not an e-mail address", not a
validator's dump. The tests check that every file accepted here is valid under the schema.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Callable
from datetime import datetime
from typing import Any, NoReturn

from smarttek_dsar.domain.rights import Channel, Right
from smarttek_dsar.intake.incoming import (
    DEFAULT_MAX_ATTACHMENT_BYTES,
    EVIDENCE_PORTAL,
    IDENTITY_PORTAL_LOGIN,
    IncomingAttachment,
    IncomingRequest,
    IntakeError,
    MiB,
    reading,
    sha256_hex,
)
from smarttek_dsar.intake.receipt import checked_receipt
from smarttek_dsar.intake.safety import make_attachment, unique_names

_REQUEST_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")
_RFC3339 = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?(Z|[+-][0-9]{2}:[0-9]{2})"
)
_NO_CONTROL = re.compile(r"[^\x00-\x1f\x7f]+")
_PERSONAL_CODE = re.compile(r"[0-9]{6}-?[0-9]{5}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+")
_PHONE = re.compile(r"\+?[0-9 ()-]{0,39}")
_MEDIA_TYPE = re.compile(r"[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_SURROGATE = re.compile("[\ud800-\udfff]")
_TOP_FIELDS = {
    "request_id", "submitted_at", "customer", "rights", "text", "attachments", "language",
}  # fmt: skip
_CUSTOMER_FIELDS = {"customer_id", "personal_code", "authenticated", "name", "email", "phone"}
_ATTACHMENT_FIELDS = {"filename", "media_type", "content_base64", "sha256"}
_LANGUAGES = ("lv", "en", "ru")
_MAX_ATTACHMENTS = 20


# The schema allows 20 attachments of 100,000 base64 characters and 20,000 characters of text:
# about 2.2 MB, or several times that with every character written as a \u escape.
MAX_PORTAL_BYTES = 16 * MiB


def parse_portal_request(
    data: bytes,
    filename: str,
    *,
    max_attachment_bytes: int = DEFAULT_MAX_ATTACHMENT_BYTES,
    now: datetime | None = None,
) -> IncomingRequest:
    """The request in a portal hand-over file, or IntakeError naming the faulty field."""
    if len(data) > MAX_PORTAL_BYTES:
        # Checked before json.loads, which would hold the whole file several times over.
        raise IntakeError(
            "{filename}: the file is {value:.1f} MB; a portal request is at most "
            "{value2:.0f} MB (20 attachments of 100,000 characters and the text). It is not "
            "a portal hand-over file (docs/portal-requests.md).", filename=filename, value=len(data) / MiB, value2=MAX_PORTAL_BYTES / MiB
        )
    with reading(filename, "portal file"):
        document = _load_json(data, filename)
        return _build(document, data, filename, max_attachment_bytes, now)


def _load_json(data: bytes, filename: str) -> dict[str, Any]:
    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [key for key, _ in pairs]
        for key in keys:
            if keys.count(key) > 1:
                # Two values for one field: which one the portal meant is unknowable.
                raise IntakeError("{filename}: the field “{key}” appears twice.", filename=filename, key=key)
        return dict(pairs)

    def no_constants(name: str) -> Any:
        raise IntakeError("{filename}: “{name}” is not allowed in a portal file.", filename=filename, name=name)

    try:
        document = json.loads(data, object_pairs_hook=no_duplicates, parse_constant=no_constants)
    except json.JSONDecodeError as exc:
        raise IntakeError(
            "{filename}: the portal file is not valid JSON (line {lineno}, column {colno}: "
            "{msg}). Export it from the portal again.", filename=filename, lineno=exc.lineno, colno=exc.colno, msg=exc.msg
        ) from exc
    except UnicodeDecodeError as exc:
        raise IntakeError(
            "{filename}: the portal file is not UTF-8 text. Export it from the portal again.", filename=filename
        ) from exc
    if not isinstance(document, dict):
        raise IntakeError("{filename}: the portal file must hold one JSON object.", filename=filename)
    return document


class _Fields:
    """Typed access to a JSON object that names the faulty field in every error."""

    def __init__(self, obj: dict[str, Any], path: str, filename: str, allowed: set[str]):
        self.obj, self.path, self.filename = obj, path, filename
        unknown = sorted(set(obj) - allowed)
        if unknown:
            self.fail(unknown[0], "is not a field of the portal format")

    def fail(self, key: str, problem: str) -> NoReturn:
        raise IntakeError(
            "{filename}: {path}{key} {problem}. The file does not follow the portal "
            "hand-over format (docs/portal-requests.md); ask the portal team.", filename=self.filename, path=self.path, key=key, problem=problem
        )

    def text(
        self, key: str, *, required: bool, pattern: re.Pattern[str] | None = None,
        min_len: int = 0, max_len: int = 100_000, nullable: bool = False,
    ) -> str | None:  # fmt: skip
        if key not in self.obj:
            if required:
                self.fail(key, "is missing")
            return None
        value = self.obj[key]
        if value is None and nullable:
            return None
        if not isinstance(value, str):
            self.fail(key, "must be text")
        if _SURROGATE.search(value):
            # A lone UTF-16 half is legal JSON but not text; it would break storage later.
            self.fail(key, "contains characters that are not valid text")
        if not min_len <= len(value) <= max_len:
            self.fail(key, f"must be {min_len} to {max_len} characters long")
        if pattern is not None and not pattern.fullmatch(value):
            self.fail(key, f"has an invalid value “{value[:80]}”")
        return value

    def value(self, key: str, check: Callable[[Any], bool], expected: str) -> Any:
        if key not in self.obj:
            self.fail(key, "is missing")
        if not check(self.obj[key]):
            self.fail(key, f"must be {expected}")
        return self.obj[key]


def _build(
    document: dict[str, Any], data: bytes, filename: str, max_bytes: int, now: datetime | None
) -> IncomingRequest:
    top = _Fields(document, "", filename, _TOP_FIELDS)
    request_id = top.text("request_id", required=True, pattern=_REQUEST_ID) or ""
    submitted_text = top.text("submitted_at", required=True) or ""
    if not _RFC3339.fullmatch(submitted_text):
        top.fail(
            "submitted_at",
            f"“{submitted_text[:40]}” is not an RFC 3339 time with a time zone "
            "(e.g. 2024-09-03T14:05:00+03:00)",
        )
    try:
        submitted = datetime.fromisoformat(submitted_text)
    except ValueError:
        top.fail("submitted_at", f"“{submitted_text}” is not a real date and time")
    received_at = checked_receipt(submitted, filename=filename, evidence=EVIDENCE_PORTAL, now=now)

    customer_obj = top.value("customer", lambda v: isinstance(v, dict), "an object")
    customer = _Fields(customer_obj, "customer.", filename, _CUSTOMER_FIELDS)
    customer_id = customer.text(
        "customer_id", required=True, pattern=_NO_CONTROL, min_len=1, max_len=64
    )
    personal_code = customer.text(
        "personal_code", required=False, pattern=_PERSONAL_CODE, nullable=True
    )
    authenticated = customer.value("authenticated", lambda v: isinstance(v, bool), "true or false")
    name = customer.text("name", required=False, max_len=200) or ""
    email = customer.text("email", required=False, pattern=_EMAIL, max_len=254) or ""
    customer.text("phone", required=False, pattern=_PHONE, max_len=40)

    rights = _rights(top)
    text = top.text("text", required=False, max_len=20_000) or ""
    top.text("language", required=False, pattern=re.compile("|".join(_LANGUAGES)))
    attachments = _attachments(top, filename, max_bytes)
    return IncomingRequest(
        source="portal",
        channel=Channel.PORTAL,
        external_id=request_id,
        received_at=received_at,
        received_evidence=EVIDENCE_PORTAL,
        sender_name=" ".join(name.split()),
        sender_email=email,
        subject=f"Portal request {request_id}",
        body_text=text.replace("\r\n", "\n"),
        attachments=attachments,
        original_filename=filename,
        original_bytes=data,
        original_sha256=sha256_hex(data),
        portal_customer_id=customer_id,
        personal_code=personal_code,
        rights=rights,
        rights_guessed=False,
        # EDPB 01/2022: a request from the logged-in account is already a strong identity check.
        identity_method=IDENTITY_PORTAL_LOGIN if authenticated else None,
    )


def _rights(top: _Fields) -> tuple[Right, ...]:
    values = top.value(
        "rights", lambda v: isinstance(v, list) and len(v) > 0, "a non-empty list of rights"
    )
    known = {right.value for right in Right}
    for index, value in enumerate(values):
        if not isinstance(value, str) or value not in known:
            top.fail(f"rights[{index}]", f"is not one of {', '.join(sorted(known))}")
    if len(set(values)) != len(values):
        top.fail("rights", "lists the same right twice")
    chosen = set(values)
    return tuple(right for right in Right if right.value in chosen)


def _attachments(top: _Fields, filename: str, max_bytes: int) -> tuple[IncomingAttachment, ...]:
    if "attachments" not in top.obj:
        return ()
    items = top.value(
        "attachments",
        lambda v: isinstance(v, list) and len(v) <= _MAX_ATTACHMENTS,
        f"a list of at most {_MAX_ATTACHMENTS} files",
    )
    result = []
    for index, item in enumerate(items):
        path = f"attachments[{index}]."
        if not isinstance(item, dict):
            top.fail(f"attachments[{index}]", "must be an object")
        fields = _Fields(item, path, filename, _ATTACHMENT_FIELDS)
        name = fields.text("filename", required=True, min_len=1, max_len=255) or ""
        media_type = fields.text("media_type", required=True, pattern=_MEDIA_TYPE) or ""
        encoded = fields.text("content_base64", required=True) or ""
        expected = fields.text("sha256", required=True, pattern=_SHA256) or ""
        # Refuse before decoding, so a huge file cannot exhaust memory first.
        if len(encoded) * 3 // 4 > max_bytes + 3:
            fields.fail("content_base64", f"is larger than the limit of {max_bytes} bytes")
        try:
            content = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            fields.fail("content_base64", "is not valid base64")
        if sha256_hex(content) != expected:
            fields.fail(
                "sha256",
                f"does not match the content of “{name}”: the file was damaged on the way",
            )
        result.append(
            make_attachment(
                name, content, media_type,
                source_filename=filename, index=index + 1, max_bytes=max_bytes,
            )
        )  # fmt: skip
    return unique_names(result)
