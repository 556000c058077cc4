"""A manager watches deadlines and never sees personal data (issue 13, "Sign-in and roles").

The walk calls every public method of every service on the `Services` facade as a manager,
with arguments from ARGUMENTS (one entry per method; a test fails when a method has none, so a
new entry point cannot escape the walk), and scans everything that comes back (values, error
messages, files written) for the personal data of the cases the test created. On SQLite and
PostgreSQL."""

from __future__ import annotations

import inspect
import json
import sys
import threading
import types
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path

import pytest

from smarttek_dsar.domain.errors import DomainError
from smarttek_dsar.domain.identity import VerificationMethod
from smarttek_dsar.domain.rights import Channel, Outcome, Right
from smarttek_dsar.domain.roles import Role
from smarttek_dsar.domain.workflow import RejectionReason
from smarttek_dsar.intake.detect import parse_incoming_file
from smarttek_dsar.services import Services
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.administration.organisation_documents import DocumentKind
from smarttek_dsar.services.administration.query_test import SampleSubject
from smarttek_dsar.services.case_query import CaseFilter
from smarttek_dsar.services.errors import PermissionDenied, ServiceError
from smarttek_dsar.services.intake.subject_suggestions import SubjectFinder
from smarttek_dsar.services.response.delivery import DeliveredFile
from smarttek_dsar.services.review.decisions import DecisionInput
from smarttek_dsar.services.views import PartyInput
from smarttek_dsar.storage.models import AuditEvent
from tests.conftest import PASSWORD
from tests.fixed_clock import TODAY
from tests.services.case_factory import new_request
from tests.services.intake_files import portal_file, write
from tests.services.manager_cases import (
    EXTENSION_REASON,
    LIGA,
    LIGA_EMAIL,
    PAUSE_REASON,
    TASK_RECIPIENT,
    build_cases,
    files_under,
    personal_data_in,
    personal_values,
)


@dataclass(frozen=True)
class Walk:
    services: Services
    manager: Actor
    cases: object  # ManagerCases
    out: Path  # every file a call may write goes here, and is scanned
    inbox: Path  # files offered for import


Call = Callable[[Walk], tuple[tuple, dict]]


def _a(*args, **kwargs) -> tuple[tuple, dict]:
    return args, kwargs


def _register_version(w: Walk) -> str:
    return w.services.register.current().version


WALK_ROLES = f"walk{uuid.uuid4().hex[:10]}"


# One entry per public method of every service on the facade: the arguments a caller would
# pass. The manager is passed wherever the method takes an actor.
ARGUMENTS: dict[str, Call] = {
    "attachments.open_file": lambda w: _a(w.manager, w.cases.full, 1),
    "attachments.read_email": lambda w: _a(w.manager, w.cases.full, 1),
    "audit.case_timeline": lambda w: _a(w.manager, w.cases.full_id),
    "audit.export": lambda w: _a(w.manager, w.out / "audit.jsonl"),
    "audit.recent": lambda w: _a(w.manager),
    "audit.checkpoint": lambda w: _a(w.manager),
    "audit.trail_warning": lambda w: _a(w.manager),
    "audit.verify": lambda w: _a(w.manager),
    "backup.backup": lambda w: _a(w.manager, w.out / "backup.sqlite3"),
    "cases.assign": lambda w: _a(w.manager, w.cases.full, "maris"),
    "cases.count": lambda w: _a(w.manager, CaseFilter(text="ozola")),
    "cases.create": lambda w: _a(w.manager, new_request(name=LIGA, email=LIGA_EMAIL)),
    "cases.create_in": lambda w: _a(None, w.manager, new_request(name=LIGA)),
    "cases.detail": lambda w: _a(w.manager, w.cases.full),
    "cases.list": lambda w: _a(w.manager),
    "closing.advance": lambda w: _a(w.manager, w.cases.full),
    "closing.close": lambda w: _a(w.manager, w.cases.full),
    "collection.collect_all": lambda w: _a(w.manager, w.cases.collected),
    "collection.run": lambda w: _a(w.manager, w.cases.collected),
    "dashboard.assignees": lambda w: _a(w.manager),
    "dashboard.figures": lambda w: _a(w.manager),
    "decisions.record_decisions": lambda w: _a(w.manager, w.cases.full, [
        DecisionInput("contact_details", Right.ACCESS, Outcome.GRANT, "Art. 15")]),
    "delivery.record_delivery": lambda w: _a(
        w.manager, w.cases.full, sent_on=TODAY, channel=Channel.EMAIL, format="PDF",
        files=[DeliveredFile("x.pdf", "cd" * 32, 1)]),
    "documents.current": lambda w: _a(DocumentKind.DATA_SOURCES),
    "documents.save": lambda w: _a(w.manager, DocumentKind.REGISTER, "x", based_on=None),
    "documents.version": lambda w: _a(DocumentKind.LETTER_TEMPLATES, 1),
    "documents.versions": lambda w: _a(DocumentKind.REGISTER),
    "dossier.write": lambda w: _a(w.manager, w.cases.full, w.out / "dossier.pdf"),
    "duplicates.keep_apart": lambda w: _a(w.manager, w.cases.full),
    "duplicates.merge_duplicate": lambda w: _a(w.manager, w.cases.full),
    "exports.export_all": lambda w: _a(w.manager, w.cases.collected, w.out),
    "exports.record_delivery_from_package": lambda w: _a(
        w.manager, w.cases.collected, None, channel=Channel.EMAIL, sent_on=TODAY),
    "exports.write": lambda w: _a(w.manager, w.cases.collected, w.out),
    "fulfilment.add_task": lambda w: _a(w.manager, w.cases.full, action="erase"),
    "fulfilment.complete_task": lambda w: _a(w.manager, w.cases.full, 1),
    "identity.information_received": lambda w: _a(w.manager, w.cases.full),
    "identity.request_information": lambda w: _a(w.manager, w.cases.full, reason="x"),
    "identity.verify_identity": lambda w: _a(
        w.manager, w.cases.full, method=VerificationMethod.EMAIL_ON_FILE, verified=True),
    "imports.import_file": lambda w: _a(w.manager, write(w.inbox, "p.json", portal_file())),
    "imports.import_files": lambda w: _a(w.manager, [write(w.inbox, "q.json", portal_file())]),
    "imports.register_request": lambda w: _a(
        w.manager, parse_incoming_file(write(w.inbox, "r.json", portal_file())), w.inbox / "r"),
    "held.counts": lambda w: _a(w.manager),
    "held.dismiss": lambda w: _a(w.manager, 1),
    "held.import_as_request": lambda w: _a(w.manager, 1),
    "held.list": lambda w: _a(w.manager),
    "imports.watch_folder": lambda w: _a(w.manager, w.inbox, once=True,
                                         stop=threading.Event()),
    "imports.import_message": lambda w: _a(w.manager, portal_file(), "m.eml"),
    # The privacy mailbox and sending by e-mail (issue 15): refused before any connection.
    "mailbox.configure": lambda w: _a(w.manager, host="127.0.0.1", security="none"),
    "mailbox.fetch": lambda w: _a(w.manager, password="secret"),
    "mailbox.settings": lambda w: _a(),
    "mailbox.stored_password": lambda w: _a(),
    "sending.configure_smtp": lambda w: _a(w.manager, host="127.0.0.1", security="none"),
    "sending.needs_password": lambda w: _a(),
    "sending.send_letter": lambda w: _a(w.manager, w.cases.full, "acknowledgement"),
    "sending.send_package": lambda w: _a(w.manager, w.cases.full, w.out / "x.7z"),
    "sending.smtp_settings": lambda w: _a(),
    "letter_templates.info": lambda w: _a(w.manager, "acknowledgement", "lv"),
    "letter_templates.list": lambda w: _a(w.manager),
    "letter_templates.read": lambda w: _a(w.manager, "acknowledgement", "lv"),
    "letter_templates.reset": lambda w: _a(w.manager, "acknowledgement", "lv"),
    "letter_templates.save": lambda w: _a(w.manager, "acknowledgement", "lv", "Labdien!"),
    "letter_templates.shipped": lambda w: _a(w.manager, "acknowledgement", "lv"),
    "letters.register_for": lambda w: _a(_register_version(w)),
    "recipients.list": lambda w: _a(w.manager, w.cases.full),
    "corrections.correct": lambda w: _a(w.manager, w.cases.full, PartyInput(name="X")),
    "exports.export_for_controller": lambda w: _a(w.manager, w.cases.full, w.out / "ctrl",
                                                  "Citi Dati SIA"),
    # The phrasebook holds the company's texts, no one's data: anyone may read it.
    "phrasebook.current": lambda w: _a(),
    "phrasebook.export_text": lambda w: _a(),
    "phrasebook.save": lambda w: _a(w.manager, w.services.phrasebook.current().phrasebook),
    "phrasebook.set_text": lambda w: _a(w.manager, "17(3)(b)", "lv", "Teksts"),
    "phrasebook.import_text": lambda w: _a(w.manager, w.services.phrasebook.export_text()),
    "review_plan.suggestions": lambda w: _a(w.manager, w.cases.full),
    # Setting up team roles is the database owner's act at `init` (the server decides who may
    # create roles); the walk uses its own prefix and removes the roles afterwards.
    "team.prefix": lambda w: _a(),
    "team.set_up": lambda w: _a(WALK_ROLES),
    "recipients.confirm": lambda w: _a(w.manager, w.cases.full, "it_service_providers", "CRM",
                                       name="Named processor SIA"),
    "recipients.remove": lambda w: _a(w.manager, w.cases.full, 1),
    "letters.render": lambda w: _a(w.manager, w.cases.full, "extension"),
    "letters.write_pdf": lambda w: _a(w.manager, w.cases.full, "extension", w.out / "l.pdf"),
    "operations.actions": lambda w: _a(w.manager, w.cases.full),
    "organisation.add_holiday": lambda w: _a(w.manager, date(TODAY.year + 1, 3, 3), "Svētki"),
    "organisation.extra_holidays": lambda w: _a(),
    "organisation.remove_holiday": lambda w: _a(w.manager, date(TODAY.year + 1, 3, 3)),
    "organisation.settings": lambda w: _a(),
    "organisation.update": lambda w: _a(w.manager, "max_attachment_mb", 30),
    "register.current": lambda w: _a(),
    "register.history": lambda w: _a(),
    "register.version_or_current": lambda w: _a(_register_version(w)),
    "register.save": lambda w: _a(w.manager, w.services.register.current()),
    "register.version": lambda w: _a(_register_version(w)),
    "reports.annual": lambda w: _a(w.manager, TODAY.year),
    "reports.write_annual": lambda w: _a(w.manager, TODAY.year, w.out / "annual.pdf"),
    "reports.write_dashboard": lambda w: _a(w.manager, None, w.out / "dashboard.xlsx",
                                            fmt="xlsx"),
    "response.extend": lambda w: _a(w.manager, w.cases.full, reason="x", notified_on=TODAY),
    "response.reject": lambda w: _a(w.manager, w.cases.full,
                                    reason=RejectionReason.EXCESSIVE, note="x"),
    "response.withdraw": lambda w: _a(w.manager, w.cases.full),
    "retention.purge": lambda w: _a(w.manager, dry_run=True),
    "review_plan.accept_suggestions": lambda w: _a(w.manager, w.cases.collected),
    "review_plan.generate_tasks": lambda w: _a(w.manager, w.cases.collected),
    "snapshot.exclude_row": lambda w: _a(w.manager, w.cases.collected, 1, "x"),
    "snapshot.mark_reviewed": lambda w: _a(w.manager, w.cases.collected),
    "snapshot.redact_field": lambda w: _a(w.manager, w.cases.collected, 1, "email", "x"),
    "snapshot.reviewed_snapshot": lambda w: _a(w.manager, w.cases.collected),
    "snapshot.snapshot": lambda w: _a(w.manager, w.cases.collected),
    "sources.config": lambda w: _a(),
    "sources.demo_systems": lambda w: _a(),
    "sources.remember_password": lambda w: _a(w.manager, "billing", "secret-password"),
    "sources.save": lambda w: _a(w.manager, w.services.sources.config(), based_on=None),
    "sources.save_text": lambda w: _a(w.manager, w.services.sources.text(), based_on=None),
    "sources.stored": lambda w: _a(),
    "sources.test": lambda w: _a(w.manager),
    "sources.test_query": lambda w: _a(w.manager, w.services.sources.config().sources[0].name,
                                       0, case_number=w.cases.full,
                                       sample=SampleSubject(email=LIGA_EMAIL)),
    "sources.text": lambda w: _a(),
    "trust.add": lambda w: _a(w.manager, write(w.inbox, "ca.pem", b"not a certificate")),
    "trust.list": lambda w: _a(w.manager),
    "trust.remove": lambda w: _a(w.manager, "0123456789abcdef"),
    "users.actor_for": lambda w: _a("maris", reason="the walk of every service"),
    "users.add": lambda w: _a(w.manager, "eve", PASSWORD, frozenset({Role.SPECIALIST})),
    "users.assignable": lambda w: _a(w.manager),
    "users.disable": lambda w: _a(w.manager, "anna"),
    "users.create_first_admin": lambda w: _a("eve", PASSWORD),
    "users.has_users": lambda w: _a(),
    "users.list": lambda w: _a(w.manager),
    "users.login": lambda w: _a("maris", PASSWORD),
    "users.set_password": lambda w: _a(w.manager, "anna", PASSWORD + "!"),
    "users.set_roles": lambda w: _a(w.manager, "anna", frozenset({Role.MANAGER})),
    "users.unlock": lambda w: _a(w.manager, "anna"),
}

# Entry points that hand out personal data (or change a case): a manager must be refused.
MUST_REFUSE = frozenset({
    "attachments.open_file", "attachments.read_email",
    "audit.checkpoint", "audit.export", "audit.recent", "backup.backup", "cases.assign", "cases.create",
    "cases.create_in", "closing.advance", "closing.close", "collection.collect_all",
    "collection.run", "decisions.record_decisions", "delivery.record_delivery",
    "dossier.write", "duplicates.keep_apart", "duplicates.merge_duplicate",
    "exports.export_all", "exports.record_delivery_from_package", "exports.write",
    "fulfilment.add_task", "fulfilment.complete_task", "identity.information_received",
    "identity.request_information", "identity.verify_identity", "imports.import_file",
    "imports.import_files", "imports.watch_folder", "imports.register_request", "held.dismiss",
    "held.import_as_request", "held.list", "imports.import_message",
    "mailbox.configure", "mailbox.fetch", "sending.configure_smtp", "sending.send_letter",
    "sending.send_package", "letters.render", "letters.write_pdf",
    "response.extend", "response.reject", "response.withdraw", "retention.purge",
    "review_plan.accept_suggestions", "review_plan.generate_tasks", "snapshot.exclude_row",
    "snapshot.mark_reviewed", "snapshot.redact_field", "snapshot.reviewed_snapshot",
    "snapshot.snapshot", "trust.add", "trust.list", "trust.remove", "users.set_roles",
})


def facade_services(services: Services) -> dict[str, object]:
    """The services on the facade: set in __post_init__ or built on first use."""
    names = {n for n in vars(services) if n != "db"}
    names |= {n for n, v in vars(Services).items() if isinstance(v, cached_property)}
    return {n: getattr(services, n) for n in sorted(names) if not n.startswith("_")}


def public_methods(services: Services) -> dict[str, Callable]:
    found = {}
    for name, service in facade_services(services).items():
        for method_name, method in inspect.getmembers(service, callable):
            if method_name.startswith("_") or inspect.isclass(method):
                continue
            found[f"{name}.{method_name}"] = method
    return found


def test_the_walk_has_arguments_for_every_public_service_method(tmp_path):
    from smarttek_dsar.storage.database import Database, sqlite_url

    services = Services(Database(sqlite_url(tmp_path / "c.sqlite3")))
    try:
        methods = set(public_methods(services))
    finally:
        services.db.dispose()
    assert len(methods) > 80  # the walk found the services, not an empty facade
    assert methods - set(ARGUMENTS) == set(), "add an entry to ARGUMENTS for each new method"
    assert set(ARGUMENTS) - methods == set(), "remove entries of methods that are gone"
    assert MUST_REFUSE <= methods


@pytest.fixture
def walk(services, admin, specialist, manager, tmp_path) -> Iterator[Walk]:
    cases = build_cases(services, specialist, tmp_path)
    # A stored version of an organisation document, for documents.version to read.
    text = services.letter_templates.read(admin, "acknowledgement", "lv")
    services.letter_templates.save(admin, "acknowledgement", "lv", text + "\n")
    out, inbox = tmp_path / "out", tmp_path / "inbox"
    out.mkdir()
    inbox.mkdir()
    yield Walk(services, manager, cases, out, inbox)
    if not services.db.is_sqlite:  # roles are the server's, not the test database's
        from smarttek_dsar.storage import team_roles

        with services.db.unit_of_work() as session:
            team_roles.drop_roles(session.connection(), WALK_ROLES)


def test_nothing_personal_comes_back_to_a_manager(walk):
    values = personal_values()
    # The cases really hold the data: a specialist's view of them finds it.
    specialist_view = [walk.services.cases.detail(s, walk.cases.full)
                       for s in [_specialist(walk)]]
    assert {LIGA, EXTENSION_REASON, PAUSE_REASON, TASK_RECIPIENT} <= set(
        personal_data_in(specialist_view, values))

    leaks: dict[str, list[str]] = {}
    refused, answered = set(), set()
    for name, method in sorted(public_methods(walk.services).items()):
        args, kwargs = ARGUMENTS[name](walk)
        try:
            result = method(*args, **kwargs)
        except PermissionDenied as refusal:
            refused.add(name)
            result = str(refusal)
        except (ServiceError, DomainError) as error:
            answered.add(name)
            result = str(error)
        else:
            answered.add(name)
        found = personal_data_in(result, values)
        if found:
            leaks[name] = found
    # Every case's view and timeline, not only the first case's: each holds other free text.
    cases = walk.cases
    for number, case_id in ((cases.full, cases.full_id), (cases.collected, cases.collected_id),
                            (cases.rejected, None), (cases.withdrawn, None)):
        detail = walk.services.cases.detail(walk.manager, number)
        timeline = walk.services.audit.case_timeline(walk.manager, case_id or detail.summary.id)
        for what, result in (("cases.detail", detail), ("audit.case_timeline", timeline)):
            found = personal_data_in(result, values)
            if found:
                leaks[f"{what} {number}"] = found
    # The subject look-up at import is reached through the import service.
    with pytest.raises(PermissionDenied):
        walk.services.imports.subject_finder.suggest(
            walk.manager, personal_code=None, email=LIGA_EMAIL, phone=None)
    for path in files_under(walk.out):
        found = personal_data_in(path, values)
        if found:
            leaks[f"file {path.name}"] = found
    assert leaks == {}
    assert MUST_REFUSE - refused == set(), "a manager reached these"
    # The manager's own work still answers: the list, a case, its timeline, the dashboard.
    for name in ("cases.list", "cases.count", "cases.detail", "audit.case_timeline",
                 "dashboard.figures", "reports.write_dashboard", "reports.annual"):
        assert name in answered


def _specialist(walk: Walk) -> Actor:
    return walk.services.users.login("anna", PASSWORD)


def test_a_manager_reads_neutral_words_where_free_text_was(walk):
    services, manager = walk.services, walk.manager
    detail = services.cases.detail(manager, walk.cases.full)
    steps = [s.text for s in detail.deadline.steps]
    steps_lv = [s.text_lv for s in detail.deadline.steps]
    assert any(s.startswith("Extended by two months (reason recorded; subject told on")
               for s in steps)
    assert any("(iemesls reģistrēts; datu subjekts informēts" in s for s in steps_lv)
    assert any("(awaiting identity information)" in s for s in steps)
    assert any("(gaida identitātes informāciju)" in s for s in steps_lv)
    assert detail.deadline.extended and detail.summary.subject_name is None
    assert json.dumps(detail.to_json(), ensure_ascii=False).count(EXTENSION_REASON) == 0

    timeline = {e.action: e.details for e in services.audit.case_timeline(
        manager, walk.cases.full_id)}
    assert timeline["response.delivered"]["files"] == "(1 recorded)"
    assert timeline["response.delivered"]["channel"] == "email"
    assert timeline["task.added"]["recipient"] == "(recorded)"
    assert timeline["task.added"]["action"] == "notify"
    assert timeline["deadline.extended"]["reason"] == "(recorded)"
    assert timeline["deadline.extended"]["notified_on"] == TODAY.isoformat()
    # The specialist sees what was written.
    specialist = _specialist(walk)
    full = {e.action: e.details for e in services.audit.case_timeline(
        specialist, walk.cases.full_id)}
    assert full["task.added"]["recipient"] == TASK_RECIPIENT
    assert any(EXTENSION_REASON in s.text
               for s in services.cases.detail(specialist, walk.cases.full).deadline.steps)


# -- subject suggestions at import ------------------------------------------------------------

@dataclass
class _Match:
    name: str
    personal_code: str
    email: str
    phone: str
    source: str


def test_subject_suggestions_need_a_specialist_and_are_audited(services, specialist, manager,
                                                               monkeypatch):
    from sqlalchemy import select

    config = types.SimpleNamespace(sources=(types.SimpleNamespace(name="Billing"),
                                            types.SimpleNamespace(name="CRM")))
    asked = []

    def find_subjects(cfg, *, personal_code=None, email=None, phone=None, limit=5):
        asked.append(email)
        return [_Match(LIGA, "010190-10001", LIGA_EMAIL, "+37126551234", "Billing")]

    module = types.ModuleType("smarttek_dsar.sources.lookup")
    module.find_subjects = find_subjects
    module.load_sources_config = lambda: config
    monkeypatch.setitem(sys.modules, "smarttek_dsar.sources.lookup", module)
    finder = SubjectFinder(services.db)

    with pytest.raises(PermissionDenied, match="maris .*may not look up data subjects"):
        finder.suggest(manager, personal_code=None, email=LIGA_EMAIL, phone=None)
    assert asked == []  # refused before any system was read

    case = services.cases.create(specialist, new_request(name=LIGA, email=LIGA_EMAIL))
    suggestions, note = finder.suggest(specialist, personal_code=None, email=LIGA_EMAIL,
                                       phone="+37126551234", case_number=case.number)
    assert note == "" and [s.name for s in suggestions] == [LIGA]
    with services.db.read() as session:
        event = session.scalars(select(AuditEvent).where(
            AuditEvent.action == "subject.suggested")).one()
        assert (event.username, event.case_number) == ("anna", case.number)
        details = json.loads(event.details)
    assert details == {"sources": ["Billing", "CRM"], "searched_by": ["email", "phone"],
                       "suggestions": 1, "failed": False}
    assert personal_data_in(details, personal_values()) == []
