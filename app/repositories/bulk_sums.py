"""The contacts' season sums during a bulk load: set aside, then counted once at its end.

The trigger that keeps the sums (`season_sums.py`) costs one upsert per contact, so a load
turns it off and `season_sums.rebuild` counts the sums afresh from every contact instead.
That count empties the sums tables and fills them again, about 1,200,000 phone rows at
1,000,000 customers. On PostgreSQL their primary keys and indexes were then kept row by
row, in the order the count hashed the rows, with a collated comparison per level of each
key's descent: 12-14 s of one core, of which the count and the writing were 3 s and
building the two indexes afterwards takes 4.7 s. So they are dropped for the count and
built once after it, in the same transaction: a failed count leaves them as they were.
A key or index another table's foreign key depends on is kept. This is the load's own
path, not `season_sums.rebuild`'s: dropping a key locks its table against readers until
the commit, which nobody minds during a load but a report would when an administrator
changes the season's dates.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Protocol

from sqlalchemy import Connection

from app.repositories import season_sums

Log = Callable[[str], None]
SUMS_TABLES = ("contact_season_phone", "contact_season_agent")


class HoldsSums(Protocol):
    sums_trigger: str | None  # SQLite: its CREATE TRIGGER; PostgreSQL: "disabled"


def set_sums_aside(conn: Connection, sqlite: bool, dropped: HoldsSums) -> None:
    name = season_sums.TRIGGER
    if sqlite:
        sql = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                                   "AND name = ?", (name,)).scalar()
        if sql:
            conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
            dropped.sums_trigger = sql
    elif conn.exec_driver_sql("SELECT 1 FROM pg_trigger WHERE tgname = %(n)s AND "
                              "tgrelid = 'contact'::regclass", {"n": name}).scalar():
        conn.exec_driver_sql(f'ALTER TABLE contact DISABLE TRIGGER "{name}"')
        dropped.sums_trigger = "disabled"


def restore_sums(conn: Connection, dropped: HoldsSums, log: Log | None) -> None:
    """Count the sums from every contact (also those of an earlier load), then keep them
    by the trigger again; one transaction."""
    if not dropped.sums_trigger:
        return
    if conn.dialect.name == "sqlite":
        season_sums.rebuild(conn)
        conn.exec_driver_sql(dropped.sums_trigger)
    else:
        with _indexes_built_after(conn, SUMS_TABLES):
            season_sums.rebuild(conn)
        conn.exec_driver_sql(f'ALTER TABLE contact ENABLE TRIGGER "{season_sums.TRIGGER}"')
    conn.commit()
    dropped.sums_trigger = None
    if log:
        log("season sums of the contacts counted")


@contextmanager
def _indexes_built_after(conn: Connection, tables: tuple[str, ...]) -> Iterator[None]:
    """PostgreSQL: the tables' indexes and primary or unique keys dropped for the body and
    built again after it, in the caller's transaction."""
    found = conn.exec_driver_sql(
        "SELECT i.indrelid::regclass::text, i.indexrelid::regclass::text, "
        "pg_get_indexdef(i.indexrelid), c.conname, pg_get_constraintdef(c.oid) "
        "FROM pg_index i LEFT JOIN pg_constraint c ON c.conindid = i.indexrelid "
        "AND c.conrelid = i.indrelid AND c.contype IN ('p', 'u') "
        "WHERE i.indrelid = ANY(%(t)s::regclass[]) AND NOT EXISTS (SELECT 1 FROM "
        "pg_constraint f WHERE f.contype = 'f' AND f.conindid = i.indexrelid)",
        {"t": list(tables)}).all()
    again: list[str] = []
    for table, index, index_sql, key, key_sql in found:
        if key:
            conn.exec_driver_sql(f'ALTER TABLE {table} DROP CONSTRAINT "{key}"')
            again.append(f'ALTER TABLE {table} ADD CONSTRAINT "{key}" {key_sql}')
        else:
            conn.exec_driver_sql(f"DROP INDEX {index}")
            again.append(index_sql)
    yield
    for sql in again:
        conn.exec_driver_sql(sql.replace("%", "%%"))
