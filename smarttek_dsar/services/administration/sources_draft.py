"""The data-source definitions as the window's form and Expert text hold them before a save: the
TOML-shaped dict, checked by the same parser as the stored text (sql_guard included). The
window reaches the sources package only through here (the layer rule: ui -> services)."""

from __future__ import annotations

import re
from typing import Any

from smarttek_dsar.sources.config import SourcesConfig, parse_sources_config, sources_config_to_dict
from smarttek_dsar.sources.config_file import parse_sources_text
from smarttek_dsar.sources.sql_source import describe_source_url

_PASSWORD_PART = re.compile(r"(//[^:/@]*):[^@/]*")

__all__ = ["SourcesConfig", "draft_config", "draft_dict", "draft_from_text", "shown_location"]


def draft_config(data: dict[str, Any]) -> SourcesConfig:
    """The definitions a form holds; SourcesConfigError (a DomainError) names what is wrong."""
    return parse_sources_config(data)


def draft_dict(config: SourcesConfig) -> dict[str, Any]:
    return sources_config_to_dict(config)


def draft_from_text(text: str) -> SourcesConfig:
    return parse_sources_text(text)


def shown_location(url: str) -> str:
    """A database address as shown to people: a password typed into it is masked, also while
    the address is half typed (and not yet a URL SQLAlchemy reads)."""
    try:
        return describe_source_url(url)
    except ValueError:
        return _PASSWORD_PART.sub(r"\1:***", url)
