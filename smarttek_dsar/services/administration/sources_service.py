"""The installation's data sources: read, save (administrator), test the connection.

The definitions are the "data_sources" organisation document in the shared database (TOML,
never a password), so every desk searches the same systems; each save is a new, audited
version. Until one is saved, the shipped demo sources apply.

Saving needs MANAGE_SETTINGS: the sources decide which systems are searched for every case.
Testing needs MANAGE_SETTINGS or WORK_CASES, so the specialist who is about to collect can
check a source; a test runs each query with no identifiers and so reads no personal data.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from smarttek_dsar.domain.errors import DomainError
from smarttek_dsar.domain.messages import Message, message
from smarttek_dsar.domain.progress import NO_PROGRESS, ProgressReporter
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.paths import demo_systems_path, demo_systems_path_beside
from smarttek_dsar.services import audit
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.administration.organisation_documents import (
    DocumentKind,
    DocumentVersion,
    add_version,
    in_force,
)
from smarttek_dsar.services.errors import PermissionDenied, ServiceError
from smarttek_dsar.sources.config import FileSource, SourcesConfig, SqlSource
from smarttek_dsar.sources.config_file import (
    default_sources_config,
    parse_sources_text,
    sources_config_text,
)
from smarttek_dsar.sources.credentials import PasswordPrompt, source_password, store_password
from smarttek_dsar.sources.file_source import check_file_source
from smarttek_dsar.sources.found import SourceFailure
from smarttek_dsar.sources.sql_source import check_sql_source, describe_source_url
from smarttek_dsar.storage.database import Database

if TYPE_CHECKING:
    from smarttek_dsar.services.administration.query_test import QueryTest, SampleSubject


@dataclass(frozen=True)
class SourceTest:
    name: str
    ok: bool
    message: str  # in English
    duration_ms: int
    said: Message | None = None  # the message code, for the window's language


def location_of(source: SqlSource | FileSource) -> str:
    return describe_source_url(source.url) if isinstance(source, SqlSource) else source.path


class SourcesService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def stored(self) -> DocumentVersion | None:
        """The definitions in force in the database; None while the demo sources apply."""
        with self.db.read() as session:
            return in_force(session, DocumentKind.DATA_SOURCES)

    @property
    def is_default(self) -> bool:
        """True until somebody saves the organisation's own sources."""
        return self.stored() is None

    def demo_systems(self) -> Path:
        """The demo systems next to a demo case file, else the one in the user data folder."""
        try:
            url = make_url(self.db.url)
        except ArgumentError:
            return demo_systems_path()
        if url.get_backend_name() == "sqlite" and url.database:
            beside = demo_systems_path_beside(Path(url.database))
            if beside.exists():
                return beside
        return demo_systems_path()

    def config(self) -> SourcesConfig:
        """No personal data: names, URLs without passwords, paths and queries."""
        document = self.stored()
        if document is None:
            return default_sources_config(self.demo_systems())
        return parse_sources_text(document.content, message(
            "The data sources (version {version})", version=document.version))

    def text(self) -> str:
        return sources_config_text(self.config())

    def save(self, actor: Actor, config: SourcesConfig, *,
             based_on: int | None = None) -> DocumentVersion:
        """Store the definitions as the next version. A password cannot be in `config`: the
        parser refuses a password in a URL or a password field before it gets here."""
        actor.require(Permission.MANAGE_SETTINGS, "change the data sources")
        text = sources_config_text(config)
        parse_sources_text(text, message("The data sources"))  # the stored text must read back
        with self.db.unit_of_work() as session:
            return add_version(
                session, actor, DocumentKind.DATA_SOURCES, text, based_on=based_on,
                action="sources.saved",
                details={"sources": [[s.name, s.kind] for s in config.sources]},
            )

    def save_text(self, actor: Actor, text: str, *,
                  based_on: int | None = None) -> SourcesConfig:
        """Check the TOML the administrator typed, then save it; nothing is saved if invalid
        (a password in it included)."""
        actor.require(Permission.MANAGE_SETTINGS, "change the data sources")
        config = parse_sources_text(text)
        self.save(actor, config, based_on=based_on)
        return config

    def remember_password(self, actor: Actor, name: str, password: str) -> bool:
        """Keep a source's password in the OS keyring. False: no keyring on this computer;
        the caller then tells the user to set the source's password_env variable instead."""
        actor.require(Permission.MANAGE_SETTINGS, "store a data source password")
        self.config().source(name)  # refuses an unknown name
        stored = store_password(name, password)
        with self.db.unit_of_work() as session:
            audit.record(session, actor, "sources.password_stored",
                         details={"source": name, "stored": stored})
        return stored

    def test_query(
        self, actor: Actor, source_name: str, query_index: int | None = None, *,
        config: SourcesConfig | None = None, case_number: str | None = None,
        sample: SampleSubject | None = None, ask_password: PasswordPrompt | None = None,
        progress: ProgressReporter = NO_PROGRESS,
    ) -> QueryTest:
        """Run one query (a file source: the whole file) of `config` (default: the saved
        sources) for the subject of `case_number` or a typed `sample`; only the number of rows
        comes back. Window (sources form, Test button) and `sources test-query` call this."""
        from smarttek_dsar.services.administration.query_test import run_query_test

        return run_query_test(self.db, actor, config or self.config(), source_name, query_index,
                          case_number=case_number, sample=sample, ask_password=ask_password,
                          progress=progress)

    def test(
        self, actor: Actor, name: str | None = None, *, config: SourcesConfig | None = None,
        ask_password: PasswordPrompt | None = None,
    ) -> list[SourceTest]:
        if not (actor.can(Permission.MANAGE_SETTINGS) or actor.can(Permission.WORK_CASES)):
            raise PermissionDenied("{username} may not test the data sources.", username=actor.username)
        config = config or self.config()
        chosen = [config.source(name)] if name else list(config.sources)
        if not chosen:
            raise ServiceError("No data sources are configured.")
        results = [_test_one(source, ask_password) for source in chosen]
        with self.db.unit_of_work() as session:
            audit.record(session, actor, "sources.tested",
                         details={"results": [[r.name, r.ok] for r in results]})
        return results


def _test_one(source: SqlSource | FileSource, ask_password: PasswordPrompt | None) -> SourceTest:
    started = time.perf_counter()
    try:
        if isinstance(source, SqlSource):
            said = check_sql_source(source, source_password(source, ask_password))
        else:
            said = check_file_source(source)
        ok = True
    except (SourceFailure, DomainError) as error:
        said, ok = error.message, False
    except OSError as error:
        said, ok = message("{error}", error=error), False
    return SourceTest(source.name, ok, str(said), int((time.perf_counter() - started) * 1000),
                      said)
