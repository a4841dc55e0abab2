"""PostgreSQL's bigram indexes keep their keys in byte order (COLLATE "C").

A GIN index over `text[]` sorts and compares its keys by the expression's collation, which
is the database's: every comparison of two bigrams went through the C library's strcoll,
and for a database in any locale but "C" (C.UTF-8 included: PostgreSQL 15 knows only "C"
and "POSIX" as byte order) that is most of the build. At 1,000,000 customers the three
indexes took 26 + 10 + 7 s of one core in the demo load's index step; in byte order
19 + 7.5 + 5.4 s. Each order or customer written pays the same comparisons in the index's
upkeep. A bigram index only asks whether a key is present, so the order of its keys means
nothing and the search finds the same rows. The search names the collation too
(app/repositories/text_search.py): the planner uses an index only for the collation it was
built with.

Revision ID: 0163
Revises: 0162
Create Date: 2026-12-01 03:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0163'
down_revision: str | None = '0162'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PENDING_KB = 64  # as revision 0101
PG_INDEXES = {  # as revision 0101
    'ix_ticket_description_bigrams': ('ticket', 'heatdesk_bigrams(description)'),
    'ix_customer_text_bigrams': (
        'customer', "heatdesk_bigrams(account_number || ' ' || name || ' ' || address)"),
    'ix_customer_phone_number_bigrams': ('customer_phone', 'heatdesk_bigrams(number)'),
}


def _rebuild(collate: str) -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    for name, (table, expression) in PG_INDEXES.items():
        op.execute(f"DROP INDEX IF EXISTS {name}")
        op.execute(f"CREATE INDEX {name} ON {table} USING gin (({expression}{collate})) "
                   f"WITH (gin_pending_list_limit = {PENDING_KB})")


def upgrade() -> None:
    _rebuild(' COLLATE "C"')


def downgrade() -> None:
    _rebuild('')
