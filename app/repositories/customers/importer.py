"""The customer import's reads and writes, set-based (app/workflows/customers/importing.py).

A batch of rows costs a handful of statements whatever its size: the stored customers of
its account numbers in one read (with their phones and marks), new customers by COPY on
PostgreSQL and one prepared `executemany` on SQLite, changed ones by `executemany`
UPDATEs, phones, marks and search keys replaced for the changed customers only, and one
history event per new or changed customer. The per-row audit hook of the ORM is bypassed
(a million customers through it would take an hour), so the events are written here, in
the same transaction as the rows.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, any_, bindparam, delete, func, insert, select, text, update
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app.models.customer import Customer, CustomerMarkRow, CustomerPhone
from app.models.customer_search import EstateSearchKey
from app.models.event import Event
from app.models.heating_contract import HeatingContract
from app.repositories.customers import search_keys

# the customer columns an import may set (besides the account number it is keyed by)
FIELDS = ("name", "district", "estate", "building", "entrance", "room", "heated_area",
          "heating", "hot_water", "steam", "important", "customer_class", "notes")
DEFAULTS: dict[str, Any] = {
    "district": "", "building": "", "entrance": "", "room": "", "heated_area": Decimal("0"),
    "heating": True, "hot_water": False, "steam": False, "important": False,
    "customer_class": "residential", "notes": "",
}
KEYED = ("name", "estate")  # with the account number: what the search keys are made of
CHUNK = 5000
SQLITE_CACHE_KB = -262144  # 256 MB of SQLite page cache while an import writes
GIN_PENDING_KB = 256 * 1024  # the text index's pending list during an import (PostgreSQL)
# an AFTER INSERT trigger whose body is one INSERT ... VALUES (new. ...): a copy into the
# text index, which a set-based INSERT ... SELECT replays (as app/repositories/bulk_schema.py)
_COPY_TRIGGER = re.compile(
    r"^\s*CREATE\s+TRIGGER\s+\S+\s+AFTER\s+INSERT\s+ON\s+\S+\s+BEGIN\s+"
    r"INSERT\s+INTO\s+(\w+)\s*\(([^)]*)\)\s*VALUES\s*\((.*)\)\s*;\s*END\s*$",
    re.IGNORECASE | re.DOTALL)
_INSERT_COLUMNS = ("id", "account_number", *FIELDS, "address", "contract_notes")


# (season, status, signed on) of the heating contract a row states (rule 3.1.3)
Contract = tuple[int, str, date | None]


@dataclass
class Stored:
    id: int
    values: dict[str, Any]
    phones: tuple[str, ...]
    marks: frozenset[str]
    # season -> (contract id, status, signed on) of the seasons the batch names
    contracts: dict[int, tuple[int, str, date | None]] = field(default_factory=dict)


@dataclass
class NewCustomer:
    account_number: str
    values: dict[str, Any]  # every FIELDS entry and "address"
    phones: tuple[str, ...]
    marks: frozenset[str]
    contract: Contract | None = None


@dataclass
class ChangedCustomer:
    id: int
    account_number: str
    values: dict[str, Any]  # only the changed FIELDS (and "address" when a part changed)
    phones: tuple[str, ...] | None  # None: unchanged
    marks: frozenset[str] | None
    changes: dict[str, list[Any]]  # field -> [old, new] for the history event
    contract: Contract | None = None  # to write (new or changed)
    contract_id: int | None = None  # the stored contract of that season, if any


class CustomerImportRepository:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.sqlite = session.get_bind().dialect.name == "sqlite"
        self._suspended: list[tuple[str, str, str, tuple[str, ...]]] = []
        self._triggers_suspended = False
        self._first_customer = 0
        self._cache_size: int | None = None
        self._gin_options: list[tuple[str, list[str] | None]] = []

    @property
    def conn(self) -> Connection:
        return self.session.connection()

    def _among(self, column: Any, values: Sequence[Any]) -> Any:
        """`column IN (values)`; on PostgreSQL `= ANY(array)`, one parameter instead of
        thousands: a batch's 5,000 account numbers read about four times as fast."""
        if self.sqlite:
            return column.in_(list(values))
        return column == any_(bindparam(None, list(values), type_=ARRAY(column.type)))

    def is_empty(self) -> bool:
        return self.conn.execute(select(Customer.id).limit(1)).first() is None

    def known_estates(self) -> set[str]:
        return set(self.conn.scalars(select(EstateSearchKey.estate).distinct()))

    def stored(self, accounts: Sequence[str], seasons: Sequence[int] = ()) -> dict[str, Stored]:
        found: dict[str, Stored] = {}
        columns = [getattr(Customer, f) for f in FIELDS]
        for start in range(0, len(accounts), CHUNK):
            part = list(accounts[start:start + CHUNK])
            for row in self.conn.execute(select(Customer.id, Customer.account_number, *columns)
                                         .where(self._among(Customer.account_number, part))):
                values = dict(zip(FIELDS, row[2:], strict=True))
                values["customer_class"] = str(values["customer_class"])
                found[row[1]] = Stored(row[0], values, (), frozenset())
        by_id = {s.id: s for s in found.values()}
        ids = list(by_id)
        for start in range(0, len(ids), CHUNK):
            owners = ids[start:start + CHUNK]
            phones: dict[int, list[str]] = {}
            for cid, number in self.conn.execute(
                    select(CustomerPhone.customer_id, CustomerPhone.number)
                    .where(self._among(CustomerPhone.customer_id, owners)).order_by(CustomerPhone.id)):
                phones.setdefault(cid, []).append(number)
            marks: dict[int, set[str]] = {}
            for cid, mark in self.conn.execute(
                    select(CustomerMarkRow.customer_id, CustomerMarkRow.mark)
                    .where(self._among(CustomerMarkRow.customer_id, owners))):
                marks.setdefault(cid, set()).add(str(mark))
            if seasons:
                for cid, season, contract_id, status, signed_on in self.conn.execute(
                        select(HeatingContract.customer_id, HeatingContract.season,
                               HeatingContract.id, HeatingContract.status,
                               HeatingContract.signed_on)
                        .where(self._among(HeatingContract.customer_id, owners),
                               HeatingContract.season.in_(list(seasons)))):
                    by_id[cid].contracts[season] = (contract_id, str(status), signed_on)
            for cid in owners:
                by_id[cid].phones = tuple(phones.get(cid, ()))
                by_id[cid].marks = frozenset(marks.get(cid, ()))
        return found

    # --- writes -----------------------------------------------------------------------

    def _new_ids(self, count: int) -> list[int]:
        if self.sqlite:
            top = self.conn.scalar(select(func.max(Customer.id))) or 0
            self._first_customer = top + 1
            return list(range(top + 1, top + 1 + count))
        return list(self.conn.scalar(text(  # one row: an array of the batch's ids
            "SELECT array_agg(nextval(pg_get_serial_sequence('customer', 'id'))) "
            "FROM generate_series(1, :n)"), {"n": count}))

    def insert(self, rows: Sequence[NewCustomer]) -> list[int]:
        """The new customers with their phones, marks and search keys; their ids."""
        if not rows:
            return []
        ids = self._new_ids(len(rows))
        first_phone = self._suspend_copy_triggers()
        records = [(cid, r.account_number, *(r.values[f] for f in FIELDS),
                    r.values["address"], "") for cid, r in zip(ids, rows, strict=True)]
        self._write("customer", _INSERT_COLUMNS, records)
        self._write("customer_phone", ("customer_id", "number", "label"),
                    [(cid, number, "") for cid, r in zip(ids, rows, strict=True)
                     for number in r.phones])
        self._write("customer_mark", ("customer_id", "mark"),
                    [(cid, mark) for cid, r in zip(ids, rows, strict=True)
                     for mark in sorted(r.marks)])
        search_keys.write_keys(self.conn, [
            (cid, r.values["name"], r.account_number, r.values["estate"])
            for cid, r in zip(ids, rows, strict=True)], replace=False, write=self._write)
        self._add_contracts([(cid, r.values, r.contract) for cid, r in zip(ids, rows, strict=True)
                             if r.contract is not None])
        self._replay(first_phone)
        return ids

    def update(self, rows: Sequence[ChangedCustomer]) -> None:
        by_fields: dict[tuple[str, ...], list[ChangedCustomer]] = {}
        for row in rows:
            if row.values:
                by_fields.setdefault(tuple(sorted(row.values)), []).append(row)
        for names, group in by_fields.items():  # one prepared UPDATE per set of columns
            stmt = (update(Customer.__table__)
                    .where(Customer.__table__.c.id == bindparam("_id"))
                    .values({name: bindparam(name) for name in names}
                            | {"version": Customer.__table__.c.version + 1}))
            self.conn.execute(stmt, [{"_id": r.id, **r.values} for r in group])
        phoned = [r for r in rows if r.phones is not None]
        self._replace("customer_phone", CustomerPhone.__table__.c.customer_id,
                      [r.id for r in phoned], ("customer_id", "number", "label"),
                      [(r.id, n, "") for r in phoned for n in r.phones or ()])
        marked = [r for r in rows if r.marks is not None]
        self._replace("customer_mark", CustomerMarkRow.__table__.c.customer_id,
                      [r.id for r in marked], ("customer_id", "mark"),
                      [(r.id, m) for r in marked for m in sorted(r.marks or ())])
        contracted = [r for r in rows if r.contract is not None]
        changed_contracts = [r for r in contracted if r.contract_id is not None]
        if changed_contracts:
            table = HeatingContract.__table__
            self.conn.execute(
                update(table).where(table.c.id == bindparam("_id")).values(
                    status=bindparam("_status"), signed_on=bindparam("_signed"),
                    version=table.c.version + 1),
                [{"_id": r.contract_id, "_status": r.contract[1], "_signed": r.contract[2]}
                 for r in changed_contracts if r.contract is not None])
        fresh = [r for r in contracted if r.contract_id is None]
        if fresh:
            services = {cid: (h, w, s) for cid, h, w, s in self.conn.execute(
                select(Customer.id, Customer.heating, Customer.hot_water, Customer.steam)
                .where(self._among(Customer.id, [r.id for r in fresh])))}
            self._add_contracts([(r.id, dict(zip(("heating", "hot_water", "steam"),
                                                 services[r.id], strict=True)), r.contract)
                                 for r in fresh])
        rekeyed = [r for r in rows if any(f in r.values for f in KEYED)]
        if rekeyed:
            current = dict(((cid, (name, estate)) for cid, name, estate in self.conn.execute(
                select(Customer.id, Customer.name, Customer.estate)
                .where(self._among(Customer.id, [r.id for r in rekeyed])))))
            search_keys.write_keys(self.conn, [
                (r.id, current[r.id][0], r.account_number, current[r.id][1])
                for r in rekeyed], replace=True, write=self._write)

    def _add_contracts(self, rows: list[tuple[int, dict[str, Any], Contract | None]]) -> None:
        """Contracts of seasons a customer has none for, with the customer's services."""
        records = [
            {"customer_id": cid, "season": contract[0], "status": contract[1],
             "signed_on": contract[2], "heated_area": None, "heating": values["heating"],
             "hot_water": values["hot_water"], "steam": values["steam"], "notes": "",
             "version": 1} for cid, values, contract in rows if contract is not None]
        if records:
            self.conn.execute(insert(HeatingContract.__table__), records)

    # --- SQLite's text-index triggers ------------------------------------------------

    def _suspend_copy_triggers(self) -> int:
        """SQLite: the triggers copying each new customer and phone into the text index
        (revision 0101) cost five times the insert itself, row by row; inside the import's
        transaction (which holds SQLite's one write lock, so no other desk writes
        meanwhile) they are dropped, the batch's rows are copied by one INSERT ... SELECT
        each, and `restore_triggers` puts them back before the commit. A rollback puts
        them back too (SQLite's DDL is transactional). Returns the first new phone id."""
        if not self.sqlite:
            if not self._triggers_suspended:
                self._widen_gin_pending_lists()
                self._triggers_suspended = True
            return 0
        if not self._triggers_suspended:
            # a page cache for the indexes a big import grows (the bulk loader's size);
            # `release` gives the connection its own back
            self._cache_size = self.conn.exec_driver_sql("PRAGMA cache_size").scalar()
            self.conn.exec_driver_sql(f"PRAGMA cache_size = {SQLITE_CACHE_KB}")
            raw = self.conn.connection.driver_connection
            if not getattr(raw, "in_transaction", True):
                # DDL outside a transaction would be committed at once: open one first
                self.conn.exec_driver_sql("DELETE FROM customer_search_key WHERE 0")
            for table, name, sql in self.conn.exec_driver_sql(
                    "SELECT tbl_name, name, sql FROM sqlite_master WHERE type = 'trigger' "
                    "AND tbl_name IN ('customer', 'customer_phone')"):
                match = _COPY_TRIGGER.match(sql or "")
                if match:
                    self._suspended.append((table, name, sql, match.groups()))
            for _, name, _, _ in self._suspended:
                self.conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
            self._triggers_suspended = True
        return (self.conn.scalar(select(func.max(CustomerPhone.id))) or 0) + 1

    def _replay(self, first_phone: int) -> None:
        if not self.sqlite:
            return
        first = {"customer": self._first_customer, "customer_phone": first_phone}
        for table, _, _, (target, names, values) in self._suspended:
            values = re.sub(r"\bnew\.", f"{table}.", values, flags=re.IGNORECASE)
            self.conn.exec_driver_sql(
                f"INSERT INTO {target} ({names}) SELECT {values} FROM {table} "
                f"WHERE {table}.id >= {int(first[table])}")

    def restore_triggers(self) -> None:
        """Before the commit: SQLite's copy triggers back; PostgreSQL's text-index GIN
        indexes get their own pending-list limit back and the import's entries merged."""
        for _, _, sql, _ in self._suspended:
            self.conn.exec_driver_sql(sql)
        self._suspended.clear()
        for index, options in self._gin_options:
            setting = next((o.split("=", 1)[1] for o in options or ()
                            if o.startswith("gin_pending_list_limit=")), None)
            self.conn.exec_driver_sql(
                f"ALTER INDEX {index} SET (gin_pending_list_limit = {int(setting)})"
                if setting else f"ALTER INDEX {index} RESET (gin_pending_list_limit)")
            self.conn.execute(text("SELECT gin_clean_pending_list(CAST(:i AS regclass))"),
                              {"i": index})
        self._gin_options.clear()
        self._triggers_suspended = False

    def release(self) -> None:
        """After the commit or the rollback: SQLite's connection gets its page cache back."""
        if self._cache_size is not None:
            self.conn.exec_driver_sql(f"PRAGMA cache_size = {int(self._cache_size)}")
            self._cache_size = None

    def _widen_gin_pending_lists(self) -> None:
        """PostgreSQL: the text index (revision 0101) keeps a small GIN pending list (a
        quick search), so row by row an import merges it into the index every few
        hundred rows. Inside the import's transaction the list is widened, and
        `restore_triggers` merges it once in bulk (gin_clean_pending_list) and sets the
        limit back, before the commit; a rollback undoes the setting. Needs the index's
        owner: a desk role that is not keeps the slow path (a savepoint absorbs it)."""
        rows = self.conn.execute(text(
            "SELECT c.relname, c.reloptions FROM pg_index i JOIN pg_class c "
            "ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam WHERE a.amname = 'gin' "
            "AND i.indrelid IN ('customer'::regclass, 'customer_phone'::regclass)")).all()
        for index, options in rows:
            savepoint = self.conn.begin_nested()
            try:
                self.conn.exec_driver_sql(
                    f"ALTER INDEX {index} SET (gin_pending_list_limit = {GIN_PENDING_KB})")
            except DBAPIError:
                savepoint.rollback()
                continue
            savepoint.commit()
            self._gin_options.append((index, options))

    def _replace(self, table: str, owner: Any, ids: list[int], columns: tuple[str, ...],
                 records: list[tuple]) -> None:
        for start in range(0, len(ids), CHUNK):
            self.conn.execute(delete(owner.table).where(owner.in_(ids[start:start + CHUNK])))
        self._write(table, columns, records)

    def add_events(self, events: Sequence[tuple[int, str, dict[str, Any]]], *,
                   occurred_at: datetime, actor_id: int | None, desk: str | None) -> None:
        """History events (customer id, action, changes) of one batch."""
        if not events:
            return
        if self.sqlite:  # through the column types' own processors (as the ORM stores
            # them), then one plain executemany: Core's per-row parameter handling was
            # 40 % of the events' time
            columns, dialect = Event.__table__.c, self.conn.dialect
            when = columns.occurred_at.type.dialect_impl(dialect).bind_processor(dialect)
            as_json = columns.changes.type.dialect_impl(dialect).bind_processor(dialect)
            at = when(occurred_at) if when else occurred_at
            self._write("event", ("occurred_at", "actor_id", "entity", "entity_id", "action",
                                  "changes", "desk"),
                        [(at, actor_id, "customer", cid, action,
                          as_json(changes) if as_json else changes, desk)
                         for cid, action, changes in events])
            return
        self._write("event", ("occurred_at", "actor_id", "entity", "entity_id", "action",
                              "changes", "desk"),
                    [(occurred_at, actor_id, "customer", cid, action,
                      json.dumps(changes, ensure_ascii=False, default=str), desk)
                     for cid, action, changes in events])

    def summary_event(self, changes: dict[str, Any], *, occurred_at: datetime,
                      actor_id: int | None, desk: str | None) -> None:
        self.conn.execute(insert(Event), [{
            "occurred_at": occurred_at, "actor_id": actor_id, "entity": "customer_import",
            "entity_id": 0, "action": "import", "changes": changes, "desk": desk}])

    def _write(self, table: str, columns: Sequence[str], records: list[tuple]) -> None:
        """Plain rows into `table`: COPY on PostgreSQL, one executemany on SQLite."""
        if not records:
            return
        if self.sqlite:
            records = [tuple(_sqlite_value(v) for v in r) for r in records]
        search_keys.plain_writer(self.conn)(table, columns, records)


def _sqlite_value(value: Any) -> Any:
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, bool):
        return int(value)
    return value
