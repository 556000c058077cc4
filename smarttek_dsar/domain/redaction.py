"""Why a field of the subject's copy is redacted, as the subject is told (GDPR 15(4)).

A redaction carries two texts: a reason category the subject sees in both languages, and
an optional internal note that never leaves the case. Plain Python: no I/O.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum


class RedactionReason(StrEnum):
    # GDPR 15(4): the copy "shall not adversely affect the rights and freedoms of others".
    OTHERS_DATA = "others_data"
    # Recital 63: those rights include trade secrets and intellectual property.
    TRADE_SECRET = "trade_secret"


REASON_TEXTS: dict[RedactionReason, dict[str, str]] = {
    RedactionReason.OTHERS_DATA: {
        "en": "another person's data, GDPR 15(4)",
        "lv": "citas personas dati, VDAR 15. panta 4. punkts",
    },
    RedactionReason.TRADE_SECRET: {
        "en": "trade secrets or intellectual property of others, GDPR 15(4) and Recital 63",
        "lv": "citu personu komercnoslēpums vai intelektuālais īpašums, VDAR 15. panta "
        "4. punkts un 63. apsvērums",
    },
}
MARK = {"en": "redacted", "lv": "aizklāts"}


def reason_text(reason: RedactionReason | str, language: str) -> str:
    return REASON_TEXTS[RedactionReason(reason)]["lv" if language == "lv" else "en"]


def redaction_mark(reason: RedactionReason | str, language: str) -> str:
    """What the subject sees instead of the value: '[redacted: another person's data, ...]'."""
    lang = "lv" if language == "lv" else "en"
    return f"[{MARK[lang]}: {reason_text(reason, lang)}]"


@dataclass(frozen=True)
class Redaction:
    reason: RedactionReason
    note: str = ""  # internal: never printed for the subject


def parse_redactions(stored: str | None) -> dict[str, Redaction]:
    """A row's stored redactions; the first format (field -> free text) stays readable: the
    text was the specialist's own note, and other people's data was the only reason then."""
    result: dict[str, Redaction] = {}
    for field, value in json.loads(stored or "{}").items():
        if isinstance(value, dict):
            result[field] = Redaction(RedactionReason(value.get("reason", "others_data")),
                                      str(value.get("note", "")))
        else:
            result[field] = Redaction(RedactionReason.OTHERS_DATA, str(value))
    return result


def dump_redactions(redactions: dict[str, Redaction]) -> str:
    return json.dumps({field: {"reason": r.reason.value, "note": r.note}
                       for field, r in redactions.items()}, ensure_ascii=False, sort_keys=True)
