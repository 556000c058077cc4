"""The register of processing activities (GDPR 30) every desk works with.

The shipped default applies until the DPO saves an edited copy; each edit is a new version of
the "register" organisation document in the shared database, so every desk of a team reads
the same register, and a case reviewed under an older version can still show what it was
reviewed under.

Who may edit: MANAGE_SETTINGS (the administrator, normally the DPO). The register is the
organisation's Art. 30 record and drives the suggested decisions of every case, so it is an
organisation setting, not case work; specialists read it like everyone else.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from smarttek_dsar.domain.messages import message
from smarttek_dsar.domain.register import Register
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.administration.organisation_documents import (
    DocumentKind,
    DocumentVersion,
    add_version,
    in_force,
    versions,
)
from smarttek_dsar.services.errors import ConflictError, NotFound
from smarttek_dsar.storage.database import Database
from smarttek_dsar.storage.register_file import (
    load_default_register,
    register_from_text,
    register_to_text,
)

_TRAILING_NUMBER = re.compile(r"^(.*\.)(\d+)$")


def next_version(version: str) -> str:
    """"2021-06-01.1" -> "2021-06-01.2"; a version without a counter gets ".1"."""
    match = _TRAILING_NUMBER.match(version)
    if match:
        return f"{match.group(1)}{int(match.group(2)) + 1}"
    return f"{version}.1"


@lru_cache(maxsize=16)
def _parsed(content: str, document_version: int) -> Register:
    # Every case view and review reads the register: parse each stored text once.
    return register_from_text(content, message("version {version} in the database",
                                                version=document_version))


def stored_register(document: DocumentVersion) -> Register:
    return _parsed(document.content, document.version)


class RegisterService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def current(self) -> Register:
        """The version in force in the database, else the shipped default. No personal data."""
        with self.db.read() as session:
            document = in_force(session, DocumentKind.REGISTER)
        return stored_register(document) if document else load_default_register()

    @property
    def is_edited(self) -> bool:
        with self.db.read() as session:
            return in_force(session, DocumentKind.REGISTER) is not None

    def history(self) -> list[DocumentVersion]:
        """Every stored version, newest first (empty while the shipped default applies)."""
        with self.db.read() as session:
            return versions(session, DocumentKind.REGISTER)

    def version(self, version: str) -> Register:
        """The register as it was at `version` (the one a case was reviewed under)."""
        for document in self.history():
            register = stored_register(document)
            if register.version == version:
                return register
        default = load_default_register()
        if default.version == version:
            return default
        raise NotFound("Register version {version} is not kept in this database.", version=version)

    def version_or_current(self, version: str | None) -> Register:
        """The register a case was reviewed under; the current one if none or not kept."""
        if version:
            try:
                return self.version(version)
            except NotFound:
                pass
        return self.current()

    def save(self, actor: Actor, edited: Register, *, based_on: str | None = None) -> Register:
        """Save the DPO's edit under the next version number; earlier versions stay stored.

        `based_on` is the version the editor started from: if somebody saved in between (on
        this desk or another), the save is refused rather than silently dropping their change.
        """
        actor.require(Permission.MANAGE_SETTINGS, "edit the register of processing activities")
        with self.db.unit_of_work() as session:
            document = in_force(session, DocumentKind.REGISTER)
            current = stored_register(document) if document else load_default_register()
            if based_on is not None and based_on != current.version:
                raise ConflictError(
                    "The register was changed to version {version} since you opened version "
                    "{based_on}. Reload it and make your change again.", version=current.version, based_on=based_on
                )
            saved = replace(edited, version=next_version(current.version))
            add_version(
                session, actor, DocumentKind.REGISTER, register_to_text(saved),
                based_on=document.version if document else 0, action="register.saved",
                details={"register_version": saved.version, "previous": current.version,
                         "categories": list(saved.category_ids)},
            )
        return saved
