"""Documents every desk shares, kept in the database as numbered versions.

The register of processing activities, the letter templates and the data-source definitions
are organisation settings: in team mode every desk must work from the same text, and a case
reviewed under an older register must still be able to show it. Each save adds a version
(never an update in place); the highest version of a kind is in force. The audit event names
the kind, the version and the content's SHA-256, never the content itself.

Who may save: MANAGE_SETTINGS (the administrator, normally the DPO). Reading is open to the
services that need the text; each of them checks its own reader.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from smarttek_dsar.domain.roles import Permission, Role
from smarttek_dsar.services import audit
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.errors import ConflictError, NotFound
from smarttek_dsar.storage.database import Database
from smarttek_dsar.storage.models import OrganisationDocument


class DocumentKind(StrEnum):
    REGISTER = "register"
    LETTER_TEMPLATES = "letter_templates"
    DATA_SOURCES = "data_sources"
    PHRASEBOOK = "phrasebook"  # reserved: the letters' phrasebook moves here later


# Who an imported per-user file is recorded as changed by (see import_user_files).
MIGRATION = Actor(None, "migration", "Migration", frozenset({Role.ADMIN}))


@dataclass(frozen=True)
class DocumentVersion:
    kind: DocumentKind
    version: int
    content: str
    sha256: str
    changed_at: datetime
    changed_by: str
    note: str


def content_sha256(content: str) -> str:
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def _view(row: OrganisationDocument) -> DocumentVersion:
    return DocumentVersion(DocumentKind(row.kind), row.version, row.content, row.sha256,
                           row.changed_at, row.changed_by, row.note)


def in_force(session: Session, kind: DocumentKind) -> DocumentVersion | None:
    """The highest version of `kind`, or None while nothing was saved."""
    row = session.scalars(
        select(OrganisationDocument).where(OrganisationDocument.kind == kind.value)
        .order_by(OrganisationDocument.version.desc()).limit(1)
    ).first()
    return _view(row) if row is not None else None


def versions(session: Session, kind: DocumentKind) -> list[DocumentVersion]:
    """Every version of `kind`, newest first."""
    rows = session.scalars(
        select(OrganisationDocument).where(OrganisationDocument.kind == kind.value)
        .order_by(OrganisationDocument.version.desc())
    )
    return [_view(row) for row in rows]


def add_version(
    session: Session, actor: Actor, kind: DocumentKind, content: str, *,
    based_on: int | None, action: str, details: dict | None = None, note: str = "",
) -> DocumentVersion:
    """Store `content` as the next version of `kind` and audit it, in the caller's transaction.

    `based_on` is the version the editor started from (0: nothing stored yet); if another desk
    saved in between, the save is refused instead of silently dropping their change.
    """
    latest = session.scalar(
        select(func.max(OrganisationDocument.version))
        .where(OrganisationDocument.kind == kind.value)
    ) or 0
    if based_on is not None and based_on != latest:
        raise ConflictError(
            "The {names} was changed on another desk (now version {latest}) since you opened "
            "version {based_on}. Reload it and make your change again.", names=_NAMES[kind], latest=latest, based_on=based_on
        )
    digest = content_sha256(content)
    row = OrganisationDocument(
        kind=kind.value, version=latest + 1, content=content, sha256=digest,
        changed_at=datetime.now(UTC).replace(microsecond=0), changed_by=actor.username,
        note=note,
    )
    session.add(row)
    try:
        session.flush()
    except IntegrityError as error:
        # Two desks numbered the same version at once: the later one reloads and retries.
        raise ConflictError(
            "The {names} was saved on another desk at the same moment. Reload it and make "
            "your change again.", names=_NAMES[kind]
        ) from error
    audit.record(session, actor, action, details={
        **(details or {}), "kind": kind.value, "version": row.version, "sha256": digest,
    })
    return _view(row)


_NAMES = {
    DocumentKind.REGISTER: "register of processing activities",
    DocumentKind.LETTER_TEMPLATES: "letter templates",
    DocumentKind.DATA_SOURCES: "data-source definitions",
    DocumentKind.PHRASEBOOK: "phrasebook",
}


class OrganisationDocuments:
    """Read the version in force, list the versions, save a new one."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def current(self, kind: DocumentKind) -> DocumentVersion | None:
        with self.db.read() as session:
            return in_force(session, kind)

    def versions(self, kind: DocumentKind) -> list[DocumentVersion]:
        with self.db.read() as session:
            return versions(session, kind)

    def version(self, kind: DocumentKind, version: int) -> DocumentVersion:
        with self.db.read() as session:
            row = session.scalars(select(OrganisationDocument).where(
                OrganisationDocument.kind == kind.value, OrganisationDocument.version == version
            )).first()
            if row is None:
                raise NotFound("There is no version {version} of the {names}.", version=version, names=_NAMES[kind])
            return _view(row)

    def save(
        self, actor: Actor, kind: DocumentKind, content: str, *, based_on: int | None,
        note: str = "",
    ) -> DocumentVersion:
        actor.require(Permission.MANAGE_SETTINGS, f"change the {_NAMES[kind]}")
        with self.db.unit_of_work() as session:
            return add_version(session, actor, kind, content, based_on=based_on,
                               action="organisation_document.saved", note=note)
