"""Shifts: pattern slots, roster, leave, swaps, and the handover log with its sign-off.

Rules 3.4.1 to 3.4.3. Branches off the foundation; the app upgrades to every head.

Revision ID: 0003
Revises: 0001
Create Date: 2026-11-26 23:27:39.714959
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('shift_slot',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=30), nullable=False),
    sa.Column('start_minute', sa.Integer(), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.CheckConstraint('duration_minutes >= 60 AND duration_minutes <= 1440', name=op.f('ck_shift_slot_duration_valid')),
    sa.CheckConstraint('start_minute >= 0 AND start_minute < 1440', name=op.f('ck_shift_slot_start_valid')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shift_slot'))
    )
    op.create_table('leave_request',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('first_day', sa.Date(), nullable=False),
    sa.Column('last_day', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('pending', 'approved', 'rejected', 'withdrawn', name='leave_status', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('requested_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('decided_by_id', sa.Integer(), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('decision_note', sa.Text(), nullable=False),
    sa.CheckConstraint('last_day >= first_day', name=op.f('ck_leave_request_days_ordered')),
    sa.ForeignKeyConstraint(['decided_by_id'], ['staff.id'], name=op.f('fk_leave_request_decided_by_id_staff')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_leave_request_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_leave_request'))
    )
    with op.batch_alter_table('leave_request', schema=None) as batch_op:
        batch_op.create_index('ix_leave_request_staff_days', ['staff_id', 'first_day'], unique=False)

    op.create_table('roster_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slot_id', sa.Integer(), nullable=False),
    sa.Column('duty_date', sa.Date(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('starts_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ends_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('ends_at > starts_at', name=op.f('ck_roster_entry_ends_after_start')),
    sa.ForeignKeyConstraint(['created_by_id'], ['staff.id'], name=op.f('fk_roster_entry_created_by_id_staff')),
    sa.ForeignKeyConstraint(['slot_id'], ['shift_slot.id'], name=op.f('fk_roster_entry_slot_id_shift_slot')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_roster_entry_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_roster_entry')),
    sa.UniqueConstraint('slot_id', 'duty_date', 'staff_id', name='uq_roster_entry_duty')
    )
    with op.batch_alter_table('roster_entry', schema=None) as batch_op:
        batch_op.create_index('ix_roster_entry_staff_start', ['staff_id', 'starts_at'], unique=False)
        batch_op.create_index('ix_roster_entry_start', ['starts_at'], unique=False)

    op.create_table('handover',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('outgoing_id', sa.Integer(), nullable=False),
    sa.Column('incoming_id', sa.Integer(), nullable=True),
    sa.Column('roster_entry_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.Enum('draft', 'handed_over', 'signed', 'overridden', name='handover_status', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('handed_over_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('completed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('signed_by_id', sa.Integer(), nullable=True),
    sa.Column('override_by_id', sa.Integer(), nullable=True),
    sa.Column('override_reason', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['incoming_id'], ['staff.id'], name=op.f('fk_handover_incoming_id_staff')),
    sa.ForeignKeyConstraint(['outgoing_id'], ['staff.id'], name=op.f('fk_handover_outgoing_id_staff')),
    sa.ForeignKeyConstraint(['override_by_id'], ['staff.id'], name=op.f('fk_handover_override_by_id_staff')),
    sa.ForeignKeyConstraint(['roster_entry_id'], ['roster_entry.id'], name=op.f('fk_handover_roster_entry_id_roster_entry')),
    sa.ForeignKeyConstraint(['signed_by_id'], ['staff.id'], name=op.f('fk_handover_signed_by_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_handover'))
    )
    with op.batch_alter_table('handover', schema=None) as batch_op:
        batch_op.create_index('ix_handover_created', ['created_at'], unique=False)
        batch_op.create_index('ix_handover_outgoing_status', ['outgoing_id', 'status'], unique=False)

    op.create_table('shift_swap',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('first_entry_id', sa.Integer(), nullable=False),
    sa.Column('second_entry_id', sa.Integer(), nullable=True),
    sa.Column('first_staff_id', sa.Integer(), nullable=False),
    sa.Column('second_staff_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['first_entry_id'], ['roster_entry.id'], name=op.f('fk_shift_swap_first_entry_id_roster_entry')),
    sa.ForeignKeyConstraint(['first_staff_id'], ['staff.id'], name=op.f('fk_shift_swap_first_staff_id_staff')),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['staff.id'], name=op.f('fk_shift_swap_recorded_by_id_staff')),
    sa.ForeignKeyConstraint(['second_entry_id'], ['roster_entry.id'], name=op.f('fk_shift_swap_second_entry_id_roster_entry')),
    sa.ForeignKeyConstraint(['second_staff_id'], ['staff.id'], name=op.f('fk_shift_swap_second_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shift_swap'))
    )
    op.create_table('handover_carryover',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('handover_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('ticket_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('reason', sa.Enum('overdue', 'callback', 'open', name='carry_reason', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('due_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('acknowledged_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['handover_id'], ['handover.id'], name=op.f('fk_handover_carryover_handover_id_handover'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['ticket_id'], ['ticket.id'], name=op.f('fk_handover_carryover_ticket_id_ticket')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_handover_carryover'))
    )
    with op.batch_alter_table('handover_carryover', schema=None) as batch_op:
        batch_op.create_index('ix_handover_carryover_handover', ['handover_id'], unique=False)

    op.create_table('handover_item',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('handover_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('kind', sa.Enum('equipment', 'difficult_case', 'staffing', 'correction', name='handover_item_kind', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('subject', sa.String(length=100), nullable=False),
    sa.Column('state', sa.Enum('ok', 'faulty', 'out_of_service', name='equipment_state', native_enum=False, create_constraint=True, length=20), nullable=True),
    sa.Column('ticket_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['staff.id'], name=op.f('fk_handover_item_created_by_id_staff')),
    sa.ForeignKeyConstraint(['handover_id'], ['handover.id'], name=op.f('fk_handover_item_handover_id_handover'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['ticket_id'], ['ticket.id'], name=op.f('fk_handover_item_ticket_id_ticket')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_handover_item'))
    )
    with op.batch_alter_table('handover_item', schema=None) as batch_op:
        batch_op.create_index('ix_handover_item_handover', ['handover_id', 'position'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('handover_item', schema=None) as batch_op:
        batch_op.drop_index('ix_handover_item_handover')

    op.drop_table('handover_item')
    with op.batch_alter_table('handover_carryover', schema=None) as batch_op:
        batch_op.drop_index('ix_handover_carryover_handover')

    op.drop_table('handover_carryover')
    op.drop_table('shift_swap')
    with op.batch_alter_table('handover', schema=None) as batch_op:
        batch_op.drop_index('ix_handover_outgoing_status')
        batch_op.drop_index('ix_handover_created')

    op.drop_table('handover')
    with op.batch_alter_table('roster_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_roster_entry_start')
        batch_op.drop_index('ix_roster_entry_staff_start')

    op.drop_table('roster_entry')
    with op.batch_alter_table('leave_request', schema=None) as batch_op:
        batch_op.drop_index('ix_leave_request_staff_days')

    op.drop_table('leave_request')
    op.drop_table('shift_slot')
