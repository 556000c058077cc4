"""The register of processing activities as TOML: the shipped file, and the text stored in the
shared database (see services/administration/register_service.py).

A file save never leaves a half-written file: it writes a temporary file next to the target
and swaps it in with os.replace.
"""

from __future__ import annotations

import os
import tempfile
import tomllib
from pathlib import Path
from typing import Any

import tomli_w

from smarttek_dsar.domain.errors import DomainError
from smarttek_dsar.domain.messages import Message
from smarttek_dsar.domain.register import Register, parse_register
from smarttek_dsar.domain.register_dict import register_to_dict
from smarttek_dsar.domain.toml_reasons import toml_place_and_reason
from smarttek_dsar.paths import resource_path


class RegisterFileError(DomainError):
    """The register file is missing, unreadable, not valid TOML or not a valid register."""


def default_register_path() -> Path:
    return resource_path("register", "register.toml")


def load_default_register() -> Register:
    """The register shipped with the application."""
    return load_register_file(default_register_path())


def load_register_file(path: Path | str) -> Register:
    path = Path(path)
    data = _read_toml(path)
    try:
        return parse_register(data)
    except DomainError as error:
        raise RegisterFileError("The register file {path} is not valid: {error}", path=path, error=error) from error


def register_to_text(register: Register) -> str:
    """The TOML text a register is stored as; `register_from_text` reads it back."""
    return tomli_w.dumps(register_to_dict(register))


def register_from_text(text: str, where: Message | str) -> Register:
    """A register from TOML text; `where` names it in the error (e.g. "version 3 in the
    database")."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise RegisterFileError(_broken_toml_message(where, error)) from error
    try:
        return parse_register(data)
    except DomainError as error:
        raise RegisterFileError("The register {where} is not valid: {error}", where=where, error=error) from error


def save_register_file(register: Register, path: Path | str) -> None:
    """Write the register atomically: readers see the old file or the new one, never half."""
    path = Path(path)
    content = register_to_text(register).encode("utf-8")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".tmp", dir=path.parent
        )
    except OSError as error:
        raise RegisterFileError(
            "Cannot write the register file {path}: {strerror}.", path=path, strerror=error.strerror
        ) from error
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise RegisterFileError(
            "Cannot write the register file {path}: {strerror}.", path=path, strerror=error.strerror
        ) from error


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise RegisterFileError("The register file {path} does not exist.", path=path) from None
    except OSError as error:
        raise RegisterFileError(
            "Cannot read the register file {path}: {strerror}.", path=path, strerror=error.strerror
        ) from error
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise RegisterFileError("The register file {path} is not UTF-8 text.", path=path) from None
    except tomllib.TOMLDecodeError as error:
        raise RegisterFileError(_broken_toml_message(path, error)) from error


def _broken_toml_message(path: Path | str | Message, error: tomllib.TOMLDecodeError) -> Message:
    # tomllib puts the place in its English text ("Invalid value (at line 4, column 3)"); both
    # the reason and the place are read back to templates (domain/toml_reasons.py).
    place, reason = toml_place_and_reason(error)
    if place is None:
        if isinstance(path, Path):
            return Message("The register file {path} is not valid TOML: {reason}.",
                           {"path": path, "reason": reason})
        return Message("The register {where} is not valid TOML: {reason}.",
                       {"where": path, "reason": reason})
    if isinstance(path, Path):
        return Message("The register file {path} is not valid TOML ({place}): {reason}.",
                       {"path": path, "place": place, "reason": reason})
    return Message("The register {where} is not valid TOML ({place}): {reason}.",
                   {"where": path, "place": place, "reason": reason})
