"""A case's large files are stored whole and read back byte for byte, however they are written:
on SQLite a file from 1 MB up goes into its row in slices (storage/blob_slices.py), on
PostgreSQL with COPY in slices through a temporary table (or in one statement, for a login that
may not make one); a file handed over as a view of a larger buffer (an Outlook
attachment) is stored as the view's bytes only. A database made before migration 0013 (its
files' column in the middle of the row) keeps its files after the upgrade. A large held mail
is kept whole the same way."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime

from sqlalchemy import create_engine, select
from sqlalchemy.engine import make_url

from smarttek_dsar.domain.roles import Role
from smarttek_dsar.services import Services
from smarttek_dsar.services.views import AttachmentInput
from smarttek_dsar.storage.blob_slices import SLICE, SLICED_FROM
from smarttek_dsar.storage.database import Database, sqlite_url
from smarttek_dsar.storage.held_models import HeldMessage
from smarttek_dsar.storage.migrate import head_revision
from smarttek_dsar.storage.models import Attachment
from tests.conftest import PASSWORD
from tests.intake.msg_builder import MsgAttachment, outlook_message
from tests.services.case_factory import new_request
from tests.services.team_fixture import Team, team_database  # noqa: F401  (the fixture)


def _pattern(size: int, seed: int) -> bytes:
    # Every slice different, so a slice written twice or in the wrong place is seen.
    digests = (hashlib.sha256(f"{seed}-{n}".encode()).digest() for n in range(size // 32 + 1))
    return b"".join(digests)[:size]


def test_large_small_and_viewed_files_are_stored_whole(services, specialist, admin):
    big = _pattern(3 * SLICE + 12345, 1)  # not a whole number of slices
    at_threshold = _pattern(SLICED_FROM, 2)
    outlook = _pattern(2 * SLICE + 7, 3)
    surrounding = b"HEAD" + outlook + b"TAIL"
    view = memoryview(surrounding)[4:-4]
    files = [
        AttachmentInput("liels.pdf", big, "application/pdf"),
        AttachmentInput("robeza.pdf", at_threshold, "application/pdf"),
        AttachmentInput("no_vestules.pdf", view, "application/pdf"),
        AttachmentInput("mazs.txt", b"Labdien", "text/plain"),
    ]
    number = services.cases.create(specialist, new_request(attachments=files)).number

    detail = services.cases.detail(specialist, number)
    stored = {a.filename: a for a in detail.attachments}
    for name, content in (("liels.pdf", big), ("robeza.pdf", at_threshold),
                          ("no_vestules.pdf", outlook), ("mazs.txt", b"Labdien")):
        opened = services.attachments.open_file(specialist, number, stored[name].id)
        assert opened.content == content, name
        assert stored[name].size == len(content)
        with services.db.read() as session:
            row = session.get(Attachment, stored[name].id)
            assert row.sha256 == hashlib.sha256(content).hexdigest()
    assert services.audit.verify(admin).ok


def _old_layout(path) -> None:
    """The attachments table as migrations 0001-0012 left it: content before added_at."""
    with sqlite3.connect(path) as conn:
        conn.executescript("""
            PRAGMA foreign_keys=OFF;
            CREATE TABLE old_attachments (
                id INTEGER NOT NULL, case_id INTEGER NOT NULL, kind VARCHAR(20) NOT NULL,
                filename VARCHAR(300) NOT NULL, media_type VARCHAR(100) NOT NULL,
                sha256 VARCHAR(64) NOT NULL, size INTEGER NOT NULL, content BLOB,
                added_at DATETIME NOT NULL, deleted_at DATETIME, deleted_reason TEXT,
                PRIMARY KEY (id),
                FOREIGN KEY(case_id) REFERENCES cases (id) ON DELETE CASCADE);
            INSERT INTO old_attachments (id, case_id, kind, filename, media_type, sha256, size,
                                         content, added_at, deleted_at, deleted_reason)
                SELECT id, case_id, kind, filename, media_type, sha256, size, content,
                       added_at, deleted_at, deleted_reason FROM attachments;
            DROP TABLE attachments;
            ALTER TABLE old_attachments RENAME TO attachments;
            CREATE INDEX ix_attachments_case_id ON attachments (case_id);
            UPDATE alembic_version SET version_num = '0012';
        """)
    conn.close()


def _columns(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[1] for row in conn.execute("PRAGMA table_info(attachments)")]
    finally:
        conn.close()


def _database_with_files(path) -> tuple[str, dict[str, bytes]]:
    files = {"liels.pdf": _pattern(2 * SLICE + 5, 5), "mazs.txt": b"Labdien"}
    services = Services(Database(sqlite_url(path)))
    try:
        services.users.create_first_admin("dpo", PASSWORD, "Dace Ozola", also_specialist=False)
        dpo = services.users.login("dpo", PASSWORD)
        services.users.add(dpo, "anna", PASSWORD, frozenset({Role.SPECIALIST}), "Anna Kļaviņa")
        anna = services.users.login("anna", PASSWORD)
        number = services.cases.create(anna, new_request(attachments=[
            AttachmentInput(name, content) for name, content in files.items()])).number
    finally:
        services.db.dispose()
    return number, files


def test_files_stored_before_migration_0013_still_open_after_it(tmp_path):
    path = tmp_path / "cases.sqlite3"
    number, files = _database_with_files(path)
    _old_layout(path)
    assert _columns(path)[-1] == "deleted_reason"

    services = Services(Database(sqlite_url(path)))  # upgrades to head
    try:
        assert head_revision() != "0012" and _columns(path)[-1] == "content"
        anna = services.users.login("anna", PASSWORD)
        detail = services.cases.detail(anna, number)
        for attachment in detail.attachments:
            opened = services.attachments.open_file(anna, number, attachment.id)
            assert opened.content == files[attachment.filename]
        # And a large file written after the upgrade goes in whole beside them.
        later = _pattern(SLICED_FROM + 1, 4)
        again = services.cases.create(anna, new_request(
            attachments=[AttachmentInput("velak.pdf", later, "application/pdf")],
        )).number
        (stored,) = services.cases.detail(anna, again).attachments
        assert services.attachments.open_file(anna, again, stored.id).content == later
        with services.db.read() as session:
            assert session.scalar(select(Attachment.size).where(Attachment.id == stored.id)) \
                == len(later)
        assert services.audit.verify(services.users.login("dpo", PASSWORD)).ok
    finally:
        services.db.dispose()


def test_a_large_held_mail_is_kept_whole_and_dismissed(services, specialist, tmp_path):
    # An out-of-office reply with a 2 MB file: held for the DPO, its file kept byte for byte.
    data = outlook_message(
        subject="Automātiska atbilde", sender_name="Jānis Bērziņš",
        sender_email="janis@example.lv", body="Esmu atvaļinājumā līdz 15. septembrim.",
        message_id="<oof@example.lv>", message_class="IPM.Note.Rules.OofTemplate.Microsoft",
        delivery_time=datetime(2024, 9, 3, 5, 15, tzinfo=UTC),
        attachments=[MsgAttachment("grafiks.pdf", _pattern(2 * SLICE, 6), "application/pdf")],
        sector=4096,
    )  # fmt: skip
    path = tmp_path / "atbilde.msg"
    path.write_bytes(data)
    result = services.imports.import_file(specialist, path)
    assert result.status == "held", result.message
    with services.db.read() as session:
        row = session.get(HeldMessage, result.held_id)
        assert (row.size, row.sha256, row.raw) == (len(data), hashlib.sha256(data).hexdigest(),
                                                   data)
    assert services.held.dismiss(specialist, result.held_id).status == "dismissed"
    with services.db.read() as session:
        assert session.get(HeldMessage, result.held_id).raw is None


def test_a_held_outlook_item_is_imported_as_a_request(services, specialist, tmp_path):
    # The DPO judges an Outlook "out of office" item a request after all: it is read as the
    # Outlook item it is (not as an e-mail text), with its sender and its file.
    data = outlook_message(
        subject="Automātiska atbilde: lūdzu izsniegt manus datus",
        sender_name="Jānis Bērziņš", sender_email="janis@example.lv",
        body="Esmu atvaļinājumā. Lūdzu izsniegt visus manus personas datus.",
        message_id="<oof-request@example.lv>",
        message_class="IPM.Note.Rules.OofTemplate.Microsoft",
        delivery_time=datetime(2024, 9, 3, 5, 15, tzinfo=UTC),
        attachments=[MsgAttachment("pilnvara.pdf", b"%PDF-1.4 pilnvara", "application/pdf")],
    )  # fmt: skip
    path = tmp_path / "atbilde.msg"
    path.write_bytes(data)
    held = services.imports.import_file(specialist, path)
    assert held.status == "held", held.message
    result = services.held.import_as_request(specialist, held.held_id)
    assert result.status == "created", result.message
    case = services.cases.detail(specialist, result.case_number)
    assert case.subject.email == "janis@example.lv"
    assert "pilnvara.pdf" in [a.filename for a in case.attachments]


def _specialist_stores_a_large_file(team: Team) -> None:
    """A specialist on their own database login (not the server's superuser) stores a large
    file and reads it back whole."""
    anna = team.add("anna", Role.SPECIALIST)
    content = _pattern(3 * SLICE + 99, 7)
    with team.desk(anna) as (services, actor):
        number = services.cases.create(actor, new_request(attachments=[
            AttachmentInput("liels.pdf", content, "application/pdf")])).number
        (stored,) = services.cases.detail(actor, number).attachments
        assert stored.size == len(content)
        assert services.attachments.open_file(actor, number, stored.id).content == content


def test_a_team_login_sends_a_large_file_in_slices_and_it_arrives_whole(team):
    # Every login may make temporary tables unless the server says otherwise.
    _specialist_stores_a_large_file(team)


def test_a_login_that_may_not_make_temporary_tables_still_stores_large_files(team):
    engine = create_engine(team.owner_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            database = make_url(team.owner_url).database
            connection.exec_driver_sql(f'REVOKE TEMPORARY ON DATABASE "{database}" FROM PUBLIC')
    finally:
        engine.dispose()
    _specialist_stores_a_large_file(team)
