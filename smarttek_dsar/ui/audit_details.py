"""An audit event's details in words of the window's language: each recorded key by its name
("file" → "fails"), stages by their labels, long lists by their count, and personal text hidden
from a reader who may not see it. The case timeline and the audit log show details this way."""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from smarttek_dsar.domain.rights import Channel, Right
from smarttek_dsar.domain.workflow import Stage
from smarttek_dsar.services.timeline_facts import is_neutral
from smarttek_dsar.ui.i18n import (
    channel_label,
    format_date,
    format_datetime,
    right_label,
    stage_label,
)

CONTEXT = "AuditDetails"

# The keys the services record (services/audit.py callers), in English words; a key not here
# is shown with its underscores as spaces.
KEY_WORDS = {
    "account": QT_TRANSLATE_NOOP("AuditDetails", "account"),
    "action": QT_TRANSLATE_NOOP("AuditDetails", "action"),
    "added": QT_TRANSLATE_NOOP("AuditDetails", "added"),
    "after": QT_TRANSLATE_NOOP("AuditDetails", "after"),
    "article": QT_TRANSLATE_NOOP("AuditDetails", "article"),
    "assignee": QT_TRANSLATE_NOOP("AuditDetails", "assignee"),
    "at_import": QT_TRANSLATE_NOOP("AuditDetails", "at import"),
    "attachment": QT_TRANSLATE_NOOP("AuditDetails", "attachment"),
    "attachments": QT_TRANSLATE_NOOP("AuditDetails", "attachments"),
    "before": QT_TRANSLATE_NOOP("AuditDetails", "before"),
    "candidates": QT_TRANSLATE_NOOP("AuditDetails", "candidates"),
    "cases": QT_TRANSLATE_NOOP("AuditDetails", "cases"),
    "categories": QT_TRANSLATE_NOOP("AuditDetails", "categories"),
    "category": QT_TRANSLATE_NOOP("AuditDetails", "category"),
    "changed": QT_TRANSLATE_NOOP("AuditDetails", "changed"),
    "channel": QT_TRANSLATE_NOOP("AuditDetails", "channel"),
    "cutoff": QT_TRANSLATE_NOOP("AuditDetails", "cut-off date"),
    "day": QT_TRANSLATE_NOOP("AuditDetails", "day"),
    "decisions": QT_TRANSLATE_NOOP("AuditDetails", "decisions"),
    "demo": QT_TRANSLATE_NOOP("AuditDetails", "demo"),
    "dismissed": QT_TRANSLATE_NOOP("AuditDetails", "dismissed"),
    "dismissed_days": QT_TRANSLATE_NOOP("AuditDetails", "days kept after dismissal"),
    "dry_run": QT_TRANSLATE_NOOP("AuditDetails", "dry run"),
    "duplicate_of": QT_TRANSLATE_NOOP("AuditDetails", "duplicate of"),
    "encrypted": QT_TRANSLATE_NOOP("AuditDetails", "encrypted"),
    "end": QT_TRANSLATE_NOOP("AuditDetails", "end"),
    "events": QT_TRANSLATE_NOOP("AuditDetails", "events"),
    "failed": QT_TRANSLATE_NOOP("AuditDetails", "failed"),
    "failed_sign_ins": QT_TRANSLATE_NOOP("AuditDetails", "failed sign-ins"),
    "field": QT_TRANSLATE_NOOP("AuditDetails", "field"),
    "fields": QT_TRANSLATE_NOOP("AuditDetails", "fields"),
    "file": QT_TRANSLATE_NOOP("AuditDetails", "file"),
    "file_sha256": QT_TRANSLATE_NOOP("AuditDetails", "file checksum"),
    "files": QT_TRANSLATE_NOOP("AuditDetails", "files"),
    "filter": QT_TRANSLATE_NOOP("AuditDetails", "filter"),
    "first_bad_seq": QT_TRANSLATE_NOOP("AuditDetails", "first altered entry"),
    "folder": QT_TRANSLATE_NOOP("AuditDetails", "folder"),
    "format": QT_TRANSLATE_NOOP("AuditDetails", "format"),
    "found": QT_TRANSLATE_NOOP("AuditDetails", "found"),
    "from": QT_TRANSLATE_NOOP("AuditDetails", "from"),
    "grounds": QT_TRANSLATE_NOOP("AuditDetails", "grounds"),
    "groups": QT_TRANSLATE_NOOP("AuditDetails", "groups"),
    "held_dismissed": QT_TRANSLATE_NOOP("AuditDetails", "held mail dismissed"),
    "held_id": QT_TRANSLATE_NOOP("AuditDetails", "held mail no."),
    "held_undecided": QT_TRANSLATE_NOOP("AuditDetails", "held mail undecided"),
    "id": QT_TRANSLATE_NOOP("AuditDetails", "number"),
    "id_copies_deleted": QT_TRANSLATE_NOOP("AuditDetails", "ID copies deleted"),
    "imported_from": QT_TRANSLATE_NOOP("AuditDetails", "imported from"),
    "inner": QT_TRANSLATE_NOOP("AuditDetails", "inner file"),
    "into": QT_TRANSLATE_NOOP("AuditDetails", "into"),
    "kind": QT_TRANSLATE_NOOP("AuditDetails", "kind"),
    "language": QT_TRANSLATE_NOOP("AuditDetails", "language"),
    "late": QT_TRANSLATE_NOOP("AuditDetails", "late"),
    "message_id": QT_TRANSLATE_NOOP("AuditDetails", "Message-ID"),
    "method": QT_TRANSLATE_NOOP("AuditDetails", "method"),
    "name": QT_TRANSLATE_NOOP("AuditDetails", "name"),
    "note": QT_TRANSLATE_NOOP("AuditDetails", "note"),
    "notes": QT_TRANSLATE_NOOP("AuditDetails", "notes"),
    "notified_on": QT_TRANSLATE_NOOP("AuditDetails", "notified on"),
    "ok": QT_TRANSLATE_NOOP("AuditDetails", "in order"),
    "old_chain": QT_TRANSLATE_NOOP("AuditDetails", "old chain"),
    "overrides": QT_TRANSLATE_NOOP("AuditDetails", "overrides"),
    "pause_ended": QT_TRANSLATE_NOOP("AuditDetails", "pause ended"),
    "personal_text": QT_TRANSLATE_NOOP("AuditDetails", "personal text"),
    "previous": QT_TRANSLATE_NOOP("AuditDetails", "previous"),
    "problem": QT_TRANSLATE_NOOP("AuditDetails", "problem"),
    "qualified": QT_TRANSLATE_NOOP("AuditDetails", "qualified"),
    "reason": QT_TRANSLATE_NOOP("AuditDetails", "reason"),
    "reason_category": QT_TRANSLATE_NOOP("AuditDetails", "kind of reason"),
    "received_at": QT_TRANSLATE_NOOP("AuditDetails", "received at"),
    "recipient": QT_TRANSLATE_NOOP("AuditDetails", "recipient"),
    "register_version": QT_TRANSLATE_NOOP("AuditDetails", "register version"),
    "report": QT_TRANSLATE_NOOP("AuditDetails", "report"),
    "result": QT_TRANSLATE_NOOP("AuditDetails", "result"),
    "results": QT_TRANSLATE_NOOP("AuditDetails", "results"),
    "retention_years": QT_TRANSLATE_NOOP("AuditDetails", "retention years"),
    "reuses": QT_TRANSLATE_NOOP("AuditDetails", "reuses the Message-ID of"),
    "revocation": QT_TRANSLATE_NOOP("AuditDetails", "revocation (OCSP)"),
    "rights": QT_TRANSLATE_NOOP("AuditDetails", "rights"),
    "rights_added": QT_TRANSLATE_NOOP("AuditDetails", "rights added"),
    "roles": QT_TRANSLATE_NOOP("AuditDetails", "roles"),
    "row": QT_TRANSLATE_NOOP("AuditDetails", "row"),
    "rows": QT_TRANSLATE_NOOP("AuditDetails", "rows"),
    "run": QT_TRANSLATE_NOOP("AuditDetails", "collection run"),
    "searched_by": QT_TRANSLATE_NOOP("AuditDetails", "searched by"),
    "seed": QT_TRANSLATE_NOOP("AuditDetails", "demo seed"),
    "sent_at": QT_TRANSLATE_NOOP("AuditDetails", "sent at"),
    "sent_on": QT_TRANSLATE_NOOP("AuditDetails", "sent on"),
    "sha256": QT_TRANSLATE_NOOP("AuditDetails", "checksum"),
    "source": QT_TRANSLATE_NOOP("AuditDetails", "source"),
    "sources": QT_TRANSLATE_NOOP("AuditDetails", "sources"),
    "stage": QT_TRANSLATE_NOOP("AuditDetails", "stage"),
    "start": QT_TRANSLATE_NOOP("AuditDetails", "start"),
    "stopped": QT_TRANSLATE_NOOP("AuditDetails", "stopped"),
    "stored": QT_TRANSLATE_NOOP("AuditDetails", "stored"),
    "subject": QT_TRANSLATE_NOOP("AuditDetails", "data subject"),
    "suggestions": QT_TRANSLATE_NOOP("AuditDetails", "suggestions"),
    "system": QT_TRANSLATE_NOOP("AuditDetails", "system"),
    "task": QT_TRANSLATE_NOOP("AuditDetails", "task"),
    "template": QT_TRANSLATE_NOOP("AuditDetails", "template"),
    "to": QT_TRANSLATE_NOOP("AuditDetails", "to"),
    "undecided": QT_TRANSLATE_NOOP("AuditDetails", "undecided"),
    "undecided_days": QT_TRANSLATE_NOOP("AuditDetails", "days kept undecided"),
    "user": QT_TRANSLATE_NOOP("AuditDetails", "user"),
    "version": QT_TRANSLATE_NOOP("AuditDetails", "version"),
    "via": QT_TRANSLATE_NOOP("AuditDetails", "via"),
}

# Free text and file names can name people; a reader without access to personal data (a
# manager) sees that they exist, not what they say. The service already put neutral words in
# their place (services/timeline_facts.py); these keys are hidden here once more in case an
# event reaches a view some other way.
FREE_TEXT_KEYS = frozenset({"reason", "note", "notes", "id_copies_deleted", "file", "files",
                            "recipient",
                            "description", "proof", "overrides", "filter", "assignee"})
_LISTED = 4
_STAGES = frozenset(s.value for s in Stage)
_RIGHTS = frozenset(r.value for r in Right)
_RIGHT_KEYS = frozenset({"right", "rights", "rights_added"})
_CHANNELS = frozenset(c.value for c in Channel)
# What the CA's OCSP service said of a signer's certificate (intake/ocsp_check.py).
_REVOCATION_WORDS = {
    "good": QT_TRANSLATE_NOOP("AuditDetails", "not revoked"),
    "revoked": QT_TRANSLATE_NOOP("AuditDetails", "REVOKED"),
    "unknown": QT_TRANSLATE_NOOP("AuditDetails", "unknown"),
    "unreachable": QT_TRANSLATE_NOOP("AuditDetails", "not checked: service not reached"),
    "no_responder": QT_TRANSLATE_NOOP("AuditDetails", "not checked: no OCSP service named"),
    "not_checked": QT_TRANSLATE_NOOP("AuditDetails", "not checked"),
}

# The services record days and moments as ISO text (moments in UTC, with microseconds); the
# window shows them as it shows every date, moments in Riga time (issue 14, "Times").
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_ISO_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})\Z")
# A letter's, package's or dossier's language, recorded by its code.
_LANGUAGE_WORDS = {
    "lv": QT_TRANSLATE_NOOP("AuditDetails", "Latvian"),
    "en": QT_TRANSLATE_NOOP("AuditDetails", "English"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def key_words(key: str) -> str:
    """A recorded key in the window's language."""
    english = KEY_WORDS.get(key)
    return _tr(english) if english else key.replace("_", " ")


def readable(value: object, key: str = "") -> str:
    """A recorded value in words: a stage, right or channel by its label (the events keep
    their codes) where the key says it is one, a checksum shortened."""
    text = str(value)
    if text in _STAGES:
        return stage_label(Stage(text))
    if key in _RIGHT_KEYS and text in _RIGHTS:
        return right_label(Right(text))
    if key == "channel" and text in _CHANNELS:
        return channel_label(Channel(text))
    if key == "revocation" and text in _REVOCATION_WORDS:
        return _tr(_REVOCATION_WORDS[text])
    if key == "language" and text in _LANGUAGE_WORDS:
        return _tr(_LANGUAGE_WORDS[text])
    if isinstance(value, str) and _ISO_MOMENT.match(text):
        return format_datetime(datetime.fromisoformat(text.replace("Z", "+00:00")))
    if isinstance(value, str) and _ISO_DAY.match(text):
        return format_date(date.fromisoformat(text))
    if isinstance(value, bool):
        return _tr("yes") if value else _tr("no")
    if len(text) == 64 and all(c in "0123456789abcdef" for c in text):
        return text[:12] + "…"  # a SHA-256: the first digits are enough to recognise it
    return text


def details_text(details: dict, *, hide_personal: bool = False) -> str:
    """One line: "key: value · key: value", in words of the window's language."""
    parts = []
    for key, value in details.items():
        if value in (None, "", [], {}):
            continue
        name = key_words(key)
        if hide_personal and (key in FREE_TEXT_KEYS or is_neutral(value)):
            parts.append(f"{name}: {_tr('(hidden)')}")
            continue
        if isinstance(value, list):
            if len(value) > _LISTED:
                # A review records dozens of decisions; the count is what a reader scans for.
                parts.append(_tr("{key}: {n} entries").format(key=name, n=len(value)))
                continue
            # An empty item is a setting that had no value before: a dash, not nothing.
            value = "; ".join(
                " / ".join(readable(v, key) for v in item) if isinstance(item, list)
                else readable(item, key) or "—"
                for item in value
            )
        elif isinstance(value, dict):
            value = ", ".join(f"{key_words(k)} {readable(v, k)}" for k, v in value.items())
        parts.append(f"{name}: {readable(value, key)}")
    return " · ".join(parts)
