"""The data-source definitions as TOML text: the shipped demo sources, the text stored in the
shared database (services/administration/sources_service.py), and the per-user sources.toml of
installations before the definitions moved into the database (read once to import it, see
services/administration/user_file_import.py).

Until somebody saves their own sources, the installation searches the synthetic "Smarttek
systems" database with the queries shipped in resources/sources/demo-sources.toml, so a new
installation and the demo can be tried at once.
"""

from __future__ import annotations

import os
import tempfile
import tomllib
from pathlib import Path
from typing import Any

import tomli_w

from smarttek_dsar.domain.errors import DomainError
from smarttek_dsar.domain.messages import Message, message
from smarttek_dsar.domain.toml_reasons import toml_error_said
from smarttek_dsar.paths import demo_systems_path, resource_path, sources_config_path
from smarttek_dsar.sources.config import (
    SourcesConfig,
    SourcesConfigError,
    parse_sources_config,
    sources_config_to_dict,
)

DEMO_SYSTEMS_PLACEHOLDER = "{demo_systems}"
DEMO_MEDIA_PLACEHOLDER = "{demo_media}"


def demo_media_folder(systems_path: Path) -> Path:
    """The demo's call recordings and CCTV stills, next to its systems database."""
    return Path(systems_path).with_name(Path(systems_path).stem + "-media")


def demo_sources_path() -> Path:
    return resource_path("sources", "demo-sources.toml")


def load_sources_config(
    path: Path | None = None, *, demo_systems: Path | None = None
) -> SourcesConfig:
    """The sources in a per-user file (older installations); the shipped demo sources when
    there is none. The desk's services read the database instead (SourcesService.config)."""
    path = path or sources_config_path()
    if path.exists():
        return load_sources_file(path)
    return default_sources_config(demo_systems or demo_systems_path())


def default_sources_config(systems_path: Path) -> SourcesConfig:
    data = _read_toml(demo_sources_path())
    url = f"sqlite:///{Path(systems_path).resolve().as_posix()}"
    for source in data.get("sources", []):
        if isinstance(source, dict) and isinstance(source.get("url"), str):
            source["url"] = source["url"].replace(f"sqlite:///{DEMO_SYSTEMS_PLACEHOLDER}", url)
        if isinstance(source, dict) and source.get("media") == DEMO_MEDIA_PLACEHOLDER:
            source["media"] = demo_media_folder(systems_path).resolve().as_posix()
    return _parse(data, demo_sources_path())


def load_sources_file(path: Path) -> SourcesConfig:
    return _parse(_read_toml(path), path)


def save_sources_config(config: SourcesConfig, path: Path | None = None) -> Path:
    """Write atomically: a reader sees the old file or the new one, never half of it."""
    path = path or sources_config_path()
    content = tomli_w.dumps(sources_config_to_dict(config), multiline_strings=True)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp",
                                             dir=path.parent)
        with os.fdopen(handle, "wb") as stream:
            stream.write(content.encode("utf-8"))
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except OSError as error:
        raise SourcesConfigError("Cannot write the sources file {path}: {strerror}.", path=path, strerror=error.strerror) \
            from error
    return path


def parse_sources_text(text: str, where: Message | None = None) -> SourcesConfig:
    """For the settings editor: the TOML the user typed, checked before it is saved. `where`
    names a stored text in the error; the text being edited needs no name beyond the place
    in it (a message, so a Latvian window names it in Latvian)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise SourcesConfigError("{where} is not valid TOML: {error}.",
                                 where=where or message("The sources text"),
                                 error=toml_error_said(error)) from None
    try:
        return parse_sources_config(data)
    except DomainError as error:
        if where is None:
            raise
        raise SourcesConfigError("{where}: {error}", where=where, error=error) from None


def sources_config_text(config: SourcesConfig) -> str:
    return tomli_w.dumps(sources_config_to_dict(config), multiline_strings=True)


def _parse(data: dict[str, Any], path: Path) -> SourcesConfig:
    try:
        return parse_sources_config(data)
    except DomainError as error:
        raise SourcesConfigError("{path}: {error}", path=path, error=error) from None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SourcesConfigError("The sources file {path} does not exist.", path=path) from None
    except (OSError, UnicodeDecodeError) as error:
        raise SourcesConfigError("Cannot read the sources file {path}: {error}.", path=path, error=error) from None
    except tomllib.TOMLDecodeError as error:
        raise SourcesConfigError("The sources file {path} is not valid TOML: {error}.", path=path,
                                 error=toml_error_said(error)) \
            from None
