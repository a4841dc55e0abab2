"""Issue 18: the calls the phone system reported at each desk, with the PBX's own times.

- `pbx_call`: one row per call (the PBX's Linkedid) and agent; ring, answer and end times
  from the PBX, how it ended, the contact saved for it and the work order it was dialled
  from. `ix_pbx_call_rang_at` serves the rule 4.4 figures of a range of days.

Revision ID: 0170
Revises: 0140
Create Date: 2026-11-30 02:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0170'
down_revision: str | None = '0140'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')


def upgrade() -> None:
    op.create_table(
        'pbx_call',
        sa.Column('id', BIG_ID, nullable=False),
        sa.Column('call_id', sa.String(length=64), nullable=False),
        sa.Column('agent_id', sa.Integer(), nullable=False),
        sa.Column('direction', sa.String(length=10), nullable=False),
        sa.Column('number', sa.String(length=20), nullable=False),
        sa.Column('called', sa.String(length=40), nullable=False),
        sa.Column('source', sa.String(length=10), nullable=False),
        sa.Column('rang_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('answered_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('ended_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('end_cause', sa.String(length=12), nullable=True),
        sa.Column('contact_id', BIG_ID, nullable=True),
        sa.Column('ticket_id', BIG_ID, nullable=True),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['agent_id'], ['staff.id'],
                                name=op.f('fk_pbx_call_agent_id_staff')),
        sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], ondelete='SET NULL',
                                name=op.f('fk_pbx_call_contact_id_contact')),
        sa.ForeignKeyConstraint(['ticket_id'], ['ticket.id'], ondelete='SET NULL',
                                name=op.f('fk_pbx_call_ticket_id_ticket')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_pbx_call')),
        sa.UniqueConstraint('call_id', 'agent_id', name=op.f('uq_pbx_call_call_id')),
    )
    op.create_index('ix_pbx_call_rang_at', 'pbx_call', ['rang_at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_pbx_call_rang_at', table_name='pbx_call')
    op.drop_table('pbx_call')
