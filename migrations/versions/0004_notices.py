"""Notices: printed visit and posting notices, and the households each one reached.

Revision ID: 0004
Revises: 0001
Create Date: 2026-11-26 23:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0004'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=20)


def upgrade() -> None:
    op.create_table('notice',
    sa.Column('id', BIG_ID, nullable=False),
    sa.Column('kind', _enum('notice_kind', 'visit', 'posting'), nullable=False),
    sa.Column('reason', _enum('notice_reason', 'repair', 'temperature', 'meter', 'inspection',
                              'maintenance', 'interruption', 'sampling'), nullable=False),
    sa.Column('estate', sa.String(length=100), nullable=False),
    sa.Column('building', sa.String(length=20), nullable=False),
    sa.Column('entrance', sa.String(length=20), nullable=False),
    sa.Column('ticket_id', BIG_ID, nullable=True),
    sa.Column('starts_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('ends_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('pages', sa.Integer(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['staff.id'],
                            name=op.f('fk_notice_created_by_id_staff')),
    sa.ForeignKeyConstraint(['ticket_id'], ['ticket.id'], name=op.f('fk_notice_ticket_id_ticket')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notice'))
    )
    with op.batch_alter_table('notice', schema=None) as batch_op:
        batch_op.create_index('ix_notice_created_at', ['created_at'], unique=False)

    op.create_table('notice_recipient',
    sa.Column('id', BIG_ID, nullable=False),
    sa.Column('notice_id', BIG_ID, nullable=False),
    sa.Column('customer_id', BIG_ID, nullable=False),
    sa.Column('notified_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'],
                            name=op.f('fk_notice_recipient_customer_id_customer'),
                            ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['notice_id'], ['notice.id'],
                            name=op.f('fk_notice_recipient_notice_id_notice'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notice_recipient')),
    sa.UniqueConstraint('notice_id', 'customer_id', name='uq_notice_recipient_pair')
    )
    with op.batch_alter_table('notice_recipient', schema=None) as batch_op:
        batch_op.create_index('ix_notice_recipient_customer', ['customer_id', 'notified_at'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('notice_recipient', schema=None) as batch_op:
        batch_op.drop_index('ix_notice_recipient_customer')
    op.drop_table('notice_recipient')
    with op.batch_alter_table('notice', schema=None) as batch_op:
        batch_op.drop_index('ix_notice_created_at')
    op.drop_table('notice')
