"""Bulk loading of generated rows: millions of customers, contacts and work orders.

The ORM and the per-row audit hook would take hours for a million customers, so the demo
loader writes plain tuples through one connection, one transaction per batch: SQLite gets
`executemany` of one prepared INSERT, PostgreSQL gets COPY through psycopg. Ids are given
explicitly (the generator links tickets to contacts without reading ids back), so the
PostgreSQL sequences are moved past them afterwards. Values are converted exactly as the
column types would convert them, so a bulk row reads back like one the ORM wrote.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, Numeric, func, insert, select, text

from app.models import Base
from app.models.base import UTCDateTime
from app.models.customer import CustomerPhone
from app.models.event import Event

BATCH_ROWS = 10_000

# Explicit column lists: a feature that later adds a nullable or defaulted column to one of
# these tables does not break the loader.
COLUMNS: dict[str, tuple[str, ...]] = {
    "customer": ("id", "account_number", "name", "district", "estate", "building",
                 "entrance", "room", "address", "heated_area", "heating", "hot_water",
                 "steam", "important", "contract_notes", "contract_level", "room_temp_min",
                 "room_temp_max", "hot_water_min", "hot_water_max"),
    "customer_phone": ("id", "customer_id", "number", "label"),
    "contact": ("id", "customer_id", "phone", "channel", "category", "description",
                "responsibility", "outcome", "answer", "agent_id", "rang_at",
                "answered_at", "ended_at", "created_at"),
    "ticket": ("id", "customer_id", "contact_id", "phone", "category", "level",
               "description", "status", "unit_id", "assignee_id", "created_by_id",
               "responsibility", "resolution", "received_at", "due_at", "closed_at",
               "version"),
}
LOAD_ORDER = ("customer", "customer_phone", "contact", "ticket")


_MINUTE_SECOND = [f"{m:02d}:{s:02d}.000000" for m in range(60) for s in range(60)]


def _sqlite_time(ts: int, _hours: dict[int, str] = {}) -> str:  # noqa: B006 (a cache)
    """Epoch seconds as SQLAlchemy's SQLite DATETIME text: '2026-11-26 01:30:00.000000'."""
    hour, rest = divmod(ts, 3600)
    prefix = _hours.get(hour)
    if prefix is None:
        prefix = _hours[hour] = datetime.fromtimestamp(hour * 3600, UTC).strftime(
            "%Y-%m-%d %H:")
    return prefix + _MINUTE_SECOND[rest]


def _pg_time(ts: int) -> datetime:
    return datetime.fromtimestamp(ts, UTC)


def _converters(table: str, sqlite: bool) -> list[tuple[int, Callable[[Any], Any]]]:
    columns = Base.metadata.tables[table].c
    found: list[tuple[int, Callable[[Any], Any]]] = []
    for index, name in enumerate(COLUMNS[table]):
        kind = columns[name].type
        if isinstance(kind, UTCDateTime):
            found.append((index, _sqlite_time if sqlite else _pg_time))
        elif isinstance(kind, Numeric) and sqlite:
            found.append((index, float))  # what SQLAlchemy binds for Numeric on SQLite
    return found


class BulkRepository:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.sqlite = engine.dialect.name == "sqlite"
        self._convert = {t: _converters(t, self.sqlite) for t in COLUMNS}

    def count(self, table: str) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(
                Base.metadata.tables[table])).scalar_one()

    def next_ids(self) -> dict[str, int]:
        """The first free id of every loaded table (for `--append`)."""
        with self.engine.connect() as conn:
            return {t: (conn.execute(select(func.max(Base.metadata.tables[t].c.id)))
                        .scalar_one() or 0) + 1 for t in LOAD_ORDER}

    def open(self) -> Connection:
        """The one connection a load uses; big page cache on SQLite while it lasts."""
        conn = self.engine.connect()
        if self.sqlite:
            # The generator links rows correctly and uses only enum values (the tests check
            # both), so the load skips the per-row checks: SQLite re-evaluates every
            # `x IN (...)` CHECK per row, which made it three times slower. A crash
            # mid-load loses only the last batch, which synchronous=OFF risks here.
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.exec_driver_sql("PRAGMA ignore_check_constraints=ON")
            conn.exec_driver_sql("PRAGMA synchronous=OFF")
            conn.exec_driver_sql("PRAGMA cache_size=-262144")
            conn.commit()
        return conn

    def write(self, conn: Connection, rows: dict[str, Sequence[tuple]]) -> None:
        """One transaction: every table's rows of one generated chunk, parents first."""
        for table in LOAD_ORDER:
            batch = rows.get(table) or ()
            for start in range(0, len(batch), BATCH_ROWS):
                self._insert(conn, table, self._converted(table, batch[start:start + BATCH_ROWS]))
        conn.commit()

    def _converted(self, table: str, batch: Sequence[tuple]) -> list[tuple]:
        converters = self._convert[table]
        if not converters:
            return list(batch)
        out = []
        for row in batch:
            values = list(row)
            for index, convert in converters:
                if values[index] is not None:
                    values[index] = convert(values[index])
            out.append(tuple(values))
        return out

    def _insert(self, conn: Connection, table: str, batch: list[tuple]) -> None:
        names = COLUMNS[table]
        if self.sqlite:
            conn.exec_driver_sql(
                f"INSERT INTO {table} ({', '.join(names)}) "
                f"VALUES ({', '.join('?' * len(names))})", batch)
            return
        import psycopg  # PostgreSQL is driven by psycopg 3 (its COPY protocol)

        raw = conn.connection.driver_connection
        assert isinstance(raw, psycopg.Connection)
        with raw.cursor() as cursor, cursor.copy(
                f"COPY {table} ({', '.join(names)}) FROM STDIN") as copy:
            for row in batch:
                copy.write_row(row)

    def analyze(self, conn: Connection) -> None:
        """Fresh planner statistics after a load, so lookups keep using their indexes."""
        conn.exec_driver_sql("ANALYZE")
        conn.commit()

    def close(self, conn: Connection) -> None:
        """End a load, also a failed one: what was committed stays and stays usable.

        SQLite gets its checks back before the connection returns to the pool;
        PostgreSQL's sequences move past the explicitly given ids.
        """
        try:
            conn.rollback()
            if self.sqlite:
                conn.exec_driver_sql("PRAGMA cache_size=-2000")
                conn.exec_driver_sql("PRAGMA synchronous=NORMAL")
                conn.exec_driver_sql("PRAGMA ignore_check_constraints=OFF")
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            else:
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
