"""The per-user register, letters and sources of an older installation move into the shared
database once, when the database is first opened by the new version; the files stay as they are.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from smarttek_dsar.domain.register import Text
from smarttek_dsar.services import Services
from smarttek_dsar.services.administration.organisation_documents import (
    DocumentKind,
    OrganisationDocuments,
)
from smarttek_dsar.storage.database import Database
from smarttek_dsar.storage.register_file import load_default_register, save_register_file
from tests.conftest import PASSWORD

OLD_SOURCES = """\
[[sources]]
name = "Billing"
kind = "file"
path = "/srv/exports/billing.csv"

[sources.identifiers]
email = "E-mail"

[[sources.sheets]]
category = "billing_payments"
"""


@pytest.fixture
def old_files(tmp_path, monkeypatch):
    """What an installation before organisation documents kept in the user config folder."""
    folder = tmp_path / "config"
    shipped = load_default_register()
    first = shipped.categories[0]
    edited = replace(shipped, version="2021-06-01.4",
                     categories=(replace(first, name=Text("Who you are", first.name.lv)),
                                 *shipped.categories[1:]))
    save_register_file(edited, folder / "register.toml")
    (folder / "letters" / "en").mkdir(parents=True)
    (folder / "letters" / "en" / "refusal.txt").write_text("Dear $subject_name,\nNo.\n",
                                                           encoding="utf-8")
    (folder / "sources.toml").write_text(OLD_SOURCES, encoding="utf-8")
    monkeypatch.setenv("SMARTTEK_DSAR_REGISTER", str(folder / "register.toml"))
    monkeypatch.setenv("SMARTTEK_DSAR_LETTERS", str(folder / "letters"))
    monkeypatch.setenv("SMARTTEK_DSAR_SOURCES", str(folder / "sources.toml"))
    return folder


def snapshot(folder):
    return {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.rglob("*"))
            if p.is_file()}


def open_desk(db_url) -> Services:
    return Services(Database(db_url))


def test_old_files_are_imported_once_and_left_untouched(db_url, old_files):
    before = snapshot(old_files)
    desk = open_desk(db_url)
    try:
        desk.users.create_first_admin("dpo", PASSWORD, "Dace Ozola", also_specialist=True)
        dpo = desk.users.login("dpo", PASSWORD)
        documents = OrganisationDocuments(desk.db)
        for kind in (DocumentKind.REGISTER, DocumentKind.LETTER_TEMPLATES,
                     DocumentKind.DATA_SOURCES):
            [version] = documents.versions(kind)
            assert (version.version, version.changed_by) == (1, "migration")

        # What the DPO had edited is what every desk now works with.
        assert desk.register.current().version == "2021-06-01.4"
        assert desk.register.current().categories[0].name.en == "Who you are"
        assert desk.letter_templates.read(dpo, "refusal", "en") == "Dear $subject_name,\nNo.\n"
        assert desk.sources.config().source("Billing").path == "/srv/exports/billing.csv"

        imported = [e for e in desk.audit.recent(dpo)
                    if e.action == "organisation_document.imported"]
        assert sorted(e.details["kind"] for e in imported) == ["data_sources",
                                                               "letter_templates", "register"]
        assert {e.username for e in imported} == {"migration"}
        assert desk.audit.verify(dpo).ok
    finally:
        desk.db.dispose()

    again = open_desk(db_url)  # the next start (or another desk with the same files)
    try:
        for kind in (DocumentKind.REGISTER, DocumentKind.LETTER_TEMPLATES,
                     DocumentKind.DATA_SOURCES):
            assert len(OrganisationDocuments(again.db).versions(kind)) == 1
    finally:
        again.db.dispose()
    assert snapshot(old_files) == before


def test_a_second_desks_files_do_not_replace_what_is_stored(db_url, old_files, tmp_path,
                                                            monkeypatch):
    first = open_desk(db_url)
    first.db.dispose()
    other = tmp_path / "other-desk"
    (other / "letters" / "en").mkdir(parents=True)
    (other / "letters" / "en" / "refusal.txt").write_text("Other wording.\n", encoding="utf-8")
    monkeypatch.setenv("SMARTTEK_DSAR_LETTERS", str(other / "letters"))
    second = open_desk(db_url)
    try:
        second.users.create_first_admin("dpo", PASSWORD, "Dace Ozola", also_specialist=True)
        dpo = second.users.login("dpo", PASSWORD)
        assert second.letter_templates.read(dpo, "refusal", "en") == "Dear $subject_name,\nNo.\n"
    finally:
        second.db.dispose()


def test_an_old_sources_file_with_a_password_is_not_imported(db_url, old_files):
    (old_files / "sources.toml").write_text(
        OLD_SOURCES.replace('kind = "file"', 'kind = "file"\npassword = "hunter2"'),
        encoding="utf-8")
    desk = open_desk(db_url)  # the desk still opens
    try:
        assert desk.sources.is_default
        assert OrganisationDocuments(desk.db).versions(DocumentKind.DATA_SOURCES) == []
        assert desk.register.is_edited  # the other kinds were imported
    finally:
        desk.db.dispose()
