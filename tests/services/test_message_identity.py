"""A duplicate needs the same Message-ID and the same content: a different mail that reuses a
Message-ID is imported and flagged, never lost as "imported before". SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import update

from smarttek_dsar.storage.models import AuditEvent, Case
from tests.services.intake_files import mail, outlook_file, write

SAME_ID = "<reused@example.lv>"


def imported(services, actor, path):
    (result,) = services.imports.import_files(actor, [path])
    return result


def test_another_mail_with_the_same_message_id_is_imported_and_flagged(services, specialist,
                                                                        tmp_path):
    first_bytes = mail(message_id=SAME_ID)
    other_bytes = mail(message_id=SAME_ID, sender="Līga Ozola <liga.ozola@example.lv>",
                       subject="Datu dzēšana", body="Lūdzu dzēst manus datus.",
                       date="Tue, 03 Sep 2024 09:00:00 +0300")
    first = imported(services, specialist, write(tmp_path, "1.eml", first_bytes))
    other = imported(services, specialist, write(tmp_path, "2.eml", other_bytes))
    assert first.status == other.status == "created", other.message
    assert other.reuses_message_id_of == first.case_number
    assert f"It reuses the Message-ID of {first.case_number}; content differs." in other.message
    assert any(f"reuses the Message-ID of {first.case_number}" in n for n in other.notes)
    case = services.cases.detail(specialist, other.case_number)
    assert f"reuses the Message-ID of {first.case_number}; its content differs" in \
        case.receipt_proof
    assert case.parties[0].email == "liga.ozola@example.lv"
    with services.db.read() as session:
        assert "case.message_id_reused" in session.scalars(
            AuditEvent.__table__.select().with_only_columns(AuditEvent.action)).all()
    # Each of the two files again is the case it became: idempotent for both.
    assert imported(services, specialist, write(tmp_path, "1b.eml", first_bytes)).duplicate_of \
        == first.case_number
    again = imported(services, specialist, write(tmp_path, "2b.eml", other_bytes))
    assert (again.status, again.duplicate_of) == ("duplicate", other.case_number)
    assert services.cases.count(specialist) == 2


def test_cases_from_before_the_digest_compare_with_their_evidence_file(services, specialist,
                                                                       tmp_path):
    data = mail(message_id=SAME_ID)
    first = imported(services, specialist, write(tmp_path, "old.eml", data))
    with services.db.unit_of_work() as session:  # as a database from before migration 0010
        session.execute(update(Case).values(content_sha256=None))
    again = imported(services, specialist, write(tmp_path, "old again.eml", data))
    assert (again.status, again.duplicate_of) == ("duplicate", first.case_number)
    other = imported(services, specialist, write(tmp_path, "other.eml", mail(
        message_id=SAME_ID, body="Lūdzu labot manu adresi.")))
    assert other.status == "created" and other.reuses_message_id_of == first.case_number


def test_the_same_message_as_eml_and_as_outlook_file_is_one_request(services, specialist,
                                                                    tmp_path):
    # The two files cannot be compared byte for byte: the Message-ID decides, as before.
    first = imported(services, specialist, write(tmp_path, "a.msg", outlook_file(SAME_ID)))
    again = imported(services, specialist, write(tmp_path, "a.eml", mail(message_id=SAME_ID)))
    assert (again.status, again.duplicate_of) == ("duplicate", first.case_number)
