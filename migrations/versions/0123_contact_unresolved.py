"""Rule 5.3.2.2: a complaint answered on the spot that was not satisfactorily resolved.

- `contact.unresolved`: the agent marks a complaint answered without a work order as not
  satisfactorily resolved (未圆满解决); the season's satisfaction rate loses 0.5 points for
  each. Existing contacts read false (not marked).
- `ix_contact_unresolved_created`: those few contacts by time (a partial index), so the
  satisfaction report finds a season's without reading a season of contacts.

Revision ID: 0123
Revises: 0105
Create Date: 2026-11-30 12:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0123'
down_revision: str | None = '0105'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# the same text as app/models/report_indexes.py:UNRESOLVED_CONTACT_SQL
UNRESOLVED_CONTACT_SQL = {"sqlite": "unresolved = 1", "postgresql": "unresolved"}


def upgrade() -> None:
    # plain ADD COLUMN (no table copy on SQLite: contact keeps its trigger of revision 0104)
    op.add_column('contact', sa.Column('unresolved', sa.Boolean(), nullable=False,
                                       server_default=sa.false()))
    op.create_index('ix_contact_unresolved_created', 'contact', ['created_at'], unique=False,
                    sqlite_where=sa.text(UNRESOLVED_CONTACT_SQL["sqlite"]),
                    postgresql_where=sa.text(UNRESOLVED_CONTACT_SQL["postgresql"]))


def downgrade() -> None:
    op.drop_index('ix_contact_unresolved_created', table_name='contact')
    op.drop_column('contact', 'unresolved')
