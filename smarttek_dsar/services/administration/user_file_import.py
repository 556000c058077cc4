"""The one-time move of the per-user organisation files into the shared database.

Before the register, the letter templates and the data sources were organisation documents,
each desk kept them in its user config folder (register.toml, letters/<lang>/<kind>.txt,
sources.toml; see paths.py). When the database is opened and holds no version of a kind yet,
that desk's old file becomes version 1, recorded as changed by "migration" and audited. Once
a kind has a version, files are never read again, so a second desk's files are not imported
over the first one's. The files themselves are left as they are.

This runs when the services open the database rather than inside Alembic migration 0005: the
audit chain must be extended through services/audit.py (a migration sees only its own schema
version), and the file locations depend on the user and the environment of the desk that
opens the database, not of whoever runs a migration.
"""

from __future__ import annotations

import logging
from pathlib import Path

from smarttek_dsar.domain.errors import DomainError
from smarttek_dsar.paths import edited_register_path, letter_overrides_dir, sources_config_path
from smarttek_dsar.services.administration.organisation_documents import (
    MIGRATION,
    DocumentKind,
    DocumentVersion,
    add_version,
    in_force,
)
from smarttek_dsar.services.errors import ServiceError
from smarttek_dsar.services.letters.letter_templates import (
    LETTER_LANGUAGES,
    TEMPLATE_KINDS,
    overrides_to_text,
)
from smarttek_dsar.storage.database import Database
from smarttek_dsar.storage.register_file import load_register_file, register_to_text

log = logging.getLogger(__name__)


def _register_text(path: Path) -> str | None:
    return register_to_text(load_register_file(path)) if path.is_file() else None


def _letters_text(folder: Path) -> str | None:
    overrides: dict[str, dict[str, str]] = {}
    for language in LETTER_LANGUAGES:
        for kind in TEMPLATE_KINDS:
            path = folder / language / f"{kind}.txt"
            if path.is_file():
                overrides.setdefault(language, {})[kind] = path.read_text(encoding="utf-8")
    return overrides_to_text(overrides) if overrides else None


def _sources_text(path: Path) -> str | None:
    if not path.is_file():
        return None
    # Imported here: the sources' SQL parser (sqlglot, ~10 MB) is needed only when an old
    # sources.toml is found, not each time the services open the database.
    from smarttek_dsar.sources.config_file import load_sources_file, sources_config_text

    # Parsing refuses a file with a password in it: such a file is not imported.
    return sources_config_text(load_sources_file(path))


def import_user_files(
    db: Database, *, register_path: Path | None = None, letters_dir: Path | None = None,
    sources_path: Path | None = None,
) -> list[DocumentVersion]:
    """Import each old per-user file whose kind has no version in the database yet.

    Returns the versions created (empty on every later call). A file that cannot be read is
    logged and skipped: the desk still opens, with the shipped default for that kind.
    """
    wanted = (
        (DocumentKind.REGISTER, register_path or edited_register_path(), _register_text),
        (DocumentKind.LETTER_TEMPLATES, letters_dir or letter_overrides_dir(), _letters_text),
        (DocumentKind.DATA_SOURCES, sources_path or sources_config_path(), _sources_text),
    )
    with db.unit_of_work() as session:
        missing = [entry for entry in wanted if in_force(session, entry[0]) is None]
    imported = []
    for kind, path, read in missing:
        try:
            text = read(path)
        except (DomainError, ServiceError, OSError, UnicodeDecodeError) as error:
            log.warning("not imported into the database: %s (%s)", path, error)
            continue
        if text is None:
            continue
        try:
            with db.unit_of_work() as session:
                # based_on=0: if another desk imported or saved meanwhile, theirs stands.
                imported.append(add_version(
                    session, MIGRATION, kind, text, based_on=0,
                    action="organisation_document.imported", details={"from": str(path)},
                    note=f"imported from {path}",
                ))
        except ServiceError as error:
            log.info("%s not imported: %s", kind.value, error)
    return imported
