"""Field trips, visitors and messages for absent colleagues (issue 17).

- `trip`, `trip_stop`: a planned round of household stops in walking order, each with its
  phoned appointment and the feedback entered after the trip (rule 3.8).
- `visitor`: a walk-in visitor at the service hall beside the contact (channel visit) the
  intake workflow writes for the matter (rule 3.7.2).
- `memo`: a message left for an absent colleague or a unit (rule 4.2(5)), carried to the
  incoming colleague at a handover.

Revision ID: 0160
Revises: 0130
Create Date: 2026-11-30 01:45:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0160'
down_revision: str | None = '0130'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BIG = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')


def upgrade() -> None:
    op.create_table('trip',
    sa.Column('id', BIG, nullable=False),
    sa.Column('trip_date', sa.Date(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('estate', sa.String(length=100), nullable=False),
    sa.Column('technician_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.Enum('planned', 'reported', name='trip_status', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('reported_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['staff.id'], name=op.f('fk_trip_created_by_id_staff')),
    sa.ForeignKeyConstraint(['technician_id'], ['staff.id'], name=op.f('fk_trip_technician_id_staff')),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_trip_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_trip'))
    )
    op.create_index('ix_trip_trip_date', 'trip', ['trip_date'], unique=False)
    op.create_table('visitor',
    sa.Column('id', BIG, nullable=False),
    sa.Column('contact_id', BIG, nullable=False),
    sa.Column('customer_id', BIG, nullable=True),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('party', sa.Integer(), nullable=False),
    sa.Column('arrived_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('left_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('given', sa.Text(), nullable=False),
    sa.Column('follow_up', sa.Text(), nullable=False),
    sa.Column('received_by_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_visitor_contact_id_contact')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_visitor_customer_id_customer')),
    sa.ForeignKeyConstraint(['received_by_id'], ['staff.id'], name=op.f('fk_visitor_received_by_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visitor'))
    )
    op.create_index('ix_visitor_arrived_at', 'visitor', ['arrived_at'], unique=False)
    op.create_index('ix_visitor_contact_id', 'visitor', ['contact_id'], unique=False)
    op.create_table('memo',
    sa.Column('id', BIG, nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=False),
    sa.Column('recipient_id', sa.Integer(), nullable=True),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('caller', sa.String(length=50), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('about', sa.Text(), nullable=False),
    sa.Column('call_back', sa.String(length=100), nullable=False),
    sa.Column('customer_id', BIG, nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('read_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('read_by_id', sa.Integer(), nullable=True),
    sa.Column('done_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('done_by_id', sa.Integer(), nullable=True),
    sa.Column('reply', sa.Text(), nullable=False),
    sa.Column('replied_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('ticket_id', BIG, nullable=True),
    sa.Column('handover_id', BIG, nullable=True),
    sa.Column('handed_from_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('recipient_id IS NOT NULL OR unit_id IS NOT NULL', name=op.f('ck_memo_has_recipient')),
    sa.ForeignKeyConstraint(['author_id'], ['staff.id'], name=op.f('fk_memo_author_id_staff')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_memo_customer_id_customer')),
    sa.ForeignKeyConstraint(['done_by_id'], ['staff.id'], name=op.f('fk_memo_done_by_id_staff')),
    sa.ForeignKeyConstraint(['handed_from_id'], ['staff.id'], name=op.f('fk_memo_handed_from_id_staff')),
    sa.ForeignKeyConstraint(['handover_id'], ['handover.id'], name=op.f('fk_memo_handover_id_handover')),
    sa.ForeignKeyConstraint(['read_by_id'], ['staff.id'], name=op.f('fk_memo_read_by_id_staff')),
    sa.ForeignKeyConstraint(['recipient_id'], ['staff.id'], name=op.f('fk_memo_recipient_id_staff')),
    sa.ForeignKeyConstraint(['ticket_id'], ['ticket.id'], name=op.f('fk_memo_ticket_id_ticket')),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_memo_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_memo'))
    )
    op.create_index('ix_memo_created_at', 'memo', ['created_at'], unique=False)
    op.create_index('ix_memo_recipient_done', 'memo', ['recipient_id', 'done_at'], unique=False)
    op.create_index('ix_memo_unit_done', 'memo', ['unit_id', 'done_at'], unique=False)
    op.create_table('trip_stop',
    sa.Column('id', BIG, nullable=False),
    sa.Column('trip_id', BIG, nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('order', 'visit', 'sampling', name='trip_stop_kind', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('customer_id', BIG, nullable=False),
    sa.Column('ticket_id', BIG, nullable=True),
    sa.Column('notice_id', BIG, nullable=True),
    sa.Column('estate', sa.String(length=100), nullable=False),
    sa.Column('building', sa.String(length=20), nullable=False),
    sa.Column('entrance', sa.String(length=20), nullable=False),
    sa.Column('room', sa.String(length=20), nullable=False),
    sa.Column('floor', sa.Integer(), nullable=False),
    sa.Column('appointment', sa.Enum('not_called', 'agreed', 'not_reached', name='trip_appointment', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('reached_name', sa.String(length=50), nullable=False),
    sa.Column('agreed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('called_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('call_note', sa.String(length=200), nullable=False),
    sa.Column('outcome', sa.Enum('pending', 'resolved', 'needs_part', 'nobody_home', 'inspected', 'follow_up', name='trip_stop_outcome', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('found', sa.Text(), nullable=False),
    sa.Column('done', sa.Text(), nullable=False),
    sa.Column('indoor_temperature', sa.Numeric(precision=4, scale=1), nullable=True),
    sa.Column('measured_room', sa.String(length=40), nullable=False),
    sa.Column('sample_id', BIG, nullable=True),
    sa.Column('confirmed_by', sa.String(length=50), nullable=False),
    sa.Column('satisfied', sa.Boolean(), nullable=True),
    sa.Column('photos', sa.Text(), nullable=False),
    sa.Column('follow_up_ticket_id', BIG, nullable=True),
    sa.Column('feedback_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('feedback_by_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_trip_stop_customer_id_customer')),
    sa.ForeignKeyConstraint(['feedback_by_id'], ['staff.id'], name=op.f('fk_trip_stop_feedback_by_id_staff')),
    sa.ForeignKeyConstraint(['follow_up_ticket_id'], ['ticket.id'], name=op.f('fk_trip_stop_follow_up_ticket_id_ticket')),
    sa.ForeignKeyConstraint(['notice_id'], ['notice.id'], name=op.f('fk_trip_stop_notice_id_notice')),
    sa.ForeignKeyConstraint(['sample_id'], ['temperature_sample.id'], name=op.f('fk_trip_stop_sample_id_temperature_sample')),
    sa.ForeignKeyConstraint(['ticket_id'], ['ticket.id'], name=op.f('fk_trip_stop_ticket_id_ticket')),
    sa.ForeignKeyConstraint(['trip_id'], ['trip.id'], name=op.f('fk_trip_stop_trip_id_trip'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_trip_stop'))
    )
    op.create_index('ix_trip_stop_ticket_id', 'trip_stop', ['ticket_id'], unique=False)
    op.create_index('ix_trip_stop_trip', 'trip_stop', ['trip_id', 'position'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_trip_stop_trip', table_name='trip_stop')
    op.drop_index('ix_trip_stop_ticket_id', table_name='trip_stop')
    op.drop_table('trip_stop')
    op.drop_index('ix_memo_unit_done', table_name='memo')
    op.drop_index('ix_memo_recipient_done', table_name='memo')
    op.drop_index('ix_memo_created_at', table_name='memo')
    op.drop_table('memo')
    op.drop_index('ix_visitor_contact_id', table_name='visitor')
    op.drop_index('ix_visitor_arrived_at', table_name='visitor')
    op.drop_table('visitor')
    op.drop_index('ix_trip_trip_date', table_name='trip')
    op.drop_table('trip')
