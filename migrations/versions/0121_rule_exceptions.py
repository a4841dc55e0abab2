"""Rules 3.6.2(1) and 5.2.1 on the record.

- `contact.caller_verified`: the agent verified the caller's details (rule 3.6.2(1),
  核实用户信息); existing contacts read false (not recorded).
- `notice.in_season`, `notice.short_notice`, `notice.exception_reason`: a planned
  maintenance notice inside the heating season or with less advance notice than the
  setting `notice.min_advance_hours` is an exception with a stated reason (rule 5.2.1).

Revision ID: 0121
Revises: 0120
Create Date: 2026-11-30 10:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0121'
down_revision: str | None = '0120'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # plain ADD COLUMN (no table copy on SQLite: contact keeps its trigger of revision 0104)
    op.add_column('contact', sa.Column('caller_verified', sa.Boolean(), nullable=False,
                                       server_default=sa.false()))
    op.add_column('notice', sa.Column('in_season', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
    op.add_column('notice', sa.Column('short_notice', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
    op.add_column('notice', sa.Column('exception_reason', sa.Text(), nullable=False,
                                      server_default=''))


def downgrade() -> None:
    op.drop_column('notice', 'exception_reason')
    op.drop_column('notice', 'short_notice')
    op.drop_column('notice', 'in_season')
    op.drop_column('contact', 'caller_verified')
