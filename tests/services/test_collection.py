"""Collecting a subject's data into the case: every source searched, failures reported per
source, one frozen snapshot, review with exclusions and redactions, roles and audit."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
import sqlalchemy as sa

from smarttek_dsar.demo.systems_schema import service_incidents
from smarttek_dsar.domain.identity import VerificationMethod
from smarttek_dsar.domain.progress import CallbackProgress, Cancelled
from smarttek_dsar.domain.rights import Outcome, Right
from smarttek_dsar.services.errors import ConflictError, PermissionDenied, ServiceError
from smarttek_dsar.services.review.collection_views import REDACTED
from smarttek_dsar.services.review.decisions import DecisionInput
from smarttek_dsar.services.views import PartyInput
from smarttek_dsar.sources.config import SourcesConfig
from smarttek_dsar.storage.database import sqlite_url
from smarttek_dsar.storage.models import CollectionRun, SnapshotRow
from tests.services.case_factory import new_request
from tests.sources.systems_fixtures import (
    NEIGHBOUR,
    NEW_CODE,
    OLD_CODE,
    build_systems,
    demo_config,
    marketing_source,
    survey_source,
    write_marketing_csv,
    write_survey_xlsx,
)


@pytest.fixture(autouse=True)
def own_settings_files(tmp_path, monkeypatch):
    monkeypatch.setenv("SMARTTEK_DSAR_SOURCES", str(tmp_path / "sources.toml"))
    monkeypatch.setenv("SMARTTEK_DSAR_REGISTER", str(tmp_path / "register.toml"))


@pytest.fixture
def systems(tmp_path):
    path = tmp_path / "systems.sqlite3"
    return build_systems(sqlite_url(path)), path


@pytest.fixture
def configured(services, admin, systems, tmp_path):
    """The demo systems, the marketing CSV and survey XLSX, a broken query, a missing file."""
    built, path = systems
    demo = demo_config(path).sources[0]
    broken = replace(demo, name="Legacy CRM", queries=(replace(
        demo.queries[0], sql="SELECT * FROM klienti WHERE epasts = :email"),))
    config = SourcesConfig((
        demo,
        marketing_source(write_marketing_csv(tmp_path / "marketing.csv")),
        survey_source(write_survey_xlsx(tmp_path / "survey.xlsx")),
        broken,
        marketing_source(tmp_path / "old-export.csv", name="Old export"),
    ))
    services.sources.save(admin, config)
    return built


def ilze_case(services, specialist, *, code=NEW_CODE, rights=(Right.ACCESS,), email=None):
    request = new_request(rights=list(rights))
    request = replace(request, subject=PartyInput(name="Ilze Kalniņa", personal_code=code,
                                                  email=email))
    return services.cases.create(specialist, request).number


def test_every_source_searched_failures_reported_the_rest_collected(services, specialist,
                                                                    configured):
    number = ilze_case(services, specialist)
    steps = []
    result = services.collection.run(specialist, number,
                                     progress=CallbackProgress(lambda *r: steps.append(r)))
    finished = {}
    for done, total, message in steps:
        assert total == 5
        finished.setdefault(done, message)  # the first report at each count ends a source
    assert [str(finished[n]).split(":")[0].removesuffix(" failed") for n in range(1, 6)] == [
        "Smarttek systems (demo)", "Marketing export", "Survey export", "Legacy CRM",
        "Old export"]
    status = {s.name: s for s in result.sources}
    assert status["Legacy CRM"].status == "failed" and "no such table" in \
        status["Legacy CRM"].error
    assert "does not exist" in status["Old export"].error
    assert result.found and "Not searched because of an error: Legacy CRM, Old export" in \
        result.message
    counts = {(c.category_id, c.source): c.rows for c in result.counts}
    # Filed under her new code; the marketing export only knows the old one, without hyphen.
    assert counts[("identification", "Smarttek systems (demo)")] == 2
    assert counts[("marketing_preferences", "Marketing export")] == 1
    assert counts[("customer_surveys", "Survey export")] == 1  # by name: no e-mail in the case
    # The case records which systems were searched, when, and how each search ended.
    (run,) = _runs(services)
    assert [(s.name, s.status) for s in run.sources][3] == ("Legacy CRM", "failed")
    assert run.searched_by == "personal_code,name" and run.finished_at >= run.started_at


def _runs(services):
    with services.db.unit_of_work() as session:
        runs = session.scalars(sa.select(CollectionRun)).all()
        for run in runs:
            list(run.sources)
        return runs


def test_subject_known_only_by_the_former_code_is_found(services, specialist, configured):
    number = ilze_case(services, specialist, code=OLD_CODE)
    result = services.collection.collect_all(specialist, number)
    snapshot = services.snapshot.snapshot(specialist, number)
    codes = [row.values.get("personal_code") for t in snapshot.tables
             if t.category_id == "identification" for row in t.rows]
    assert NEW_CODE in codes and result.found
    assert result.subjects[0].matched_on == "former_personal_code"


def test_a_subject_found_nowhere_is_told_so(services, specialist, configured):
    stranger = configured.stranger
    number = services.cases.create(specialist, replace(new_request(), subject=PartyInput(
        name=stranger.full_name, email=stranger.email))).number
    result = services.collection.collect_all(specialist, number)
    assert not result.found and result.total_rows == 0
    assert result.message.startswith("The subject was not found in any of the 3 sources "
                                     "searched")
    assert services.snapshot.reviewed_snapshot(specialist, number).found is False


def test_snapshot_is_frozen_when_the_source_changes_later(services, specialist, configured,
                                                          systems):
    _built, path = systems
    number = ilze_case(services, specialist)
    services.collection.collect_all(specialist, number)
    before = services.snapshot.snapshot(specialist, number)
    engine = sa.create_engine(sqlite_url(path))
    with engine.begin() as conn:
        conn.execute(sa.update(service_incidents).values(description="changed later"))
    engine.dispose()
    after = services.snapshot.snapshot(specialist, number)
    assert after == before
    incidents = [r.values["description"] for t in after.tables
                 if t.category_id == "service_incidents" for r in t.rows]
    assert incidents and "changed later" not in incidents


def test_redaction_exclusion_and_review_decide_what_is_disclosed(services, specialist, admin,
                                                                 configured):
    number = ilze_case(services, specialist, email="ilze.kalnina@pasts.example")
    services.collection.collect_all(specialist, number)
    snapshot = services.snapshot.snapshot(specialist, number)
    mention = next(r for t in snapshot.tables if t.category_id == "service_incidents"
                   for r in t.rows if NEIGHBOUR in r.values["description"])
    survey = next(t for t in snapshot.tables if t.source == "Survey export")
    with pytest.raises(ServiceError, match="Unknown redaction reason 'whim'"):
        services.snapshot.redact_field(specialist, number, mention.id, "description",
                                       reason="whim")
    services.snapshot.redact_field(specialist, number, mention.id, "description",
                                   "Names a neighbour (GDPR 15(4))")
    services.snapshot.exclude_row(specialist, number, survey.rows[0].id,
                                  "Another customer's survey")
    with pytest.raises(ServiceError, match="no field"):
        services.snapshot.redact_field(specialist, number, mention.id, "nope", "x")

    pending = services.snapshot.reviewed_snapshot(specialist, number)
    assert pending.categories == () and "service_incidents" in pending.pending
    services.snapshot.mark_reviewed(specialist, number)
    disclosed = services.snapshot.reviewed_snapshot(specialist, number)
    assert disclosed.pending == ()
    incidents = {c.category_id: c for c in disclosed.categories}["service_incidents"]
    descriptions = [row[incidents.tables[0].columns.index("description")]
                    for row in incidents.tables[0].rows]
    assert REDACTED in descriptions and not any(NEIGHBOUR in str(d) for d in descriptions)
    surveys = {c.category_id: c for c in disclosed.categories}["customer_surveys"]
    assert [t.source for t in surveys.tables] == ["Smarttek systems (demo)"]  # excluded gone
    # A change after review takes the mark away: that category is reviewed again.
    services.snapshot.redact_field(specialist, number, mention.id, "handled_by", "Staff name")
    again = services.snapshot.reviewed_snapshot(specialist, number)
    assert again.pending == ("service_incidents",)

    actions = _audit_actions(services, number)
    for action in ("data.collected", "snapshot.field_redacted", "snapshot.row_excluded",
                   "snapshot.reviewed", "snapshot.read_for_disclosure", "snapshot.viewed"):
        assert action in actions
    reasons = _audit_details(services, number, "snapshot.field_redacted")
    assert reasons[0]["reason_category"] == "others_data"
    # The note is free text: not in the hashed record, but beside it for the trail's readers.
    assert "note" not in reasons[0]
    shown = [e for e in services.audit.case_timeline(specialist, services.cases.detail(
        specialist, number).summary.id) if e.action == "snapshot.field_redacted"]
    assert shown[0].details["note"] == "Names a neighbour (GDPR 15(4))"


def _audit_actions(services, number):
    from smarttek_dsar.storage.models import AuditEvent

    with services.db.unit_of_work() as session:
        return list(session.scalars(sa.select(AuditEvent.action)
                                    .where(AuditEvent.case_number == number)))


def _audit_details(services, number, action):
    from smarttek_dsar.storage.models import AuditEvent

    with services.db.unit_of_work() as session:
        return [json.loads(d) for d in session.scalars(
            sa.select(AuditEvent.details).where(AuditEvent.case_number == number,
                                                AuditEvent.action == action))]


def test_roles_manager_and_admin_cannot_collect_or_see_rows(services, specialist, manager,
                                                            admin, configured):
    number = ilze_case(services, specialist)
    for actor in (manager, admin):  # the admin here is not a specialist
        with pytest.raises(PermissionDenied):
            services.collection.run(actor, number)
    services.collection.collect_all(specialist, number)
    for call in (services.snapshot.snapshot, services.snapshot.reviewed_snapshot):
        with pytest.raises(PermissionDenied):
            call(manager, number)
    with pytest.raises(PermissionDenied):
        services.snapshot.mark_reviewed(manager, number)
    with pytest.raises(PermissionDenied):
        services.sources.save(specialist, services.sources.config())
    with pytest.raises(PermissionDenied):
        services.sources.test(manager)


def test_a_cancel_reported_through_the_protocol_stores_nothing(services, specialist,
                                                              configured):
    number = ilze_case(services, specialist)
    reports = []

    def cancel_at_the_second_source(done: int, total: int, message: str) -> None:
        reports.append(done)
        if done == 1:
            progress.cancel()

    progress = CallbackProgress(cancel_at_the_second_source)
    with pytest.raises(Cancelled):
        services.collection.run(specialist, number, progress=progress)
    assert max(reports) == 1
    with services.db.unit_of_work() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(SnapshotRow)) == 0
        assert session.scalar(sa.select(sa.func.count()).select_from(CollectionRun)) == 0


def test_a_cancel_before_any_source_was_searched_stores_nothing(services, specialist,
                                                               configured):
    number = ilze_case(services, specialist)
    progress = CallbackProgress(lambda done, total, message: progress.cancel())
    with pytest.raises(Cancelled):
        services.collection.run(specialist, number, progress=progress)
    with services.db.unit_of_work() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(SnapshotRow)) == 0
        assert session.scalar(sa.select(sa.func.count()).select_from(CollectionRun)) == 0


def test_collecting_again_replaces_the_snapshot_and_keeps_the_record(services, specialist,
                                                                     configured):
    number = ilze_case(services, specialist)
    first = services.collection.collect_all(specialist, number)
    second = services.collection.collect_all(specialist, number)
    assert second.run_id != first.run_id and second.total_rows == first.total_rows
    with services.db.unit_of_work() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(CollectionRun)) == 2
        runs = set(session.scalars(sa.select(SnapshotRow.run_id).distinct()))
    assert runs == {second.run_id}


def test_accept_suggestions_and_generate_tasks(services, specialist, configured):
    number = ilze_case(services, specialist, rights=(Right.ACCESS, Right.ERASURE))
    services.collection.collect_all(specialist, number)
    services.closing.advance(specialist, number)
    services.identity.verify_identity(specialist, number,
                                      method=VerificationMethod.E_SIGNATURE, verified=True)
    services.closing.advance(specialist, number)  # -> review
    # The reviewer decided one cell herself first: it is kept.
    services.decisions.record_decisions(specialist, number, [DecisionInput(
        "marketing_preferences", Right.ERASURE, Outcome.GRANT, "Art. 17(1)(b)")])
    accepted = services.review_plan.accept_suggestions(specialist, number)
    found = {"identification", "contact_details", "bank_account", "service_incidents",
             "customer_surveys", "marketing_preferences"}
    # Suggestions only where data was found, and for the file of the request itself.
    assert set(accepted.categories) == found | {"case_file"} and accepted.from_snapshot
    assert "contract_data" in accepted.not_held and not found & set(accepted.not_held)
    assert accepted.kept == 1
    # Contract evidence is kept for claims (17(3)(e)), but no contract was found to date the
    # refusal: those cells wait for the reviewer's date instead of being granted or guessed.
    waiting = {(n.category_id, n.right) for n in accepted.needs_facts}
    assert ("identification", Right.ERASURE) in waiting
    assert ("case_file", Right.ERASURE) not in waiting  # kept for the case retention
    assert accepted.recorded == 2 * len(found | {"case_file"}) - 1 - len(waiting)
    detail = services.cases.detail(specialist, number)
    assert detail.register_version == accepted.register_version == \
        services.register.current().version
    decided = {(d.category_id, d.right): d for d in detail.decisions}
    assert ("identification", Right.ERASURE) not in decided
    assert decided[("marketing_preferences", Right.ERASURE)].suggested_outcome is None  # hers
    # Every recorded decision names its ground and carries the subject's reason in Latvian.
    surveys = decided[("customer_surveys", Right.ERASURE)]
    assert surveys.ground and surveys.ground.startswith("17(1)(")
    assert surveys.subject_reason.startswith("Šie dati tiks dzēsti")
    assert surveys.subject_reason != surveys.reason  # guidance stays the internal note
    assert decided[("service_incidents", Right.ACCESS)].phrase_key == "15(4)"
    case_file = decided[("case_file", Right.ERASURE)]
    assert (case_file.outcome, case_file.ground) == ("refuse", "17(3)(e)")
    assert case_file.keep_until > detail.summary.due_date

    # Planned from a version somebody changed since: the conflict message, nothing added.
    seen = services.cases.detail(specialist, number).summary.version
    services.cases.assign(specialist, number, specialist.username)
    with pytest.raises(ConflictError, match="was changed by"):
        services.review_plan.generate_tasks(specialist, number, seen)
    assert services.cases.detail(specialist, number).tasks == ()

    added = services.review_plan.generate_tasks(specialist, number)
    erase = [(t.system, t.category_id) for t in added if t.action == "erase"]
    assert ("Marketing tool", "marketing_preferences") in erase
    assert all(system for system, _c in erase)
    assert any(t.action == "notify" and t.recipient for t in added)
    assert services.review_plan.generate_tasks(specialist, number) == ()


def test_accept_suggestions_without_collection_decides_only_the_case_file(services, specialist,
                                                                         configured):
    number = ilze_case(services, specialist)
    services.closing.advance(specialist, number)
    services.identity.verify_identity(specialist, number,
                                      method=VerificationMethod.E_SIGNATURE, verified=True)
    services.closing.advance(specialist, number)
    accepted = services.review_plan.accept_suggestions(specialist, number)
    # Nothing searched: nothing is known to be held, except the request itself.
    assert not accepted.from_snapshot and accepted.not_held == ()
    assert accepted.categories == ("case_file",) and accepted.recorded == 1


def test_register_edit_is_versioned_audited_and_for_the_administrator(services, specialist,
                                                                       admin, tmp_path):
    shipped = services.register.current()
    assert not services.register.is_edited
    with pytest.raises(PermissionDenied):
        services.register.save(specialist, shipped)
    edited = replace(shipped, categories=tuple(
        replace(c, may_contain_others_data=True) if c.id == "customer_surveys" else c
        for c in shipped.categories))
    saved = services.register.save(admin, edited, based_on=shipped.version)
    assert saved.version == "2021-06-01.3" and services.register.current() == saved
    assert services.register.version(shipped.version) == shipped
    with pytest.raises(ServiceError, match="was changed"):
        services.register.save(admin, edited, based_on=shipped.version)
    assert "register.saved" in _audit_actions_all(services)


def _audit_actions_all(services):
    from smarttek_dsar.storage.models import AuditEvent

    with services.db.unit_of_work() as session:
        return list(session.scalars(sa.select(AuditEvent.action)))
