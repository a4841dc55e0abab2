"""Foundation: staff, units, customers, phones, contacts, tickets, events, settings.

The event table is append-only: triggers on both backends refuse UPDATE and DELETE, so
the audit trail cannot be edited even by a buggy or hostile client.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-26 23:19:47.676130
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('customer',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('account_number', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('district', sa.String(length=50), nullable=False),
    sa.Column('estate', sa.String(length=100), nullable=False),
    sa.Column('building', sa.String(length=20), nullable=False),
    sa.Column('entrance', sa.String(length=20), nullable=False),
    sa.Column('room', sa.String(length=20), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('heated_area', sa.Numeric(precision=10, scale=2), nullable=False),
    sa.Column('heating', sa.Boolean(), nullable=False),
    sa.Column('hot_water', sa.Boolean(), nullable=False),
    sa.Column('steam', sa.Boolean(), nullable=False),
    sa.Column('important', sa.Boolean(), nullable=False),
    sa.Column('contract_notes', sa.Text(), nullable=False),
    sa.Column('contract_level', sa.Integer(), nullable=True),
    sa.Column('room_temp_min', sa.Numeric(precision=4, scale=1), nullable=True),
    sa.Column('room_temp_max', sa.Numeric(precision=4, scale=1), nullable=True),
    sa.Column('hot_water_min', sa.Numeric(precision=4, scale=1), nullable=True),
    sa.Column('hot_water_max', sa.Numeric(precision=4, scale=1), nullable=True),
    sa.CheckConstraint('contract_level IS NULL OR contract_level IN (1, 2, 3)', name=op.f('ck_customer_contract_level_valid')),
    sa.CheckConstraint('heated_area >= 0', name=op.f('ck_customer_heated_area_non_negative')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customer')),
    sa.UniqueConstraint('account_number', name=op.f('uq_customer_account_number'))
    )
    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.create_index('ix_customer_estate_building', ['estate', 'building', 'entrance'], unique=False)
        batch_op.create_index('ix_customer_name', ['name'], unique=False)

    op.create_table('setting',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('unit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('phone', sa.String(length=30), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_unit')),
    sa.UniqueConstraint('code', name=op.f('uq_unit_code'))
    )
    op.create_table('customer_phone',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('customer_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('label', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_customer_phone_customer_id_customer'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customer_phone'))
    )
    with op.batch_alter_table('customer_phone', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_customer_phone_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index('ix_customer_phone_number', ['number'], unique=False)

    op.create_table('staff',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('job_number', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('role', sa.Enum('agent', 'shift_leader', 'technician', 'supervisor', 'admin', name='role', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_staff_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff')),
    sa.UniqueConstraint('job_number', name=op.f('uq_staff_job_number'))
    )
    op.create_table('contact',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('customer_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('channel', sa.Enum('phone', 'visit', 'letter', 'field_visit', 'hotline_12345', name='channel', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('category', sa.Enum('enquiry', 'complaint', 'repair', 'heating_quality', 'contract', 'suggestion', 'praise', name='category', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('responsibility', sa.Enum('undetermined', 'company', 'customer', 'third_party', name='responsibility', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('outcome', sa.Enum('answered', 'work_order', name='outcome', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('answer', sa.Text(), nullable=False),
    sa.Column('agent_id', sa.Integer(), nullable=False),
    sa.Column('rang_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('answered_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('ended_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['agent_id'], ['staff.id'], name=op.f('fk_contact_agent_id_staff')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_contact_customer_id_customer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact'))
    )
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.create_index('ix_contact_customer_created', ['customer_id', 'created_at'], unique=False)
        batch_op.create_index('ix_contact_phone_created', ['phone', 'created_at'], unique=False)

    op.create_table('event',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('occurred_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('changes', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['staff.id'], name=op.f('fk_event_actor_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event'))
    )
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.create_index('ix_event_entity', ['entity', 'entity_id', 'id'], unique=False)

    op.create_table('ticket',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('customer_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('contact_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('category', sa.Enum('enquiry', 'complaint', 'repair', 'heating_quality', 'contract', 'suggestion', 'praise', name='category', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('level', sa.Integer(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('new', 'dispatched', 'in_progress', 'resolved', 'callback_done', 'closed', name='ticket_status', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('assignee_id', sa.Integer(), nullable=True),
    sa.Column('created_by_id', sa.Integer(), nullable=False),
    sa.Column('responsibility', sa.Enum('undetermined', 'company', 'customer', 'third_party', name='responsibility', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('resolution', sa.Text(), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('due_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('due_at >= received_at', name=op.f('ck_ticket_due_after_received')),
    sa.CheckConstraint('level IN (1, 2, 3)', name=op.f('ck_ticket_level_valid')),
    sa.ForeignKeyConstraint(['assignee_id'], ['staff.id'], name=op.f('fk_ticket_assignee_id_staff')),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_ticket_contact_id_contact')),
    sa.ForeignKeyConstraint(['created_by_id'], ['staff.id'], name=op.f('fk_ticket_created_by_id_staff')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_ticket_customer_id_customer')),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_ticket_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ticket'))
    )
    with op.batch_alter_table('ticket', schema=None) as batch_op:
        batch_op.create_index('ix_ticket_customer_status', ['customer_id', 'status'], unique=False)
        batch_op.create_index('ix_ticket_status_due', ['status', 'due_at'], unique=False)
        batch_op.create_index('ix_ticket_unit_status', ['unit_id', 'status'], unique=False)

    _create_append_only_triggers()



def _create_append_only_triggers() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER event_no_{verb.lower()} BEFORE {verb} ON event "
                "BEGIN SELECT RAISE(ABORT, 'event log is append-only'); END"
            )
        return
    op.execute(
        "CREATE FUNCTION event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN RAISE EXCEPTION 'event log is append-only'; END $$"
    )
    op.execute(
        "CREATE TRIGGER event_append_only BEFORE UPDATE OR DELETE ON event "
        "FOR EACH ROW EXECUTE FUNCTION event_append_only()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS event_no_update")
        op.execute("DROP TRIGGER IF EXISTS event_no_delete")
    else:
        op.execute("DROP TRIGGER IF EXISTS event_append_only ON event")
        op.execute("DROP FUNCTION IF EXISTS event_append_only()")
    with op.batch_alter_table('ticket', schema=None) as batch_op:
        batch_op.drop_index('ix_ticket_unit_status')
        batch_op.drop_index('ix_ticket_status_due')
        batch_op.drop_index('ix_ticket_customer_status')

    op.drop_table('ticket')
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_index('ix_event_entity')

    op.drop_table('event')
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_index('ix_contact_phone_created')
        batch_op.drop_index('ix_contact_customer_created')

    op.drop_table('contact')
    op.drop_table('staff')
    with op.batch_alter_table('customer_phone', schema=None) as batch_op:
        batch_op.drop_index('ix_customer_phone_number')
        batch_op.drop_index(batch_op.f('ix_customer_phone_customer_id'))

    op.drop_table('customer_phone')
    op.drop_table('unit')
    op.drop_table('setting')
    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.drop_index('ix_customer_name')
        batch_op.drop_index('ix_customer_estate_building')

    op.drop_table('customer')
