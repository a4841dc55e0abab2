"""Screen-pop index: find the work order a contact opened.

The contact history of the screen pop (ContactRepository._summaries) LEFT JOINs ticket on
ticket.contact_id. Without an index SQLite plans "SCAN ticket LEFT-JOIN", reading the whole
ticket table for each listed contact, and PostgreSQL hashes the whole table; with a million
customers the pop took hundreds of milliseconds (docs/benchmarks.md).

Revision ID: 0090
Revises: 0001
Create Date: 2026-11-26 23:45:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0090'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('ticket', schema=None) as batch_op:
        batch_op.create_index('ix_ticket_contact_id', ['contact_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('ticket', schema=None) as batch_op:
        batch_op.drop_index('ix_ticket_contact_id')
