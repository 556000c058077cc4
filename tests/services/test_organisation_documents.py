"""The register, the letter templates and the data sources are shared by every desk.

Two Services objects on the same database (a SQLite file, and PostgreSQL when the server is
given) stand for two desks of a team: what one desk saves is what the other reads, each save
is a numbered version, and each version is audited by its hash, never by its text.
"""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from smarttek_dsar.domain.identity import VerificationMethod
from smarttek_dsar.domain.register import Text
from smarttek_dsar.domain.roles import Role
from smarttek_dsar.services import Services
from smarttek_dsar.services.administration.organisation_documents import (
    DocumentKind,
    OrganisationDocuments,
    content_sha256,
)
from smarttek_dsar.services.errors import ConflictError, PermissionDenied
from smarttek_dsar.sources.config import SourcesConfigError
from smarttek_dsar.storage.database import Database
from tests.conftest import PASSWORD
from tests.services.case_factory import new_request

SOURCES = """\
[[sources]]
name = "CRM"
kind = "sql"
url = "postgresql+psycopg://crm_reader@crm.smarttek.lv/crm"
password_env = "CRM_PASSWORD"

[[sources.queries]]
category = "contact_details"
system = "CRM"
sql = "SELECT email, phone FROM customers WHERE email = :email"
"""


@pytest.fixture(autouse=True)
def no_old_files(tmp_path, monkeypatch):
    """The old per-user locations point at an empty folder: nothing to import by accident."""
    monkeypatch.setenv("SMARTTEK_DSAR_REGISTER", str(tmp_path / "old" / "register.toml"))
    monkeypatch.setenv("SMARTTEK_DSAR_LETTERS", str(tmp_path / "old" / "letters"))
    monkeypatch.setenv("SMARTTEK_DSAR_SOURCES", str(tmp_path / "old" / "sources.toml"))


@pytest.fixture
def desk_a(db_url):
    services = Services(Database(db_url))
    yield services
    services.db.dispose()


@pytest.fixture
def desk_b(desk_a, db_url):
    services = Services(Database(db_url))
    yield services
    services.db.dispose()


@pytest.fixture
def dpo(desk_a):
    desk_a.users.create_first_admin("dpo", PASSWORD, "Dace Ozola", also_specialist=False)
    return desk_a.users.login("dpo", PASSWORD)


@pytest.fixture
def anna(desk_a, desk_b, dpo):
    desk_a.users.add(dpo, "anna", PASSWORD, frozenset({Role.SPECIALIST}), "Anna Kļaviņa")
    return desk_b.users.login("anna", PASSWORD)


def events(services, actor, action):
    return [e for e in services.audit.recent(actor) if e.action == action]


def renamed_register(services, name_en):
    shipped = services.register.current()
    first = shipped.categories[0]
    return replace(shipped, categories=(replace(first, name=Text(name_en, first.name.lv)),
                                        *shipped.categories[1:]))


def test_a_register_edit_on_one_desk_is_what_the_other_desk_reads(desk_a, desk_b, dpo):
    shipped = desk_b.register.current()
    assert not desk_b.register.is_edited

    saved = desk_a.register.save(dpo, renamed_register(desk_a, "Who you are"),
                                 based_on=shipped.version)

    assert desk_b.register.is_edited
    assert desk_b.register.current() == saved
    assert desk_b.register.current().categories[0].name.en == "Who you are"
    assert desk_b.register.version(shipped.version) == shipped  # the old one still readable

    # Desk B still had the shipped register open: its save is refused, not merged silently.
    with pytest.raises(ConflictError, match="since you opened"):
        desk_b.register.save(dpo, renamed_register(desk_b, "Identity"),
                             based_on=shipped.version)
    second = desk_b.register.save(dpo, renamed_register(desk_b, "Identity"),
                                  based_on=saved.version)

    history = desk_a.register.history()
    assert [d.version for d in history] == [2, 1]
    assert [d.changed_by for d in history] == ["dpo", "dpo"]
    assert desk_a.register.version(saved.version) == saved
    assert desk_a.register.current() == second

    audited = events(desk_a, dpo, "register.saved")
    assert [e.details["version"] for e in audited] == [2, 1]
    assert audited[0].details["kind"] == "register"
    assert audited[0].details["sha256"] == history[0].sha256 == content_sha256(history[0].content)
    assert audited[0].details["register_version"] == second.version
    assert "Identity" not in json.dumps(audited[0].details)  # the hash, never the content


def test_only_the_administrator_saves_a_register(desk_a, desk_b, anna):
    with pytest.raises(PermissionDenied):
        desk_b.register.save(anna, desk_b.register.current())
    assert desk_a.register.history() == []


def test_a_case_reviewed_after_an_edit_records_the_new_register_version(desk_a, desk_b, dpo,
                                                                       anna):
    number = desk_b.cases.create(anna, new_request(days_ago=2)).number
    desk_b.closing.advance(anna, number)
    desk_b.identity.verify_identity(anna, number, method=VerificationMethod.E_SIGNATURE,
                                    verified=True)
    desk_b.closing.advance(anna, number)  # -> review
    shipped = desk_b.register.current()  # desk B has read the register already
    edited = desk_a.register.save(dpo, renamed_register(desk_a, "Who you are"))

    accepted = desk_b.review_plan.accept_suggestions(anna, number)

    assert edited.version != shipped.version
    assert accepted.register_version == edited.version
    assert desk_a.cases.detail(dpo, number).register_version == edited.version


def test_a_template_edit_on_one_desk_is_what_the_other_desk_writes(desk_a, desk_b, dpo, anna):
    shipped = desk_b.letter_templates.shipped(anna, "refusal", "en")
    edited = shipped.replace("Yours sincerely,", "Kind regards,")
    assert edited != shipped

    desk_a.letter_templates.save(dpo, "refusal", "en", edited)

    assert desk_b.letter_templates.info(anna, "refusal", "en").edited
    assert "Kind regards," in desk_b.letter_templates.read(anna, "refusal", "en")
    # The letter service of desk B renders from the shared wording as well.
    from smarttek_dsar.services.letters.letter_templates import read_template

    assert "Kind regards," in read_template("refusal", "en", desk_b.letters.overrides)
    assert not desk_b.letter_templates.info(anna, "refusal", "lv").edited  # other language

    desk_b.letter_templates.reset(dpo, "refusal", "en")
    assert desk_a.letter_templates.read(dpo, "refusal", "en") == shipped
    assert not desk_a.letter_templates.info(dpo, "refusal", "en").edited

    versions = OrganisationDocuments(desk_a.db).versions(DocumentKind.LETTER_TEMPLATES)
    assert [v.version for v in versions] == [2, 1]
    assert json.loads(versions[0].content) == {}  # the reset removed the only edit
    assert json.loads(versions[1].content) == {"en": {"refusal": edited}}
    saved, reset = (events(desk_a, dpo, "letter_template.saved"),
                    events(desk_a, dpo, "letter_template.reset"))
    assert saved[0].details["template"] == "refusal" and saved[0].details["version"] == 1
    assert reset[0].details["version"] == 2 and reset[0].details["sha256"] == versions[0].sha256
    assert "Kind regards" not in json.dumps(saved[0].details)


def test_resetting_a_template_nobody_edited_stores_nothing(desk_a, dpo):
    desk_a.letter_templates.reset(dpo, "extension", "lv")
    assert OrganisationDocuments(desk_a.db).versions(DocumentKind.LETTER_TEMPLATES) == []
    assert events(desk_a, dpo, "letter_template.reset") == []


def test_data_sources_saved_on_one_desk_are_searched_by_the_other(desk_a, desk_b, dpo, anna):
    assert desk_b.sources.is_default
    desk_a.sources.save_text(dpo, SOURCES)

    assert not desk_b.sources.is_default
    crm = desk_b.sources.config().source("CRM")
    assert crm.password_env == "CRM_PASSWORD" and crm.queries[0].category_id == \
        "contact_details"
    stored = desk_b.sources.stored()
    assert stored.version == 1 and stored.changed_by == "dpo"
    audited = events(desk_a, dpo, "sources.saved")
    assert audited[0].details["sha256"] == stored.sha256
    assert audited[0].details["sources"] == [["CRM", "sql"]]
    with pytest.raises(PermissionDenied):
        desk_b.sources.save_text(anna, SOURCES)


@pytest.mark.parametrize("secret, named", [
    ('password = "hunter2"\n', "field 'password'"),
    ('url = "postgresql+psycopg://crm_reader:hunter2@crm.smarttek.lv/crm"\n', "URL contains"),
    ('url = "postgresql+psycopg://crm.smarttek.lv/crm?password=hunter2"\n', "password parameter"),
])
def test_a_password_in_a_source_definition_is_refused(desk_a, dpo, secret, named):
    text = SOURCES.replace('password_env = "CRM_PASSWORD"\n', 'password_env = "CRM_PASSWORD"\n'
                           + secret)
    if secret.startswith("url"):
        text = SOURCES.replace('url = "postgresql+psycopg://crm_reader@crm.smarttek.lv/crm"\n',
                               secret)
    with pytest.raises(SourcesConfigError, match=named) as refused:
        desk_a.sources.save_text(dpo, text)
    assert "keyring" in str(refused.value) and "password_env" in str(refused.value)
    assert desk_a.sources.is_default  # nothing stored
    assert events(desk_a, dpo, "sources.saved") == []


def test_two_desks_saving_from_the_same_version_one_wins_one_is_told(desk_a, desk_b, dpo):
    documents_a, documents_b = OrganisationDocuments(desk_a.db), OrganisationDocuments(desk_b.db)
    documents_a.save(dpo, DocumentKind.PHRASEBOOK, "a", based_on=0)
    with pytest.raises(ConflictError, match="another desk"):
        documents_b.save(dpo, DocumentKind.PHRASEBOOK, "b", based_on=0)
    assert [v.content for v in documents_b.versions(DocumentKind.PHRASEBOOK)] == ["a"]
    assert documents_b.current(DocumentKind.PHRASEBOOK).version == 1
