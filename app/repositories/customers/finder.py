"""The queries of search-as-you-type (app/workflows/customers/search.py), each a seek.

A typed word is a prefix of a key of revision 0135: a range `key >= w AND key < w||U+10FFFF`
of a binary-collated index, so it is an index range on SQLite and PostgreSQL alike, never
a `LIKE '%...%'` scan. Estates are looked up first in their small key table and then
walked one by one through `ix_customer_estate_building`, so a search inside an estate
reads that estate's rows in address order and stops at the page's end.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, and_, literal_column, select
from sqlalchemy.orm import Session

from app.models.customer import Customer, CustomerPhone
from app.models.customer_search import CustomerSearchKey, EstateSearchKey
from app.repositories.customers.pinyin import KEY_LENGTH
from app.repositories.views import CustomerHit

TOP = "\U0010ffff"  # sorts after every character in binary order
# the same text as the expression index of migrations/versions/0135_customer_search_keys.py
PHONE_TAIL_SQL = {"sqlite": "substr(number, -4)", "postgresql": "right(number, 4)"}
MAX_ESTATES = 30


def _prefix(column: Any, word: str) -> ColumnElement[bool]:
    word = word[:KEY_LENGTH]
    return and_(column >= word, column < word + TOP)


class CustomerFinder:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.dialect = session.get_bind().dialect.name

    def estates(self, word: str, limit: int = MAX_ESTATES) -> list[str]:
        """Estates with a key starting with `word` (幸福 / xfy / xingfu), by name."""
        rows = self.session.scalars(
            select(EstateSearchKey.estate).where(_prefix(EstateSearchKey.key, word))
            .group_by(EstateSearchKey.estate).order_by(EstateSearchKey.estate).limit(limit))
        return list(rows)

    def by_key(self, word: str, limit: int) -> list[int]:
        """Customers with a key starting with `word` (name, its pinyin, account number)."""
        ids = self.session.scalars(
            select(CustomerSearchKey.customer_id).where(_prefix(CustomerSearchKey.key, word))
            .order_by(CustomerSearchKey.key, CustomerSearchKey.customer_id)
            .limit(limit * 4))
        return list(dict.fromkeys(ids))[:limit]

    def in_estates(self, estates: Sequence[str], limit: int, *, building: str | None = None,
                   entrance: str | None = None, room: str | None = None,
                   words: Sequence[str] = (), tail: str | None = None) -> list[int]:
        """Customers of these estates in address order, optionally at a building / unit /
        room, with a key starting with each of `words`, with a phone ending in `tail`."""
        found: list[int] = []
        for estate in estates:
            stmt = select(Customer.id).where(Customer.estate == estate)
            stmt = self._filtered(stmt, building, entrance, room, words, tail)
            found.extend(self.session.scalars(
                stmt.order_by(Customer.building, Customer.entrance, Customer.room,
                              Customer.id).limit(limit - len(found))))
            if len(found) >= limit:
                break
        return found

    def at_address(self, limit: int, *, building: str | None, entrance: str | None,
                   room: str | None, words: Sequence[str] = (),
                   tail: str | None = None) -> list[int]:
        """Customers of any estate at this room (3-2-501) or with this phone tail."""
        stmt = self._filtered(select(Customer.id), building, entrance, room, words, tail)
        return list(self.session.scalars(
            stmt.order_by(Customer.estate, Customer.building, Customer.entrance,
                          Customer.id).limit(limit)))

    def _filtered(self, stmt: Any, building: str | None, entrance: str | None,
                  room: str | None, words: Sequence[str], tail: str | None) -> Any:
        if building:
            stmt = stmt.where(Customer.building == building)
        if entrance:
            stmt = stmt.where(Customer.entrance == entrance)
        if room:
            stmt = stmt.where(Customer.room == room)
        for word in words:
            stmt = stmt.where(select(CustomerSearchKey.customer_id).where(
                CustomerSearchKey.customer_id == Customer.id,
                _prefix(CustomerSearchKey.key, word)).exists())
        if tail:
            # the index's own expression text (a bound -4 would not match it)
            ends: Any = literal_column(PHONE_TAIL_SQL[self.dialect].replace(
                "number", "customer_phone.number"))
            stmt = stmt.where(Customer.id.in_(
                select(CustomerPhone.customer_id).where(ends == tail)))
        return stmt

    def hits(self, ids: Sequence[int]) -> list[CustomerHit]:
        """Result lines in the order of `ids`."""
        if not ids:
            return []
        rows = {row[0]: CustomerHit(*row) for row in self.session.execute(
            select(Customer.id, Customer.account_number, Customer.name, Customer.address,
                   Customer.important).where(Customer.id.in_(list(ids))))}
        return [rows[i] for i in ids if i in rows]
