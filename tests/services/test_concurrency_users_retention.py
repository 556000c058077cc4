"""Two users on one case, sign-in protection, retention purge and backups."""

from __future__ import annotations

import sqlite3
from datetime import datetime, time, timedelta

import pytest
from sqlalchemy import select, update

from smarttek_dsar.domain.clock import RIGA
from smarttek_dsar.domain.identity import VerificationMethod
from smarttek_dsar.domain.workflow import Stage
from smarttek_dsar.services.errors import AuthenticationFailed, ConflictError, ServiceError
from smarttek_dsar.storage.models import Case, Decision, User
from tests.conftest import PASSWORD
from tests.fixed_clock import NOW_UTC, TODAY
from tests.services.case_factory import id_scan, new_request


def test_second_writer_gets_a_conflict_and_nothing_is_overwritten(services, specialist, admin):
    from smarttek_dsar.domain.roles import Role

    services.users.add(admin, "juris", PASSWORD, frozenset({Role.SPECIALIST}))
    juris = services.users.login("juris", PASSWORD)
    case = services.cases.create(specialist, new_request())
    seen_by_anna = services.cases.detail(specialist, case.number).summary.version
    seen_by_juris = services.cases.detail(juris, case.number).summary.version
    services.response.withdraw(juris, case.number, note="Subject called",
                               expected_version=seen_by_juris)
    with pytest.raises(ConflictError, match="changed by juris"):
        services.closing.advance(specialist, case.number, expected_version=seen_by_anna)
    assert services.cases.detail(specialist, case.number).summary.stage is Stage.WITHDRAWN


def test_passwords_are_argon2_hashes_and_failures_delay_the_next_attempt(services, admin):
    with services.db.unit_of_work() as session:
        stored = session.query(User).filter_by(username="dpo").one().password_hash
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    for _ in range(5):
        with pytest.raises(AuthenticationFailed, match="Wrong user name or password"):
            services.users.login("dpo", "wrong password")
    # After the fifth failure the next attempt waits, even with the right password.
    with pytest.raises(AuthenticationFailed, match="Too many attempts; try again in 1 second"):
        services.users.login("dpo", PASSWORD)
    with services.db.unit_of_work() as session:
        session.execute(update(User).values(locked_until=NOW_UTC - timedelta(seconds=1)))
    assert services.users.login("dpo", PASSWORD).username == "dpo"
    with pytest.raises(AuthenticationFailed, match="Wrong user name or password"):
        services.users.login("nobody", PASSWORD)


def test_short_passwords_and_duplicate_users_are_refused(services, admin):
    from smarttek_dsar.domain.roles import Role

    with pytest.raises(ServiceError, match="at least 10"):
        services.users.add(admin, "ilze", "short", frozenset({Role.MANAGER}))
    with pytest.raises(ServiceError, match="exists already"):
        services.users.add(admin, "DPO", PASSWORD, frozenset({Role.MANAGER}))
    with pytest.raises(ServiceError, match="first administrator exists"):
        services.users.create_first_admin("x", PASSWORD)


def test_purge_removes_personal_data_after_retention_and_keeps_statistics(
    services, admin, specialist
):
    old = services.cases.create(specialist, new_request(attachments=[id_scan()]))
    services.identity.verify_identity(specialist, old.number, method=VerificationMethod.IN_PERSON,
                                      verified=True, notes="Seen passport at the office")
    services.response.withdraw(specialist, old.number, note="Jānis called to withdraw")
    recent = services.cases.create(specialist, new_request(code=None, email="liga@example.lv"))
    services.response.withdraw(specialist, recent.number)
    with services.db.unit_of_work() as session:
        session.execute(update(Case).where(Case.number == old.number)
                        .values(closed_at=NOW_UTC - timedelta(days=3 * 366)))
    dry = services.retention.purge(admin, dry_run=True)
    assert dry.numbers == (old.number,)
    assert services.cases.detail(specialist, old.number).parties  # untouched by a dry run
    report = services.retention.purge(admin)
    assert report.numbers == (old.number,)
    detail = services.cases.detail(specialist, old.number)
    assert detail.parties == () and detail.request_text == "" and detail.attachments == ()
    assert detail.summary.subject_name == "" and detail.identity_checks[0].notes == ""
    # Anonymous statistics stay: channel, rights, dates, outcome.
    assert detail.summary.stage is Stage.WITHDRAWN and detail.summary.rights
    assert services.cases.detail(specialist, recent.number).parties
    assert services.retention.purge(admin).numbers == ()
    assert services.audit.verify(admin).ok


def test_a_case_file_kept_until_a_told_date_is_purged_exactly_after_it(
    services, admin, specialist
):
    """A refused erasure of the case file told the subject "kept until <date>": the file goes
    at the first purge after that date, however late the case was closed."""
    told = services.cases.create(specialist, new_request(email="told@example.lv", code=None))
    services.response.withdraw(specialist, told.number)
    keep_until = TODAY + timedelta(days=10)
    with services.db.unit_of_work() as session:
        case = session.scalar(select(Case).where(Case.number == told.number))
        # Closed long ago (past the usual retention) but the subject was told a later date.
        case.closed_at = NOW_UTC - timedelta(days=9 * 366)
        session.add(Decision(case_id=case.id, category_id="case_file", right="erasure",
                             outcome="refuse", article="Art. 17(3)(e)", ground="17(3)(e)",
                             keep_until=keep_until, decided_at=NOW_UTC))
    assert services.retention.purge(admin, dry_run=True).numbers == ()
    after = NOW_UTC + timedelta(days=11)
    assert services.retention.purge(admin, dry_run=True, now=after).numbers == (told.number,)
    # The day itself is still "until": not yet.
    on_the_day = datetime.combine(keep_until, time(12), tzinfo=RIGA)
    assert services.retention.purge(admin, dry_run=True, now=on_the_day).numbers == ()


def test_backup_is_a_consistent_copy(services, admin, specialist, tmp_path):
    if not services.db.is_sqlite:
        import shutil

        if shutil.which("pg_dump") is None:
            pytest.skip("pg_dump not installed")
    case = services.cases.create(specialist, new_request())
    target = services.backup.backup(admin, tmp_path / "copy.backup")
    assert target.stat().st_size > 0
    if services.db.is_sqlite:
        with sqlite3.connect(target) as copy:
            assert copy.execute("select number from cases").fetchall() == [(case.number,)]
    with pytest.raises(ServiceError, match="exists already"):
        services.backup.backup(admin, target)

