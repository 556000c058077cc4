"""The register of processing activities (GDPR 30) the installation works with.

The shipped default applies until the DPO saves an edited copy; that copy lives in the user
config folder, with every earlier version kept beside it in register-versions/, so a case
reviewed under an older version can still show what it was reviewed under.

Who may edit: MANAGE_SETTINGS (the administrator, normally the DPO). The register is the
organisation's Art. 30 record and drives the suggested decisions of every case, so it is an
organisation setting, not case work; specialists read it like everyone else.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from smarttek_dsar.domain.register import Register
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.paths import edited_register_path
from smarttek_dsar.services import audit
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.errors import ConflictError, NotFound
from smarttek_dsar.storage.database import Database
from smarttek_dsar.storage.register_file import (
    load_default_register,
    load_register_file,
    save_register_file,
)

_TRAILING_NUMBER = re.compile(r"^(.*\.)(\d+)$")


def next_version(version: str) -> str:
    """"2021-06-01.1" -> "2021-06-01.2"; a version without a counter gets ".1"."""
    match = _TRAILING_NUMBER.match(version)
    if match:
        return f"{match.group(1)}{int(match.group(2)) + 1}"
    return f"{version}.1"


class RegisterService:
    def __init__(self, db: Database, path: Path | None = None) -> None:
        self.db = db
        self._path = path

    @property
    def path(self) -> Path:
        return self._path or edited_register_path()

    @property
    def history_dir(self) -> Path:
        return self.path.with_name("register-versions")

    def current(self) -> Register:
        """The edited copy if the DPO saved one, else the shipped default. No personal data."""
        if self.path.exists():
            return load_register_file(self.path)
        return load_default_register()

    @property
    def is_edited(self) -> bool:
        return self.path.exists()

    def version(self, version: str) -> Register:
        """The register as it was at `version` (the one a case was reviewed under)."""
        current = self.current()
        if current.version == version:
            return current
        archived = self.history_dir / f"{version}.toml"
        if archived.exists():
            return load_register_file(archived)
        default = load_default_register()
        if default.version == version:
            return default
        raise NotFound(f"Register version {version} is not kept on this installation.")

    def save(self, actor: Actor, edited: Register, *, based_on: str | None = None) -> Register:
        """Save the DPO's edit under the next version number; the old one is archived.

        `based_on` is the version the editor started from: if somebody saved in between, the
        save is refused rather than silently dropping their change.
        """
        actor.require(Permission.MANAGE_SETTINGS, "edit the register of processing activities")
        current = self.current()
        if based_on is not None and based_on != current.version:
            raise ConflictError(
                f"The register was changed to version {current.version} since you opened "
                f"version {based_on}. Reload it and make your change again."
            )
        saved = replace(edited, version=next_version(current.version))
        with self.db.unit_of_work() as session:
            # The audit entry first: a file that cannot be written rolls it back.
            audit.record(session, actor, "register.saved",
                         details={"version": saved.version, "previous": current.version,
                                  "categories": list(saved.category_ids)})
            save_register_file(current, self.history_dir / f"{current.version}.toml")
            save_register_file(saved, self.path)
        return saved
