"""Held-mail retention: no schema change (kept so the revision chain stays 0013 -> 0014).

The retention purge deletes dismissed held mail by `decided_at` and undecided held mail by
`held_at`, both columns of `held_messages` since migration 0010; the two periods are rows of
the `settings` table (held_dismissed_days, held_undecided_days), which needs no migration.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02
"""

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
