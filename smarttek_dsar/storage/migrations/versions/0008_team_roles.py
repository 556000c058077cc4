"""Team roles on PostgreSQL (issue 13): the managers' views and the audit trail's append function

- Schema manager_views: views without personal data, named as the tables they show: cases
  (case number, stage, channel, rights, dates, due dates, assignee; no names, codes, e-mails,
  request text, reasons or notes), decisions and clock_pauses (outcomes, articles, dates; no
  reasons or notes), users (no password hashes) and the configuration the
  program reads to start (settings, extra_holidays, organisation_documents). The program on a
  manager's login reads these instead of the tables (storage/team_roles.py); the tables
  themselves are not granted to managers.
- dsar_audit_head() and dsar_audit_append(audit_events): SECURITY DEFINER functions owned by
  the schema owner. Nobody else may change audit_head or change/delete an audit event; a
  writer locks the head with the first and appends with the second, which checks that the
  event follows the head (seq = last + 1, prev_hash = head hash), inserts it whole and moves
  the head. The parameter is a row of audit_events, so columns added to it later travel
  through unchanged.

Group roles and grants are cluster-wide and named per installation, so they are made by
`smarttek-dsar init` (storage/team_roles.py), not here. SQLite: nothing to do.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

MANAGER_SCHEMA = "manager_views"
# The columns of `cases` a manager's dashboard and deadline list use; everything a subject
# wrote or that names them (subject_name, search_text, request_text, receipt_proof,
# outcome_note, extension_reason, external_id, subject_key) is left out on purpose.
MANAGER_CASE_COLUMNS = (
    "id", "number", "year", "sequence", "channel", "received_at", "language", "stage", "rights",
    "rejection_reason", "assignee_id", "created_at", "updated_at", "due_date",
    "initial_due_date", "paused", "extended", "extension_notified_on", "responded_on",
    "closed_at", "answered_on", "days_to_answer", "answered_on_time", "duplicate_of",
    "purged_at", "version",
)

# decisions without the internal note, the reason to the subject and the 16/21 facts.
MANAGER_DECISION_COLUMNS = ("id", "case_id", "category_id", "right", "outcome", "article",
                            "suggested_outcome", "ground", "keep_until", "decided_at")
MANAGER_PAUSE_COLUMNS = ("id", "case_id", "start", "end")  # without the reason


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    home = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    columns = ", ".join(f'"{c}"' for c in MANAGER_CASE_COLUMNS)
    op.execute(f"CREATE SCHEMA IF NOT EXISTS {MANAGER_SCHEMA}")
    op.execute(f'CREATE VIEW {MANAGER_SCHEMA}.cases AS SELECT {columns} FROM "{home}".cases')
    op.execute(f"CREATE VIEW {MANAGER_SCHEMA}.users AS SELECT id, username, display_name, "
               f'roles, active, failed_logins, locked_until, created_at FROM "{home}".users')
    # For the annual report: outcomes, articles and pauses per case, never their reasons.
    views = {"decisions": MANAGER_DECISION_COLUMNS, "clock_pauses": MANAGER_PAUSE_COLUMNS}
    for table, kept in views.items():
        listed = ", ".join(f'"{c}"' for c in kept)
        op.execute(f'CREATE VIEW {MANAGER_SCHEMA}.{table} AS SELECT {listed} FROM "{home}".{table}')
    for table in ("settings", "extra_holidays", "organisation_documents"):
        op.execute(f'CREATE VIEW {MANAGER_SCHEMA}.{table} AS SELECT * FROM "{home}".{table}')
    op.execute(f"""
CREATE FUNCTION "{home}".dsar_audit_head(OUT last_seq integer, OUT last_hash varchar)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = "{home}", pg_temp AS $$
BEGIN
    SELECT h.last_seq, h.last_hash INTO last_seq, last_hash
        FROM audit_head h WHERE h.id = 1 FOR UPDATE;
    IF NOT FOUND THEN
        -- The first event of a new store; a second first writer waits here, then locks.
        INSERT INTO audit_head (id, last_seq, last_hash) VALUES (1, 0, repeat('0', 64))
            ON CONFLICT (id) DO NOTHING;
        SELECT h.last_seq, h.last_hash INTO last_seq, last_hash
            FROM audit_head h WHERE h.id = 1 FOR UPDATE;
    END IF;
END $$""")
    op.execute(f"""
CREATE FUNCTION "{home}".dsar_audit_append(e audit_events) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = "{home}", pg_temp AS $$
DECLARE
    head_seq integer;
    head_hash varchar;
BEGIN
    SELECT h.last_seq, h.last_hash INTO head_seq, head_hash FROM dsar_audit_head() h;
    IF e.seq IS DISTINCT FROM head_seq + 1 OR e.prev_hash IS DISTINCT FROM head_hash THEN
        RAISE EXCEPTION 'audit event % does not follow the head (event %)', e.seq, head_seq
            USING ERRCODE = '40001';
    END IF;
    INSERT INTO audit_events SELECT (e).*;
    UPDATE audit_head SET last_seq = e.seq, last_hash = e.hash WHERE id = 1;
    RETURN e.seq;
END $$""")
    # Functions are executable by everyone unless revoked; init grants them to the groups.
    op.execute(f'REVOKE ALL ON FUNCTION "{home}".dsar_audit_head() FROM PUBLIC')
    op.execute(f'REVOKE ALL ON FUNCTION "{home}".dsar_audit_append(audit_events) FROM PUBLIC')


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute("DROP FUNCTION IF EXISTS dsar_audit_append(audit_events)")
    op.execute("DROP FUNCTION IF EXISTS dsar_audit_head()")
    op.execute(f"DROP SCHEMA IF EXISTS {MANAGER_SCHEMA} CASCADE")
