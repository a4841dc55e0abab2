"""Keeping the search keys (revision 0135) true on every change of a customer.

Any flush that adds a customer or changes its name, account number or estate rewrites that
customer's keys in the same transaction (a session hook like the audit's, so no edit path
can forget it: the intake's new customer, the archive's record edit, the CLI). Bulk paths
that bypass the ORM call `write_keys` with their own rows (the importer), or write
`key_rows` beside the customers and `key_estates` afterwards (the demo loader). A new
estate gets its keys the first time a customer names it; keys of an estate nobody lives in
any more do no harm (the search joins them to customers).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from sqlalchemy import Connection, Engine, delete, event, insert, select
from sqlalchemy.orm import Session

from app.models import Base
from app.models.customer import Customer
from app.models.customer_search import CustomerSearchKey, EstateSearchKey
from app.repositories.customers.pinyin import customer_keys, estate_keys

KEYED = ("name", "account_number", "estate")
CHUNK = 5000


def _changed(session: Session) -> list[Customer]:
    found = [obj for obj in session.new if isinstance(obj, Customer)]
    for obj in session.dirty:
        if isinstance(obj, Customer) and any(
                session.is_modified(obj) and _attr_changed(obj, key) for key in KEYED):
            found.append(obj)
    return found


def _attr_changed(obj: Customer, key: str) -> bool:
    from sqlalchemy import inspect

    return inspect(obj).attrs[key].history.has_changes()


def _after_flush(session: Session, _context: object) -> None:
    customers = _changed(session)
    if customers:
        write_keys(session.connection(), [(c.id, c.name, c.account_number, c.estate)
                                          for c in customers], replace=True)


def install() -> None:
    if not event.contains(Session, "after_flush", _after_flush):
        event.listen(Session, "after_flush", _after_flush)


Writer = Callable[[str, Sequence[str], list[tuple]], None]


def _insert(conn: Connection) -> Writer:
    def write(table: str, columns: Sequence[str], records: list[tuple]) -> None:
        if records:
            conn.execute(insert(Base.metadata.tables[table]),
                         [dict(zip(columns, r, strict=True)) for r in records])
    return write


def plain_writer(conn: Connection) -> Writer:
    """Plain rows into a table the fastest way: COPY on PostgreSQL, one prepared
    executemany on SQLite (values must already be what the driver takes)."""
    sqlite = conn.dialect.name == "sqlite"

    def write(table: str, columns: Sequence[str], records: list[tuple]) -> None:
        if not records:
            return
        if sqlite:
            conn.exec_driver_sql(f"INSERT INTO {table} ({', '.join(columns)}) "
                                 f"VALUES ({', '.join('?' * len(columns))})", records)
            return
        import psycopg  # PostgreSQL is driven by psycopg 3 (its COPY protocol)

        raw = conn.connection.driver_connection
        assert isinstance(raw, psycopg.Connection)
        with raw.cursor() as cursor, cursor.copy(
                f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for record in records:
                copy.write_row(record)
    return write


def write_keys(conn: Connection, rows: Sequence[tuple[int, str, str, str]], *,
               replace: bool, write: Writer | None = None) -> None:
    """Keys of (id, name, account number, estate) rows; `replace` drops their old keys
    first (changed customers), otherwise the customers are new. `write` puts plain rows
    into a table (the importer's COPY / executemany), else Core INSERTs."""
    write = write or _insert(conn)
    ids = [row[0] for row in rows]
    if replace:
        for start in range(0, len(ids), CHUNK):
            conn.execute(delete(CustomerSearchKey).where(
                CustomerSearchKey.customer_id.in_(ids[start:start + CHUNK])))
    write("customer_search_key", ("customer_id", "key"), key_rows(rows))
    add_estates(conn, {row[3] for row in rows}, write)


def key_rows(rows: Iterable[Sequence]) -> list[tuple[int, str]]:
    """(customer id, key) rows of (id, name, account number, ...) rows; needs no
    connection, so the demo generator's worker makes them beside the customers."""
    return [(row[0], key) for row in rows for key in customer_keys(row[1], row[2])]


def add_estates(conn: Connection, estates: Iterable[str], write: Writer | None = None) -> None:
    """Keys of the estates not keyed yet."""
    wanted = sorted({e for e in estates if e})
    known: set[str] = set()
    for start in range(0, len(wanted), CHUNK):
        known.update(conn.scalars(select(EstateSearchKey.estate).distinct().where(
            EstateSearchKey.estate.in_(wanted[start:start + CHUNK]))))
    (write or _insert(conn))("estate_search_key", ("key", "estate"),
                             [(key, estate) for estate in wanted if estate not in known
                              for key in estate_keys(estate)])


def key_estates(engine: Engine, first_id: int = 0) -> None:
    """Keys of the estates of the customers from `first_id` on (after a bulk load, whose
    rows came with their customers' keys); one transaction."""
    with engine.begin() as conn:
        add_estates(conn, conn.scalars(select(Customer.estate).distinct().where(
            Customer.id >= first_id)), plain_writer(conn))
