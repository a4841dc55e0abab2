"""Callback indexes for the season reports (app/models/report_indexes.py).

The complaints report counts per unit the orders whose latest answered callback was 不满意
or 很不满意, and the satisfaction report lists the complaints left so. Both found them among
every callback ever made (520,432 at 1,000,000 customers: 0.5-0.9 s); the unhappy answers are
a few percent of them: a partial index of those. The satisfaction report counts a season's
answers by time: the time index now holds whether the call reached and the answer, so they
are counted from the index alone (SQLite read each callback's row: 0.85-1.25 s).

Revision ID: 0105
Revises: 0121
Create Date: 2026-11-29 23:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0105'
down_revision: str | None = '0121'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# the same text as app/models/report_indexes.py:UNHAPPY_SQL (the queries send it as it is)
UNHAPPY_SQL = {
    "sqlite": "reached = 1 AND satisfaction IN ('dissatisfied', 'very_dissatisfied')",
    "postgresql": "reached AND satisfaction IN ('dissatisfied', 'very_dissatisfied')",
}


def upgrade() -> None:
    op.drop_index('ix_ticket_callback_called_at', table_name='ticket_callback')
    op.create_index('ix_ticket_callback_called_at', 'ticket_callback',
                    ['called_at', 'reached', 'satisfaction'], unique=False)
    op.create_index('ix_ticket_callback_unhappy', 'ticket_callback',
                    ['ticket_id', 'called_at', 'id'], unique=False,
                    sqlite_where=sa.text(UNHAPPY_SQL["sqlite"]),
                    postgresql_where=sa.text(UNHAPPY_SQL["postgresql"]))


def downgrade() -> None:
    op.drop_index('ix_ticket_callback_unhappy', table_name='ticket_callback')
    op.drop_index('ix_ticket_callback_called_at', table_name='ticket_callback')
    op.create_index('ix_ticket_callback_called_at', 'ticket_callback', ['called_at'],
                    unique=False)
