"""Heating quality: sampling plans and their homes, room-temperature samples, outdoor daily
means and hot-water readings (rules 5.1.1, 5.1.2, 5.1.3).

Revision ID: 0007
Revises: 0001
Create Date: 2026-11-27 00:24:13.747481
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')


def upgrade() -> None:
    op.create_table('outdoor_temperature',
    sa.Column('id', BIG_ID, nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('mean_temperature', sa.Numeric(precision=4, scale=1), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outdoor_temperature')),
    sa.UniqueConstraint('day', name=op.f('uq_outdoor_temperature_day'))
    )
    op.create_table('hot_water_reading',
    sa.Column('id', BIG_ID, nullable=False),
    sa.Column('customer_id', BIG_ID, nullable=False),
    sa.Column('reading_date', sa.Date(), nullable=False),
    sa.Column('measured_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('temperature', sa.Numeric(precision=4, scale=1), nullable=False),
    sa.Column('technician_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_hot_water_reading_customer_id_customer'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['technician_id'], ['staff.id'], name=op.f('fk_hot_water_reading_technician_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hot_water_reading'))
    )
    with op.batch_alter_table('hot_water_reading', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hot_water_reading_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index('ix_hot_water_reading_day', ['reading_date', 'customer_id'], unique=False)

    op.create_table('sampling_plan',
    sa.Column('id', BIG_ID, nullable=False),
    sa.Column('sampling_date', sa.Date(), nullable=False),
    sa.Column('season', sa.String(length=9), nullable=False),
    sa.Column('seed', BIG_ID, nullable=False),
    sa.Column('total_area', sa.Numeric(precision=16, scale=2), nullable=False),
    sa.Column('sampled_area', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['staff.id'], name=op.f('fk_sampling_plan_created_by_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sampling_plan')),
    sa.UniqueConstraint('sampling_date', name=op.f('uq_sampling_plan_sampling_date'))
    )
    op.create_table('sampling_plan_home',
    sa.Column('id', BIG_ID, nullable=False),
    sa.Column('plan_id', BIG_ID, nullable=False),
    sa.Column('customer_id', BIG_ID, nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_sampling_plan_home_customer_id_customer'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['plan_id'], ['sampling_plan.id'], name=op.f('fk_sampling_plan_home_plan_id_sampling_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sampling_plan_home')),
    sa.UniqueConstraint('plan_id', 'customer_id', name='uq_sampling_plan_home_pair')
    )
    with op.batch_alter_table('sampling_plan_home', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sampling_plan_home_customer_id'), ['customer_id'], unique=False)

    op.create_table('temperature_sample',
    sa.Column('id', BIG_ID, nullable=False),
    sa.Column('customer_id', BIG_ID, nullable=False),
    sa.Column('plan_id', BIG_ID, nullable=True),
    sa.Column('sampling_date', sa.Date(), nullable=False),
    sa.Column('measured_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('room', sa.String(length=40), nullable=False),
    sa.Column('temperature', sa.Numeric(precision=4, scale=1), nullable=False),
    sa.Column('technician_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_temperature_sample_customer_id_customer'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['plan_id'], ['sampling_plan.id'], name=op.f('fk_temperature_sample_plan_id_sampling_plan'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['technician_id'], ['staff.id'], name=op.f('fk_temperature_sample_technician_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_temperature_sample'))
    )
    with op.batch_alter_table('temperature_sample', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_temperature_sample_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index('ix_temperature_sample_day', ['sampling_date', 'customer_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('temperature_sample', schema=None) as batch_op:
        batch_op.drop_index('ix_temperature_sample_day')
        batch_op.drop_index(batch_op.f('ix_temperature_sample_customer_id'))

    op.drop_table('temperature_sample')
    with op.batch_alter_table('sampling_plan_home', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sampling_plan_home_customer_id'))

    op.drop_table('sampling_plan_home')
    op.drop_table('sampling_plan')
    with op.batch_alter_table('hot_water_reading', schema=None) as batch_op:
        batch_op.drop_index('ix_hot_water_reading_day')
        batch_op.drop_index(batch_op.f('ix_hot_water_reading_customer_id'))

    op.drop_table('hot_water_reading')
    op.drop_table('outdoor_temperature')
