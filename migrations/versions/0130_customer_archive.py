"""The editable customer archive: class, marks, notes, version; contracts; stop/resume.

- `customer.customer_class` (residential / commercial / public, rule 1.4.5), `notes`,
  `own_shutoff` (the home can be shut off on its own, a 报停 condition) and `version` (two
  desks never overwrite each other's edit). Plain ADD COLUMN with server defaults: no table
  copy of a 1,000,000-row archive; existing customers read residential, no notes, version 1.
- `ix_customer_class`: counts and lists per class without reading the archive.
- `customer_mark`: one row per special mark (hospital, school, ... ; "important" stays the
  `customer.important` flag the deadlines read), indexed by mark for counts.
- `heating_contract`: one contract per customer and season (rule 3.1.3) with its overrides.
- `heating_stop`: stop / resume heating applications with their field-check orders.

Revision ID: 0130
Revises: 0123
Create Date: 2026-11-30 01:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0130'
down_revision: str | None = '0123'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CLASSES = ("residential", "commercial", "public")
MARKS = ("hospital", "school", "kindergarten", "elderly_home", "important", "vulnerable")
CONTRACT_STATUSES = ("signed", "not_renewed", "stopped", "arrears")


def _in(column: str, values: Sequence[str]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def upgrade() -> None:
    bind = op.get_bind()
    class_check = _in("customer_class", CLASSES)
    if bind.dialect.name == "sqlite":
        # SQLite adds a column with its CHECK inline, never through ALTER ... ADD CONSTRAINT
        op.execute("ALTER TABLE customer ADD COLUMN customer_class VARCHAR(20) NOT NULL "
                   "DEFAULT 'residential' CONSTRAINT ck_customer_customer_class "
                   f"CHECK ({class_check})")
    else:
        op.add_column('customer', sa.Column('customer_class', sa.String(20), nullable=False,
                                            server_default='residential'))
        op.create_check_constraint('customer_class', 'customer', class_check)
    op.add_column('customer', sa.Column('notes', sa.Text(), nullable=False, server_default=''))
    op.add_column('customer', sa.Column('own_shutoff', sa.Boolean(), nullable=False,
                                        server_default=sa.true()))
    op.add_column('customer', sa.Column('version', sa.Integer(), nullable=False,
                                        server_default='1'))
    op.create_index('ix_customer_class', 'customer', ['customer_class'], unique=False)

    op.create_table(
        'customer_mark',
        sa.Column('customer_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'),
                  nullable=False),
        sa.Column('mark', sa.Enum(*MARKS, name='customer_mark', native_enum=False,
                                  create_constraint=True, length=20), nullable=False),
        sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], ondelete='CASCADE',
                                name=op.f('fk_customer_mark_customer_id_customer')),
        sa.PrimaryKeyConstraint('customer_id', 'mark', name=op.f('pk_customer_mark')),
    )
    op.create_index('ix_customer_mark_mark', 'customer_mark', ['mark', 'customer_id'],
                    unique=False)

    big_id = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')
    op.create_table(
        'heating_contract',
        sa.Column('id', big_id, nullable=False),
        sa.Column('customer_id', big_id, nullable=False),
        sa.Column('season', sa.Integer(), nullable=False),
        sa.Column('status', sa.Enum(*CONTRACT_STATUSES, name='contract_status',
                                    native_enum=False, create_constraint=True, length=20),
                  nullable=False),
        sa.Column('signed_on', sa.Date(), nullable=True),
        sa.Column('heated_area', sa.Numeric(10, 2), nullable=True),
        sa.Column('heating', sa.Boolean(), nullable=False),
        sa.Column('hot_water', sa.Boolean(), nullable=False),
        sa.Column('steam', sa.Boolean(), nullable=False),
        sa.Column('response_level', sa.Integer(), nullable=True),
        sa.Column('room_temp_min', sa.Numeric(4, 1), nullable=True),
        sa.Column('room_temp_max', sa.Numeric(4, 1), nullable=True),
        sa.Column('hot_water_min', sa.Numeric(4, 1), nullable=True),
        sa.Column('hot_water_max', sa.Numeric(4, 1), nullable=True),
        sa.Column('notes', sa.Text(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.CheckConstraint('response_level IS NULL OR response_level IN (1, 2, 3)',
                           name=op.f('ck_heating_contract_response_level_valid')),
        sa.CheckConstraint('heated_area IS NULL OR heated_area >= 0',
                           name=op.f('ck_heating_contract_area_non_negative')),
        sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], ondelete='CASCADE',
                                name=op.f('fk_heating_contract_customer_id_customer')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_heating_contract')),
        sa.UniqueConstraint('customer_id', 'season', name='customer_season'),
    )
    op.create_index('ix_heating_contract_season_status', 'heating_contract',
                    ['season', 'status'], unique=False)

    op.create_table(
        'heating_stop',
        sa.Column('id', big_id, nullable=False),
        sa.Column('customer_id', big_id, nullable=False),
        sa.Column('season', sa.Integer(), nullable=False),
        sa.Column('kind', sa.Enum('stop', 'resume', name='stop_kind', native_enum=False,
                                  create_constraint=True, length=20), nullable=False),
        sa.Column('status', sa.Enum('pending', 'done', 'cancelled', name='stop_status',
                                    native_enum=False, create_constraint=True, length=20),
                  nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('ticket_id', big_id, nullable=True),
        sa.Column('applied_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('applied_by_id', sa.Integer(), nullable=False),
        sa.Column('done_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], ondelete='CASCADE',
                                name=op.f('fk_heating_stop_customer_id_customer')),
        sa.ForeignKeyConstraint(['ticket_id'], ['ticket.id'],
                                name=op.f('fk_heating_stop_ticket_id_ticket')),
        sa.ForeignKeyConstraint(['applied_by_id'], ['staff.id'],
                                name=op.f('fk_heating_stop_applied_by_id_staff')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_heating_stop')),
    )
    op.create_index('ix_heating_stop_customer_season', 'heating_stop',
                    ['customer_id', 'season'], unique=False)
    op.create_index('ix_heating_stop_season_status', 'heating_stop', ['season', 'status'],
                    unique=False)
    op.create_index('ix_heating_stop_ticket_id', 'heating_stop', ['ticket_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_heating_stop_ticket_id', table_name='heating_stop')
    op.drop_index('ix_heating_stop_season_status', table_name='heating_stop')
    op.drop_index('ix_heating_stop_customer_season', table_name='heating_stop')
    op.drop_table('heating_stop')
    op.drop_index('ix_heating_contract_season_status', table_name='heating_contract')
    op.drop_table('heating_contract')
    op.drop_index('ix_customer_mark_mark', table_name='customer_mark')
    op.drop_table('customer_mark')
    op.drop_index('ix_customer_class', table_name='customer')
    with op.batch_alter_table('customer') as batch:
        # the class CHECK goes first: SQLite's table copy would keep it naming a dropped column
        batch.drop_constraint('customer_class', type_='check')
        batch.drop_column('version')
        batch.drop_column('own_shutoff')
        batch.drop_column('notes')
        batch.drop_column('customer_class')
