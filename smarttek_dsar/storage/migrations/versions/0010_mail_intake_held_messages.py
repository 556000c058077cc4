"""Mail intake: held messages (not requests) and the content digest of imported mail

- held_messages: mail that intake recognised as no request (a bounce, an auto-reply, a
  newsletter, a read receipt, a calendar invitation, an abuse report), kept whole until the
  DPO dismisses it or imports it as a request (storage/held_models.py).
- cases.content_sha256: the SHA-256 of the file a case was imported from. A mail is a
  duplicate only when its Message-ID and its content are both the same. Cases imported before
  keep NULL: intake then compares with their evidence file's digest, which they all carry.
- PostgreSQL team mode: a manager's login reads manager_views, so it gets a view of the held
  mail without anything personal (kind, status, dates), enough to count what waits.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

MANAGER_SCHEMA = "manager_views"  # migration 0008
MANAGER_HELD_COLUMNS = ("id", "status", "kind", "held_at", "decided_at")


def upgrade() -> None:
    op.add_column("cases", sa.Column("content_sha256", sa.String(length=64), nullable=True))
    op.create_index("ix_cases_content_sha256", "cases", ["content_sha256"])
    op.create_table(
        "held_messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("held_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("filename", sa.String(length=300), nullable=False),
        sa.Column("sender", sa.String(length=400), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("raw", sa.LargeBinary(), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.Column("case_number", sa.String(length=20), nullable=True),
        sa.ForeignKeyConstraint(["decided_by_id"], ["users.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_held_messages_status", "held_messages", ["status"])
    op.create_index("ix_held_messages_sha256", "held_messages", ["sha256"])
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        home = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
        columns = ", ".join(f'"{c}"' for c in MANAGER_HELD_COLUMNS)
        op.execute(f"CREATE SCHEMA IF NOT EXISTS {MANAGER_SCHEMA}")
        op.execute(f"CREATE VIEW {MANAGER_SCHEMA}.held_messages AS SELECT {columns} "
                   f'FROM "{home}".held_messages')


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP VIEW IF EXISTS {MANAGER_SCHEMA}.held_messages")
    op.drop_index("ix_held_messages_sha256", table_name="held_messages")
    op.drop_index("ix_held_messages_status", table_name="held_messages")
    op.drop_table("held_messages")
    op.drop_index("ix_cases_content_sha256", table_name="cases")
    op.drop_column("cases", "content_sha256")
