"""The case-list text filter's index. On SQLite an FTS5 trigram table mirrors
cases.search_text, so a substring search touches the index instead of every case; triggers
keep it current. PostgreSQL scans the column (fast enough for the team sizes we serve)."""

from __future__ import annotations

from sqlalchemy import text

SEARCH_TABLE = "case_search"

# Tables SQLite creates for the FTS index; not part of the ORM metadata.
def is_search_index_table(name: str) -> bool:
    return name == SEARCH_TABLE or name.startswith(SEARCH_TABLE + "_")


# The trigram index answers LIKE '%abc%' only for terms of three characters or more.
MIN_INDEXED_TERM = 3


def rebuild_search_index(session) -> None:
    """Build the index anew from cases.search_text (SQLite only).

    The update trigger marks a purged case's old text as deleted, but FTS5 keeps the old
    trigrams in its segments until they happen to be merged; a rebuild writes fresh segments
    from what the cases hold now, so nothing of a purged subject stays in the index."""
    if session.get_bind().dialect.name != "sqlite":
        return
    session.execute(text(f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}) VALUES ('rebuild')"))
