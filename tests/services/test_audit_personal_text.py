"""Personal free text stays out of the hashed audit record: it is kept beside the event with a
salted digest in the chain, shown to those who may read it, and purge deletes it while the
chain still verifies (issue 13)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import select

from smarttek_dsar.domain.identity import VerificationMethod
from smarttek_dsar.domain.rights import Channel, Outcome, Right
from smarttek_dsar.services import Services, audit
from smarttek_dsar.services.case_query import CaseFilter
from smarttek_dsar.services.response.delivery import DeliveredFile
from smarttek_dsar.services.review.decisions import DecisionInput
from smarttek_dsar.storage.database import Database, sqlite_url
from smarttek_dsar.storage.models import AuditEvent, AuditPersonalText
from tests.fixed_clock import TODAY
from tests.services.case_factory import new_request

SEARCH = "Bērziņš"
PAUSE = "Lūdzam Jāni Bērziņu atsūtīt pases numura pēdējos ciparus"
EXTENSION = "Jāņa Bērziņa dati ir sešās sistēmās"
RECIPIENT = "Bērziņa grāmatvede Ilze Ozola"
FILE = "Janis_Berzins_010190-10001_answer.pdf"
PERSONAL = (SEARCH, PAUSE, EXTENSION, RECIPIENT, FILE)
DATA = Path(__file__).resolve().parents[1] / "data"


def _case_with_personal_text(services, specialist):
    case = services.cases.create(specialist, new_request(days_ago=5))
    n = case.number
    assert services.cases.list(specialist, CaseFilter(text=SEARCH))
    services.identity.request_information(specialist, n, reason=PAUSE)
    services.identity.information_received(specialist, n)
    services.response.extend(specialist, n, reason=EXTENSION, notified_on=TODAY)
    services.identity.verify_identity(specialist, n, method=VerificationMethod.EMAIL_ON_FILE,
                                      verified=True)
    services.closing.advance(specialist, n)
    services.decisions.record_decisions(specialist, n, [
        DecisionInput("contact_details", Right.ACCESS, Outcome.GRANT, "Art. 15")])
    services.fulfilment.add_task(specialist, n, action="notify", recipient=RECIPIENT)
    services.closing.advance(specialist, n)
    task = services.cases.detail(specialist, n).tasks[0]
    services.fulfilment.complete_task(specialist, n, task.id)
    services.delivery.record_delivery(specialist, n, sent_on=TODAY, channel=Channel.EMAIL,
                                      format="PDF", files=[DeliveredFile(FILE, "ab" * 32, 10)])
    return case


def _hashed_record(services) -> str:
    with services.db.read() as session:
        return "\n".join(
            f"{e.username} {e.action} {e.case_number} {e.details}"
            for e in session.scalars(select(AuditEvent))
        )


def _side_texts(services) -> str:
    with services.db.read() as session:
        return "\n".join(r.text for r in session.scalars(select(AuditPersonalText)))


def test_personal_text_is_kept_beside_the_event_and_shown_to_specialists(
        services, admin, specialist, manager):
    case = _case_with_personal_text(services, specialist)
    hashed, beside = _hashed_record(services), _side_texts(services)
    for text in PERSONAL:
        assert text not in hashed, text
        assert text in beside, text
    timeline = services.audit.case_timeline(specialist, case.id)
    shown = {e.action: e.details for e in timeline}
    assert shown["clock.paused"]["reason"] == PAUSE
    assert shown["deadline.extended"]["reason"] == EXTENSION
    assert shown["task.added"]["recipient"] == RECIPIENT
    assert shown["response.delivered"]["files"] == [[FILE, "ab" * 32]]
    searches = [e for e in services.audit.recent(admin) if e.action == "case.listed"]
    assert searches[-1].details["filter"] == SEARCH
    # Managers see that a pause was asked for, not what was asked.
    hidden = {e.action: e.details for e in services.audit.case_timeline(manager, case.id)}
    assert hidden["clock.paused"]["reason"] == "(recorded)"  # services/timeline_facts.py
    assert services.audit.verify(admin).ok


def test_after_forget_personal_text_the_chain_verifies_and_the_texts_are_gone(
        services, admin, specialist):
    case = _case_with_personal_text(services, specialist)
    with services.db.unit_of_work() as session:
        gone = audit.forget_personal_text(session, case.id, terms=(SEARCH,))
    assert gone >= 5  # the five texts above, and any other free text of the case
    everything = _hashed_record(services) + _side_texts(services)
    for text in PERSONAL:
        assert text not in everything, text
    report = services.audit.verify(admin)
    assert report.ok, report.problem
    assert report.purged_texts == gone
    purged = [e for e in services.audit.case_timeline(specialist, case.id) if e.purged]
    assert {e.action for e in purged} >= {"clock.paused", "deadline.extended", "task.added",
                                          "response.delivered"}
    assert "reason" not in next(e for e in purged if e.action == "clock.paused").details


def test_an_old_intact_chain_is_rehashed_by_the_upgrade(tmp_path):
    copy = tmp_path / "dsar-0001.sqlite3"
    shutil.copy(DATA / "dsar-0001.sqlite3", copy)
    services = Services(Database(sqlite_url(copy)))
    try:
        dpo = services.users.login("dpo", "old database password")
        report = services.audit.verify(dpo)
        assert report.ok, report.problem
        actions = [e.action for e in services.audit.recent(dpo)]
        assert "audit.rehashed" in actions and "audit.old_chain_broken" not in actions
    finally:
        services.db.dispose()


def test_an_old_broken_chain_is_not_rehashed_and_stays_reported(tmp_path):
    copy = tmp_path / "dsar-0001.sqlite3"
    shutil.copy(DATA / "dsar-0001.sqlite3", copy)
    with sqlite3.connect(copy) as raw:
        raw.execute("UPDATE audit_events SET username = 'mallory' WHERE seq = 2")
    services = Services(Database(sqlite_url(copy)))
    try:
        dpo = services.users.login("dpo", "old database password")  # sign-in still works
        report = services.audit.verify(dpo)
        assert not report.ok and report.first_bad_seq == 2
        assert "before the upgrade" in report.problem
        assert services.audit.trail_warning(dpo) == 2
    finally:
        services.db.dispose()
