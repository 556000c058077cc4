"""Whatever arrives, a parser returns a complete request or raises IntakeError: nothing else."""

from __future__ import annotations

import copy
import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smarttek_dsar.intake import IntakeError, parse_eml, parse_portal_request
from tests.intake.conftest import NOW, assert_complete
from tests.intake.mail_builder import RECEIVED_OURS, base_message, plain_mail, with_attachment
from tests.intake.portal_builder import portal_document, schema_accepts, to_bytes

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _eml_outcome(data: bytes) -> None:
    try:
        request = parse_eml(data, "fuzz.eml", now=NOW, max_attachment_bytes=4096)
    except IntakeError as error:
        assert str(error).startswith("fuzz.eml: ")
        return
    assert_complete(request)
    assert "@" in request.sender_email


def _portal_outcome(data: bytes, document: Any = None) -> None:
    try:
        request = parse_portal_request(data, "fuzz.json", now=NOW, max_attachment_bytes=4096)
    except IntakeError as error:
        assert str(error).startswith("fuzz.json: ")
        return
    assert_complete(request)
    assert request.rights and not request.rights_guessed
    if document is not None:
        # Nothing the desk accepts may fall outside the published schema.
        assert schema_accepts(document)


_HEADER_NAMES = st.sampled_from(
    ["From", "Date", "Received", "Subject", "Message-ID", "Content-Type", "MIME-Version",
     "Content-Transfer-Encoding", "Content-Disposition", "To", "X-Junk"]
)  # fmt: skip
_HEADER_VALUES = st.one_of(
    st.text(max_size=60).map(lambda t: t.replace("\r", " ").replace("\n", " ")),
    st.sampled_from(
        [
            "janis@example.lv", "=?UTF-8?B?w6Exx=?=", "=?windows-1257?Q?J=E2nis?= <j@x.lv>",
            "Mon, 02 Sep 2024 10:00:00 +0300", "Thu, 31 Dec 9999 23:59:59 +9999", "0",
            'multipart/mixed; boundary="b"', "multipart/alternative; boundary=b",
            "message/rfc822", "text/html; charset=koi8-r", "text/plain; charset=x-nope",
            "base64", "quoted-printable", "attachment; filename*=utf-8''a%2F..%2Fb.exe",
            'attachment; filename="=?utf-8?q?CON?="', f"x; {RECEIVED_OURS.split(';')[1]}",
        ]
    ),
)  # fmt: skip
_BODIES = st.one_of(
    st.binary(max_size=300),
    st.sampled_from(
        [
            b"--b\r\nContent-Type: text/plain\r\n\r\nhi\r\n--b--\r\n",
            b"--b\r\nContent-Type: message/rfc822\r\n\r\nFrom: x\r\n\r\ninner\r\n--b--\r\n",
            b"--b\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n"
            b"Content-Disposition: attachment; filename=a.pdf\r\n\r\n!!!notb64===\r\n--b--",
            b"<p>x<br>y</p><script>z",
        ]
    ),
)  # fmt: skip


@st.composite
def header_mails(draw: st.DrawFn) -> bytes:
    # Start most mails with a sender and a time, so the fuzzing reaches the MIME code too.
    prefix = draw(st.sampled_from(
        [[], [("From", "janis@example.lv")],
         [("From", "J <janis@example.lv>"), ("Date", "Mon, 02 Sep 2024 10:00:00 +0300")],
         [("Received", RECEIVED_OURS), ("From", "janis@example.lv")]]
    ))  # fmt: skip
    headers = prefix + draw(st.lists(st.tuples(_HEADER_NAMES, _HEADER_VALUES), max_size=10))
    lines = [f"{name}: {value}".encode("utf-8", "surrogateescape") for name, value in headers]
    return b"\r\n".join(lines) + b"\r\n\r\n" + draw(_BODIES)


def _rich_mail() -> bytes:
    message = base_message(received=(RECEIVED_OURS,))
    message.set_content("Lūdzu dzēst manus datus.")
    message.add_alternative("<p>Lūdzu <b>dzēst</b></p>", subtype="html")
    return with_attachment(message, "iesniegums_Bērziņš.pdf", b"%PDF-1.4 x").as_bytes()


_SEEDS = [plain_mail(), _rich_mail()]


@st.composite
def mutated_mails(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(_SEEDS)))
    for _ in range(draw(st.integers(1, 8))):
        position = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["replace", "delete", "insert"]))
        byte = draw(st.integers(0, 255))
        if action == "replace":
            data[position] = byte
        elif action == "delete":
            del data[position]
        else:
            data.insert(position, byte)
    return bytes(data[: draw(st.integers(0, len(data)))]) if draw(st.booleans()) else bytes(data)


@SETTINGS
@given(st.binary(max_size=2000))
def test_eml_arbitrary_bytes(data: bytes) -> None:
    _eml_outcome(data)


@SETTINGS
@given(header_mails())
def test_eml_arbitrary_headers_and_bodies(data: bytes) -> None:
    _eml_outcome(data)


@SETTINGS
@given(mutated_mails())
def test_eml_damaged_real_mails(data: bytes) -> None:
    _eml_outcome(data)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)
_PATHS = [
    ("request_id",), ("submitted_at",), ("customer",), ("rights",), ("text",), ("attachments",),
    ("language",), ("extra",), ("customer", "customer_id"), ("customer", "personal_code"),
    ("customer", "authenticated"), ("customer", "email"), ("customer", "phone"),
    ("customer", "name"), ("attachments", 0), ("attachments", 0, "filename"),
    ("attachments", 0, "content_base64"), ("attachments", 0, "sha256"),
    ("attachments", 0, "media_type"), ("rights", 0),
]  # fmt: skip
_TRICKY = st.sampled_from(
    [
        "2024-09-03T14:05:00", "2024-09-03T14:05:00Z", "2999-01-01T00:00:00Z", "2024-13-01T00:00:00Z",
        "2024-09-03T14:05:00+25:00", "access", "erasure", "010190-12345", "32345678901", "",
        "../../CON", "a.pdf.exe", "AAAA", "====", "\ud800", "x@y", True, False, [], {}, None,
    ]
)  # fmt: skip


@st.composite
def mutated_documents(draw: st.DrawFn) -> Any:
    document = copy.deepcopy(portal_document())
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(_PATHS))
        value = draw(st.one_of(_JSON, _TRICKY))
        target: Any = document
        try:
            for key in path[:-1]:
                target = target[key]
            if draw(st.booleans()) or not isinstance(target, dict | list):
                target[path[-1]] = value
            else:
                del target[path[-1]]
        except (KeyError, IndexError, TypeError):
            continue
    return document


@SETTINGS
@given(_JSON)
def test_portal_arbitrary_json(document: Any) -> None:
    _portal_outcome(json.dumps(document).encode(), document)


@SETTINGS
@given(mutated_documents())
def test_portal_mutated_documents(document: Any) -> None:
    try:
        data = to_bytes(document)
    except UnicodeEncodeError:  # a lone surrogate cannot even be written as UTF-8
        data = json.dumps(document).encode()
    _portal_outcome(data, document)


@SETTINGS
@given(st.binary(max_size=500))
def test_portal_arbitrary_bytes(data: bytes) -> None:
    _portal_outcome(data)
