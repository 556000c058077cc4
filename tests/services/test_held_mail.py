"""Mail that is not a request is held, not registered: the DPO lists it, dismisses it (the
mail is deleted, the decision kept and audited) or imports it as a request through the normal
path. A manager sees counts only. SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from smarttek_dsar.services.errors import PermissionDenied, ServiceError
from smarttek_dsar.storage.models import AuditEvent, Case, HeldMessage
from tests.intake import non_request_mails as mails
from tests.services.intake_files import RECEIVED_AT, mail, write


def imported(services, actor, path):
    (result,) = services.imports.import_files(actor, [path])
    return result


def cases_in(services) -> int:
    with services.db.read() as session:
        return len(session.scalars(select(Case.id)).all())


def actions(services) -> list[str]:
    with services.db.read() as session:
        return list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)))


def test_every_kind_of_non_request_is_held_not_made_a_case(services, specialist, tmp_path):
    paths = [write(tmp_path, f"{kind}.eml", build()) for kind, build in mails.ALL.items()]
    results = services.imports.import_files(specialist, paths)
    assert [r.status for r in results] == ["held"] * len(mails.ALL), [r.message for r in results]
    assert all(r.case_number is None and r.held_id for r in results)
    bounce = results[0]
    assert bounce.message.startswith(f"Held as mail no. {bounce.held_id}, not registered")
    assert "delivery failure report (bounce, RFC 3464)" in bounce.message
    assert "03.09.2024 08:15 (Riga time)" in bounce.message  # its deadline would count from then
    assert bounce.to_json()["status"] == "held" and bounce.to_json()["held"] == bounce.held_id
    assert cases_in(services) == 0
    held = services.held.list(specialist)
    assert sorted(h.kind for h in held) == sorted(mails.ALL)
    first = next(h for h in held if h.kind == "bounce")
    assert (first.filename, first.received_at, first.status) == ("bounce.eml", RECEIVED_AT, "held")
    assert first.subject == "Undelivered Mail Returned to Sender"
    assert "MAILER-DAEMON@mx.smarttek.eu" in first.sender
    assert actions(services).count("mail.held") == len(mails.ALL)


def test_the_same_mail_again_is_held_once(services, specialist, tmp_path):
    first = imported(services, specialist, write(tmp_path, "b.eml", mails.bounce()))
    again = imported(services, specialist, write(tmp_path, "b2.eml", mails.bounce()))
    assert (again.status, again.held_id) == ("held", first.held_id)
    assert again.message.startswith(f"Held before as held mail no. {first.held_id}")
    assert len(services.held.list(specialist)) == 1


def test_dismissing_deletes_the_mail_and_keeps_the_decision(services, specialist, tmp_path):
    result = imported(services, specialist, write(tmp_path, "auto.eml", mails.auto_reply()))
    dismissed = services.held.dismiss(specialist, result.held_id)
    assert (dismissed.status, dismissed.sender, dismissed.subject) == ("dismissed", "", "")
    assert services.held.list(specialist) == []
    (kept,) = services.held.list(specialist, decided=True)
    assert kept.status == "dismissed" and kept.kind == "auto_reply"
    with services.db.read() as session:
        row = session.get(HeldMessage, result.held_id)
        assert row.raw is None and row.decided_by_id == specialist.user_id
    assert "mail.held_dismissed" in actions(services)
    with pytest.raises(ServiceError, match="was dismissed already"):
        services.held.dismiss(specialist, result.held_id)
    with pytest.raises(ServiceError, match="no held mail no. 999"):
        services.held.dismiss(specialist, 999)
    # Brought again after the dismissal: held again for a fresh look, never a case.
    again = imported(services, specialist, write(tmp_path, "auto2.eml", mails.auto_reply()))
    assert again.status == "held" and again.held_id != result.held_id


def test_importing_a_held_mail_makes_it_a_case_on_the_normal_path(services, specialist,
                                                                   tmp_path):
    data = mails.calendar_invite()
    held = imported(services, specialist, write(tmp_path, "ics.eml", data))
    result = services.held.import_as_request(specialist, held.held_id)
    assert result.status == "created", result.message
    case = services.cases.detail(specialist, result.case_number)
    assert case.summary.received_at == RECEIVED_AT  # the mail's own receipt, not today
    assert [a.filename for a in case.attachments if a.kind == "evidence"] == ["ics.eml"]
    (done,) = services.held.list(specialist, decided=True)
    assert (done.status, done.case_number) == ("imported", result.case_number)
    assert "mail.held_imported" in actions(services)
    timeline = services.audit.case_timeline(specialist, case.summary.id)
    assert "mail.held_imported" in [e.action for e in timeline]
    # Imported once: the file again is the case, not a new held mail.
    again = imported(services, specialist, write(tmp_path, "ics2.eml", data))
    assert (again.status, again.duplicate_of) == ("duplicate", result.case_number)
    with pytest.raises(ServiceError, match="was imported already"):
        services.held.import_as_request(specialist, held.held_id)


def test_a_real_request_is_not_held(services, specialist, tmp_path):
    result = imported(services, specialist, write(tmp_path, "req.eml", mail()))
    assert result.status == "created"
    assert services.held.list(specialist) == []


def test_a_manager_sees_counts_only(services, specialist, manager, tmp_path):
    for kind in ("bounce", "auto_reply", "mailing_list"):
        imported(services, specialist, write(tmp_path, f"{kind}.eml", mails.ALL[kind]()))
    counts = services.held.counts(manager)
    assert counts.waiting == 3
    assert counts.by_kind == {"auto_reply": 1, "bounce": 1, "mailing_list": 1}
    for call in (lambda: services.held.list(manager),
                 lambda: services.held.dismiss(manager, 1),
                 lambda: services.held.import_as_request(manager, 1)):
        with pytest.raises(PermissionDenied):
            call()
    assert services.held.counts(specialist).waiting == 3


def test_a_bounce_from_nobody_is_held_and_can_still_be_imported(services, specialist,
                                                                 tmp_path):
    held = imported(services, specialist, write(tmp_path, "b.eml", mails.bounce("MAILER <>")))
    assert held.status == "held", held.message
    (listed,) = services.held.list(specialist)
    assert listed.sender == "MAILER <>"
    result = services.held.import_as_request(specialist, held.held_id)
    assert result.status == "created", result.message
