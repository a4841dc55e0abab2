"""A season's activity of chosen customers, and its orders counted, from indexes alone.

The special-customer report (rule 1.4.5) reads the season's contacts and orders of about
20,000 customers (the important ones, the marked and non-residential ones) by customer id,
and counts every order of the season. At 1,000,000 customers on PostgreSQL the contacts
were each a heap page of their own for the category (0.6 s), the orders each a heap page
for the receipt time (0.2 s), and the count a scan of every order (0.26 s): the report took
1.0-1.2 s. Now `ix_contact_customer_created` INCLUDEs the category and
`ix_ticket_customer_status` the receipt time (PostgreSQL; SQLite's two reads were already
quick), and `ix_ticket_received` answers the season's count on both: 0.5 s.

Revision ID: 0161
Revises: 0159
Create Date: 2026-11-30 14:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0161'
down_revision: str | None = '0159'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COVERED = (("ix_contact_customer_created", "contact", ["customer_id", "created_at"],
            ["category"]),
           ("ix_ticket_customer_status", "ticket", ["customer_id", "status"], ["received_at"]))


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.create_index('ix_ticket_received', 'ticket', ['received_at'], unique=False)
    for name, table, columns, include in COVERED:
        op.drop_index(name, table_name=table)
        op.create_index(name, table, columns, unique=False, postgresql_include=include)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, table, columns, _include in COVERED:
        op.drop_index(name, table_name=table)
        op.create_index(name, table, columns, unique=False)
    op.drop_index('ix_ticket_received', table_name='ticket')
