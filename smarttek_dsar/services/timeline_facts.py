"""A case's timeline for a reader who may not see personal data (a manager).

The audit details of an event mix facts (dates, stages, articles, outcomes, counts) with what a
specialist typed or what the subject sent (reasons, notes, task recipients, delivered file
names such as `Liga_Ozola_010190-10001_answer.pdf`). A block-list of known free-text keys
misses every key added later, so this keeps only the keys known to carry facts and replaces
everything else with a neutral word: a new kind of detail stays hidden until someone decides
it is safe to show.
"""

from __future__ import annotations

# What a hidden detail shows instead (defined with the words a reader sees for it).
from smarttek_dsar.domain.audit_words import RECORDED
from smarttek_dsar.services.audit import EventView

# Keys whose values are codes, dates, numbers, stages, case numbers, staff user names or
# company system names: never text about the subject.
FACT_DETAILS = frozenset({
    "action", "article", "assignee", "at_import", "candidates", "cases", "categories",
    "category", "channel", "cutoff", "day", "decisions", "dismissed", "dismissed_days",
    "dry_run", "duplicate_of", "encrypted", "end", "events", "failed", "field", "format",
    "found", "from", "held_dismissed", "held_undecided", "id_copies_deleted", "imported_from",
    "into", "kind", "language", "method", "notified_on", "ok", "pause_ended", "received_at",
    "register_version", "result", "retention_years", "revocation", "rights", "rights_added",
    "row", "rows", "run", "searched_by", "sent_on", "sources", "stage", "start", "suggestions",
    "system", "task", "template", "to", "undecided", "undecided_days", "version",
})


def without_personal_data(view: EventView) -> EventView:
    """The event with every detail that is not a known fact replaced by RECORDED (a list by
    how many entries it had, so "files: 2 recorded" still tells that two files went out)."""
    details = {key: value if key in FACT_DETAILS else _neutral(value)
               for key, value in view.details.items()}
    return EventView(view.seq, view.at, view.username, view.action, view.case_number, details,
                     view.purged)


def _neutral(value: object) -> object:
    if value in (None, "", [], {}):
        return value
    if isinstance(value, bool):
        return value  # "a note was given: yes" says nothing about its text
    if isinstance(value, list):
        return f"({len(value)} recorded)"
    return RECORDED
