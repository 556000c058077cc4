"""The installation's data sources: read, save (administrator), test the connection.

Saving needs MANAGE_SETTINGS: the sources decide which systems are searched for every case.
Testing needs MANAGE_SETTINGS or WORK_CASES, so the specialist who is about to collect can
check a source; a test runs each query with no identifiers and so reads no personal data.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from smarttek_dsar.domain.errors import DomainError
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.paths import demo_systems_path, demo_systems_path_beside, sources_config_path
from smarttek_dsar.services import audit
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.errors import PermissionDenied, ServiceError
from smarttek_dsar.sources.config import FileSource, SourcesConfig, SqlSource
from smarttek_dsar.sources.config_file import (
    load_sources_config,
    parse_sources_text,
    save_sources_config,
    sources_config_text,
)
from smarttek_dsar.sources.credentials import PasswordPrompt, source_password, store_password
from smarttek_dsar.sources.file_source import check_file_source
from smarttek_dsar.sources.found import SourceFailure
from smarttek_dsar.sources.sql_source import check_sql_source, describe_source_url
from smarttek_dsar.storage.database import Database


@dataclass(frozen=True)
class SourceTest:
    name: str
    ok: bool
    message: str
    duration_ms: int


def location_of(source: SqlSource | FileSource) -> str:
    return describe_source_url(source.url) if isinstance(source, SqlSource) else source.path


class SourcesService:
    def __init__(self, db: Database, path: Path | None = None) -> None:
        self.db = db
        self._path = path

    @property
    def path(self) -> Path:
        return self._path or sources_config_path()

    @property
    def is_default(self) -> bool:
        """True until somebody saves the installation's own sources."""
        return not self.path.exists()

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
        return load_sources_config(self.path, demo_systems=self.demo_systems())

    def text(self) -> str:
        return sources_config_text(self.config())

    def save(self, actor: Actor, config: SourcesConfig) -> Path:
        actor.require(Permission.MANAGE_SETTINGS, "change the data sources")
        with self.db.unit_of_work() as session:
            audit.record(session, actor, "sources.saved",
                         details={"sources": [[s.name, s.kind, location_of(s)]
                                              for s in config.sources]})
            return save_sources_config(config, self.path)

    def save_text(self, actor: Actor, text: str) -> SourcesConfig:
        """Check the TOML the administrator typed, then save it; nothing is saved if invalid."""
        actor.require(Permission.MANAGE_SETTINGS, "change the data sources")
        config = parse_sources_text(text)
        self.save(actor, config)
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

    def test(
        self, actor: Actor, name: str | None = None, *, config: SourcesConfig | None = None,
        ask_password: PasswordPrompt | None = None,
    ) -> list[SourceTest]:
        if not (actor.can(Permission.MANAGE_SETTINGS) or actor.can(Permission.WORK_CASES)):
            raise PermissionDenied(f"{actor.username} may not test the data sources.")
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
            message = check_sql_source(source, source_password(source, ask_password))
        else:
            message = check_file_source(source)
        ok = True
    except (SourceFailure, DomainError, OSError) as error:
        message, ok = str(error), False
    return SourceTest(source.name, ok, message, int((time.perf_counter() - started) * 1000))
