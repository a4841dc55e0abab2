"""Indexes for the overdue sweep and the sampling plan.

`ix_ticket_overdue_sweep` (app/models/ticket_sweep_index.py): running orders not yet
flagged overdue and not paused, by due time. The sweep used to walk every open order due
before now, flagged ones included, at every desk every minute.

`ix_customer_sample_order` (app/models/customer_sample_index.py): homes by estate and their
fixed hash, with heating and heated area. A sampling plan numbered every customer of the
city (ROW_NUMBER) for each page of its choice: 3-7 s at 1,000,000 customers; with this index
each estate's next home in the day's order is one seek, and the estate totals are read
from the index alone.

Revision ID: 0102
Revises: 0101
Create Date: 2026-12-02 11:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0102'
down_revision: str | None = '0101'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SWEEP_SQL = ("ticket.status IN ('new', 'dispatched', 'in_progress') "
             "AND ticket.paused_at IS NULL AND ticket.overdue_alerted_at IS NULL")
SAMPLE_HASH_SQL = "((id * 2654435761) % 4294967291)"  # PostgreSQL wants the outer parentheses


def upgrade() -> None:
    where = sa.text(SWEEP_SQL)
    op.create_index('ix_ticket_overdue_sweep', 'ticket', ['due_at', 'id'], unique=False,
                    sqlite_where=where, postgresql_where=where)
    op.create_index('ix_customer_sample_order', 'customer',
                    ['estate', sa.text(SAMPLE_HASH_SQL), 'heating', 'heated_area'],
                    unique=False)


def downgrade() -> None:
    op.drop_index('ix_customer_sample_order', table_name='customer')
    op.drop_index('ix_ticket_overdue_sweep', table_name='ticket')
