"""Audit actions and their recorded details in words, not codes (issue 14), for every reader.

The words are English here and translated where they are shown: the window through Qt, the case
dossier through the same translation files read without Qt (services/message_catalogue.py). They
keep the Qt contexts their translations were written for, so one Latvian translation serves
both: ACTION_CONTEXT for actions (the case timeline's), DETAILS_CONTEXT for details.

A caller gives a `translate(context, english)` function and the language of the labels of
stages, rights and channels (the domain's own label / label_lv).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime

from smarttek_dsar.domain.clock import riga_minute
from smarttek_dsar.domain.identity import VerificationMethod
from smarttek_dsar.domain.rights import Channel, Outcome, Right
from smarttek_dsar.domain.workflow import Stage

# (Qt context, English words) -> the words in the reader's language.
Translate = Callable[[str, str], str]

ACTION_CONTEXT = "TimelinePanel"
DETAILS_CONTEXT = "AuditDetails"
TASK_CONTEXT = "FulfilmentPanel"  # where a fulfilment task's action was first worded

# Every action the program records (services/audit.py callers); tests/ui/
# test_audit_action_words.py fails on one without words.
ACTION_WORDS: dict[str, str] = {
    "case.created": "Request registered",
    "case.merge_received": "A repeat request merged into this case",
    "holiday.added": "Public holiday added",
    "holiday.removed": "Public holiday removed",
    "letter.emailed": "Letter sent by e-mail",
    "mailbox.fetched": "Privacy mailbox fetched",
    "organisation_document.imported": "Organisation document imported",
    "organisation_document.saved": "Organisation document saved",
    "package.exported": "Data package exported",
    "phrasebook.saved": "Phrasebook saved",
    "recipient.removed": "Recipient removed",
    "register.saved": "Register saved",
    "report.created": "Report created",
    "retention.run": "Retention purge run",
    "settings.changed": "Settings changed",
    "snapshot.read_for_disclosure": "Subject's data read for the answer",
    "sources.password_stored": "Data source password stored",
    "sources.query_tested": "Data source query tested",
    "sources.saved": "Data sources saved",
    "sources.tested": "Data sources tested",
    "user.created": "User added",
    "user.disabled": "User disabled",
    "user.password_changed": "User's password changed",
    "user.roles_changed": "User's roles changed",
    "user.unlocked": "User unlocked",
    "demo.generated": "Demo cases generated",
    "team.roles_set_up": "Team database roles set up",
    "user.actor_without_password": "Acted as a user without password (set-up)",
    "case.viewed": "Case opened",
    "case.listed": "Case list searched",
    "case.assigned": "Case assigned",
    "case.advanced": "Moved to the next stage",
    "case.closed": "Case closed",
    "case.rejected": "Request rejected",
    "case.withdrawn": "Request withdrawn",
    "case.subject_corrected": "Subject's details corrected",
    "case.duplicate_flagged": "Flagged as a likely repeat request",
    "case.merged": "Merged into the earlier case",
    "case.kept_apart": "Kept apart from the earlier case",
    "case.message_id_reused": "Imported: another mail with the same Message-ID",
    "mail.held": "Mail held as no request",
    "mail.held_dismissed": "Held mail dismissed",
    "mail.held_imported": "Held mail imported as a request",
    "mail.held_purged": "Held mail deleted after retention",
    "case.purged": "Personal data purged after retention",
    "identity.checked": "Identity checked",
    "clock.paused": "Clock paused: information requested",
    "clock.resumed": "Clock resumed: information received",
    "deadline.extended": "Deadline extended",
    "data.collected": "Subject's data collected",
    "snapshot.field_redacted": "Field redacted",
    "snapshot.row_excluded": "Record left out",
    "snapshot.reviewed": "Subject's data reviewed",
    "review.decided": "Review decisions recorded",
    "tasks.generated": "Tasks planned from the decisions",
    "task.added": "Fulfilment task added",
    "task.done": "Fulfilment task done",
    "recipient.confirmed": "Recipient confirmed",
    "letter.written": "Letter written",
    "response.delivered": "Response delivered",
    "portability.transmitted": "Portable data sent to another controller",
    "dossier.written": "Dossier written",
    "snapshot.viewed": "Subject's data opened",
    "attachment.opened": "Attachment opened",
    "subject.suggested": "Company systems searched for the subject",
    "user.login": "Signed in",
    "user.login_failed": "Sign-in refused",
    "backup.made": "Backup made",
    "audit.verified": "Audit trail verified",
    "trust_anchor.added": "Signature authority trusted",
    "trust_anchor.removed": "Signature authority no longer trusted",
}

# The keys the services record, in English words; a key not here is shown with its underscores
# as spaces.
KEY_WORDS: dict[str, str] = {
    "account": "account",
    "action": "action",
    "added": "added",
    "after": "after",
    "article": "article",
    "assignee": "assignee",
    "at_import": "at import",
    "attachment": "attachment",
    "attachments": "attachments",
    "before": "before",
    "candidates": "candidates",
    "cases": "cases",
    "categories": "categories",
    "category": "category",
    "changed": "changed",
    "channel": "channel",
    "cutoff": "cut-off date",
    "day": "day",
    "decisions": "decisions",
    "demo": "demo",
    "dismissed": "dismissed",
    "dismissed_days": "days kept after dismissal",
    "dry_run": "dry run",
    "duplicate_of": "duplicate of",
    "encrypted": "encrypted",
    "end": "end",
    "events": "events",
    "failed": "failed",
    "failed_sign_ins": "failed sign-ins",
    "field": "field",
    "fields": "fields",
    "file": "file",
    "file_sha256": "file checksum",
    "files": "files",
    "filter": "filter",
    "first_bad_seq": "first altered entry",
    "folder": "folder",
    "format": "format",
    "found": "found",
    "from": "from",
    "grounds": "grounds",
    "groups": "groups",
    "held_dismissed": "held mail dismissed",
    "held_id": "held mail no.",
    "held_undecided": "held mail undecided",
    "id": "number",
    "id_copies_deleted": "ID copies deleted",
    "imported_from": "imported from",
    "inner": "inner file",
    "into": "into",
    "kind": "kind",
    "language": "language",
    "late": "late",
    "message_id": "Message-ID",
    "method": "method",
    "name": "name",
    "note": "note",
    "notes": "notes",
    "notified_on": "notified on",
    "ok": "in order",
    "old_chain": "old chain",
    "overrides": "overrides",
    "pause_ended": "pause ended",
    "personal_text": "personal text",
    "previous": "previous",
    "problem": "problem",
    "qualified": "qualified",
    "reason": "reason",
    "reason_category": "kind of reason",
    "received_at": "received at",
    "recipient": "recipient",
    "register_version": "register version",
    "report": "report",
    "result": "result",
    "results": "results",
    "retention_years": "retention years",
    "reuses": "reuses the Message-ID of",
    "revocation": "revocation (OCSP)",
    "rights": "rights",
    "rights_added": "rights added",
    "roles": "roles",
    "row": "row",
    "rows": "rows",
    "run": "collection run",
    "searched_by": "searched by",
    "seed": "demo seed",
    "sent_at": "sent at",
    "sent_on": "sent on",
    "sha256": "checksum",
    "source": "source",
    "sources": "sources",
    "stage": "stage",
    "start": "start",
    "stopped": "stopped",
    "stored": "stored",
    "subject": "data subject",
    "suggestions": "suggestions",
    "system": "system",
    "task": "task",
    "template": "template",
    "to": "to",
    "undecided": "undecided",
    "undecided_days": "days kept undecided",
    "user": "user",
    "version": "version",
    "via": "via",
}

# Free text and file names can name people; a reader without access to personal data (a
# manager) sees that they exist, not what they say. The service already put neutral words in
# their place (services/timeline_facts.py); these keys are hidden here once more in case an
# event reaches a view some other way.
FREE_TEXT_KEYS = frozenset({"reason", "note", "notes", "id_copies_deleted", "file", "files",
                            "recipient",
                            "description", "proof", "overrides", "filter", "assignee"})

# What a hidden detail shows instead of its value (services/timeline_facts.py puts it there):
# that something was recorded, not what.
RECORDED = "(recorded)"

# What the CA's OCSP service said of a signer's certificate (intake/ocsp_check.py).
REVOCATION_WORDS: dict[str, str] = {
    "good": "not revoked",
    "revoked": "REVOKED",
    "unknown": "unknown",
    "unreachable": "not checked: service not reached",
    "no_responder": "not checked: no OCSP service named",
    "not_checked": "not checked",
}

# A fulfilment task's action (services/fulfilment/tasks.py TASK_ACTIONS).
TASK_ACTION_WORDS: dict[str, str] = {
    "erase": "Erase",
    "rectify": "Rectify",
    "restrict": "Restrict processing",
    "stop_marketing": "Stop direct marketing",
    "stop_processing": "Stop processing",
    "notify": "Notify recipient (Art. 19)",
}

# An identity check's result (services/identity/).
RESULT_WORDS: dict[str, str] = {
    "verified": "identity verified",
    "failed": "identity not verified",
}

# A letter's, package's or dossier's language, recorded by its code.
LANGUAGE_WORDS: dict[str, str] = {"lv": "Latvian", "en": "English"}

# The services record days and moments as ISO text (moments in UTC, with microseconds); a
# reader sees them as dates and Riga times (issue 14, "Times"). The window passes its own
# locale's formats; the dossier prints them as its other columns do.
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_ISO_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})\Z")
Dates = tuple[Callable[[date], str], Callable[[datetime], str]]


PLAIN_DATES: Dates = (date.isoformat, riga_minute)

# Words of the rules below, besides the keys and the revocation answers.
YES, NO, HIDDEN, COUNTED = "yes", "no", "(hidden)", "{key}: {n} entries"

_LISTED = 4
_STAGES = frozenset(s.value for s in Stage)
_RIGHTS = frozenset(r.value for r in Right)
_RIGHT_KEYS = frozenset({"right", "rights", "rights_added"})
_CHANNELS = frozenset(c.value for c in Channel)
_METHODS = frozenset(m.value for m in VerificationMethod)
_OUTCOMES = frozenset(o.value for o in Outcome)
# Review decisions are recorded as [category, right, outcome, ...] lists.
_DECISION_KEYS = frozenset({"decisions", "grounds"})


def all_english_words() -> dict[str, set[str]]:
    """Qt context -> every English string of this module, for the check that each has Latvian."""
    return {
        ACTION_CONTEXT: set(ACTION_WORDS.values()),
        TASK_CONTEXT: set(TASK_ACTION_WORDS.values()),
        DETAILS_CONTEXT: {*KEY_WORDS.values(), *REVOCATION_WORDS.values(),
                          *RESULT_WORDS.values(), *LANGUAGE_WORDS.values(), YES, NO, HIDDEN,
                          COUNTED},
    }


def is_neutral(value: object) -> bool:
    """Whether `value` is a word put in place of a hidden detail (for a reader to translate)."""
    return isinstance(value, str) and (
        value == RECORDED or (value.startswith("(") and value.endswith(" recorded)"))
    )


def action_words(action: str, translate: Translate) -> str:
    """An audit action in words; an action without words yet is shown as recorded."""
    english = ACTION_WORDS.get(action)
    return translate(ACTION_CONTEXT, english) if english else action


def task_action_words(action: str, translate: Translate) -> str:
    """A fulfilment task's action in words; an unknown one as recorded."""
    english = TASK_ACTION_WORDS.get(action)
    return translate(TASK_CONTEXT, english) if english else action


def key_words(key: str, translate: Translate) -> str:
    """A recorded key in words."""
    english = KEY_WORDS.get(key)
    return translate(DETAILS_CONTEXT, english) if english else key.replace("_", " ")


def readable(value: object, key: str, language: str, translate: Translate, *,
             whole_checksums: bool = False, names: Mapping[str, str] | None = None,
             dates: Dates = PLAIN_DATES) -> str:
    """A recorded value in words: a stage, right, channel, outcome or identity check's method
    by its label (the events keep their codes) where the key says it is one, a code the
    caller can name (`names`: the register's categories) by its name, a checksum shortened
    unless asked whole."""
    text = str(value)
    lv = language == "lv"
    if text in _STAGES:
        stage = Stage(text)
        return stage.label_lv if lv else stage.label
    if (key in _RIGHT_KEYS or key in _DECISION_KEYS) and text in _RIGHTS:
        right = Right(text)
        return right.label_lv if lv else right.label
    if key in _DECISION_KEYS and text in _OUTCOMES:
        outcome = Outcome(text)
        return outcome.label_lv if lv else outcome.label
    if key == "channel" and text in _CHANNELS:
        channel = Channel(text)
        return channel.label_lv if lv else channel.label
    if key == "method" and text in _METHODS:
        method = VerificationMethod(text)
        return method.label_lv if lv else method.label
    if key == "action" and text in TASK_ACTION_WORDS:
        return task_action_words(text, translate)
    if key == "result" and text in RESULT_WORDS:
        return translate(DETAILS_CONTEXT, RESULT_WORDS[text])
    if names and text in names:
        return names[text]
    if key == "revocation" and text in REVOCATION_WORDS:
        return translate(DETAILS_CONTEXT, REVOCATION_WORDS[text])
    if key == "language" and text in LANGUAGE_WORDS:
        return translate(DETAILS_CONTEXT, LANGUAGE_WORDS[text])
    if isinstance(value, str) and _ISO_MOMENT.match(text):
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        return dates[1](moment.astimezone(UTC))
    if isinstance(value, str) and _ISO_DAY.match(text):
        return dates[0](date.fromisoformat(text))
    if isinstance(value, bool):
        return translate(DETAILS_CONTEXT, YES if value else NO)
    if not whole_checksums and len(text) == 64 and all(c in "0123456789abcdef" for c in text):
        return text[:12] + "…"  # a SHA-256: the first digits are enough to recognise it
    return text


def detail_lines(details: dict, language: str, translate: Translate, *,
                 hide_personal: bool = False, whole_checksums: bool = False,
                 names: Mapping[str, str] | None = None,
                 dates: Dates = PLAIN_DATES) -> list[str]:
    """The event's details as "key: value" phrases in words, empty values left out."""
    def words(value: object, key: str) -> str:
        return readable(value, key, language, translate, whole_checksums=whole_checksums,
                        names=names, dates=dates)

    parts = []
    for key, value in details.items():
        if value in (None, "", [], {}):
            continue
        name = key_words(key, translate)
        if hide_personal and (key in FREE_TEXT_KEYS or is_neutral(value)):
            parts.append(f"{name}: {translate(DETAILS_CONTEXT, HIDDEN)}")
            continue
        if isinstance(value, list):
            if len(value) > _LISTED:
                # A review records dozens of decisions; the count is what a reader scans for.
                parts.append(translate(DETAILS_CONTEXT, COUNTED).format(key=name, n=len(value)))
                continue
            value = "; ".join(
                " / ".join(words(v, key) for v in item) if isinstance(item, list)
                # An empty item is a setting that had no value before: a dash, not nothing.
                else words(item, key) or "—"
                for item in value
            )
        elif isinstance(value, dict):
            value = ", ".join(f"{key_words(k, translate)} {words(v, k)}"
                              for k, v in value.items())
        parts.append(f"{name}: {words(value, key)}")
    return parts


def details_text(details: dict, language: str, translate: Translate, *,
                 hide_personal: bool = False, dates: Dates = PLAIN_DATES) -> str:
    """One line: "key: value · key: value" (the window's timeline and audit log)."""
    return " · ".join(detail_lines(details, language, translate, hide_personal=hide_personal,
                                   dates=dates))
