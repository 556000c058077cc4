"""The phrasebook every desk words its decisions with (the subject-facing reasons).

The shipped default applies until the DPO saves an edited copy; each save is a new version of
the PHRASEBOOK organisation document in the shared database, audited like the register. A
decision keeps the text it was recorded with (decisions.subject_reason), so a later edit never
changes what a case already says.

Who may edit: MANAGE_SETTINGS (the administrator, normally the DPO). Everyone reads it.
"""

from __future__ import annotations

from dataclasses import dataclass

from smarttek_dsar.domain.phrasebook import Phrasebook, PhrasebookError
from smarttek_dsar.domain.register import Language
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.administration.organisation_documents import (
    DocumentKind,
    add_version,
    in_force,
)
from smarttek_dsar.services.errors import ServiceError
from smarttek_dsar.storage.database import Database
from smarttek_dsar.storage.phrasebook_file import (
    load_default_phrasebook,
    phrasebook_from_text,
    phrasebook_to_text,
)


@dataclass(frozen=True)
class PhrasebookVersion:
    phrasebook: Phrasebook
    version: int  # 0: the shipped default, nothing saved yet


def phrasebook_in_force(session) -> PhrasebookVersion:
    """The phrasebook in force, read in the caller's transaction."""
    document = in_force(session, DocumentKind.PHRASEBOOK)
    if document is None:
        return PhrasebookVersion(load_default_phrasebook(), 0)
    return PhrasebookVersion(phrasebook_from_text(document.content), document.version)


class PhrasebookService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def current(self) -> PhrasebookVersion:
        with self.db.read() as session:
            return phrasebook_in_force(session)

    def export_text(self) -> str:
        return phrasebook_to_text(self.current().phrasebook)

    def save(self, actor: Actor, phrasebook: Phrasebook, *, based_on: int | None = None,
             note: str = "") -> PhrasebookVersion:
        """Store the DPO's edit as the next version; `based_on` guards against a lost edit."""
        actor.require(Permission.MANAGE_SETTINGS, "edit the phrasebook")
        with self.db.unit_of_work() as session:
            previous = phrasebook_in_force(session)
            changed = sorted(key for key in phrasebook.keys
                             if previous.phrasebook.phrases.get(key) != phrasebook.phrases[key])
            saved = add_version(session, actor, DocumentKind.PHRASEBOOK,
                                phrasebook_to_text(phrasebook), based_on=based_on,
                                action="phrasebook.saved", note=note,
                                details={"changed": changed})
            return PhrasebookVersion(phrasebook, saved.version)

    def set_text(self, actor: Actor, key: str, language: Language, text: str, *,
                 based_on: int | None = None) -> PhrasebookVersion:
        """Change one entry in one language."""
        if language not in ("en", "lv"):
            raise ServiceError("The phrasebook is written in 'lv' and 'en', not '{language}'.", language=language)
        current = self.current()
        if key not in current.phrasebook.phrases:
            raise ServiceError("The phrasebook has no entry '{key}'; the entries are: {keys}.", key=key, keys=', '.join(current.phrasebook.keys))
        try:
            edited = current.phrasebook.with_text(key, language, text)
        except PhrasebookError as error:
            raise ServiceError(error.message) from None
        return self.save(actor, edited,
                         based_on=current.version if based_on is None else based_on)

    def import_text(self, actor: Actor, text: str, *, based_on: int | None = None
                    ) -> PhrasebookVersion:
        """Replace the phrasebook with an edited TOML file (as written by `export_text`)."""
        try:
            phrasebook = phrasebook_from_text(text)
        except PhrasebookError as error:
            raise ServiceError(error.message) from None
        return self.save(actor, phrasebook, based_on=based_on)
