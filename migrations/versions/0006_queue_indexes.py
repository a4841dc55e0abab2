"""Queue indexes: keyset pages of open work orders by due time, received time, assignee
and unit, of closed orders by closing time, and the order's phone for the search box
(app/models/ticket_queue_indexes.py).

Without them SQLite plans "USE TEMP B-TREE FOR ORDER BY" over every open order for each
first page, and PostgreSQL sorts them (see docs/benchmarks.md, queues).

Revision ID: 0006
Revises: 0001
Create Date: 2026-11-27 00:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OPEN_SQL = "ticket.status IN ('new', 'dispatched', 'in_progress', 'resolved')"
OPEN_INDEXES = {
    'ix_ticket_open_due': ['due_at', 'id'],
    'ix_ticket_open_received': ['received_at', 'id'],
    'ix_ticket_open_assignee_due': ['assignee_id', 'due_at', 'id'],
    'ix_ticket_open_unit_due': ['unit_id', 'due_at', 'id'],
    'ix_ticket_open_level_due': ['level', 'due_at', 'id'],
}


def upgrade() -> None:
    where = sa.text(OPEN_SQL)
    for name, columns in OPEN_INDEXES.items():
        op.create_index(name, 'ticket', columns, unique=False,
                        sqlite_where=where, postgresql_where=where)
    op.create_index('ix_ticket_closed_at', 'ticket', ['closed_at', 'id'], unique=False)
    op.create_index('ix_ticket_phone', 'ticket', ['phone'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_ticket_phone', table_name='ticket')
    op.drop_index('ix_ticket_closed_at', table_name='ticket')
    for name in reversed(OPEN_INDEXES):
        op.drop_index(name, table_name='ticket')
