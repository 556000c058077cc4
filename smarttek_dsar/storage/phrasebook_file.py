"""The phrasebook as TOML: the shipped file, and the text stored in the shared database as the
PHRASEBOOK organisation document (see services/review/phrasebook_service.py)."""

from __future__ import annotations

import tomllib
from functools import lru_cache

import tomli_w

from smarttek_dsar.domain.phrasebook import (
    Phrasebook,
    PhrasebookError,
    parse_phrasebook,
    phrasebook_to_dict,
)
from smarttek_dsar.domain.toml_reasons import toml_error_said
from smarttek_dsar.paths import resource_path


def default_phrasebook_text() -> str:
    return resource_path("phrasebook", "phrasebook.toml").read_text(encoding="utf-8")


@lru_cache(maxsize=16)
def phrasebook_from_text(text: str) -> Phrasebook:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise PhrasebookError("The phrasebook is not valid TOML: {error}.",
                              error=toml_error_said(error)) from None
    return parse_phrasebook(data)


def phrasebook_to_text(phrasebook: Phrasebook) -> str:
    return tomli_w.dumps(phrasebook_to_dict(phrasebook))


def load_default_phrasebook() -> Phrasebook:
    return phrasebook_from_text(default_phrasebook_text())
