"""Team mode on PostgreSQL: the views a manager's login reads instead of the tables.

Each view has exactly the shape of its table (same name, same columns, same types), so the
program's queries and its ORM objects load unchanged on a manager's login (SQLAlchemy's
schema_translate_map, storage/team_roles.py); every column that can carry personal data is
NULL in the view, and the server refuses the tables themselves. The services still strip
personal data for managers (services/timeline_facts.py, the case detail): these views are the
barrier for a manager at `psql`, and what lets the case detail and the timeline open.

- Audit events: the details keep only the keys known to carry facts (FACT_DETAILS, the same
  list as services/timeline_facts.py; a test keeps them equal); every other value becomes
  "(recorded)" or "(N recorded)", as the program shows it. This also covers events written
  before migration 0007, whose details may still carry personal text.
- Audit personal texts: no rows.

Rebuilt from the catalog by migration 0009 and by every `init --team` (team_roles.set_up),
so a column added to a table later appears in its view after the next init (NULL if it is
listed below as personal)."""

from __future__ import annotations

from sqlalchemy import Connection, text

SCHEMA = "manager_views"

# Table -> its columns that may name or describe a person, or hold what they wrote or sent.
PERSONAL_COLUMNS: dict[str, frozenset[str]] = {
    "cases": frozenset({"receipt_proof", "request_text", "outcome_note", "extension_reason",
                        "external_id", "search_text", "subject_name", "subject_key",
                        "duplicate_decision"}),
    "case_parties": frozenset({"name", "personal_code", "former_codes", "email", "phone",
                               "customer_no", "address", "authority_proof"}),
    "clock_pauses": frozenset({"reason"}),
    "decisions": frozenset({"reason", "subject_reason", "inaccuracy", "corrected_value",
                            "particular_situation", "compelling_grounds"}),
    "identity_checks": frozenset({"document_last_digits", "doubt_reason", "notes"}),
    "fulfilment_tasks": frozenset({"recipient", "description"}),
    "attachments": frozenset({"filename", "content", "deleted_reason"}),
    "disclosures": frozenset({"proof", "recipient"}),
    "disclosed_files": frozenset({"filename"}),
    "recipient_disclosures": frozenset(),
    "collection_runs": frozenset(),
    "searched_sources": frozenset({"error"}),
    "snapshot_queries": frozenset(),
    "snapshot_rows": frozenset({"row_json", "exclusion_reason", "redactions"}),
    "snapshot_reviews": frozenset(),
    "users": frozenset({"password_hash"}),
    "settings": frozenset(),
    "extra_holidays": frozenset(),
    "organisation_documents": frozenset(),
}

# Same as services/timeline_facts.FACT_DETAILS (kept equal by a test; storage cannot import
# the services).
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


def _columns(connection: Connection, home: str, table: str) -> list[tuple[str, str]]:
    return connection.execute(text(
        "SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a "
        "JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = :s AND c.relname = :t AND c.relkind = 'r' AND a.attnum > 0 "
        "AND NOT a.attisdropped ORDER BY a.attnum"), {"s": home, "t": table}).all()


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _fact_details_sql() -> str:
    facts = ", ".join("'" + key + "'" for key in sorted(FACT_DETAILS))
    return f"""(SELECT coalesce(jsonb_object_agg(d.key, CASE
        WHEN d.key IN ({facts}) THEN d.value
        WHEN jsonb_typeof(d.value) IN ('null', 'boolean') OR d.value IN ('""', '[]', '{{}}')
            THEN d.value
        WHEN jsonb_typeof(d.value) = 'array'
            THEN to_jsonb('(' || jsonb_array_length(d.value) || ' recorded)')
        ELSE to_jsonb('(recorded)'::text) END), '{{}}'::jsonb)::text
      FROM jsonb_each(CASE WHEN jsonb_typeof(details::jsonb) = 'object'
                           THEN details::jsonb ELSE '{{}}'::jsonb END) d)"""


def _view_sql(connection: Connection, home: str, table: str) -> str | None:
    columns = _columns(connection, home, table)
    if not columns:
        return None  # not in this database (an older schema)
    personal = PERSONAL_COLUMNS.get(table, frozenset())
    listed = []
    for name, kind in columns:
        if name in personal:
            listed.append(f"NULL::{kind} AS {_quote(name)}")
        elif table == "audit_events" and name == "details":
            listed.append(f"{_fact_details_sql()} AS details")
        else:
            listed.append(_quote(name))
    where = " WHERE false" if table == "audit_personal_texts" else ""
    return (f"CREATE VIEW {SCHEMA}.{_quote(table)} AS SELECT {', '.join(listed)} "
            f"FROM {_quote(home)}.{_quote(table)}{where}")


def rebuild(connection: Connection, manager_group: str | None = None) -> list[str]:
    """Drop and create every manager view from the tables as they are now; grant them to the
    managers' group when given. Returns the views made. Run by the schema's owner."""
    home = connection.execute(text("SELECT current_schema()")).scalar_one()
    connection.exec_driver_sql(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}")
    made = []
    for table in [*PERSONAL_COLUMNS, "audit_events", "audit_personal_texts"]:
        connection.exec_driver_sql(f"DROP VIEW IF EXISTS {SCHEMA}.{_quote(table)}")
        statement = _view_sql(connection, home, table)
        if statement is None:
            continue
        connection.exec_driver_sql(statement)
        made.append(table)
        if manager_group:
            connection.exec_driver_sql(
                f"GRANT SELECT ON {SCHEMA}.{_quote(table)} TO {_quote(manager_group)}")
    return made
