"""The privacy mailbox: messages fetched over IMAP, each imported once (issue 15)

- mailbox_messages: one row per message taken from the mailbox, by (folder, UIDVALIDITY,
  UID), with its Message-ID, what the import made of it (case created, duplicate, held) and
  when it was moved to the processed folder. The IMAP and SMTP settings are rows of the
  existing `settings` table (no schema change); passwords never reach the database.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mailbox_messages",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("account", sa.String(300), nullable=False),
        sa.Column("folder", sa.String(300), nullable=False),
        sa.Column("uidvalidity", sa.BigInteger, nullable=False),
        sa.Column("uid", sa.BigInteger, nullable=False),
        sa.Column("message_id", sa.String(300), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("case_number", sa.String(20), nullable=True),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("moved_at", sa.DateTime(timezone=True), nullable=True),
        sa.UniqueConstraint("account", "folder", "uidvalidity", "uid",
                            name="uq_mailbox_messages_position"),
    )


def downgrade() -> None:
    op.drop_table("mailbox_messages")
