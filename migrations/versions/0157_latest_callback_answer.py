"""Each work order keeps its latest callback answer; the satisfaction report reads a range.

Rule 5.3.2.2 deducts for every order of the season whose latest reached callback answered
不满意 or 很不满意. Found among the callbacks (0105's partial index of the unhappy
answers), each candidate's latest answer had to be looked up again among all its
callbacks, and the candidates joined to a season of orders: 1.2 s of the report at
1,000,000 customers on PostgreSQL. Now:

- `ticket.callback_satisfaction`: the latest reached callback's answer (NULL: none yet),
  written by the step that records a callback (`TicketRepository.refresh_callback_answer`)
  and here from the callbacks already made;
- `ix_ticket_unhappy_received (received_at) WHERE callback_satisfaction IN (unhappy)`: a
  season's unhappy orders are one range of a small index; 0105's index goes;
- `ix_ticket_complaints_received` also holds the done times and the id: the complaints
  still open at the period's end are told from the index, not from every complaint's row.

Revision ID: 0157
Revises: 0156
Create Date: 2026-11-30 11:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0157'
down_revision: str | None = '0156'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LEVELS = ("satisfied", "basically_satisfied", "dissatisfied", "very_dissatisfied")
UNHAPPY_SQL = "callback_satisfaction IN ('dissatisfied', 'very_dissatisfied')"
OLD_UNHAPPY_SQL = {
    "sqlite": "reached = 1 AND satisfaction IN ('dissatisfied', 'very_dissatisfied')",
    "postgresql": "reached AND satisfaction IN ('dissatisfied', 'very_dissatisfied')",
}
COMPLAINT = sa.text("category = 'complaint'")
BACKFILL = {
    "postgresql": """UPDATE ticket SET callback_satisfaction = latest.satisfaction
        FROM (SELECT DISTINCT ON (ticket_id) ticket_id, satisfaction FROM ticket_callback
              WHERE reached AND satisfaction IS NOT NULL
              ORDER BY ticket_id, called_at DESC, id DESC) AS latest
        WHERE ticket.id = latest.ticket_id""",
    "sqlite": """UPDATE ticket SET callback_satisfaction = (
            SELECT l.satisfaction FROM ticket_callback AS l
            WHERE l.ticket_id = ticket.id AND l.reached = 1 AND l.satisfaction IS NOT NULL
            ORDER BY l.called_at DESC, l.id DESC LIMIT 1)
        WHERE id IN (SELECT ticket_id FROM ticket_callback
                     WHERE reached = 1 AND satisfaction IS NOT NULL)""",
}


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    check = f"callback_satisfaction IN ({', '.join(repr(v) for v in LEVELS)})"
    if dialect == "sqlite":
        # SQLite adds a column with its CHECK inline, never through ALTER ... ADD CONSTRAINT
        op.execute("ALTER TABLE ticket ADD COLUMN callback_satisfaction VARCHAR(20) "
                   f"CONSTRAINT ck_ticket_callback_satisfaction CHECK ({check})")
    else:
        op.add_column('ticket', sa.Column('callback_satisfaction', sa.String(20),
                                          nullable=True))
        op.create_check_constraint('callback_satisfaction', 'ticket', check)
    op.execute(BACKFILL[dialect])
    op.create_index('ix_ticket_unhappy_received', 'ticket', ['received_at'], unique=False,
                    sqlite_where=sa.text(UNHAPPY_SQL), postgresql_where=sa.text(UNHAPPY_SQL))
    op.drop_index('ix_ticket_callback_unhappy', table_name='ticket_callback')
    op.drop_index('ix_ticket_complaints_received', table_name='ticket')
    op.create_index('ix_ticket_complaints_received', 'ticket',
                    ['received_at', 'resolved_at', 'closed_at', 'id'], unique=False,
                    sqlite_where=COMPLAINT, postgresql_where=COMPLAINT)
    if dialect == "sqlite":  # statistics for the new indexes, or SQLite plans around them
        op.execute("ANALYZE ticket")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.drop_index('ix_ticket_complaints_received', table_name='ticket')
    op.create_index('ix_ticket_complaints_received', 'ticket', ['received_at'], unique=False,
                    sqlite_where=COMPLAINT, postgresql_where=COMPLAINT)
    where = sa.text(OLD_UNHAPPY_SQL[dialect])
    op.create_index('ix_ticket_callback_unhappy', 'ticket_callback',
                    ['ticket_id', 'called_at', 'id'], unique=False,
                    sqlite_where=where, postgresql_where=where)
    op.drop_index('ix_ticket_unhappy_received', table_name='ticket')
    if dialect == "sqlite":
        op.execute("ALTER TABLE ticket DROP COLUMN callback_satisfaction")
    else:
        op.drop_constraint('callback_satisfaction', 'ticket', type_='check')
        op.drop_column('ticket', 'callback_satisfaction')
