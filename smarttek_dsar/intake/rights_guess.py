"""A first guess of the rights a free-text request invokes, for a person to confirm.

Only a guess: GDPR 12(2) lets a subject ask in their own words, so no keyword list can be
the decision. The guess pre-fills the case form and is marked `rights_guessed`.
Text is folded to ASCII first, so "dzēst" and a diacritics-less "dzest" both match.
"""

from __future__ import annotations

import re
import unicodedata

from smarttek_dsar.domain.rights import Right

# Word-initial stems, Latvian and English (and a few Russian ones, common in Latvia).
_STEMS: dict[Right, tuple[str, ...]] = {
    Right.ACCESS: (
        "piekluv", "kopij", "kadus datus", "kadi dati", "access", "copy of", "what data",
        "what personal data", "15. pant", "article 15", "art. 15", "доступ", "копи",
    ),
    Right.RECTIFICATION: (
        "labo", "izlabo", "nepareiz", "rectif", "correct", "inaccurate", "16. pant",
        "article 16", "исправ",
    ),
    Right.ERASURE: (
        "dzes", "izdzes", "aizmirst", "erase", "erasure", "delete", "deletion", "forgotten",
        "remove my", "17. pant", "article 17", "удал",
    ),
    Right.RESTRICTION: ("ierobezo", "restrict", "18. pant", "article 18", "огранич"),
    Right.PORTABILITY: ("parnes", "portab", "20. pant", "article 20", "переноси"),
    Right.OBJECTION: ("iebild", "object", "21. pant", "article 21", "возраж"),
    Right.OBJECTION_MARKETING: (
        "marketing", "reklam", "jaunumu vestul", "newsletter", "unsubscribe", "atrakstit",
        "рассылк", "реклам",
    ),
    Right.CONSENT_WITHDRAWAL: (
        "atsaucu piekrisan", "atsaukt piekrisan", "atsauc savu piekrisan", "withdraw my consent",
        "withdraw consent", "revoke my consent", "revoke consent", "отзыв соглас",
    ),
    Right.COMPLAINT: ("sudzib", "complain", "жалоб"),
}  # fmt: skip

_PATTERNS = {
    right: re.compile(r"(?<!\w)(?:" + "|".join(re.escape(s) for s in stems) + ")")
    for right, stems in _STEMS.items()
}


def fold(text: str) -> str:
    """Lower case without diacritics (Latvian ā→a, ņ→n); Cyrillic letters are kept."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# A request names its rights near the start; reading on through a 100 MB body only costs
# minutes (the guess is a suggestion a person confirms against the whole text anyway).
GUESS_CHARS = 20_000


def guess_rights(*texts: str) -> tuple[Right, ...]:
    """Rights whose keywords occur in the start of the texts, in the order of the `Right` enum."""
    folded = fold("\n".join(text[:GUESS_CHARS] for text in texts))
    found = {right for right, pattern in _PATTERNS.items() if pattern.search(folded)}
    if Right.OBJECTION_MARKETING in found:
        # "I object to your marketing" is the absolute 21(2) objection, not a 21(1) one.
        found.discard(Right.OBJECTION)
    return tuple(right for right in Right if right in found)
