"""A queue of one status pages through its orders from the index alone.

The 待回访 queue (callbacks, rule 2.5) lists the resolved orders by deadline and pages on
(deadline, id). `ix_ticket_status_due` held (status, deadline) only, so every page after
the first matched all later resolved orders, joined each to its customer and sorted them
to keep 101: at 1,000,000 customers on PostgreSQL the planner, taking the status and the
deadline for independent, expected one row and read 8,737 (170-425 ms a page). With the
id in the index the page is read in order and stops after 101 rows (2 ms).

Revision ID: 0162
Revises: 0161
Create Date: 2026-11-30 20:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0162'
down_revision: str | None = '0161'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index('ix_ticket_status_due', table_name='ticket')
    op.create_index('ix_ticket_status_due', 'ticket', ['status', 'due_at', 'id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_ticket_status_due', table_name='ticket')
    op.create_index('ix_ticket_status_due', 'ticket', ['status', 'due_at'], unique=False)
