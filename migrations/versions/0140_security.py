"""Security (issue 15): login lockout, forced password change, the desk on every event.

- `staff.must_change_password`: set by an administrator's reset; the user sets their own
  password at the next login before the desk opens.
- `staff.failed_logins`, `staff.failed_since`, `staff.locked_until`: failed logins counted in
  a window; too many lock the account until `locked_until` (or until a leader unlocks it).
- `event.desk`: which desk (workstation) made the change; NULL for events written before.
- indexes on event for the audit viewer's filters with keyset paging on `id`: by person
  (`actor_id, id`), by desk (`desk, id`) and by time (`occurred_at, id`); the entity filter
  (order, customer) uses `ix_event_entity` of the foundation.

Revision ID: 0140
Revises: 0135
Create Date: 2026-11-30 01:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0140'
down_revision: str | None = '0135'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # plain ADD COLUMN on both backends (no table copy: event keeps its append-only triggers)
    op.add_column('staff', sa.Column('must_change_password', sa.Boolean(), nullable=False,
                                     server_default=sa.false()))
    op.add_column('staff', sa.Column('failed_logins', sa.Integer(), nullable=False,
                                     server_default='0'))
    op.add_column('staff', sa.Column('failed_since', sa.DateTime(timezone=True), nullable=True))
    op.add_column('staff', sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True))
    op.add_column('event', sa.Column('desk', sa.String(length=60), nullable=True))
    op.create_index('ix_event_actor', 'event', ['actor_id', 'id'], unique=False)
    op.create_index('ix_event_desk', 'event', ['desk', 'id'], unique=False)
    op.create_index('ix_event_occurred', 'event', ['occurred_at', 'id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_event_occurred', table_name='event')
    op.drop_index('ix_event_desk', table_name='event')
    op.drop_index('ix_event_actor', table_name='event')
    with op.batch_alter_table('event') as batch_op:
        batch_op.drop_column('desk')
    with op.batch_alter_table('staff') as batch_op:
        batch_op.drop_column('locked_until')
        batch_op.drop_column('failed_since')
        batch_op.drop_column('failed_logins')
        batch_op.drop_column('must_change_password')
