"""Case-number counters and organisation documents shared by every desk

- case_number_counters: one row a year holding the last case number given out. A new case
  takes its number by incrementing this row inside its own write transaction, so two desks
  creating cases at once line up instead of colliding on the same number.
- organisation_documents: the register of processing activities, the letter templates and
  phrasebook, and the data-source definitions (without secrets), stored in the shared database
  as numbered versions of a document, so every desk of a team works from the same text and
  each change is kept and audited. The per-user files of older installations (register.toml,
  letters/, sources.toml) are imported as version 1 when the services first open the upgraded
  database (services/administration/user_file_import.py), not here: the import must extend the
  audit chain through services/audit.py and read the files of the desk that opens the database.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_number_counters",
        sa.Column("year", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("last_number", sa.Integer, nullable=False),
    )
    # Existing cases: start each year's counter after the highest number already given out.
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT number FROM cases")).scalars()
    highest: dict[int, int] = {}
    for number in rows:
        parts = (number or "").split("-")
        if len(parts) == 3 and parts[1].isdigit() and parts[2].isdigit():
            year, sequence = int(parts[1]), int(parts[2])
            highest[year] = max(highest.get(year, 0), sequence)
    if highest:
        counters = sa.table(
            "case_number_counters", sa.column("year", sa.Integer),
            sa.column("last_number", sa.Integer),
        )
        op.bulk_insert(counters, [{"year": y, "last_number": n} for y, n in highest.items()])

    op.create_table(
        "organisation_documents",
        sa.Column("id", sa.Integer, primary_key=True),
        # register | letter_templates | phrasebook | data_sources
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("changed_by", sa.String(64), nullable=False),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.UniqueConstraint("kind", "version", name="uq_organisation_documents_kind_version"),
    )


def downgrade() -> None:
    op.drop_table("organisation_documents")
    op.drop_table("case_number_counters")
