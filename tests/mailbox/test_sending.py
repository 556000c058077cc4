"""Answers by e-mail through a real SMTP server (aiosmtpd, tests/mail_servers.py), on SQLite and
PostgreSQL: what the server received is read back (the attachment's bytes, no password text)
and the Message-ID and time are the recorded proof."""

from __future__ import annotations

import email
import email.policy
import hashlib
import json

import pytest

from smarttek_dsar.domain.rights import Channel
from smarttek_dsar.services.errors import PermissionDenied, ServiceError
from smarttek_dsar.services.mailbox.smtp_connection import SendingFailed
from tests.services.case_factory import new_request
from tests.services.package_cases import collected_case, to_fulfilment

ARCHIVE_PASSWORD = "kq7m-dr4p-x2vn-hs9t"


@pytest.fixture
def sending(services, admin, smtp_server):
    services.sending.configure_smtp(admin, **smtp_server.settings())
    return services.sending


def _received(smtp_server):
    assert len(smtp_server.received) == 1
    mail = smtp_server.received[0]
    return mail, email.message_from_bytes(mail.data, policy=email.policy.default)


def _events(services, actor, number):
    detail = services.cases.detail(actor, number)
    return services.audit.case_timeline(actor, detail.summary.id)


def test_a_letter_goes_as_its_pdf_and_is_audited_with_its_message_id(
        services, specialist, sending, smtp_server):
    case = services.cases.create(specialist, new_request())
    sent = sending.send_letter(specialist, case.number, "acknowledgement")
    mail, message = _received(smtp_server)
    assert mail.recipients == ["janis.berzins@example.lv"]
    assert message["From"] == "privacy@smarttek.eu" and message["Message-ID"] == sent.message_id
    assert message["Subject"].startswith(case.number)
    attachment = next(message.iter_attachments())
    data = attachment.get_content()
    assert data.startswith(b"%PDF") and attachment.get_filename().endswith(".pdf")
    assert hashlib.sha256(data).hexdigest() == sent.file.sha256
    assert not sent.recorded_as_delivery  # an acknowledgement answers nothing yet
    events = _events(services, specialist, case.number)
    written = next(e for e in events if e.action == "letter.written")
    emailed = next(e for e in events if e.action == "letter.emailed")
    assert written.details["sha256"] == sent.file.sha256
    assert emailed.details["message_id"] == sent.message_id
    assert services.cases.detail(specialist, case.number).disclosures == ()


def test_the_package_goes_only_as_its_protected_archive_without_the_password(
        services, specialist, sending, smtp_server, tmp_path):
    ilze = collected_case(services, specialist, tmp_path)
    result = services.exports.export_all(specialist, ilze.number, tmp_path / "out",
                                         password=ARCHIVE_PASSWORD)
    archive = next(f.path for f in result.files if f.path.suffix == ".7z")
    to_fulfilment(services, specialist, ilze.number)
    # Anything but the protected archive is refused before a byte is sent.
    manifest = next(f.path for f in result.files if f.path.suffix == ".json")
    with pytest.raises(ServiceError, match="password-protected 7z"):
        sending.send_package(specialist, ilze.number, manifest)
    assert smtp_server.received == []

    sent = sending.send_package(specialist, ilze.number, archive)
    mail, message = _received(smtp_server)
    attachment = next(message.iter_attachments())
    assert attachment.get_content() == archive.read_bytes()
    assert attachment.get_filename() == archive.name
    assert ARCHIVE_PASSWORD.encode() not in mail.data
    body = message.get_body(("plain",)).get_content()
    assert "Paroli" in body or "password" in body  # says it comes by another channel
    detail = services.cases.detail(specialist, ilze.number)
    disclosure = detail.disclosures[0]
    assert disclosure.channel == Channel.EMAIL
    assert sent.message_id in disclosure.proof
    assert [(name, sha) for name, sha, _size in disclosure.files] == [
        (archive.name, hashlib.sha256(archive.read_bytes()).hexdigest())]
    delivered = next(e for e in _events(services, specialist, ilze.number)
                     if e.action == "response.delivered")
    assert delivered.details["message_id"] == sent.message_id
    assert ARCHIVE_PASSWORD not in json.dumps([e.details for e in
                                               _events(services, specialist, ilze.number)])


def test_nothing_is_sent_or_recorded_when_it_cannot_be(services, admin, specialist, manager,
                                                        smtp_server, tmp_path):
    case = services.cases.create(specialist, new_request(email=None))
    with pytest.raises(ServiceError, match="not set up"):
        services.sending.send_letter(specialist, case.number, "acknowledgement")
    services.sending.configure_smtp(admin, **smtp_server.settings())
    with pytest.raises(ServiceError, match="no e-mail address"):
        services.sending.send_letter(specialist, case.number, "acknowledgement")
    with pytest.raises(PermissionDenied):
        services.sending.send_letter(manager, case.number, "acknowledgement")
    plain = tmp_path / "package.7z"
    plain.write_bytes(b"not an archive")
    with pytest.raises(ServiceError, match="password-protected 7z"):
        services.sending.send_package(specialist, case.number, plain)
    assert smtp_server.received == []
    other = services.cases.create(specialist, new_request(name="Līga Ozola",
                                                          email="liga@example.lv"))
    services.sending.configure_smtp(admin, port=1)  # nobody listens there
    with pytest.raises(SendingFailed, match="nothing was sent"):
        services.sending.send_letter(specialist, other.number, "acknowledgement")
    assert not any(e.action == "letter.emailed"
                   for e in _events(services, specialist, other.number))
    with pytest.raises(ServiceError, match="unencrypted"):
        services.sending.configure_smtp(admin, host="smtp.example.lv", security="none")
    with pytest.raises(PermissionDenied):
        services.sending.configure_smtp(specialist, host="127.0.0.1")
