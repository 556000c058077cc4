"""Held mail is personal data too: the retention purge deletes a dismissed one some days after
the dismissal and one nobody decided on some days after it was held (organisation settings),
in the same run as the case files, with counts in the dry run and the audit trail. After the
purge nothing of it is left in the tables nor in the database file's bytes. SQLite and
PostgreSQL."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import select

from smarttek_dsar.services.errors import PermissionDenied, ServiceError
from smarttek_dsar.storage.models import AuditEvent, HeldMessage
from tests.fixed_clock import NOW_UTC
from tests.intake import non_request_mails as mails
from tests.services.intake_files import write
from tests.services.test_purge_leaves_nothing import _database_file, _hits_on_disk

# Distinctive: a hit anywhere can only come from this held mail.
SENDER_NAME = "Zeltīte Kraukļkalne"
SENDER = f"{SENDER_NAME} <zeltite.kraukl@example.lv>"
SUBJECT = "Atvaļinājumā QZ-4417 līdz pavasarim"


def _held(services, specialist, tmp_path, name: str, data: bytes) -> int:
    (result,) = services.imports.import_files(specialist, [write(tmp_path, name, data)])
    assert result.status == "held", result.message
    return result.held_id


def _rows(services) -> dict[int, str]:
    with services.db.read() as session:
        return dict(session.execute(select(HeldMessage.id, HeldMessage.status)).all())


def _events(services, action: str) -> list[dict]:
    with services.db.read() as session:
        return [json.loads(d) for d in session.scalars(
            select(AuditEvent.details).where(AuditEvent.action == action)
            .order_by(AuditEvent.seq))]


def test_dismissed_after_a_month_undecided_after_three_and_imported_never(
        services, admin, specialist, tmp_path):
    dismissed = _held(services, specialist, tmp_path, "auto.eml", mails.auto_reply())
    waiting = _held(services, specialist, tmp_path, "bounce.eml", mails.bounce())
    also_waiting = _held(services, specialist, tmp_path, "news.eml", mails.newsletter())
    imported = _held(services, specialist, tmp_path, "receipt.eml", mails.read_receipt())
    services.held.dismiss(specialist, dismissed)
    # Imported: the case's now, kept (without its content) as long as the case file is.
    case_number = services.held.import_as_request(specialist, imported).case_number

    # Defaults: 30 days after a dismissal, 90 days after holding.
    settings = services.organisation.settings()
    assert (settings.held_dismissed_days, settings.held_undecided_days) == (30, 90)
    early = services.retention.purge(admin, dry_run=True, now=NOW_UTC + timedelta(days=29))
    assert (early.held_dismissed, early.held_undecided) == (0, 0)
    month = services.retention.purge(admin, dry_run=True, now=NOW_UTC + timedelta(days=31))
    assert (month.held_dismissed, month.held_undecided) == (1, 0)
    later = NOW_UTC + timedelta(days=91)
    dry = services.retention.purge(admin, dry_run=True, now=later)
    assert (dry.held_dismissed, dry.held_undecided, dry.numbers) == (1, 2, ())
    # A dry run deletes none.
    assert set(_rows(services)) == {dismissed, waiting, also_waiting, imported}

    done = services.retention.purge(admin, now=later)
    assert (done.held_dismissed, done.held_undecided) == (1, 2)
    assert _rows(services) == {imported: "imported"}
    assert [h.case_number for h in services.held.list(specialist, decided=True)] == [
        case_number]
    # Counts and periods only, nothing of the mails.
    assert _events(services, "mail.held_purged") == [
        {"dismissed": 1, "undecided": 2, "dismissed_days": 30, "undecided_days": 90}]
    runs = _events(services, "retention.run")
    assert [(r["dry_run"], r["held_dismissed"], r["held_undecided"]) for r in runs] == [
        (True, 0, 0), (True, 1, 0), (True, 1, 2), (False, 1, 2)]
    assert services.audit.verify(admin).ok
    assert services.retention.purge(admin, dry_run=True, now=later).held_undecided == 0


def test_the_periods_are_settings_with_limits_and_only_an_administrator_purges(
        services, admin, specialist, tmp_path):
    _held(services, specialist, tmp_path, "bounce.eml", mails.bounce())
    services.organisation.update(admin, "held_undecided_days", 31)
    assert services.retention.purge(admin, dry_run=True,
                                    now=NOW_UTC + timedelta(days=32)).held_undecided == 1
    # Never inside the month a request held by mistake would have to be answered in.
    with pytest.raises(ServiceError, match="between 31 and 730"):
        services.organisation.update(admin, "held_undecided_days", 30)
    with pytest.raises(ServiceError, match="between 1 and 365"):
        services.organisation.update(admin, "held_dismissed_days", 0)
    with pytest.raises(PermissionDenied):
        services.retention.purge(specialist, now=NOW_UTC + timedelta(days=32))
    assert len(services.held.list(specialist)) == 1


def test_a_purged_held_mail_leaves_no_byte_in_the_database_file(services, admin, specialist,
                                                                 tmp_path_factory):
    data = mails.auto_reply(subject=SUBJECT, sender=SENDER)
    # The imported file lies outside the database's folder, which is searched byte by byte.
    held = _held(services, specialist, tmp_path_factory.mktemp("mail"), "kraukl.eml", data)
    assert services.held.list(specialist)[0].subject == SUBJECT
    database = _database_file(services)
    if database is not None:
        assert _hits_on_disk(database.parent, [SENDER_NAME, SUBJECT])  # really stored
    services.retention.purge(admin, now=NOW_UTC + timedelta(days=91))
    with services.db.read() as session:
        assert session.get(HeldMessage, held) is None
    if database is None:
        return  # PostgreSQL: the row is gone (its files are the server's)
    wal = database.with_name(database.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert _hits_on_disk(database.parent, [SENDER_NAME, SUBJECT, "zeltite.kraukl"]) == {}
