"""The wording of every letter: shipped templates, and the DPO's edits that take precedence.

A template is plain text in <language>/<kind>.txt with string.Template $placeholders (the
format the acknowledgement introduced). The shipped ones live in resources/letters; an edited
copy saved here lives in the user config folder (letters/<language>/<kind>.txt, or where
SMARTTEK_DSAR_LETTERS points) and wins over the shipped one.

Who may edit: MANAGE_SETTINGS (the administrator, normally the DPO), as for the register of
processing activities: a template is the company's wording in every case, an organisation
setting rather than case work. Everyone who works cases or manages settings may read them.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from string import Template

from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.paths import letter_overrides_dir, resource_path
from smarttek_dsar.services import audit
from smarttek_dsar.services.actor import Actor
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


@dataclass(frozen=True)
class TemplateInfo:
    kind: str
    language: str
    edited: bool  # an override in the user config folder is in use
    path: Path  # the file in use
    placeholders: tuple[str, ...]


def check_kind(kind: str, language: str) -> None:
    if kind not in TEMPLATE_KINDS:
        raise NotFound(f"There is no letter kind '{kind}'. Kinds: {', '.join(TEMPLATE_KINDS)}.")
    if language not in LETTER_LANGUAGES:
        raise ServiceError(f"Letters are written in Latvian (lv) or English (en), not '{language}'.")


def shipped_path(kind: str, language: str) -> Path:
    return resource_path("letters", language, f"{kind}.txt")


def override_path(kind: str, language: str, overrides: Path | None = None) -> Path:
    return (overrides or letter_overrides_dir()) / language / f"{kind}.txt"


def template_path(kind: str, language: str, overrides: Path | None = None) -> Path:
    """The file a letter is rendered from: the DPO's edit if there is one, else the shipped one."""
    edited = override_path(kind, language, overrides)
    return edited if edited.is_file() else shipped_path(kind, language)


def read_template(kind: str, language: str, overrides: Path | None = None) -> str:
    check_kind(kind, language)
    path = template_path(kind, language, overrides)
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ServiceError(f"The {kind} letter template ({path}) cannot be read: {exc}") from exc


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
        raise ServiceError(f"The {kind} template may not use ${unknown[0]}: the letter has "
                           f"no such value. Available: "
                           f"{', '.join('$' + n for n in sorted(allowed))}.")


def fill(kind: str, language: str, text: str, values: Mapping[str, str]) -> str:
    """The text with every placeholder filled. A placeholder without a value is an error that
    names it: no letter leaves half-filled with a "$due_date" in it."""
    missing = [name for name in placeholders(text) if name not in values]
    if missing:
        names = ", ".join(f"${name}" for name in missing)
        raise ServiceError(f"The {kind} letter ({language}) cannot be completed: no value for "
                           f"{names}. Give the value (e.g. --set {missing[0]}=...) or edit the "
                           "template.")
    return Template(text).substitute(values)


class LetterTemplates:
    """List, read and save the letter templates; saving and resetting are audited."""

    def __init__(self, db: Database, overrides: Path | None = None) -> None:
        self.db = db
        self._overrides = overrides

    @property
    def overrides(self) -> Path:
        return self._overrides or letter_overrides_dir()

    def _require_read(self, actor: Actor) -> None:
        if not (actor.can(Permission.WORK_CASES) or actor.can(Permission.MANAGE_SETTINGS)):
            raise PermissionDenied(f"{actor.username} may not read the letter templates.")

    def list(self, actor: Actor) -> list[TemplateInfo]:
        self._require_read(actor)
        return [self.info(actor, kind, language)
                for kind in TEMPLATE_KINDS for language in LETTER_LANGUAGES]

    def info(self, actor: Actor, kind: str, language: str) -> TemplateInfo:
        self._require_read(actor)
        text = read_template(kind, language, self.overrides)
        edited = override_path(kind, language, self.overrides).is_file()
        return TemplateInfo(kind, language, edited, template_path(kind, language, self.overrides),
                            placeholders(text))

    def read(self, actor: Actor, kind: str, language: str) -> str:
        self._require_read(actor)
        return read_template(kind, language, self.overrides)

    def shipped(self, actor: Actor, kind: str, language: str) -> str:
        self._require_read(actor)
        check_kind(kind, language)
        return shipped_path(kind, language).read_text(encoding="utf-8")

    def save(self, actor: Actor, kind: str, language: str, text: str) -> TemplateInfo:
        """Save the DPO's wording. It may use only the placeholders the shipped template uses:
        any other would make every later letter of this kind fail."""
        actor.require(Permission.MANAGE_SETTINGS, "edit letter templates")
        check_text(kind, language, text)
        target = override_path(kind, language, self.overrides)
        with self.db.unit_of_work() as session:
            # The audit entry first: a file that cannot be written rolls it back.
            audit.record(session, actor, "letter_template.saved",
                         details={"kind": kind, "language": language, "chars": len(text)})
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_name(f".{target.name}.partial")
            partial.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
            os.replace(partial, target)
        return self.info(actor, kind, language)

    def reset(self, actor: Actor, kind: str, language: str) -> TemplateInfo:
        """Go back to the shipped wording."""
        actor.require(Permission.MANAGE_SETTINGS, "edit letter templates")
        check_kind(kind, language)
        target = override_path(kind, language, self.overrides)
        with self.db.unit_of_work() as session:
            audit.record(session, actor, "letter_template.reset",
                         details={"kind": kind, "language": language})
            target.unlink(missing_ok=True)
        return self.info(actor, kind, language)
