"""Refusing anything but a single SELECT before a configured query reaches a company system.

A search for a data subject's data must never change the systems searched. The database's own
read-only transaction is the real barrier where one exists (PostgreSQL, MySQL/MariaDB, SQLite's
query_only); this check also covers MS SQL, which has none, and gives a clear message early.
"""

from __future__ import annotations

import re

from smarttek_dsar.domain.errors import DomainError

# Literals, quoted identifiers and comments are blanked before looking at the words, so a
# column called "update" or a string 'drop' does not trip the check.
_QUOTED = re.compile(
    r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|`[^`]*`|\[[^\]]*\]|--[^\n]*|/\*.*?\*/", re.DOTALL
)
_FORBIDDEN = frozenset({
    "insert", "update", "delete", "merge", "upsert", "drop", "alter", "create", "truncate",
    "grant", "revoke", "exec", "execute", "call", "copy", "attach", "detach", "pragma", "into",
    "lock", "vacuum", "reindex", "set", "declare", "begin", "commit", "rollback", "savepoint",
    "release", "shutdown", "kill", "load", "outfile", "dumpfile",
})
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_$]*")
# ":name" but not a PostgreSQL cast "::text" nor a time literal (literals are blanked first).
_BIND = re.compile(r"(?<![:\w]):([A-Za-z_][A-Za-z0-9_]*)")


class NotReadOnly(DomainError):
    """The query could change data or is more than one statement."""


def _blank(sql: str) -> str:
    return _QUOTED.sub(lambda m: " " if m.group(0)[:2] in ("--", "/*") else "''", sql)


def check_read_only(sql: str) -> None:
    text = _blank(sql).strip()
    if text.endswith(";"):
        text = text[:-1].rstrip()
    if not text:
        raise NotReadOnly("the query is empty.")
    if ";" in text:
        raise NotReadOnly("only one statement is allowed (found ';' inside the query).")
    words = [w.lower() for w in _WORD.findall(text)]
    if not words or words[0] not in ("select", "with"):
        raise NotReadOnly("only SELECT queries (or WITH ... SELECT) may be used to search for a "
                          f"subject's data; this one starts with '{words[0] if words else text}'.")
    bad = next((w for w in words if w in _FORBIDDEN), None)
    if bad is not None:
        raise NotReadOnly(f"the query contains '{bad.upper()}'; searches may only read data.")


def bind_names(sql: str) -> list[str]:
    """The named parameters (:email, :personal_codes...) a query uses, in order of first use."""
    return list(dict.fromkeys(_BIND.findall(_blank(sql))))
