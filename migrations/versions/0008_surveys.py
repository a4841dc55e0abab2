"""Satisfaction survey forms (rule 5.3.1): three items, four levels each.

Branches off the foundation; the app upgrades to every head.

Revision ID: 0008
Revises: 0001
Create Date: 2026-11-27 00:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0008'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LEVELS = ('satisfied', 'basically_satisfied', 'dissatisfied', 'very_dissatisfied')


def _level(name: str) -> sa.Enum:
    return sa.Enum(*LEVELS, name=name, native_enum=False, create_constraint=True, length=20)


def upgrade() -> None:
    op.create_table('survey_form',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('season', sa.String(length=9), nullable=False),
    sa.Column('surveyed_on', sa.Date(), nullable=False),
    sa.Column('customer_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'),
              nullable=True),
    sa.Column('temperature', _level('survey_temperature'), nullable=False),
    sa.Column('stability', _level('survey_stability'), nullable=False),
    sa.Column('service', _level('survey_service'), nullable=False),
    sa.Column('form_number', sa.String(length=30), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('entered_by_id', sa.Integer(), nullable=False),
    sa.Column('entered_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('length(season) = 9', name=op.f('ck_survey_form_season_format')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'],
                            name=op.f('fk_survey_form_customer_id_customer')),
    sa.ForeignKeyConstraint(['entered_by_id'], ['staff.id'],
                            name=op.f('fk_survey_form_entered_by_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_survey_form'))
    )
    with op.batch_alter_table('survey_form', schema=None) as batch_op:
        batch_op.create_index('ix_survey_form_season_day', ['season', 'surveyed_on'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('survey_form', schema=None) as batch_op:
        batch_op.drop_index('ix_survey_form_season_day')
    op.drop_table('survey_form')
