"""Answer times stored on the case: answered_on, days_to_answer, answered_on_time, their index

The dashboard used to turn every answered case's UTC timestamps into Riga days at each look
(about 100 ms over 100,000 cases on SQLite, which has no time-zone database). The services now
store the result when a case is answered; this fills it in for cases answered before, with the
same function the services use (domain/figures.answer_facts), so old and new rows agree.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

from smarttek_dsar.domain.figures import answer_facts

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

BATCH = 5000
ANSWERS_INDEX_COLUMNS = [
    "days_to_answer", "answered_on_time", "received_at", "channel", "rights", "assignee_id",
]

# The columns as this revision knows them, not the models (which move on after it).
cases = sa.table(
    "cases",
    sa.column("id", sa.Integer),
    sa.column("stage", sa.String),
    sa.column("received_at", sa.DateTime(timezone=True)),
    sa.column("responded_on", sa.Date),
    sa.column("closed_at", sa.DateTime(timezone=True)),
    sa.column("due_date", sa.Date),
    sa.column("initial_due_date", sa.Date),
    sa.column("answered_on", sa.Date),
    sa.column("days_to_answer", sa.Integer),
    sa.column("answered_on_time", sa.Boolean),
)


def upgrade() -> None:
    op.add_column("cases", sa.Column("answered_on", sa.Date(), nullable=True))
    op.add_column("cases", sa.Column("days_to_answer", sa.Integer(), nullable=True))
    op.add_column("cases", sa.Column("answered_on_time", sa.Boolean(), nullable=True))
    _backfill(op.get_bind())
    # Built after the backfill: one sort instead of an index update per filled-in row.
    op.create_index("ix_cases_answers", "cases", ANSWERS_INDEX_COLUMNS)


def _backfill(bind) -> None:
    """Every case answered so far, in batches of BATCH by id. Computed in Python rather than
    SQL so that SQLite (no time-zone database) and PostgreSQL get the same Riga days as the
    services. The version counter is left alone: this is derived data, and bumping it would
    make every open case look changed by someone else."""
    answered = sa.or_(
        cases.c.responded_on.is_not(None),
        sa.and_(cases.c.stage == "rejected", cases.c.closed_at.is_not(None)),
    )
    store = (
        sa.update(cases)
        .where(cases.c.id == sa.bindparam("case_id"))
        .values(answered_on=sa.bindparam("b_on"), days_to_answer=sa.bindparam("b_days"),
                answered_on_time=sa.bindparam("b_on_time"))
    )
    last_id = 0
    while True:
        rows = bind.execute(
            sa.select(cases.c.id, cases.c.received_at, cases.c.responded_on, cases.c.closed_at,
                      cases.c.stage, cases.c.due_date, cases.c.initial_due_date)
            .where(answered, cases.c.id > last_id)
            .order_by(cases.c.id)
            .limit(BATCH)
        ).all()
        if not rows:
            return
        updates = []
        for row in rows:
            facts = answer_facts(row.received_at, row.responded_on, row.closed_at, row.stage,
                                 row.due_date, row.initial_due_date)
            if facts is not None:  # always, given the WHERE; the function has the last word
                updates.append({"case_id": row.id, "b_on": facts.answered_on,
                                "b_days": facts.days, "b_on_time": facts.on_time})
        if updates:
            bind.execute(store, updates)
        last_id = rows[-1].id


def downgrade() -> None:
    op.drop_index("ix_cases_answers", table_name="cases")
    with op.batch_alter_table("cases") as batch_op:
        batch_op.drop_column("answered_on_time")
        batch_op.drop_column("days_to_answer")
        batch_op.drop_column("answered_on")
