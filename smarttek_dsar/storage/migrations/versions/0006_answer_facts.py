"""Facts an answer rests on: decision grounds and subject-facing reasons, recipients per case

- decisions: the structured ground (17(1)(a)-(f), 17(3)(a)-(e), 18(1)(a)-(d), 21(1), 21(3)),
  the date until which refused data is kept, the rectification facts (what is inaccurate, the
  corrected value), the 21(1) facts (the subject's particular situation, the compelling-grounds
  assessment), and the reason addressed to the subject (in the case language, from the
  phrasebook entry `phrase_key`) beside `reason`, which stays the internal note.
- recipient_disclosures: to whom this subject's data was actually disclosed, per system and
  recipient, confirmed by the specialist for this case (Art. 19, CJEU C-154/21).
- disclosures.recipient: empty for the data subject; the other controller's name when the data
  went there directly under Art. 20(2).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("decisions") as batch:
        batch.add_column(sa.Column("ground", sa.String(20), nullable=True))
        batch.add_column(sa.Column("keep_until", sa.Date(), nullable=True))
        batch.add_column(sa.Column("subject_reason", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("phrase_key", sa.String(60), nullable=True))
        batch.add_column(sa.Column("inaccuracy", sa.Text(), nullable=False, server_default=""))
        batch.add_column(
            sa.Column("corrected_value", sa.Text(), nullable=False, server_default="")
        )
        batch.add_column(
            sa.Column("particular_situation", sa.Text(), nullable=False, server_default="")
        )
        batch.add_column(
            sa.Column("compelling_grounds", sa.Text(), nullable=False, server_default="")
        )
    op.create_table(
        "recipient_disclosures",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer,
                  sa.ForeignKey("cases.id", ondelete="CASCADE"), nullable=False),
        sa.Column("recipient_id", sa.String(60), nullable=False),
        sa.Column("recipient_name", sa.String(300), nullable=False, server_default=""),
        sa.Column("system", sa.String(200), nullable=False, server_default=""),
        sa.Column("category_id", sa.String(60), nullable=True),
        sa.Column("confirmed_by_id", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
        sa.Column("confirmed_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_recipient_disclosures_case_id", "recipient_disclosures", ["case_id"])
    with op.batch_alter_table("disclosures") as batch:
        batch.add_column(sa.Column("recipient", sa.String(300), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("disclosures") as batch:
        batch.drop_column("recipient")
    op.drop_index("ix_recipient_disclosures_case_id", table_name="recipient_disclosures")
    op.drop_table("recipient_disclosures")
    with op.batch_alter_table("decisions") as batch:
        for column in ("compelling_grounds", "particular_situation", "corrected_value",
                       "inaccuracy", "phrase_key", "subject_reason", "keep_until", "ground"):
            batch.drop_column(column)
