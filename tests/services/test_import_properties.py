"""Whatever bytes arrive in a request file, the import ends in a complete case or in a clear
error result: never an exception, never half a case."""

from __future__ import annotations

import hashlib
import itertools

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from smarttek_dsar.services.intake.intake_import import INTERNAL_ERROR
from tests.services.intake_files import mail, portal_file

_counter = itertools.count()


@st.composite
def damaged(draw, original: bytes) -> bytes:
    """A real request file with a stretch of it overwritten, cut or padded."""
    start = draw(st.integers(0, len(original)))
    end = draw(st.integers(start, min(len(original), start + 64)))
    return original[:start] + draw(st.binary(max_size=64)) + original[end:]


contents = st.one_of(
    st.binary(max_size=3000),
    st.text(max_size=2000).map(lambda t: t.encode("utf-8", "surrogatepass")),
    damaged(mail(message_id="<prop@example.lv>")),
    damaged(portal_file(request_id="PR-PROP-1")),
)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=contents, suffix=st.sampled_from([".json", ".eml"]))
def test_any_bytes_give_a_whole_case_or_an_error(services, specialist, tmp_path, data, suffix):
    path = tmp_path / f"incoming-{next(_counter)}{suffix}"
    path.write_bytes(data)
    before = services.cases.count(specialist)
    (result,) = services.imports.import_files(specialist, [path])
    after = services.cases.count(specialist)
    assert result.status in ("created", "duplicate", "error")
    event(result.status)
    if result.status != "created":
        assert after == before
        assert result.message
        assert INTERNAL_ERROR not in result.message, result.message
        return
    assert after == before + 1
    case = services.cases.detail(specialist, result.case_number)
    evidence = [a for a in case.attachments if a.kind == "evidence"]
    assert [a.sha256 for a in evidence] == [hashlib.sha256(data).hexdigest()]
    assert case.subject is not None and (case.subject.name or case.subject.email)
    assert case.receipt_proof and case.summary.due_date
