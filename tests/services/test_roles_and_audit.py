"""Roles are enforced in the services; every action lands in a tamper-evident audit trail."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from smarttek_dsar.domain.identity import VerificationMethod
from smarttek_dsar.domain.roles import Role
from smarttek_dsar.services.case_query import CaseFilter
from smarttek_dsar.services.errors import PermissionDenied
from smarttek_dsar.storage.models import AuditEvent
from tests.services.case_factory import JANIS_CODE, new_request


def test_manager_sees_deadlines_but_no_personal_data(services, specialist, manager):
    case = services.cases.create(specialist, new_request())
    rows = services.cases.list(manager)
    assert rows[0].number == case.number and rows[0].subject_name is None
    assert rows[0].due_date == case.due_date
    detail = services.cases.detail(manager, case.number)
    assert detail.personal_data_hidden and detail.parties == () and detail.request_text == ""
    assert detail.allowed_actions == frozenset()
    # Searching by a name or code would reveal who asked: managers search numbers only.
    assert services.cases.list(manager, CaseFilter(text="bērziņš")) == []
    assert services.cases.list(manager, CaseFilter(text=JANIS_CODE)) == []
    assert len(services.cases.list(manager, CaseFilter(text=case.number.lower()))) == 1


def test_roles_are_refused_in_the_service_layer(services, admin, specialist, manager):
    case = services.cases.create(specialist, new_request())
    with pytest.raises(PermissionDenied, match="maris .* may not"):
        services.identity.verify_identity(manager, case.number,
                                          method=VerificationMethod.IN_PERSON, verified=True)
    with pytest.raises(PermissionDenied):
        services.cases.create(manager, new_request())
    with pytest.raises(PermissionDenied):
        services.users.add(specialist, "eve", "long enough pw", frozenset({Role.ADMIN}))
    with pytest.raises(PermissionDenied):
        services.audit.verify(specialist)
    with pytest.raises(PermissionDenied):
        services.retention.purge(manager)
    # The admin manages the system but does not work cases or read subjects' data.
    assert services.cases.detail(admin, case.number).personal_data_hidden


def test_reads_of_personal_data_and_changes_are_audited(services, specialist, manager):
    case = services.cases.create(specialist, new_request())
    services.cases.detail(specialist, case.number)
    services.cases.detail(manager, case.number)  # metadata only: not a personal-data read
    services.closing.advance(specialist, case.number)
    actions = [(e.username, e.action) for e in services.audit.case_timeline(specialist, case.id)]
    assert actions == [("anna", "case.created"), ("anna", "case.viewed"),
                       ("anna", "case.advanced")]


def _tamper(services, statement):
    with services.db.unit_of_work() as session:
        session.execute(statement)


def _prepare_chain(services, specialist, admin):
    case = services.cases.create(specialist, new_request())
    for _ in range(3):
        services.cases.detail(specialist, case.number)
    report = services.audit.verify(admin)
    assert report.ok and report.events >= 6
    return case


def test_audit_verify_names_an_edited_event(services, admin, specialist):
    _prepare_chain(services, specialist, admin)
    _tamper(services, update(AuditEvent).where(AuditEvent.seq == 4).values(username="mallory"))
    report = services.audit.verify(admin)
    assert not report.ok and report.first_bad_seq == 4 and "altered" in report.problem


def test_audit_verify_names_a_deleted_event(services, admin, specialist):
    _prepare_chain(services, specialist, admin)
    with services.db.unit_of_work() as session:
        session.delete(session.get(AuditEvent, 3))
    report = services.audit.verify(admin)
    assert not report.ok and report.first_bad_seq == 3 and "missing" in report.problem


def test_audit_verify_detects_reordering_and_a_cut_tail(services, admin, specialist):
    _prepare_chain(services, specialist, admin)
    with services.db.unit_of_work() as session:
        a, b = session.get(AuditEvent, 4), session.get(AuditEvent, 5)
        fields = ("at", "username", "action", "case_id", "case_number", "details", "prev_hash",
                  "hash")
        va, vb = ({f: getattr(a, f) for f in fields}, {f: getattr(b, f) for f in fields})
        for f in fields:
            setattr(a, f, vb[f])
            setattr(b, f, va[f])
    report = services.audit.verify(admin)
    assert not report.ok and report.first_bad_seq == 4

    with services.db.unit_of_work() as session:
        last = session.scalar(select(AuditEvent).order_by(AuditEvent.seq.desc()))
        session.delete(last)
    report = services.audit.verify(admin)
    assert not report.ok


def test_audit_export_writes_every_event_with_hashes(services, admin, specialist, tmp_path):
    import json

    _prepare_chain(services, specialist, admin)
    path = tmp_path / "audit.jsonl"
    count = services.audit.export(admin, path)
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == count and lines[0]["seq"] == 1
    assert all(len(line["hash"]) == 64 for line in lines)
    assert lines[1]["prev_hash"] == lines[0]["hash"]


def test_manager_never_sees_free_text_a_specialist_wrote(services, specialist, manager):
    case = services.cases.create(specialist, new_request(days_ago=2))
    secret = "asked Jānis Bērziņš for his eParaksts"
    services.identity.request_information(specialist, case.number, reason=secret)
    detail = services.cases.detail(manager, case.number)
    shown = " ".join(s.text for s in detail.deadline.steps) + " ".join(
        p.reason for p in detail.pauses)
    assert "Bērziņš" not in shown and "identity" in shown
    timeline = services.audit.case_timeline(manager, case.id)
    assert all("Bērziņš" not in str(e.details) for e in timeline)
    # The specialist still sees what was written.
    assert secret in " ".join(s.text for s in
                              services.cases.detail(specialist, case.number).deadline.steps)


def test_manager_cannot_sort_by_the_hidden_subject_name(services, specialist, manager):
    from smarttek_dsar.services.errors import ServiceError

    services.cases.create(specialist, new_request())
    with pytest.raises(ServiceError, match="personal data"):
        services.cases.list(manager, sort="subject")
    assert services.cases.list(specialist, sort="subject")
