"""Bulk loading of generated rows: millions of customers, contacts and work orders.

The ORM and the per-row audit hook would take hours for a million customers, so the demo
loader writes plain tuples through one connection, one transaction per batch: SQLite gets
`executemany` of one prepared INSERT, PostgreSQL gets COPY's text format
(`bulk_encode.py`). Ids are given explicitly (the generator links tickets to contacts
without reading ids back), so the PostgreSQL sequences are moved past them afterwards.
Indexes, copying triggers and foreign keys are set aside during the load and built once at
the end (`bulk_schema.py`). Values are converted exactly as the column types would convert
them, so a bulk row reads back like one the ORM wrote.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, func, insert, select, text

from app.models import Base
from app.models.customer import CustomerPhone
from app.models.event import Event
from app.repositories import bulk_schema
from app.repositories.bulk_encode import COLUMNS, DERIVED, LOAD_ORDER, WRITE_ORDER, encoders

__all__ = ["COLUMNS", "LOAD_ORDER", "WRITE_ORDER", "BulkRepository"]

BATCH_ROWS = 50_000
T = TypeVar("T")
Log = Callable[[str], None]


class BulkRepository:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.sqlite = engine.dialect.name == "sqlite"
        self.encode = encoders(self.sqlite)
        self._set_aside = bulk_schema.SetAside()

    def count(self, table: str) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(
                Base.metadata.tables[table])).scalar_one()

    def next_ids(self, conn: Connection | None = None) -> dict[str, int]:
        """The first free id of every loaded table (for `--append`)."""
        if conn is None:
            with self.engine.connect() as own:
                return self.next_ids(own)
        found = {t: (conn.execute(select(func.max(Base.metadata.tables[t].c.id)))
                     .scalar_one() or 0) + 1 for t in LOAD_ORDER}
        conn.commit()
        return found

    def open(self, tables: Sequence[str] = WRITE_ORDER) -> Connection:
        """The one connection a load of `tables` uses, with their upkeep set aside.

        SQLite: the generator links rows correctly and uses only enum values (the tests
        check both), so the load skips the per-row checks: SQLite re-evaluates every
        `x IN (...)` CHECK per row, which made it three times slower. The journal stays
        WAL (leaving it needs every other connection closed, and a journal in memory or
        none wrote 200,000 customers no faster), but unsynced: a power loss mid-load may
        damage the file, which for demo or bench data means building it again.
        """
        conn = self.engine.connect()
        if self.sqlite:
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.exec_driver_sql("PRAGMA ignore_check_constraints=ON")
            conn.exec_driver_sql("PRAGMA synchronous=OFF")
            conn.exec_driver_sql("PRAGMA cache_size=-262144")
            # the indexes are built after the rows: their sorts may use a second core
            conn.exec_driver_sql("PRAGMA threads=2")
            conn.commit()
        else:
            # a chunk's commit need not wait for its WAL to reach the disk: a crash loses
            # the last chunks whole (the load is run again), never half of one
            conn.exec_driver_sql("SET synchronous_commit = off")
            conn.commit()
        try:
            first = self.next_ids(conn)
            # a derived table (no id of its own) is as empty as the table it derives from
            first.update({table: first[parent] for table, parent in DERIVED.items()})
            self._set_aside = bulk_schema.set_aside(conn, self.sqlite, tables, first)
        except BaseException:
            self.close(conn)
            raise
        return conn

    def write(self, conn: Connection, rows: dict[str, Sequence[tuple]]) -> None:
        """One transaction: every table's rows of one generated chunk, parents first."""
        self.write_encoded(conn, {table: self.encode[table](batch)
                                  for table, batch in rows.items() if batch})

    def write_encoded(self, conn: Connection, encoded: dict[str, Any]) -> None:
        """One transaction of rows already passed through `self.encode` (maybe elsewhere)."""
        if not conn.in_transaction():
            conn.begin()  # so that commit() below commits what COPY wrote on the driver
        for table in WRITE_ORDER:
            batch = encoded.get(table)
            if not batch:
                continue
            names = COLUMNS[table]
            if self.sqlite:
                statement = (f"INSERT INTO {table} ({', '.join(names)}) "
                             f"VALUES ({', '.join('?' * len(names))})")
                for start in range(0, len(batch), BATCH_ROWS):
                    conn.exec_driver_sql(statement, batch[start:start + BATCH_ROWS])
            else:
                import psycopg  # PostgreSQL is driven by psycopg 3 (its COPY protocol)

                raw = conn.connection.driver_connection
                assert isinstance(raw, psycopg.Connection)
                with raw.cursor() as cursor, cursor.copy(
                        f"COPY {table} ({', '.join(names)}) FROM STDIN") as copy:
                    copy.write(batch)
        conn.commit()

    def analyze(self, conn: Connection, log: Log | None = None,
                defer: frozenset[str] = frozenset()) -> None:
        """Build what the load set aside, then fresh planner statistics; PostgreSQL also
        VACUUMs, which marks the loaded pages all-visible: without it (and with autovacuum
        off, or before it comes by) no index-only scan skips the table, and a season report
        read a million heap rows that its covering indexes hold.

        PostgreSQL, `defer` (of `bulk_schema.DEFERRABLE`): those tables' indexes and key
        checks, and every VACUUM, wait for `beside_deferred` or `finish_deferred`; the
        statistics are taken now."""
        conn.commit()
        if not self.sqlite:
            self._set_aside.deferred = frozenset(defer) & bulk_schema.DEFERRABLE
        bulk_schema.restore(self.engine, conn, self._set_aside, log)
        # loaded orders may fall due behind the overdue sweep's mark: without it the next
        # sweep walks every running order once (app/models/ticket_overdue.py)
        conn.exec_driver_sql("DELETE FROM overdue_sweep_mark")
        conn.commit()
        if self.sqlite:
            # every index walked: statistics from a sample (analysis_limit=1000, 1 s
            # instead of 7) made the special-customer report 1.15 -> 1.95 s at 1,000,000
            conn.exec_driver_sql("ANALYZE")
            conn.commit()
            return
        with self.engine.connect() as own:
            tables = list(own.exec_driver_sql(
                "SELECT relname FROM pg_stat_user_tables ORDER BY pg_relation_size(relid) DESC"
            ).scalars())
        deferred = bool(self._set_aside.deferred)
        # the statistics now; the VACUUMs too unless deferred (beside the extras)
        upkeep = "ANALYZE" if deferred else "VACUUM (ANALYZE)"

        def tend(table: str) -> None:  # not inside a transaction
            with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as own:
                own.exec_driver_sql(f'{upkeep} "{table}"')

        # two tables at a time, the largest first: one VACUUM or ANALYZE uses one core
        with ThreadPoolExecutor(max_workers=2) as pool:
            list(pool.map(tend, tables))
        if deferred:
            self._set_aside.unvacuumed = tables
        if log:
            log(f"{upkeep} done")

    def beside_deferred(self, work: Callable[[], T], log: Log | None = None) -> T:
        """`work()` here while another connection does what `analyze` deferred (the demo's
        extras beside the audit table's indexes: one core each instead of one idle);
        returns once both are done. What the upkeep has not finished when `work` fails
        is left for `finish_deferred`."""
        if not self._set_aside.deferred_pending():
            return work()
        with ThreadPoolExecutor(max_workers=1) as pool:
            upkeep = pool.submit(bulk_schema.restore_deferred, self.engine, self._set_aside,
                                 log, True)
            done = work()  # leaving the pool waits for the upkeep, also when work() fails
        upkeep.result()
        return done

    def finish_deferred(self, log: Log | None = None) -> None:
        """What `analyze` deferred and nothing did beside: done now (no-op otherwise)."""
        bulk_schema.restore_deferred(self.engine, self._set_aside, log, False)

    def close(self, conn: Connection) -> None:
        """End a load, also a failed one: what was committed stays and stays usable.

        Indexes and triggers come back if `analyze` did not run; SQLite gets its checks
        back before the connection returns to the pool; PostgreSQL's sequences
        move past the explicitly given ids.
        """
        try:
            conn.rollback()
            bulk_schema.restore(self.engine, conn, self._set_aside, None)
            if self.sqlite:
                conn.exec_driver_sql("PRAGMA cache_size=-2000")
                conn.exec_driver_sql("PRAGMA threads=0")
                conn.exec_driver_sql("PRAGMA synchronous=NORMAL")
                conn.exec_driver_sql("PRAGMA ignore_check_constraints=OFF")
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            else:
                conn.exec_driver_sql("RESET synchronous_commit")
                for table in LOAD_ORDER:
                    conn.execute(text(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                        f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {table}), false)"))
            conn.commit()
        finally:
            conn.close()

    def add_event(self, entity: str, action: str, changes: dict[str, Any],
                  occurred_at: datetime, actor_id: int | None = None) -> None:
        """The one summary event of a load that bypassed the per-row audit hook."""
        with self.engine.begin() as conn:
            conn.execute(insert(Event), [{
                "occurred_at": occurred_at, "actor_id": actor_id, "entity": entity,
                "entity_id": 0, "action": action, "changes": changes}])

    def last_event_changes(self, entity: str, action: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            return conn.execute(
                select(Event.changes).where(Event.entity == entity, Event.action == action)
                .order_by(Event.id.desc()).limit(1)).scalar_one_or_none()

    def phone_numbers(self, phone_ids: Sequence[int]) -> list[str]:
        """Numbers of the given phone rows, in the order of the ids (benchmark samples)."""
        with self.engine.connect() as conn:
            found = dict(conn.execute(select(CustomerPhone.id, CustomerPhone.number)
                                      .where(CustomerPhone.id.in_(list(phone_ids)))).all())
        return [found[i] for i in phone_ids if i in found]

    def ids_by_key(self, table: str, key: str) -> dict[str, int]:
        """Units by code or staff by job number: what a load links its rows to."""
        columns = Base.metadata.tables[table].c
        with self.engine.connect() as conn:
            return dict(conn.execute(select(columns[key], columns.id)).all())
