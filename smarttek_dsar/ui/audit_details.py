"""An audit event's details in words of the window's language: each recorded key by its name
("file" → "fails"), stages by their labels, long lists by their count, and personal text hidden
from a reader who may not see it. The case timeline and the audit log show details this way.

The words and rules are in domain/audit_words.py, shared with the case dossier; the window
translates them through Qt (context "AuditDetails")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from smarttek_dsar.domain import audit_words
from smarttek_dsar.domain.audit_words import DETAILS_CONTEXT as CONTEXT
from smarttek_dsar.domain.audit_words import FREE_TEXT_KEYS, KEY_WORDS
from smarttek_dsar.ui.i18n import current_language, format_date, format_datetime

# Dates and moments as the window writes them everywhere (its locale, Riga time).
_WINDOW_DATES = (format_date, format_datetime)

__all__ = ["CONTEXT", "FREE_TEXT_KEYS", "KEY_WORDS", "details_text", "key_words", "readable"]


def key_words(key: str) -> str:
    """A recorded key in the window's language."""
    return audit_words.key_words(key, QCoreApplication.translate)


def readable(value: object, key: str = "") -> str:
    """A recorded value in words of the window's language (see audit_words.readable)."""
    return audit_words.readable(value, key, current_language(), QCoreApplication.translate,
                                dates=_WINDOW_DATES)


def details_text(details: dict, *, hide_personal: bool = False) -> str:
    """One line: "key: value · key: value", in words of the window's language."""
    return audit_words.details_text(details, current_language(), QCoreApplication.translate,
                                    hide_personal=hide_personal, dates=_WINDOW_DATES)
