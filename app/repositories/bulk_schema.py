"""What a bulk load sets aside while it writes, and builds again once the rows are in.

Maintaining an index row by row costs far more than building it once from the finished
table (SQLite and PostgreSQL both sort the keys), and so does a per-row trigger that copies
each new row into a text-search table, and PostgreSQL's row-by-row foreign-key checks. So a
load drops, on the tables it writes:

- SQLite: every AFTER INSERT trigger whose body is one `INSERT ... VALUES (new....)`, and
  replays it afterwards as one `INSERT ... SELECT` over the loaded ids (this is how the
  text-search tables are filled); the plain indexes of tables that were (nearly) empty.
- PostgreSQL: the plain indexes (not those behind a primary key or unique constraint) and
  the foreign keys of tables that were (nearly) empty; the foreign keys come back validated.

PostgreSQL: the upkeep of the audit table (`DEFERRABLE`) may wait for `restore_deferred`,
which a demo load runs beside its extras: they only append events and never read them, and
the event table is the largest of a load (7,900,000 rows at 1,000,000 customers, its four
indexes 48 core-seconds of the index step). Its indexes are then built CONCURRENTLY, which
lets the extras' events in while they are built; its foreign key is added at once, unchecked
(new rows are checked), and checks the loaded rows afterwards. Every table's VACUUM waits
for that moment too; the planner statistics do not.

"Nearly empty" is at most `FEW_ROWS` rows before the load (judged by the first free id):
the event table already holds the demo users' own events when the history events are
loaded, and keeping its four indexes row by row doubled the COPY time; building them again
over a few thousand earlier rows costs nothing. An append to a large table keeps them.
- Both: the trigger keeping the contacts' season sums (`season_sums.py`, one upsert per
  contact); the sums are counted afresh from every contact at the end, then it comes back
  (`bulk_sums.py`).

The definitions are read from the database itself, so an index or trigger a later revision
adds is handled without change here. `restore` runs also when a load fails; a process
killed outright leaves them dropped (the half-written demo database is then not usable
anyway: rebuild it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine

from app.repositories.bulk_sums import restore_sums, set_sums_aside

Log = Callable[[str], None]

_REPLAYABLE = re.compile(
    r"^\s*CREATE\s+TRIGGER\s+\S+\s+AFTER\s+INSERT\s+ON\s+\S+\s+BEGIN\s+"
    r"INSERT\s+INTO\s+(\w+)\s*\(([^)]*)\)\s*VALUES\s*\((.*)\)\s*;\s*END\s*$",
    re.IGNORECASE | re.DOTALL)
PG_INDEX_MEMORY = "512MB"  # maintenance_work_mem of an index build after a load
FEW_ROWS = 10_000  # a table this small is rebuilt like an empty one (see above)
# SQLite's sorter hands each full run of keys ("PMA") to a helper thread and goes on
# reading the table; with the load's 256 MB cache a run held most of an index, so one
# thread sorted it alone. 8 MB runs and four helpers keep the second core busy: the index
# builds of a 1,000,000-customer load took 45 % less (event index 5.6 -> 3.1 s).
SQLITE_SORT_CACHE_KIB = 8_192
SQLITE_SORT_THREADS = 4
DEFERRABLE = frozenset({"event"})  # what a demo load's extras never read (see above)


@dataclass
class SetAside:
    """What one load dropped, in the order it comes back."""

    first_ids: dict[str, int] = field(default_factory=dict)
    indexes: list[tuple[str, str]] = field(default_factory=list)  # (name, CREATE INDEX)
    triggers: list[tuple[str, str, str]] = field(default_factory=list)  # (table, name, sql)
    foreign_keys: list[tuple[str, str, str]] = field(default_factory=list)  # (table, name, def)
    sums_trigger: str | None = None  # SQLite: its CREATE TRIGGER; PostgreSQL: "disabled"
    index_tables: dict[str, str] = field(default_factory=dict)  # PostgreSQL: index -> table
    deferred: frozenset[str] = frozenset()  # tables whose upkeep waits for restore_deferred
    unchecked: list[tuple[str, str]] = field(default_factory=list)  # (table, key) NOT VALID
    unvacuumed: list[str] = field(default_factory=list)  # PostgreSQL: tables, largest first

    def pending(self) -> bool:
        return bool(self.indexes or self.triggers or self.foreign_keys or self.sums_trigger)

    def deferred_indexes(self) -> list[tuple[str, str]]:
        return [i for i in self.indexes if self.index_tables.get(i[0]) in self.deferred]

    def deferred_pending(self) -> bool:
        return bool(self.unchecked or self.unvacuumed or self.deferred_indexes())


def _replay_sql(table: str, trigger_sql: str, first_id: int) -> str | None:
    match = _REPLAYABLE.match(trigger_sql)
    if match is None:
        return None
    target, names, values = match.groups()
    values = re.sub(r"\bnew\.", f"{table}.", values, flags=re.IGNORECASE)
    return (f"INSERT INTO {target} ({names}) SELECT {values} FROM {table} "
            f"WHERE {table}.id >= {int(first_id)}")


def set_aside(conn: Connection, sqlite: bool, tables: Sequence[str],
              first_ids: dict[str, int]) -> SetAside:
    """Drop what the load would otherwise maintain row by row; committed."""
    empty = [t for t in tables if first_ids[t] <= FEW_ROWS + 1]  # (nearly) empty
    dropped = SetAside(first_ids=dict(first_ids))
    if "contact" in tables:
        set_sums_aside(conn, sqlite, dropped)
    if sqlite:
        for table, name, sql in conn.exec_driver_sql(
                "SELECT tbl_name, name, sql FROM sqlite_master WHERE type = 'trigger'"):
            if table in tables and _replay_sql(table, sql, 1) is not None:
                dropped.triggers.append((table, name, sql))
        for table in empty:
            dropped.indexes += conn.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                "AND tbl_name = ?", (table,)).all()
        for _, name, _ in dropped.triggers:
            conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
        for name, _ in dropped.indexes:
            conn.exec_driver_sql(f'DROP INDEX "{name}"')
    elif empty:
        dropped.foreign_keys = [tuple(r) for r in conn.exec_driver_sql(
            "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) "
            "FROM pg_constraint WHERE contype = 'f' AND conrelid = ANY(%(t)s::regclass[])",
            {"t": empty})]
        found = conn.exec_driver_sql(
            "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid), "
            "i.indrelid::regclass::text FROM pg_index i "
            "WHERE i.indrelid = ANY(%(t)s::regclass[]) AND NOT EXISTS (SELECT 1 FROM "
            "pg_constraint c WHERE c.conindid = i.indexrelid)", {"t": empty}).all()
        dropped.indexes = [(name, sql) for name, sql, _ in found]
        dropped.index_tables = {name: table for name, _, table in found}
        for table, name, _ in dropped.foreign_keys:
            conn.exec_driver_sql(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
        for name, _ in dropped.indexes:
            conn.exec_driver_sql(f"DROP INDEX {name}")
    conn.commit()
    return dropped


def restore(engine: Engine, conn: Connection, dropped: SetAside, log: Log | None) -> None:
    """Build again what `set_aside` dropped; each part leaves the list once it is back."""
    if not dropped.pending():
        return
    if engine.dialect.name == "sqlite":
        _restore_sqlite(conn, dropped, log)
    else:
        _restore_postgresql(engine, conn, dropped, log)
    restore_sums(conn, dropped, log)


def _restore_sqlite(conn: Connection, dropped: SetAside, log: Log | None) -> None:
    cache = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    threads = conn.exec_driver_sql("PRAGMA threads").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size=-{SQLITE_SORT_CACHE_KIB}")
    conn.exec_driver_sql(f"PRAGMA threads={SQLITE_SORT_THREADS}")
    try:
        while dropped.indexes:
            name, sql = dropped.indexes[0]
            conn.exec_driver_sql(sql)
            conn.commit()
            dropped.indexes.pop(0)
            if log:
                log(f"index {name} built")
    finally:  # the text-search replays below fill their pages through the cache
        conn.exec_driver_sql(f"PRAGMA cache_size={cache}")
        conn.exec_driver_sql(f"PRAGMA threads={threads}")
    while dropped.triggers:
        table, name, sql = dropped.triggers[0]
        replay = _replay_sql(table, sql, dropped.first_ids.get(table, 1))
        if replay:
            conn.exec_driver_sql(replay)
        conn.exec_driver_sql(sql)
        conn.commit()
        dropped.triggers.pop(0)
        if log:
            log(f"trigger {name} replayed")


def _restore_postgresql(engine: Engine, conn: Connection, dropped: SetAside,
                        log: Log | None) -> None:
    """Indexes two at a time (the GIN ones, the slowest, first) and the season sums beside
    them (a scan of the contacts that needs none of the indexes: 12 s of a
    million-customer load that otherwise ran alone on one core); then the foreign keys.
    The deferred tables' indexes are left for `restore_deferred`."""
    conn.commit()

    def sums() -> None:
        with engine.connect() as own:
            restore_sums(own, dropped, log)

    def build(index: tuple[str, str]) -> None:
        with engine.connect() as own:
            own.exec_driver_sql(f"SET maintenance_work_mem = '{PG_INDEX_MEMORY}'")
            own.exec_driver_sql(index[1].replace("%", "%%"))  # the driver's placeholders
            own.commit()
        dropped.indexes.remove(index)
        if log:
            log(f"index {index[0]} built")

    later = dropped.deferred_indexes()
    ordered = sorted((i for i in dropped.indexes if i not in later),
                     key=lambda i: " USING gin " not in i[1])
    gin = sum(" USING gin " in i[1] for i in ordered)
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(build, index) for index in ordered[:gin]]
        futures.append(pool.submit(sums))
        futures += [pool.submit(build, index) for index in ordered[gin:]]
        for future in futures:
            future.result()
    if dropped.foreign_keys:
        _restore_foreign_keys(engine, conn, dropped)
        if log:
            log("foreign keys checked")


def _restore_foreign_keys(engine: Engine, conn: Connection, dropped: SetAside) -> None:
    """Each key added unchecked (NOT VALID: a moment's lock, new rows checked from then
    on), then the loaded rows checked two tables at a time: a VALIDATE locks its own table
    against schema changes only, so two of them run side by side, one per core, where one
    ADD CONSTRAINT after another kept one core idle (8 s of a million-customer load). The
    deferred tables' keys are checked by `restore_deferred`."""
    for table, name, definition in dropped.foreign_keys:
        conn.exec_driver_sql(f'ALTER TABLE {table} ADD CONSTRAINT "{name}" '
                             + definition.replace("%", "%%") + " NOT VALID")
    conn.commit()
    by_table: dict[str, list[str]] = {}
    for table, name, _ in dropped.foreign_keys:
        if table not in dropped.deferred:
            by_table.setdefault(table, []).append(name)

    def validate(table: str) -> None:
        with engine.connect() as own:
            for name in by_table[table]:
                own.exec_driver_sql(f'ALTER TABLE {table} VALIDATE CONSTRAINT "{name}"')
                own.commit()

    try:
        with ThreadPoolExecutor(max_workers=2) as pool:
            list(pool.map(validate, sorted(by_table)))
    except BaseException:  # a row breaks a key: as before the attempt, the keys set aside
        conn.rollback()
        for table, name, _ in dropped.foreign_keys:
            conn.exec_driver_sql(f'ALTER TABLE {table} DROP CONSTRAINT IF EXISTS "{name}"')
        conn.commit()
        raise
    dropped.unchecked += [(table, name) for table, name, _ in dropped.foreign_keys
                          if table in dropped.deferred]
    dropped.foreign_keys.clear()


def restore_deferred(engine: Engine, dropped: SetAside, log: Log | None,
                     concurrently: bool) -> None:
    """The upkeep `restore` left: each table's VACUUM (largest first; it marks the loaded
    pages all-visible, which index-only scans need), the deferred tables' key checks, then
    their indexes, `concurrently` (CREATE INDEX CONCURRENTLY: rows may be written
    meanwhile) or not. One connection, one step at a time: this runs on the core the
    demo's extras leave free. Each step leaves its list once done, so a second call after
    a failure finishes the rest; an index a failed concurrent build left invalid is
    dropped and built again."""
    if not dropped.deferred_pending():
        return
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as own:
        own.exec_driver_sql(f"SET maintenance_work_mem = '{PG_INDEX_MEMORY}'")
        if concurrently:  # one core: no parallel workers taking the extras' core as well
            own.exec_driver_sql("SET max_parallel_maintenance_workers = 0")
        while dropped.unvacuumed:
            own.exec_driver_sql(f'VACUUM "{dropped.unvacuumed[0]}"')
            dropped.unvacuumed.pop(0)
        if log:
            log("VACUUM done")
        while dropped.unchecked:
            table, name = dropped.unchecked.pop(0)
            try:
                own.exec_driver_sql(f'ALTER TABLE {table} VALIDATE CONSTRAINT "{name}"')
            except BaseException:  # as in _restore_foreign_keys: no key half-kept
                own.exec_driver_sql(f'ALTER TABLE {table} DROP CONSTRAINT IF EXISTS "{name}"')
                raise
        for index in dropped.deferred_indexes():
            name, sql = index
            own.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")
            if concurrently:
                sql = sql.replace("CREATE INDEX ", "CREATE INDEX CONCURRENTLY ", 1)
            own.exec_driver_sql(sql.replace("%", "%%"))
            dropped.indexes.remove(index)
            if log:
                log(f"index {name} built" + (" beside the extras" if concurrently else ""))
