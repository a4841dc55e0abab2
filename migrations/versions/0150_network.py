"""The heating network (issue 16): sources, substations, buildings, pipe sections, the
substations' equipment with its status history (rule 5.2.1), outages and the proposals
the desk makes from the calls.

- `network_active_outage` (estate, building, outage) is the screen pop's one indexed lookup:
  declaring an outage inserts a row per covered building, restoring deletes them.
- `network_outage_building` keeps the covered buildings as declared, and
  `network_outage_household` each household's hours without heat, for the reports.

Revision ID: 0150
Revises: 0160
Create Date: 2026-11-30 01:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0150'
down_revision: str | None = '0160'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ('network_proposal', 'network_outage_household', 'network_active_outage',
          'network_outage_building', 'network_outage_node', 'network_outage',
          'network_equipment_change', 'network_pipe', 'network_equipment',
          'network_building', 'network_substation', 'network_source')


def upgrade() -> None:
    op.create_table(
        'network_source',
        sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False, autoincrement=True),
        sa.Column('name', sa.String(length=100), nullable=False),
        sa.Column('address', sa.String(length=200), nullable=False),
        sa.Column('households', sa.Integer(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id', name='pk_network_source'),
        sa.UniqueConstraint('name', name='uq_network_source_name'),
    )
    op.create_table(
        'network_substation',
        sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False, autoincrement=True),
        sa.Column('source_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), sa.ForeignKey('network_source.id', name='fk_network_substation_source_id_network_source'), nullable=False),
        sa.Column('name', sa.String(length=100), nullable=False),
        sa.Column('address', sa.String(length=200), nullable=False),
        sa.Column('households', sa.Integer(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id', name='pk_network_substation'),
        sa.UniqueConstraint('name', name='uq_network_substation_name'),
    )
    op.create_index('ix_network_substation_source', 'network_substation', ['source_id', 'name'], unique=False)
    op.create_table(
        'network_building',
        sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False, autoincrement=True),
        sa.Column('substation_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), sa.ForeignKey('network_substation.id', name='fk_network_building_substation_id_network_substation'), nullable=False),
        sa.Column('estate', sa.String(length=100), nullable=False),
        sa.Column('building', sa.String(length=20), nullable=False),
        sa.Column('households', sa.Integer(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id', name='pk_network_building'),
        sa.UniqueConstraint('estate', 'building', name='uq_network_building_place'),
    )
    op.create_index('ix_network_building_substation', 'network_building', ['substation_id', 'estate', 'building'], unique=False)
    op.create_table(
        'network_equipment',
        sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False, autoincrement=True),
        sa.Column('substation_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), sa.ForeignKey('network_substation.id', name='fk_network_equipment_substation_id_network_substation'), nullable=False),
        sa.Column('kind', sa.Enum('pump', 'heat_exchanger', 'valve', 'meter', 'controller', name='equipment_kind', native_enum=False, create_constraint=True, length=20), nullable=False),
        sa.Column('name', sa.String(length=100), nullable=False),
        sa.Column('model', sa.String(length=100), nullable=False),
        sa.Column('status', sa.Enum('intact', 'faulty', 'under_repair', 'retired', name='equipment_status', native_enum=False, create_constraint=True, length=20), nullable=False),
        sa.Column('status_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id', name='pk_network_equipment'),
    )
    op.create_index('ix_network_equipment_substation', 'network_equipment', ['substation_id', 'status'], unique=False)
    op.create_table(
        'network_pipe',
        sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False, autoincrement=True),
        sa.Column('source_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), sa.ForeignKey('network_source.id', name='fk_network_pipe_source_id_network_source'), nullable=False),
        sa.Column('substation_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), sa.ForeignKey('network_substation.id', name='fk_network_pipe_substation_id_network_substation'), nullable=True),
        sa.Column('name', sa.String(length=100), nullable=False),
        sa.Column('diameter_mm', sa.Integer(), nullable=True),
        sa.Column('length_m', sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint('id', name='pk_network_pipe'),
    )
    op.create_index('ix_network_pipe_source', 'network_pipe', ['source_id'], unique=False)
    op.create_table(
        'network_equipment_change',
        sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False, autoincrement=True),
        sa.Column('equipment_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), sa.ForeignKey('network_equipment.id', name='fk_network_equipment_change_equipment_id_network_equipment', ondelete='CASCADE'), nullable=False),
        sa.Column('old_status', sa.Enum('intact', 'faulty', 'under_repair', 'retired', name='equipment_old_status', native_enum=False, create_constraint=True, length=20), nullable=True),
        sa.Column('status', sa.Enum('intact', 'faulty', 'under_repair', 'retired', name='equipment_new_status', native_enum=False, create_constraint=True, length=20), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('changed_by_id', sa.Integer(), sa.ForeignKey('staff.id', name='fk_network_equipment_change_changed_by_id_staff'), nullable=True),
        sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name='pk_network_equipment_change'),
    )
    op.create_index('ix_network_equipment_change_at', 'network_equipment_change', ['changed_at'], unique=False)
    op.create_index('ix_network_equipment_change_equipment', 'network_equipment_change', ['equipment_id', 'changed_at'], unique=False)
    op.create_table(
        'network_outage',
        sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False, autoincrement=True),
        sa.Column('kind', sa.Enum('planned', 'unplanned', name='outage_kind', native_enum=False, create_constraint=True, length=20), nullable=False),
        sa.Column('origin', sa.Enum('planned', 'dispatch', 'leader', name='outage_origin', native_enum=False, create_constraint=True, length=20), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('title', sa.String(length=200), nullable=False),
        sa.Column('substation_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), sa.ForeignKey('network_substation.id', name='fk_network_outage_substation_id_network_substation'), nullable=True),
        sa.Column('starts_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('expected_end_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('restored_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('incident_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), sa.ForeignKey('incident.id', name='fk_network_outage_incident_id_incident'), nullable=True),
        sa.Column('buildings', sa.Integer(), nullable=False),
        sa.Column('households', sa.Integer(), nullable=False),
        sa.Column('notified_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('created_by_id', sa.Integer(), sa.ForeignKey('staff.id', name='fk_network_outage_created_by_id_staff'), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('restored_by_id', sa.Integer(), sa.ForeignKey('staff.id', name='fk_network_outage_restored_by_id_staff'), nullable=True),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id', name='pk_network_outage'),
    )
    op.create_index('ix_network_outage_started', 'network_outage', ['starts_at'], unique=False)
    op.create_table(
        'network_active_outage',
        sa.Column('estate', sa.String(length=100), nullable=False),
        sa.Column('building', sa.String(length=20), nullable=False),
        sa.Column('outage_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), sa.ForeignKey('network_outage.id', name='fk_network_active_outage_outage_id_network_outage', ondelete='CASCADE'), nullable=False),
        sa.PrimaryKeyConstraint('estate', 'building', 'outage_id', name='pk_network_active_outage'),
    )
    op.create_index('ix_network_active_outage_outage', 'network_active_outage', ['outage_id'], unique=False)
    op.create_table(
        'network_outage_building',
        sa.Column('outage_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), sa.ForeignKey('network_outage.id', name='fk_network_outage_building_outage_id_network_outage', ondelete='CASCADE'), nullable=False),
        sa.Column('building_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), sa.ForeignKey('network_building.id', name='fk_network_outage_building_building_id_network_building'), nullable=False),
        sa.Column('substation_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
        sa.Column('estate', sa.String(length=100), nullable=False),
        sa.Column('building', sa.String(length=20), nullable=False),
        sa.Column('households', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('outage_id', 'building_id', name='pk_network_outage_building'),
    )
    op.create_index('ix_network_outage_building_place', 'network_outage_building', ['estate', 'building'], unique=False)
    op.create_table(
        'network_outage_household',
        sa.Column('outage_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), sa.ForeignKey('network_outage.id', name='fk_network_outage_household_outage_id_network_outage', ondelete='CASCADE'), nullable=False),
        sa.Column('customer_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), sa.ForeignKey('customer.id', name='fk_network_outage_household_customer_id_customer'), nullable=False),
        sa.Column('hours', sa.Numeric(precision=8, scale=2), nullable=False),
        sa.PrimaryKeyConstraint('outage_id', 'customer_id', name='pk_network_outage_household'),
    )
    op.create_index('ix_network_outage_household_customer', 'network_outage_household', ['customer_id'], unique=False)
    op.create_table(
        'network_outage_node',
        sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False, autoincrement=True),
        sa.Column('outage_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), sa.ForeignKey('network_outage.id', name='fk_network_outage_node_outage_id_network_outage', ondelete='CASCADE'), nullable=False),
        sa.Column('node_kind', sa.Enum('source', 'substation', 'building', name='network_node_kind', native_enum=False, create_constraint=True, length=20), nullable=False),
        sa.Column('node_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
        sa.PrimaryKeyConstraint('id', name='pk_network_outage_node'),
    )
    op.create_index('ix_network_outage_node_outage', 'network_outage_node', ['outage_id'], unique=False)
    op.create_table(
        'network_proposal',
        sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False, autoincrement=True),
        sa.Column('substation_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), sa.ForeignKey('network_substation.id', name='fk_network_proposal_substation_id_network_substation'), nullable=False),
        sa.Column('calls', sa.Integer(), nullable=False),
        sa.Column('first_call_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('proposed_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('status', sa.Enum('open', 'declared', 'dismissed', name='network_proposal_status', native_enum=False, create_constraint=True, length=20), nullable=False),
        sa.Column('outage_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), sa.ForeignKey('network_outage.id', name='fk_network_proposal_outage_id_network_outage'), nullable=True),
        sa.Column('decided_by_id', sa.Integer(), sa.ForeignKey('staff.id', name='fk_network_proposal_decided_by_id_staff'), nullable=True),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id', name='pk_network_proposal'),
    )
    op.create_index('ix_network_proposal_substation', 'network_proposal', ['substation_id', 'proposed_at'], unique=False)
    op.create_index('ix_network_proposal_status', 'network_proposal', ['status', 'proposed_at'], unique=False)


def downgrade() -> None:
    for table in TABLES:
        op.drop_table(table)
