"""data collection snapshots: runs, searched sources, frozen rows, review marks

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 14:37:02.852217
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "collection_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("by_id", sa.Integer(), nullable=True),
        sa.Column("searched_by", sa.String(length=100), nullable=False),
        sa.Column("found", sa.Boolean(), nullable=False),
        sa.Column("register_version", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(
            ["by_id"],
            ["users.id"],
        ),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("collection_runs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_collection_runs_case_id"), ["case_id"], unique=False)

    op.create_table(
        "searched_sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("location", sa.String(length=500), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("row_count", sa.Integer(), nullable=False),
        sa.Column("duration_ms", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["run_id"], ["collection_runs.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("searched_sources", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_searched_sources_run_id"), ["run_id"], unique=False)

    op.create_table(
        "snapshot_queries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("system", sa.String(length=200), nullable=False),
        sa.Column("category_id", sa.String(length=60), nullable=False),
        sa.Column("query", sa.Text(), nullable=False),
        sa.Column("columns", sa.Text(), nullable=False),
        sa.Column("row_count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["run_id"], ["collection_runs.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("snapshot_queries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_snapshot_queries_run_id"), ["run_id"], unique=False)

    op.create_table(
        "snapshot_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("category_id", sa.String(length=60), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reviewed_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["reviewed_by_id"],
            ["users.id"],
        ),
        sa.ForeignKeyConstraint(["run_id"], ["collection_runs.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("run_id", "category_id", name="uq_snapshot_review"),
    )
    with op.batch_alter_table("snapshot_reviews", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_snapshot_reviews_run_id"), ["run_id"], unique=False)

    op.create_table(
        "snapshot_rows",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("query_id", sa.Integer(), nullable=False),
        sa.Column("category_id", sa.String(length=60), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("row_json", sa.Text(), nullable=False),
        sa.Column("excluded", sa.Boolean(), nullable=False),
        sa.Column("exclusion_reason", sa.Text(), nullable=True),
        sa.Column("redactions", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["query_id"], ["snapshot_queries.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["run_id"], ["collection_runs.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("snapshot_rows", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_snapshot_rows_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_snapshot_rows_query_id"), ["query_id"], unique=False)
        batch_op.create_index(
            "ix_snapshot_rows_run_category", ["run_id", "category_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("snapshot_rows", schema=None) as batch_op:
        batch_op.drop_index("ix_snapshot_rows_run_category")
        batch_op.drop_index(batch_op.f("ix_snapshot_rows_query_id"))
        batch_op.drop_index(batch_op.f("ix_snapshot_rows_case_id"))

    op.drop_table("snapshot_rows")
    with op.batch_alter_table("snapshot_reviews", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_snapshot_reviews_run_id"))

    op.drop_table("snapshot_reviews")
    with op.batch_alter_table("snapshot_queries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_snapshot_queries_run_id"))

    op.drop_table("snapshot_queries")
    with op.batch_alter_table("searched_sources", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_searched_sources_run_id"))

    op.drop_table("searched_sources")
    with op.batch_alter_table("collection_runs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_collection_runs_case_id"))

    op.drop_table("collection_runs")
