"""Hostile request files on SQLite and PostgreSQL: a NUL byte in each text field of an e-mail
or a portal request (PostgreSQL refuses NUL in text, and `import --watch` used to retry such a
file forever), and a failed statement whose message must not quote what it stored."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from smarttek_dsar.intake.incoming import NUL_REMOVED
from tests.intake.mail_builder import RECEIVED_OURS, q_word, raw_mail
from tests.services.intake_files import portal_file, write


def nul_mail(*, name: str = "Jānis Bērziņš", subject: str = "Piekļuve",
             body: str = "Lūdzu sniegt piekļuvi maniem datiem.") -> bytes:
    return raw_mail(
        [
            f"Received: {RECEIVED_OURS}",
            f"From: {q_word(name, 'utf-8')} <janis.berzins@example.lv>",
            "To: privacy@smarttek.eu",
            f"Subject: {q_word(subject, 'utf-8')}",
            "Date: Mon, 02 Sep 2024 10:00:00 +0300",
            "Message-ID: <nul@example.lv>",
            "MIME-Version: 1.0",
            'Content-Type: text/plain; charset="utf-8"',
            "Content-Transfer-Encoding: 8bit",
        ],
        body.encode("utf-8"),
    )


CASES = {
    "display name": nul_mail(name="Jānis\0 Bērziņš"),
    "subject": nul_mail(subject="Piekļuve\0 datiem"),
    "body": nul_mail(body="Lūdzu sniegt\0 piekļuvi maniem datiem."),
    "portal text": portal_file(text="Lūdzu izsniegt\0 visus manus datus."),
    "portal name": portal_file(customer={
        "customer_id": "C-100045", "personal_code": "010190-12345", "authenticated": True,
        "name": "Anna\0 Kalniņa", "email": "anna.kalnina@example.lv"}),
}


@pytest.mark.parametrize("field", list(CASES))
def test_nul_in_each_field_is_removed_and_the_request_imported_once(services, specialist,
                                                                     tmp_path, field):
    suffix = ".json" if field.startswith("portal") else ".eml"
    path = write(tmp_path, f"request{suffix}", CASES[field])
    (result,) = services.imports.import_files(specialist, [path])
    assert result.status == "created", result.message
    assert not result.retry_later
    # Mail headers drop control characters when read; text fields that kept a NUL say so.
    assert (NUL_REMOVED in result.notes) is (field in ("body", "portal text", "portal name"))
    case = services.cases.detail(specialist, result.case_number)
    shown = [case.request_text, *(p.name for p in case.parties), *(p.email or "" for p in
                                                                   case.parties)]
    assert all("\0" not in value for value in shown)
    assert any("Bērziņš" in value or "Kalniņa" in value for value in shown)
    # `import --watch` sees the same file again: it is a duplicate, not an endless retry.
    (again,) = services.imports.import_files(specialist, [path])
    assert again.status == "duplicate"


def test_a_failed_statement_never_quotes_its_parameters(services, caplog):
    personal = "Līga Ozola 010190-10001"
    with pytest.raises(SQLAlchemyError) as failed, services.db.unit_of_work() as session:
        session.execute(text("SELECT name FROM no_such_table WHERE name = :name"),
                        {"name": personal})
    assert "010190-10001" not in str(failed.value)
    assert "hidden" in str(failed.value)
    assert "010190-10001" not in caplog.text
