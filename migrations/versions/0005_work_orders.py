"""Work orders: lifecycle columns, deadline pauses, callbacks, incidents, change notices.

Ticket gains nullable or defaulted columns only (plain ADD COLUMN, no table rebuild, so
existing desks keep their data and the other branches' indexes). On PostgreSQL a
statement-level trigger on the append-only event table sends one NOTIFY per inserting
statement naming the changed entities; it is delivered at commit, which is what the
change feed (app/db/change_feed.py) listens for. SQLite desks poll max(event.id) instead.

Revision ID: 0005
Revises: 0001
Create Date: 2026-11-27 00:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')
CHANNEL = 'heatdesk_changes'


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=20)


def upgrade() -> None:
    op.create_table('incident',
    sa.Column('id', BIG_ID, nullable=False),
    sa.Column('kind', _enum('incident_kind', 'burst_pipe', 'substation_fault',
                            'supply_interruption', 'other'), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('status', _enum('incident_status', 'open', 'resolved'), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expected_end_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('resolution', sa.Text(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by_id'], ['staff.id'],
                            name=op.f('fk_incident_created_by_id_staff')),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_incident_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_incident'))
    )
    op.create_index('ix_incident_status', 'incident', ['status', 'started_at'])

    op.create_table('incident_area',
    sa.Column('id', BIG_ID, nullable=False),
    sa.Column('incident_id', BIG_ID, nullable=False),
    sa.Column('estate', sa.String(length=100), nullable=False),
    sa.Column('building', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['incident_id'], ['incident.id'],
                            name=op.f('fk_incident_area_incident_id_incident'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_incident_area'))
    )
    op.create_index('ix_incident_area_place', 'incident_area', ['estate', 'building'])

    _add_ticket_columns()

    op.create_table('ticket_pause',
    sa.Column('id', BIG_ID, nullable=False),
    sa.Column('ticket_id', BIG_ID, nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('paused_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('paused_by_id', sa.Integer(), nullable=True),
    sa.Column('resumed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('resumed_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['paused_by_id'], ['staff.id'],
                            name=op.f('fk_ticket_pause_paused_by_id_staff')),
    sa.ForeignKeyConstraint(['resumed_by_id'], ['staff.id'],
                            name=op.f('fk_ticket_pause_resumed_by_id_staff')),
    sa.ForeignKeyConstraint(['ticket_id'], ['ticket.id'],
                            name=op.f('fk_ticket_pause_ticket_id_ticket'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ticket_pause'))
    )
    op.create_index('ix_ticket_pause_ticket', 'ticket_pause', ['ticket_id', 'paused_at'])

    op.create_table('ticket_callback',
    sa.Column('id', BIG_ID, nullable=False),
    sa.Column('ticket_id', BIG_ID, nullable=False),
    sa.Column('called_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('caller_id', sa.Integer(), nullable=True),
    sa.Column('reached', sa.Boolean(), nullable=False),
    sa.Column('satisfaction', _enum('satisfaction', 'satisfied', 'basically_satisfied',
                                    'dissatisfied', 'very_dissatisfied'), nullable=True),
    sa.Column('words', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['caller_id'], ['staff.id'],
                            name=op.f('fk_ticket_callback_caller_id_staff')),
    sa.ForeignKeyConstraint(['ticket_id'], ['ticket.id'],
                            name=op.f('fk_ticket_callback_ticket_id_ticket'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ticket_callback'))
    )
    op.create_index('ix_ticket_callback_ticket', 'ticket_callback', ['ticket_id', 'called_at'])

    if op.get_bind().dialect.name == 'postgresql':
        _create_notify_trigger()


def _add_ticket_columns() -> None:
    stamp = sa.DateTime(timezone=True)
    for name in ('resolved_at', 'paused_at', 'escalated_at', 'overdue_alerted_at',
                 'callback_due_at'):
        op.add_column('ticket', sa.Column(name, stamp, nullable=True))
    op.add_column('ticket', sa.Column('escalation_reason', sa.Text(), nullable=False,
                                      server_default=''))
    op.add_column('ticket', sa.Column('third_party', sa.String(length=200), nullable=False,
                                      server_default=''))
    op.add_column('ticket', sa.Column('is_case', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
    op.add_column('ticket', sa.Column('urge_count', sa.Integer(), nullable=False,
                                      server_default='0'))
    if op.get_bind().dialect.name == 'sqlite':
        # SQLite can add a column with an inline REFERENCES without rebuilding the table
        op.execute("ALTER TABLE ticket ADD COLUMN incident_id INTEGER "
                   "CONSTRAINT fk_ticket_incident_id_incident REFERENCES incident (id)")
    else:
        op.add_column('ticket', sa.Column('incident_id', BIG_ID, nullable=True))
        op.create_foreign_key(op.f('fk_ticket_incident_id_incident'), 'ticket', 'incident',
                              ['incident_id'], ['id'])
    op.create_index('ix_ticket_incident_id', 'ticket', ['incident_id'])
    op.create_index('ix_ticket_overdue_alerted_at', 'ticket', ['overdue_alerted_at'])


def _create_notify_trigger() -> None:
    op.execute(f"""
        CREATE FUNCTION heatdesk_notify_changes() RETURNS trigger AS $$
        BEGIN
            PERFORM pg_notify('{CHANNEL}',
                (SELECT string_agg(DISTINCT entity, ',') FROM new_rows));
            RETURN NULL;
        END $$ LANGUAGE plpgsql
    """)
    op.execute("""
        CREATE TRIGGER event_notify_changes AFTER INSERT ON event
        REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION heatdesk_notify_changes()
    """)


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        op.execute("DROP TRIGGER IF EXISTS event_notify_changes ON event")
        op.execute("DROP FUNCTION IF EXISTS heatdesk_notify_changes()")
    op.drop_index('ix_ticket_callback_ticket', table_name='ticket_callback')
    op.drop_table('ticket_callback')
    op.drop_index('ix_ticket_pause_ticket', table_name='ticket_pause')
    op.drop_table('ticket_pause')
    op.drop_index('ix_ticket_overdue_alerted_at', table_name='ticket')
    op.drop_index('ix_ticket_incident_id', table_name='ticket')
    if op.get_bind().dialect.name != 'sqlite':  # SQLite's rebuild drops the inline FK
        op.drop_constraint('fk_ticket_incident_id_incident', 'ticket', type_='foreignkey')
    with op.batch_alter_table('ticket', schema=None) as batch_op:
        for name in ('incident_id', 'urge_count', 'is_case', 'third_party',
                     'escalation_reason', 'callback_due_at', 'overdue_alerted_at',
                     'escalated_at', 'paused_at', 'resolved_at'):
            batch_op.drop_column(name)
    op.drop_index('ix_incident_area_place', table_name='incident_area')
    op.drop_table('incident_area')
    op.drop_index('ix_incident_status', table_name='incident')
    op.drop_table('incident')
