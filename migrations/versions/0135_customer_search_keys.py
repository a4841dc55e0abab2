"""Search as agents type it, and the remembered column mapping of imports.

- `customer_search_key`: per customer its name, account number and the name's pinyin
  (initials and full, each reading of a polyphone), binary collation, indexed by key so a
  typed prefix is one index range (app/repositories/customers/finder.py).
- `estate_search_key`: the same of each estate name (幸福苑, xfy, xingfuyuan).
- `ix_customer_room`: an address fragment 3-2-501 (building-unit-room) in any estate.
- `ix_customer_phone_tail`: the last four digits of a phone (an expression index, so no
  column to keep up to date; models leave it out, `text_search_index.include_object`).
- `import_mapping`: the column mapping each kind of import remembers.

Existing customers get their keys here (a 1,000,000-customer archive takes a minute or two).

Revision ID: 0135
Revises: 0150
Create Date: 2026-11-30 01:45:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.repositories.customers.pinyin import customer_keys, estate_keys

revision: str = '0135'
down_revision: str | None = '0150'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# the same text as app/repositories/customers/finder.py:PHONE_TAIL_SQL
PHONE_TAIL_SQL = {"sqlite": "substr(number, -4)", "postgresql": "right(number, 4)"}
CHUNK = 20_000


def _key_type() -> sa.types.TypeEngine:
    return sa.String(64).with_variant(sa.String(64, collation="C"), "postgresql")


def upgrade() -> None:
    big_id = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')
    op.create_table(
        'customer_search_key',
        sa.Column('customer_id', big_id, nullable=False),
        sa.Column('key', _key_type(), nullable=False),
        sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], ondelete='CASCADE',
                                name=op.f('fk_customer_search_key_customer_id_customer')),
        sa.PrimaryKeyConstraint('customer_id', 'key', name=op.f('pk_customer_search_key')),
    )
    op.create_table(
        'estate_search_key',
        sa.Column('key', _key_type(), nullable=False),
        sa.Column('estate', sa.String(100), nullable=False),
        sa.PrimaryKeyConstraint('key', 'estate', name=op.f('pk_estate_search_key')),
    )
    op.create_table(
        'import_mapping',
        sa.Column('kind', sa.String(40), nullable=False),
        sa.Column('mapping', sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint('kind', name=op.f('pk_import_mapping')),
    )
    _backfill()
    op.create_index('ix_customer_search_key_key', 'customer_search_key',
                    ['key', 'customer_id'], unique=False)
    op.create_index('ix_customer_room', 'customer', ['room', 'building', 'entrance'],
                    unique=False)
    dialect = op.get_bind().dialect.name
    op.execute(f"CREATE INDEX ix_customer_phone_tail ON customer_phone "
               f"({PHONE_TAIL_SQL[dialect]}, customer_id)")


def _backfill() -> None:
    bind = op.get_bind()
    keys = sa.table('customer_search_key', sa.column('customer_id'), sa.column('key'))
    estates = sa.table('estate_search_key', sa.column('key'), sa.column('estate'))
    seen: set[str] = set()
    last = 0
    while True:
        rows = bind.execute(sa.text(
            "SELECT id, name, account_number, estate FROM customer WHERE id > :last "
            "ORDER BY id LIMIT :chunk"), {"last": last, "chunk": CHUNK}).all()
        if not rows:
            break
        last = rows[-1][0]
        bind.execute(keys.insert(), [{"customer_id": cid, "key": key}
                                     for cid, name, account, _ in rows
                                     for key in customer_keys(name, account)])
        fresh = {estate for *_, estate in rows if estate and estate not in seen}
        seen |= fresh
        if fresh:
            bind.execute(estates.insert(), [{"key": key, "estate": estate}
                                            for estate in fresh for key in estate_keys(estate)])


def downgrade() -> None:
    op.execute("DROP INDEX ix_customer_phone_tail")
    op.drop_index('ix_customer_room', table_name='customer')
    op.drop_index('ix_customer_search_key_key', table_name='customer_search_key')
    op.drop_table('import_mapping')
    op.drop_table('estate_search_key')
    op.drop_table('customer_search_key')
