"""Search keys without a foreign key; a deleted customer's keys go by a trigger (issue 14).

`customer_search_key` is derived from the customer (app/repositories/customers/search_keys.py)
and every search joins its keys to `customer`, so a key whose customer is gone finds
nothing. Its foreign key to `customer` was checked for every key row an import writes
(five to six per customer): 40-55 % of the keys' COPY on PostgreSQL at 100,000 customers.
The foreign key goes; what its ON DELETE CASCADE did, a trigger on `customer` does: a
deleted customer takes its keys with it (PostgreSQL: one DELETE per statement over the
deleted rows; SQLite: per row).

SQLite cannot drop a foreign key, so the table is rebuilt, and rebuilt WITHOUT ROWID: its
primary key (customer_id, key) is then the table itself, one b-tree less for every key
written (~20 % of the keys' insert time).

Revision ID: 0154
Revises: 0153
Create Date: 2026-11-30 05:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0154'
down_revision: str | None = '0153'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FK = 'fk_customer_search_key_customer_id_customer'
TRIGGER = 'customer_search_key_delete'
PG_FUNCTION = """
CREATE OR REPLACE FUNCTION heatdesk_customer_search_key_delete() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM customer_search_key k USING gone WHERE k.customer_id = gone.id;
    RETURN NULL;
END $$
"""
SQLITE_TRIGGER = (f"CREATE TRIGGER {TRIGGER} AFTER DELETE ON customer BEGIN "
                  "DELETE FROM customer_search_key WHERE customer_id = old.id; END")


def _sqlite_rebuild(*, rowid: bool, foreign_key: bool) -> None:
    fk = (f', CONSTRAINT {FK} FOREIGN KEY(customer_id) REFERENCES customer (id) '
          'ON DELETE CASCADE') if foreign_key else ''
    op.execute(
        'CREATE TABLE customer_search_key_new (customer_id INTEGER NOT NULL, '
        '"key" VARCHAR(64) NOT NULL, '
        f'CONSTRAINT pk_customer_search_key PRIMARY KEY (customer_id, "key"){fk})'
        + ('' if rowid else ' WITHOUT ROWID'))
    op.execute('INSERT INTO customer_search_key_new (customer_id, "key") '
               'SELECT customer_id, "key" FROM customer_search_key')
    op.execute('DROP TABLE customer_search_key')
    op.execute('ALTER TABLE customer_search_key_new RENAME TO customer_search_key')
    op.execute('CREATE INDEX ix_customer_search_key_key ON customer_search_key '
               '("key", customer_id)')


def upgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        _sqlite_rebuild(rowid=False, foreign_key=False)
        op.execute(SQLITE_TRIGGER)
        return
    op.drop_constraint(FK, 'customer_search_key', type_='foreignkey')
    op.execute(PG_FUNCTION)
    op.execute(f"CREATE TRIGGER {TRIGGER} AFTER DELETE ON customer "
               "REFERENCING OLD TABLE AS gone FOR EACH STATEMENT "
               "EXECUTE FUNCTION heatdesk_customer_search_key_delete()")


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        op.execute(f'DROP TRIGGER IF EXISTS {TRIGGER}')
        op.execute('DELETE FROM customer_search_key WHERE customer_id NOT IN '
                   '(SELECT id FROM customer)')
        _sqlite_rebuild(rowid=True, foreign_key=True)
        return
    op.execute(f'DROP TRIGGER IF EXISTS {TRIGGER} ON customer')
    op.execute('DROP FUNCTION IF EXISTS heatdesk_customer_search_key_delete()')
    op.execute('DELETE FROM customer_search_key k WHERE NOT EXISTS '
               '(SELECT 1 FROM customer c WHERE c.id = k.customer_id)')
    op.create_foreign_key(FK, 'customer_search_key', 'customer', ['customer_id'], ['id'],
                          ondelete='CASCADE')
