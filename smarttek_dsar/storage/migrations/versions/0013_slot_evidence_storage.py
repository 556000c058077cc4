"""Attachments' file contents as the last column on SQLite, so that a large file is written
in slices (storage/blob_slices.py) instead of being built whole in memory (issue 13).

SQLite keeps a zero blob that ends a row as a mere count; anywhere else it builds it in full.
The table is rebuilt with the same columns, `content` last; every row and its bytes are copied
as they are (row by row, inside SQLite). PostgreSQL is left alone: its driver needs no such
help and a column's position there means nothing to the code.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02
"""

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

_CONTENT_LAST = ("id", "case_id", "kind", "filename", "media_type", "sha256", "size",
                 "added_at", "deleted_at", "deleted_reason", "content")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    with op.batch_alter_table("attachments", recreate="always",
                              partial_reordering=[_CONTENT_LAST]):
        pass


def downgrade() -> None:
    pass  # the order is no part of the schema the code relies on; the column stays last
