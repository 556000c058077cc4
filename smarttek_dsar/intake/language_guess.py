"""Which language a free-text request is written in, so the answer can be in the same one.

Only a first guess for the case form (the DPO can change it): counts letters only Latvian
uses and common short words. GDPR 12(1) asks for clear and plain language, which for the
subject means their own; a mail without any clue is taken as Latvian, the usual case here.
"""

from __future__ import annotations

import re
from typing import Literal

Language = Literal["lv", "en", "ru"]

_LATVIAN_LETTERS = re.compile("[āčēģīķļņšūž]")
_CYRILLIC = re.compile("[а-яё]")
_WORD = re.compile(r"[^\W\d_]+")

_LATVIAN_WORDS = frozenset({
    "un", "ir", "ka", "par", "lūdzu", "ludzu", "manus", "mani", "manu", "datus", "datiem",
    "labdien", "paldies", "cieņu", "cienu", "sveiki", "vēlos", "velos", "pieprasu", "jūsu",
    "jusu", "no", "uz", "kā", "ar",
})  # fmt: skip
_ENGLISH_WORDS = frozenset({
    "the", "and", "please", "my", "dear", "regards", "request", "would", "like", "your",
    "you", "of", "to", "is", "i", "data", "thank", "hello", "with", "all",
})  # fmt: skip


def guess_language(*texts: str) -> Language:
    # The start of each text is enough to tell the language (and keeps a huge mail quick).
    text = "\n".join(text[:20_000] for text in texts).casefold()
    words = _WORD.findall(text)
    latvian = len(_LATVIAN_LETTERS.findall(text)) + sum(w in _LATVIAN_WORDS for w in words)
    english = sum(w in _ENGLISH_WORDS for w in words)
    cyrillic = len(_CYRILLIC.findall(text))
    if cyrillic > 3 * (latvian + english) and cyrillic > 0:
        return "ru"
    if english > latvian:
        return "en"
    return "lv"
