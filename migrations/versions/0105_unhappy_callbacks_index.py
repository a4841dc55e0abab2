"""The unhappy callback answers by order: a partial index (app/models/report_indexes.py).

The complaints report counts per unit the orders whose latest answered callback was 不满意
or 很不满意. It found them among every callback ever made (520,432 at 1,000,000 customers:
0.5-0.6 s); the unhappy answers are a few percent of them.

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
    op.create_index('ix_ticket_callback_unhappy', 'ticket_callback',
                    ['ticket_id', 'called_at', 'id'], unique=False,
                    sqlite_where=sa.text(UNHAPPY_SQL["sqlite"]),
                    postgresql_where=sa.text(UNHAPPY_SQL["postgresql"]))


def downgrade() -> None:
    op.drop_index('ix_ticket_callback_unhappy', table_name='ticket_callback')
