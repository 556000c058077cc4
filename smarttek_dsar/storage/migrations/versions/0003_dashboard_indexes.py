"""Indexes for the manager dashboard: figures from the index alone, deadline list by stage.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

DASHBOARD_COLUMNS = [
    "stage", "channel", "rights", "received_at", "due_date", "initial_due_date", "paused",
    "extended", "responded_on", "closed_at", "assignee_id",
]


def upgrade() -> None:
    op.create_index("ix_cases_dashboard", "cases", DASHBOARD_COLUMNS)
    op.create_index("ix_cases_stage_due", "cases", ["stage", "due_date"])


def downgrade() -> None:
    op.drop_index("ix_cases_stage_due", table_name="cases")
    op.drop_index("ix_cases_dashboard", table_name="cases")
