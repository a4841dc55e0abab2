"""Indexes for the season reports (app/models/report_indexes.py).

The complaints and satisfaction reports counted a season by pulling every work order of
it into Python and scanned the contacts three times without an index on their time:
12-18 s at 1,000,000 customers. The reports now group in the database; these indexes let
them read the season's contacts, orders and callbacks from an index, in group order. On
SQLite the order index also holds each order's time to resolve (an expression), which
SQLite would otherwise parse from two text times per order.

Revision ID: 0103
Revises: 0102
Create Date: 2026-12-02 12:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0103'
down_revision: str | None = '0102'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GROUP_COLUMNS = ('level', 'category', 'unit_id', 'created_by_id', 'responsibility',
                 'received_at', 'due_at', 'resolved_at', 'closed_at')
# the same text as app/models/report_indexes.py:SQLITE_DURATION_SQL (a test compares them)
SQLITE_DURATION_SQL = (
    "(CAST(round((julianday(substr(coalesce(resolved_at, closed_at), 1, 19))"
    " - julianday(substr(received_at, 1, 19))) * 86400) AS INTEGER) * 1000000"
    " + CAST(substr(coalesce(resolved_at, closed_at), 21) AS INTEGER)"
    " - CAST(substr(received_at, 21) AS INTEGER))")


def upgrade() -> None:
    op.create_index('ix_contact_category_agent_created', 'contact',
                    ['category', 'agent_id', 'created_at'], unique=False)
    if op.get_bind().dialect.name == "sqlite":  # the durations too: see SQLITE_DURATION_SQL
        op.execute(f"CREATE INDEX ix_ticket_report_groups ON ticket "
                   f"({', '.join(GROUP_COLUMNS)}, {SQLITE_DURATION_SQL})")
    else:
        op.create_index('ix_ticket_report_groups', 'ticket', list(GROUP_COLUMNS),
                        unique=False)
    complaints = sa.text("category = 'complaint'")
    op.create_index('ix_ticket_complaints_received', 'ticket', ['received_at'], unique=False,
                    sqlite_where=complaints, postgresql_where=complaints)
    op.create_index('ix_ticket_callback_called_at', 'ticket_callback', ['called_at'],
                    unique=False)


def downgrade() -> None:
    op.drop_index('ix_ticket_callback_called_at', table_name='ticket_callback')
    op.drop_index('ix_ticket_complaints_received', table_name='ticket')
    op.drop_index('ix_ticket_report_groups', table_name='ticket')
    op.drop_index('ix_contact_category_agent_created', table_name='contact')
