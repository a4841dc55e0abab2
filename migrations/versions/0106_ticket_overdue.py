"""The overdue flag in a narrow table of its own (app/models/ticket_overdue.py).

The sweep flagged an order by updating its row in `ticket` (overdue_alerted_at,
escalated_at, version): each flagged order wrote a new row version into all 18 indexes of
the order table, 1.0–1.3 s for 10,000 orders on PostgreSQL at full size. Flags move to
`ticket_overdue` (ticket, deadline missed, flagged at), the sweep's progress to
`overdue_sweep_mark` (no foreign key to the order: its check would lock each flagged
order's row, half the INSERT's time); `ticket.overdue_alerted_at` and its index go, and the sweep's partial
index no longer names it. Orders flagged before keep their escalated_at in the row.

The mark is left empty: the first sweep after the upgrade walks every running overdue order
once (an order a desk skipped before is not lost), then sets it.

Revision ID: 0106
Revises: 0103
Create Date: 2026-12-03 10:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0106'
down_revision: str | None = '0103'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

RUNNING = "ticket.status IN ('new', 'dispatched', 'in_progress') AND ticket.paused_at IS NULL"
OLD_SWEEP = RUNNING + " AND ticket.overdue_alerted_at IS NULL"


def _time() -> sa.types.TypeEngine:
    return sa.DateTime(timezone=True)


def upgrade() -> None:
    big = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')
    op.create_table(
        'ticket_overdue',
        sa.Column('ticket_id', big, autoincrement=False, nullable=False),
        sa.Column('due_at', _time(), nullable=False),
        sa.Column('flagged_at', _time(), nullable=False),
        sa.PrimaryKeyConstraint('ticket_id', name=op.f('pk_ticket_overdue')),
    )
    op.create_table(
        'overdue_sweep_mark',
        sa.Column('id', sa.SmallInteger(), autoincrement=False, nullable=False),
        sa.Column('swept_until', _time(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_overdue_sweep_mark')),
    )
    op.execute("INSERT INTO ticket_overdue (ticket_id, due_at, flagged_at) "
               "SELECT id, due_at, overdue_alerted_at FROM ticket "
               "WHERE overdue_alerted_at IS NOT NULL")
    op.create_index('ix_ticket_overdue_flagged_at', 'ticket_overdue',
                    ['flagged_at', 'ticket_id'], unique=False)
    op.drop_index('ix_ticket_overdue_sweep', table_name='ticket')
    op.drop_index('ix_ticket_overdue_alerted_at', table_name='ticket')
    # SQLite 3.35+ drops a column in place (no table copy through batch mode)
    op.execute("ALTER TABLE ticket DROP COLUMN overdue_alerted_at")
    where = sa.text(RUNNING)
    op.create_index('ix_ticket_overdue_sweep', 'ticket', ['due_at', 'id'], unique=False,
                    sqlite_where=where, postgresql_where=where)


def downgrade() -> None:
    op.drop_index('ix_ticket_overdue_sweep', table_name='ticket')
    op.add_column('ticket', sa.Column('overdue_alerted_at', _time(), nullable=True))
    op.execute("UPDATE ticket SET overdue_alerted_at = (SELECT o.flagged_at FROM "
               "ticket_overdue AS o WHERE o.ticket_id = ticket.id), escalated_at = "
               "COALESCE(escalated_at, (SELECT o.due_at FROM ticket_overdue AS o "
               "WHERE o.ticket_id = ticket.id)) "
               "WHERE id IN (SELECT ticket_id FROM ticket_overdue)")
    op.create_index('ix_ticket_overdue_alerted_at', 'ticket', ['overdue_alerted_at'],
                    unique=False)
    where = sa.text(OLD_SWEEP)
    op.create_index('ix_ticket_overdue_sweep', 'ticket', ['due_at', 'id'], unique=False,
                    sqlite_where=where, postgresql_where=where)
    op.drop_table('overdue_sweep_mark')
    op.drop_index('ix_ticket_overdue_flagged_at', table_name='ticket_overdue')
    op.drop_table('ticket_overdue')
