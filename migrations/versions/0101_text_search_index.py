"""Text search index: orders by description, customers by name, address, account and phone.

The queue window's search box and the desk's customer search were `LIKE '%...%'` scans: a
search that matched nothing read every order (0.75-0.9 s on SQLite, 0.16-0.2 s on
PostgreSQL at 3,000,000 orders). The index must also find two-character Chinese words
(漏水, 不热), so word tokenizers are out: Chinese has no spaces.

SQLite: contentless FTS5 tables with the trigram tokenizer, kept current by triggers. Each
text is indexed with two trailing spaces, so every one- or two-character fragment starts
some indexed trigram; app/repositories/text_search.py finds those trigrams in the fts5vocab
tables for one- and two-character searches. A later revision that rebuilds `ticket`,
`customer` or `customer_phone` with batch_alter_table drops these triggers and must create
them again (tests/integration/test_text_search.py fails without them).

PostgreSQL: GIN indexes on the character bigrams of the same texts (heatdesk_bigrams), which
work on any database encoding and ctype; pg_trgm is not used because it drops non-ASCII
characters when the database's ctype is not UTF-8.

Creating the indexes reads every order and customer once: that is the upgrade's cost.

Revision ID: 0101
Revises: 0100
Create Date: 2026-12-02 10:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0101'
down_revision: str | None = '0100'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PAD = "'  '"  # every fragment of one or two characters then starts an indexed trigram

# table -> (fts table, indexed columns, fts5 detail)
SQLITE_INDEXES = {
    'ticket': ('ticket_text', ('description',), 'none'),
    'customer': ('customer_text', ('name', 'address', 'account_number'), 'column'),
    'customer_phone': ('customer_phone_text', ('number',), 'none'),
}

BIGRAMS_FUNCTION = """
CREATE OR REPLACE FUNCTION heatdesk_bigrams(t text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(DISTINCT substr(t, i, 2)), '{}')
    FROM generate_series(1, char_length(t) - 1) AS i
$$
"""
# New rows wait in a GIN index's pending list, which every search reads whole: the default
# 4 MB made a search that matches nothing read ~400 pages; 64 kB keeps it to a few.
PENDING_KB = 64
# index name -> (table, expression); app/repositories/text_search.py queries the same ones
PG_INDEXES = {
    'ix_ticket_description_bigrams': ('ticket', 'heatdesk_bigrams(description)'),
    'ix_customer_text_bigrams': (
        'customer', "heatdesk_bigrams(account_number || ' ' || name || ' ' || address)"),
    'ix_customer_phone_number_bigrams': ('customer_phone', 'heatdesk_bigrams(number)'),
}


def _values(prefix: str, columns: tuple[str, ...]) -> str:
    return ", ".join(f"coalesce({prefix}.{c}, '') || {PAD}" for c in columns)


def _sqlite_upgrade() -> None:
    for table, (fts, columns, detail) in SQLITE_INDEXES.items():
        names = ", ".join(columns)
        op.execute(f"CREATE VIRTUAL TABLE {fts} USING fts5({names}, tokenize='trigram', "
                   f"content='', detail='{detail}', columnsize=0)")
        op.execute(f"CREATE VIRTUAL TABLE {fts}_terms USING fts5vocab({fts}, 'row')")
        insert = f"INSERT INTO {fts}(rowid, {names}) VALUES (new.id, {_values('new', columns)});"
        delete = (f"INSERT INTO {fts}({fts}, rowid, {names}) "
                  f"VALUES ('delete', old.id, {_values('old', columns)});")
        changed = " OR ".join(f"old.{c} IS NOT new.{c}" for c in columns)
        op.execute(f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN {insert} END")
        op.execute(f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN {delete} END")
        op.execute(f"CREATE TRIGGER {fts}_update AFTER UPDATE OF {names} ON {table} "
                   f"WHEN {changed} BEGIN {delete} {insert} END")
        plain = ", ".join(f"coalesce({c}, '') || {PAD}" for c in columns)
        op.execute(f"INSERT INTO {fts}(rowid, {names}) SELECT id, {plain} FROM {table}")


def _sqlite_downgrade() -> None:
    for _table, (fts, _columns, _detail) in SQLITE_INDEXES.items():
        for suffix in ('insert', 'delete', 'update'):
            op.execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {fts}_terms")
        op.execute(f"DROP TABLE IF EXISTS {fts}")


def upgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        _sqlite_upgrade()
        return
    op.execute(BIGRAMS_FUNCTION)
    for name, (table, expression) in PG_INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON {table} USING gin (({expression})) "
                   f"WITH (gin_pending_list_limit = {PENDING_KB})")


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        _sqlite_downgrade()
        return
    for name in PG_INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    op.execute("DROP FUNCTION IF EXISTS heatdesk_bigrams(text)")
