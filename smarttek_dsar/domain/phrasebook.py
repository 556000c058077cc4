"""The phrasebook: the reasons a decision gives the data subject, per article, in both languages.

A decision carries two texts: the internal note (decisions.reason, never leaves the case) and
the reason addressed to the subject, filled from the entry named by the decision's phrase key
in the case's language unless the reviewer wrote one. The DPO edits the entries; every key the
rules use must keep a text in Latvian and in English. Plain Python, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from smarttek_dsar.domain.decision_rules import (
    CONTRACT_IN_FORCE,
    ERASURE_EXEMPTIONS,
    ERASURE_GROUNDS,
    RESTRICTION_GROUNDS,
)
from smarttek_dsar.domain.errors import DomainError
from smarttek_dsar.domain.register import Language, Text

# Every key the decision rules may name (domain.decision_rules.phrase_key_for, legal_rules).
REQUIRED_KEYS = (
    "15(1)", "15(4)", "16", "16_no_inaccuracy", "16_recording",
    *ERASURE_GROUNDS, "17(1)(b)_suppression", *ERASURE_EXEMPTIONS, CONTRACT_IN_FORCE,
    *RESTRICTION_GROUNDS, "18_no_ground", "20(1)", "20_not_portable",
    "21(1)", "21(1)_partial", "21(1)_compelling", "21(1)_not_li", "21(3)",
    "21(3)_not_marketing", "7(3)", "7(3)_no_consent", "77", "not_held",
)
PLACEHOLDERS = frozenset({"keep_until"})
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")


class PhrasebookError(DomainError):
    """An entry is missing, empty in one language, or uses an unknown placeholder."""


@dataclass(frozen=True)
class Phrasebook:
    phrases: Mapping[str, Text]

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(self.phrases)

    def text(self, key: str, language: Language) -> str:
        """The entry as written, placeholders unfilled."""
        if key not in self.phrases:
            raise PhrasebookError("The phrasebook has no entry '{key}'.", key=key)
        return self.phrases[key].in_language(language)

    def reason(self, key: str, language: Language, *, keep_until: date | None = None) -> str:
        """The entry addressed to the subject, with the date filled in."""
        text = self.text(key, language)
        if "{keep_until}" in text:
            if keep_until is None:
                raise PhrasebookError("The phrasebook entry '{key}' states the date until "
                                      "which the data is kept; record that date first.", key=key)
            text = text.replace("{keep_until}", format_day(keep_until, language))
        return text

    def with_text(self, key: str, language: Language, text: str) -> Phrasebook:
        """A copy with one entry changed in one language (validated like a whole phrasebook)."""
        old = self.phrases.get(key, Text("", ""))
        new = Text(text, old.lv) if language == "en" else Text(old.en, text)
        return parse_phrasebook(phrasebook_to_dict(Phrasebook({**self.phrases, key: new})))


def format_day(day: date, language: Language) -> str:
    if language == "lv":
        return f"{day:%d.%m.%Y}"  # 31.12.2036: the numeric date Latvian letters use
    return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


def parse_phrasebook(data: Mapping[str, Any]) -> Phrasebook:
    """Build a Phrasebook from its TOML-shaped dict; raise PhrasebookError naming the problem."""
    phrases = data.get("phrases")
    if not isinstance(phrases, Mapping):
        raise PhrasebookError("The phrasebook must have a [phrases] table.")
    parsed: dict[str, Text] = {}
    for key, entry in phrases.items():
        if not isinstance(entry, Mapping):
            raise PhrasebookError("Phrasebook entry '{key}' must have 'en' and 'lv' texts.", key=key)
        texts = []
        for language in ("en", "lv"):
            value = entry.get(language)
            if not isinstance(value, str) or not value.strip():
                raise PhrasebookError("Phrasebook entry '{key}' has no {language} text; "
                                      "every entry is needed in both languages.", key=key, language=_LANGUAGE[language])
            unknown = set(_PLACEHOLDER.findall(value)) - PLACEHOLDERS
            if unknown:
                raise PhrasebookError(
                    "Phrasebook entry '{key}' ({language}) uses the unknown placeholder "
                    "{{{unknown}}}; only {{keep_until}} is filled in.", key=key, language=_LANGUAGE[language], unknown=sorted(unknown)[0])
            texts.append(value.strip())
        parsed[str(key)] = Text(*texts)
    missing = [key for key in REQUIRED_KEYS if key not in parsed]
    if missing:
        raise PhrasebookError("The phrasebook lacks the entry '{missing}', which the "
                              "decisions use.", missing=missing[0])
    return Phrasebook(parsed)


def phrasebook_to_dict(phrasebook: Phrasebook) -> dict[str, Any]:
    return {"phrases": {key: {"en": text.en, "lv": text.lv}
                        for key, text in phrasebook.phrases.items()}}


_LANGUAGE = {"en": "English", "lv": "Latvian"}
