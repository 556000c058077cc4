"""Requests straight from the privacy mailbox, against a real Dovecot (tests/mail_servers.py),
on SQLite and PostgreSQL: new mail imported once and moved, re-fetch imports nothing, a broken
message is reported and left in place, a connection dropped mid-fetch loses nothing and
duplicates nothing."""

from __future__ import annotations

import hashlib

import pytest

from smarttek_dsar.domain.progress import Cancelled
from smarttek_dsar.intake import mail_size
from smarttek_dsar.intake.mailbox_message import EVIDENCE_INTERNALDATE
from smarttek_dsar.services.errors import PermissionDenied, ServiceError
from smarttek_dsar.services.mailbox import mailbox as mailbox_module
from smarttek_dsar.services.mailbox.imap_connection import MailboxUnavailable
from smarttek_dsar.storage.models import AuditEvent, Case, MailboxMessage
from tests.mail_servers import MAIL_PASSWORD
from tests.mailbox.mailbox_mails import ARRIVED, RECEIVED_HEADER, broken_mail, request_mail


@pytest.fixture
def mailbox(services, admin, dovecot):
    services.mailbox.configure(admin, **dovecot.settings())
    return services.mailbox


def _cases(services) -> list[Case]:
    with services.db.read() as session:
        cases = session.query(Case).order_by(Case.id).all()
        for case in cases:
            _ = case.attachments, case.parties
        return cases


def test_new_mail_becomes_cases_once_and_is_moved(services, specialist, mailbox, dovecot):
    first = request_mail(1)
    dovecot.append(first, ARRIVED)
    dovecot.append(request_mail(2), ARRIVED)
    report = mailbox.fetch(specialist, password=MAIL_PASSWORD)
    assert [m.status for m in report.messages] == ["created", "created"]
    assert report.summary().startswith("2 new requests")
    assert dovecot.count("INBOX") == 0 and dovecot.count("Processed") == 2

    cases = _cases(services)
    assert len(cases) == 2
    # The receipt time is the server's INTERNALDATE, not the 2024 Received header.
    assert cases[0].received_at.replace(tzinfo=None) == ARRIVED.replace(tzinfo=None)
    assert EVIDENCE_INTERNALDATE in cases[0].receipt_proof
    # The raw message, exactly as the server holds it, is the case's evidence.
    client = dovecot.client()
    client.select_folder("Processed", readonly=True)
    held = client.fetch(client.search(["ALL"]), ["BODY.PEEK[]"])
    client.logout()
    server_copies = {hashlib.sha256(v[b"BODY[]"]).hexdigest() for v in held.values()}
    evidence = {a.sha256 for c in cases for a in c.attachments if a.kind == "evidence"}
    assert evidence == server_copies
    assert {p.email for c in cases for p in c.parties} == {"klients1@example.lv",
                                                           "klients2@example.lv"}

    again = mailbox.fetch(specialist, password=MAIL_PASSWORD)
    assert again.messages == [] and len(_cases(services)) == 2

    # The same mail delivered a second time (same Message-ID, same bytes): reported, not a
    # new case. (Other bytes under the same Message-ID are a new, flagged case: mail intake.)
    dovecot.append(first, ARRIVED)
    third = mailbox.fetch(specialist, password=MAIL_PASSWORD)
    assert [m.status for m in third.messages] == ["duplicate"]
    assert third.messages[0].case_number == cases[0].number
    assert len(_cases(services)) == 2 and dovecot.count("INBOX") == 0
    with services.db.read() as session:
        rows = session.query(MailboxMessage).all()
        # The Message-ID's digest, not the Message-ID (which may name the sender).
        assert {r.message_id for r in rows} == {
            "sha256:" + hashlib.sha256(f"<req-{n}@example.lv>".encode()).hexdigest()
            for n in (1, 2)}
        assert all(r.moved_at is not None for r in rows)
        fetched = [e for e in session.query(AuditEvent) if e.action == "mailbox.fetched"]
        assert len(fetched) == 2  # the empty look in between is not audited


def test_a_broken_message_is_reported_and_left_in_place(services, specialist, mailbox,
                                                        dovecot):
    dovecot.append(broken_mail(), ARRIVED)
    dovecot.append(request_mail(3), ARRIVED)
    report = mailbox.fetch(specialist, password=MAIL_PASSWORD)
    assert [m.status for m in report.messages] == ["error", "created"]
    assert "sender" in report.messages[0].message
    assert report.failed
    assert dovecot.count("INBOX") == 1 and dovecot.count("Processed") == 1
    # Still there, and said again on the next fetch; nothing else happens to it.
    again = mailbox.fetch(specialist, password=MAIL_PASSWORD)
    assert [m.status for m in again.messages] == ["error"]
    assert len(_cases(services)) == 1 and dovecot.count("INBOX") == 1


class StopServerAt:
    """Stops the server when the fetch reaches message `at` (counted from 0): the connection
    drops between two messages, as when the network goes."""

    def __init__(self, server, at: int) -> None:
        self.server, self.at = server, at

    @property
    def cancelled(self) -> bool:
        return False

    def report(self, done: int, total: int, message: str = "") -> None:
        if done == self.at and done < total:
            self.server.stop()


def test_a_connection_dropped_between_messages_loses_and_duplicates_nothing(
        services, specialist, mailbox, dovecot):
    for n in range(1, 5):
        dovecot.append(request_mail(n), ARRIVED)
    report = mailbox.fetch(specialist, password=MAIL_PASSWORD, progress=StopServerAt(dovecot, 2))
    assert [m.status for m in report.messages] == ["created", "created"]
    assert "connection to the mailbox was lost" in report.stopped
    dovecot.start()
    # The two imported ones were recorded but not yet moved (moves go in batches): the next
    # fetch only moves them, and imports the other two.
    assert dovecot.count("INBOX") == 4
    rest = mailbox.fetch(specialist, password=MAIL_PASSWORD)
    assert [m.status for m in rest.messages] == ["moved", "moved", "created", "created"]
    assert not rest.stopped and rest.new_requests == 2
    cases = _cases(services)
    assert len(cases) == 4
    assert sorted(p.email for c in cases for p in c.parties) == [
        f"klients{n}@example.lv" for n in range(1, 5)]
    assert dovecot.count("INBOX") == 0 and dovecot.count("Processed") == 4


def test_a_connection_dropped_after_the_case_before_the_move(services, specialist, mailbox,
                                                             dovecot, monkeypatch):
    """The case is committed, then the server goes before the message is moved: the next
    fetch moves it and imports nothing again."""
    dovecot.append(request_mail(7), ARRIVED)
    imports = services.mailbox.imports
    real = imports.import_message

    def import_then_lose_the_server(*args, **kwargs):
        result = real(*args, **kwargs)
        dovecot.stop()
        return result

    monkeypatch.setattr(imports, "import_message", import_then_lose_the_server)
    report = mailbox.fetch(specialist, password=MAIL_PASSWORD)
    assert report.stopped and len(_cases(services)) == 1
    monkeypatch.setattr(imports, "import_message", real)
    dovecot.start()
    assert dovecot.count("INBOX") == 1  # not moved yet
    again = mailbox.fetch(specialist, password=MAIL_PASSWORD)
    assert [(m.status, m.moved) for m in again.messages] == [("moved", True)]
    assert again.messages[0].case_number == _cases(services)[0].number
    assert len(_cases(services)) == 1
    assert dovecot.count("INBOX") == 0 and dovecot.count("Processed") == 1


def test_cancel_stops_between_messages(services, specialist, mailbox, dovecot):
    for n in (1, 2, 3):
        dovecot.append(request_mail(n), ARRIVED)

    class CancelAtSecond:
        cancelled = False

        def report(self, done, total, message=""):
            if done == 1:
                raise Cancelled()

    report = mailbox.fetch(specialist, password=MAIL_PASSWORD, progress=CancelAtSecond())
    assert [m.status for m in report.messages] == ["created"]
    assert str(report.stopped).startswith("Cancelled")
    assert dovecot.count("INBOX") == 2 and len(_cases(services)) == 1


def test_wrong_password_unset_mailbox_and_roles(services, admin, specialist, manager,
                                                dovecot):
    with pytest.raises(ServiceError, match="not set up"):
        services.mailbox.fetch(specialist, password=MAIL_PASSWORD)
    services.mailbox.configure(admin, **dovecot.settings())
    with pytest.raises(MailboxUnavailable, match="refused the sign-in"):
        services.mailbox.fetch(specialist, password="wrong")
    with pytest.raises(PermissionDenied):
        services.mailbox.fetch(manager, password=MAIL_PASSWORD)
    with pytest.raises(PermissionDenied):
        services.mailbox.configure(specialist, host="127.0.0.1")
    dovecot.stop()
    with pytest.raises(MailboxUnavailable, match="cannot be reached"):
        services.mailbox.fetch(specialist, password=MAIL_PASSWORD)


def test_settings_are_checked_and_audited(services, admin):
    with pytest.raises(ServiceError, match="unencrypted"):
        services.mailbox.configure(admin, host="imap.example.lv", security="none")
    with pytest.raises(ServiceError, match="must differ"):
        services.mailbox.configure(admin, folder="INBOX", processed_folder="INBOX")
    with pytest.raises(ServiceError, match="between 0 and 1440"):
        services.mailbox.configure(admin, interval_minutes=5000)
    saved = services.mailbox.configure(admin, host="imap.example.lv", user="privacy",
                                       interval_minutes=5)
    assert services.mailbox.settings() == saved
    assert saved.security == "tls" and saved.port == 993 and saved.interval_minutes == 5
    # The usual port follows the security unless a port was chosen.
    assert services.mailbox.configure(admin, security="starttls").port == 143
    assert services.mailbox.configure(admin, port=1143, security="tls").port == 1143
    with services.db.read() as session:
        changed = [e for e in session.query(AuditEvent) if e.action == "settings.changed"]
    assert changed and "imap.host" in changed[0].details


def test_a_message_over_the_old_40_mb_cap_is_fetched_and_registered(services, specialist,
                                                                     mailbox, dovecot):
    line = "Lūdzu sniegt piekļuvi maniem personas datiem.\r\n".encode()
    body = line * (41 * 1024 * 1024 // len(line) + 1)  # over the 40 MB the intake once took
    big = (b"Received: " + RECEIVED_HEADER.encode() + b"\r\nFrom: klients8@example.lv\r\n"
           b"Subject: Garais pieprasijums\r\nMessage-ID: <big@example.lv>\r\n"
           b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + body)
    dovecot.append(big, ARRIVED)
    report = mailbox.fetch(specialist, password=MAIL_PASSWORD)
    assert [m.status for m in report.messages] == ["created"]
    (case,) = _cases(services)
    assert [a.sha256 for a in case.attachments if a.kind == "evidence"] == [
        hashlib.sha256(big).hexdigest()]
    assert "it was cut at 2.0 MB" in case.receipt_proof
    assert 1.9 * 1024 * 1024 < len(case.request_text.encode()) < 2.1 * 1024 * 1024
    assert dovecot.count("INBOX") == 0


def test_a_message_too_large_to_import_is_not_downloaded(services, specialist, mailbox,
                                                         dovecot, monkeypatch):
    # The rule at 128 MiB, as the server states the size before the message is fetched ...
    assert mailbox_module._too_large(128 * 1024 * 1024, "m.eml") == ""
    assert "m.eml: the e-mail is 128.0 MB, more than the 128.0 MB the desk reads" in \
        mailbox_module._too_large(128 * 1024 * 1024 + 1, "m.eml")
    # ... and against the server with a smaller cap, which saves sending it 128 MB.
    monkeypatch.setattr(mailbox_module, "MAX_MAIL_BYTES", 1024 * 1024)
    monkeypatch.setattr(mail_size, "MAX_MAIL_BYTES", 1024 * 1024)
    line = b"A" * 76 + b"\r\n"
    body = line * (2 * 1024 * 1024 // len(line) + 1)
    dovecot.append(request_mail(8).split(b"\r\n\r\n", 1)[0] + b"\r\n\r\n" + body, ARRIVED)
    dovecot.append(request_mail(9), ARRIVED)
    report = mailbox.fetch(specialist, password=MAIL_PASSWORD)
    assert [m.status for m in report.messages] == ["error", "created"]
    assert "more than the 1.0 MB the desk reads" in report.messages[0].message
    assert dovecot.count("INBOX") == 1 and len(_cases(services)) == 1


def test_many_messages_are_moved_in_batches(services, specialist, mailbox, dovecot):
    client = dovecot.client()
    for n in range(30):  # more than one batch of moves
        client.append("INBOX", request_mail(100 + n), msg_time=ARRIVED)
    client.logout()
    report = mailbox.fetch(specialist, password=MAIL_PASSWORD)
    assert report.new_requests == 30 and all(m.moved for m in report.messages)
    assert dovecot.count("INBOX") == 0 and dovecot.count("Processed") == 30
    with services.db.read() as session:
        assert session.query(MailboxMessage).filter(MailboxMessage.moved_at.is_(None)).count() == 0
