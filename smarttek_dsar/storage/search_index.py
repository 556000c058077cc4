"""The case-list text filter's index. On SQLite an FTS5 trigram table mirrors
cases.search_text, so a substring search touches the index instead of every case; triggers
keep it current. PostgreSQL scans the column (fast enough for the team sizes we serve)."""

from __future__ import annotations

SEARCH_TABLE = "case_search"

# Tables SQLite creates for the FTS index; not part of the ORM metadata.
def is_search_index_table(name: str) -> bool:
    return name == SEARCH_TABLE or name.startswith(SEARCH_TABLE + "_")


# The trigram index answers LIKE '%abc%' only for terms of three characters or more.
MIN_INDEXED_TERM = 3
