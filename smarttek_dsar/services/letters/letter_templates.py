"""The wording of every letter: shipped templates, and the DPO's edits that take precedence.

A template is plain text in <language>/<kind>.txt with string.Template $placeholders (the
format the acknowledgement introduced). The shipped ones live in resources/letters; the DPO's
edits are the "letter_templates" organisation document in the shared database (a JSON object
{language: {kind: text}} holding only the edited templates), so every desk writes the same
wording and each change is a new, audited version. Resetting a template to the shipped text
removes it from the document in a new version.

Who may edit: MANAGE_SETTINGS (the administrator, normally the DPO), as for the register of
processing activities: a template is the company's wording in every case, an organisation
setting rather than case work. Everyone who works cases or manages settings may read them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from string import Template

from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.paths import letter_overrides_dir, resource_path
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.administration.organisation_documents import (
    DocumentKind,
    DocumentVersion,
    add_version,
    in_force,
)
from smarttek_dsar.services.errors import NotFound, PermissionDenied, ServiceError
from smarttek_dsar.storage.database import Database

LETTER_LANGUAGES = ("lv", "en")
# The letters a specialist sends (the `letter` command and the window's Letter… action).
LETTER_KINDS = (
    "acknowledgement",
    "identity_request",
    "extension",
    "refusal",
    "partial_refusal",
    "confirmation_erasure",
    "confirmation_rectification",
    "confirmation_restriction",
    "confirmation_objection",
    "confirmation_consent_withdrawal",
    "art19_notice",
)
# Every editable template: the letters plus the cover letter of the data package.
TEMPLATE_KINDS = (*LETTER_KINDS, "package_cover")


Overrides = dict[str, dict[str, str]]  # language -> kind -> the DPO's text


@dataclass(frozen=True)
class TemplateInfo:
    kind: str
    language: str
    edited: bool  # the DPO's wording from the database is in use
    origin: str  # where the text in use comes from, for a tooltip
    placeholders: tuple[str, ...]

    @property
    def path(self) -> str:
        """The same as origin; ui/template_table.py still reads it under its old name."""
        return self.origin


def check_kind(kind: str, language: str) -> None:
    if kind not in TEMPLATE_KINDS:
        raise NotFound("There is no letter kind '{kind}'. Kinds: {template_kinds}.", kind=kind, template_kinds=', '.join(TEMPLATE_KINDS))
    if language not in LETTER_LANGUAGES:
        raise ServiceError("Letters are written in Latvian (lv) or English (en), not "
                           "'{language}'.", language=language)


def shipped_path(kind: str, language: str) -> Path:
    return resource_path("letters", language, f"{kind}.txt")


def override_path(kind: str, language: str, overrides: Path | None = None) -> Path:
    """A template in a folder of edited templates (the letter preview's scratch folder, or the
    per-user folder of installations before the templates moved into the database)."""
    return (overrides or letter_overrides_dir()) / language / f"{kind}.txt"


def template_path(kind: str, language: str, overrides: Path | None = None) -> Path:
    """The file a letter is rendered from: the folder's edit if there is one, else the shipped
    one. The database's templates are read through StoredTemplates instead."""
    edited = override_path(kind, language, overrides)
    return edited if edited.is_file() else shipped_path(kind, language)


def overrides_to_text(overrides: Mapping[str, Mapping[str, str]]) -> str:
    """The stored form of the edited templates: stable, so equal content hashes equal."""
    cleaned = {language: dict(sorted(kinds.items()))
               for language, kinds in sorted(overrides.items()) if kinds}
    return json.dumps(cleaned, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def overrides_from_text(text: str) -> Overrides:
    try:
        data = json.loads(text)
    except ValueError as error:
        raise ServiceError("The stored letter templates are not readable: {error}.", error=error) from error
    if not isinstance(data, dict):
        raise ServiceError("The stored letter templates are not readable: not an object.")
    return {str(language): {str(k): str(v) for k, v in kinds.items()}
            for language, kinds in data.items() if isinstance(kinds, dict)}


def stored_overrides(document: DocumentVersion | None) -> Overrides:
    return overrides_from_text(document.content) if document is not None else {}


class StoredTemplates:
    """The DPO's wording in force in the shared database, read afresh for every letter, so a
    letter written on one desk uses what was saved on another a moment before."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def edited_text(self, kind: str, language: str) -> str | None:
        with self.db.read() as session:
            overrides = stored_overrides(in_force(session, DocumentKind.LETTER_TEMPLATES))
        return overrides.get(language, {}).get(kind)


def read_template(
    kind: str, language: str, overrides: Path | StoredTemplates | None = None
) -> str:
    check_kind(kind, language)
    if isinstance(overrides, StoredTemplates):
        edited = overrides.edited_text(kind, language)
        if edited is not None:
            return edited
        path = shipped_path(kind, language)
    else:
        path = template_path(kind, language, overrides)
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ServiceError("The {kind} letter template ({path}) cannot be read: {exc}", kind=kind, path=path, exc=exc) from exc


def placeholders(text: str) -> tuple[str, ...]:
    """The $names a template uses, in order of first use; a broken `$` is an error."""
    template = Template(text)
    if not template.is_valid():
        raise ServiceError("The template has a '$' that is not a placeholder; write '$$' for a "
                           "dollar sign, or $name / ${name} for a placeholder.")
    return tuple(dict.fromkeys(template.get_identifiers()))


def allowed_placeholders(kind: str, language: str) -> tuple[str, ...]:
    """The placeholders an edit may use: those of the shipped template of that kind."""
    check_kind(kind, language)
    return placeholders(shipped_path(kind, language).read_text(encoding="utf-8"))


def check_text(kind: str, language: str, text: str) -> None:
    """An edited template that every later letter of its kind can be filled from: not empty,
    and no placeholder the letter has no value for."""
    if not text.strip():
        raise ServiceError("A letter template cannot be empty.")
    allowed = set(allowed_placeholders(kind, language))
    unknown = [name for name in placeholders(text) if name not in allowed]
    if unknown:
        raise ServiceError("The {kind} template may not use ${unknown}: the letter has no "
                           "such value. Available: {items}.", kind=kind, unknown=unknown[0], items=', '.join('$' + n for n in sorted(allowed)))


def fill(kind: str, language: str, text: str, values: Mapping[str, str]) -> str:
    """The text with every placeholder filled. A placeholder without a value is an error that
    names it: no letter leaves half-filled with a "$due_date" in it."""
    missing = [name for name in placeholders(text) if name not in values]
    if missing:
        names = ", ".join(f"${name}" for name in missing)
        raise ServiceError("The {kind} letter ({language}) cannot be completed: no value for "
                           "{names}. Give the value (e.g. --set {missing}=...) or edit the "
                           "template.", kind=kind, language=language, names=names, missing=missing[0])
    return Template(text).substitute(values)


class LetterTemplates:
    """List, read and save the letter templates; saving and resetting are audited."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.stored = StoredTemplates(db)

    def _require_read(self, actor: Actor) -> None:
        if not (actor.can(Permission.WORK_CASES) or actor.can(Permission.MANAGE_SETTINGS)):
            raise PermissionDenied("{username} may not read the letter templates.", username=actor.username)

    def _in_force(self) -> DocumentVersion | None:
        with self.db.read() as session:
            return in_force(session, DocumentKind.LETTER_TEMPLATES)

    def list(self, actor: Actor) -> list[TemplateInfo]:
        self._require_read(actor)
        document = self._in_force()
        overrides = stored_overrides(document)
        return [_info(kind, language, overrides, document)
                for kind in TEMPLATE_KINDS for language in LETTER_LANGUAGES]

    def info(self, actor: Actor, kind: str, language: str) -> TemplateInfo:
        self._require_read(actor)
        check_kind(kind, language)
        document = self._in_force()
        return _info(kind, language, stored_overrides(document), document)

    def read(self, actor: Actor, kind: str, language: str) -> str:
        self._require_read(actor)
        return read_template(kind, language, self.stored)

    def shipped(self, actor: Actor, kind: str, language: str) -> str:
        self._require_read(actor)
        check_kind(kind, language)
        return shipped_path(kind, language).read_text(encoding="utf-8")

    def save(self, actor: Actor, kind: str, language: str, text: str) -> TemplateInfo:
        """Save the DPO's wording. It may use only the placeholders the shipped template uses:
        any other would make every later letter of this kind fail."""
        actor.require(Permission.MANAGE_SETTINGS, "edit letter templates")
        check_text(kind, language, text)
        text = text if text.endswith("\n") else text + "\n"
        return self._change(actor, kind, language, text, "letter_template.saved",
                            {"chars": len(text)})

    def reset(self, actor: Actor, kind: str, language: str) -> TemplateInfo:
        """Go back to the shipped wording: a new version without this template's edit."""
        actor.require(Permission.MANAGE_SETTINGS, "edit letter templates")
        check_kind(kind, language)
        return self._change(actor, kind, language, None, "letter_template.reset", {})

    def _change(self, actor: Actor, kind: str, language: str, text: str | None, action: str,
                details: dict) -> TemplateInfo:
        with self.db.unit_of_work() as session:
            document = in_force(session, DocumentKind.LETTER_TEMPLATES)
            overrides = stored_overrides(document)
            kinds = overrides.setdefault(language, {})
            if text is None:
                if kind not in kinds:  # nothing edited: nothing to store or audit
                    return _info(kind, language, overrides, document)
                del kinds[kind]
            else:
                kinds[kind] = text
            saved = add_version(
                session, actor, DocumentKind.LETTER_TEMPLATES, overrides_to_text(overrides),
                based_on=document.version if document else 0, action=action,
                details={"template": kind, "language": language, **details},
            )
            return _info(kind, language, overrides, saved)


def _info(kind: str, language: str, overrides: Overrides,
          document: DocumentVersion | None) -> TemplateInfo:
    edited = overrides.get(language, {}).get(kind)
    if edited is not None and document is not None:
        origin = f"letter templates version {document.version} in the shared database"
        text = edited
    else:
        origin = str(shipped_path(kind, language))
        text = shipped_path(kind, language).read_text(encoding="utf-8")
    return TemplateInfo(kind, language, edited is not None, origin, placeholders(text))
