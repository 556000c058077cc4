"""A request that probably repeats an open case is flagged at import; the specialist merges
it into the earlier case or keeps the two apart. SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from smarttek_dsar.domain.rights import Right
from smarttek_dsar.domain.workflow import Stage
from smarttek_dsar.services.errors import PermissionDenied, ServiceError
from tests.services.intake_files import mail, portal_file, write

ANNA = "Anna Kalniņa <anna.kalnina@example.lv>"  # the portal file's customer, by e-mail


@pytest.fixture
def first_and_repeat(services, specialist, tmp_path):
    """A portal request (access, portability), then the same person's e-mail asking for access."""
    first, repeat = services.imports.import_files(specialist, [
        write(tmp_path, "PR-1.json", portal_file()),
        write(tmp_path, "again.eml", mail(sender=ANNA, message_id="<again@example.lv>",
                                          attachments=(("atgādinājums.pdf", b"%PDF-1.4 r"),))),
    ])
    return first, repeat


def timeline(services, actor, number):
    case = services.cases.detail(actor, number)
    return [e.action for e in services.audit.case_timeline(actor, case.summary.id)]


def test_repeat_of_an_open_request_is_flagged(services, specialist, first_and_repeat):
    first, repeat = first_and_repeat
    assert first.duplicate_of is None
    assert repeat.status == "created"
    assert (repeat.duplicate_of, repeat.possible_duplicates) == (
        first.case_number, [first.case_number])
    assert f"Probably the same request as {first.case_number}" in repeat.message
    detail = services.cases.detail(specialist, repeat.case_number)
    assert detail.duplicate_of == first.case_number and detail.duplicate_decision is None
    assert {"merge_duplicate", "keep_apart"} <= detail.allowed_actions
    assert "case.duplicate_flagged" in timeline(services, specialist, repeat.case_number)


def test_other_rights_or_a_closed_case_are_not_duplicates(services, specialist, tmp_path):
    services.imports.import_files(specialist, [write(tmp_path, "PR-1.json", portal_file())])
    (erasure,) = services.imports.import_files(specialist, [write(
        tmp_path, "erase.eml", mail(sender=ANNA, message_id="<e@example.lv>",
                                    subject="Dzēšana", body="Lūdzu dzēst manus datus."))])
    assert erasure.duplicate_of is None
    (other_person,) = services.imports.import_files(specialist, [write(
        tmp_path, "other.eml", mail(message_id="<o@example.lv>"))])
    assert other_person.duplicate_of is None
    services.response.withdraw(specialist, other_person.case_number, note="withdrawn by phone")
    (again,) = services.imports.import_files(specialist, [write(
        tmp_path, "other2.eml", mail(message_id="<o2@example.lv>"))])
    assert again.duplicate_of is None  # the earlier case is no longer open


def test_merge_withdraws_the_repeat_into_the_earlier_case(services, specialist,
                                                         first_and_repeat):
    first, repeat = first_and_repeat
    before = services.cases.detail(specialist, first.case_number)
    merged = services.duplicates.merge_duplicate(specialist, repeat.case_number)
    assert merged.stage is Stage.WITHDRAWN
    repeat_case = services.cases.detail(specialist, repeat.case_number)
    assert repeat_case.outcome_note == f"merged into {first.case_number}"
    assert repeat_case.duplicate_decision == "merged"
    target = services.cases.detail(specialist, first.case_number)
    copied = {(a.kind, a.filename) for a in target.attachments} - {
        (a.kind, a.filename) for a in before.attachments}
    assert copied == {("evidence", "again.eml"), ("request", "atgādinājums.pdf")}
    assert f"Merged from {repeat.case_number}" in target.request_text
    assert target.summary.due_date == before.summary.due_date  # the earlier deadline holds
    assert "case.merged" in timeline(services, specialist, repeat.case_number)
    assert "case.merge_received" in timeline(services, specialist, first.case_number)
    with pytest.raises(ServiceError, match="already merged"):
        services.duplicates.keep_apart(specialist, repeat.case_number)


def test_merge_keeps_a_right_only_the_repeat_asked_for(services, specialist, tmp_path):
    services.imports.import_files(specialist, [write(tmp_path, "PR-1.json", portal_file())])
    (repeat,) = services.imports.import_files(specialist, [write(
        tmp_path, "more.eml", mail(sender=ANNA, message_id="<m@example.lv>",
                                   body="Lūdzu piekļuvi un dzēst manus datus."))])
    services.duplicates.merge_duplicate(specialist, repeat.case_number)
    target = services.cases.detail(specialist, repeat.duplicate_of)
    assert set(target.summary.rights) == {Right.ACCESS, Right.PORTABILITY, Right.ERASURE}


def test_keep_apart_leaves_both_open_and_is_on_record(services, specialist, first_and_repeat):
    first, repeat = first_and_repeat
    kept = services.duplicates.keep_apart(specialist, repeat.case_number)
    assert kept.stage is Stage.INTAKE
    detail = services.cases.detail(specialist, repeat.case_number)
    assert detail.duplicate_decision == "kept_apart" and detail.duplicate_of == first.case_number
    assert "merge_duplicate" not in detail.allowed_actions
    assert "case.kept_apart" in timeline(services, specialist, repeat.case_number)
    with pytest.raises(ServiceError, match="already kept apart"):
        services.duplicates.merge_duplicate(specialist, repeat.case_number)


def test_merge_refuses_when_the_earlier_case_is_closed_or_nothing_is_flagged(
    services, specialist, manager, first_and_repeat
):
    first, repeat = first_and_repeat
    with pytest.raises(ServiceError, match="not flagged"):
        services.duplicates.merge_duplicate(specialist, first.case_number)
    with pytest.raises(PermissionDenied):
        services.duplicates.keep_apart(manager, repeat.case_number)
    services.response.withdraw(specialist, first.case_number)
    with pytest.raises(ServiceError, match="no longer open"):
        services.duplicates.merge_duplicate(specialist, repeat.case_number)
    assert services.cases.detail(specialist, repeat.case_number).summary.stage is Stage.INTAKE
