"""The rows of an archive export, streamed in address order, a chunk at a time.

Customers are read by id ranges (keyset, not OFFSET), their phones and marks per chunk, so
a 1,000,000-customer export holds one chunk in memory.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.customer import Customer, CustomerMarkRow, CustomerPhone

CHUNK = 5000


@dataclass(frozen=True)
class ExportRow:
    account_number: str
    name: str
    phones: tuple[str, ...]
    district: str
    estate: str
    building: str
    entrance: str
    room: str
    heated_area: Decimal
    heating: bool
    hot_water: bool
    steam: bool
    customer_class: str
    important: bool
    marks: tuple[str, ...]
    notes: str


class CustomerExportRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def rows(self, estates: Sequence[str] | None, customer_class: str | None,
             mark: str | None) -> Iterator[ExportRow]:
        """Customers of these estates (None: all), of this class and with this mark."""
        last = 0
        while True:
            stmt = (select(Customer.id, Customer.account_number, Customer.name,
                           Customer.district, Customer.estate, Customer.building,
                           Customer.entrance, Customer.room, Customer.heated_area,
                           Customer.heating, Customer.hot_water, Customer.steam,
                           Customer.customer_class, Customer.important, Customer.notes)
                    .where(Customer.id > last).order_by(Customer.id).limit(CHUNK))
            if estates is not None:
                stmt = stmt.where(Customer.estate.in_(list(estates)))
            if customer_class:
                stmt = stmt.where(Customer.customer_class == customer_class)
            if mark == "important":
                stmt = stmt.where(Customer.important.is_(True))
            elif mark:
                stmt = stmt.where(select(CustomerMarkRow.customer_id).where(
                    CustomerMarkRow.customer_id == Customer.id,
                    CustomerMarkRow.mark == mark).exists())
            chunk = self.session.execute(stmt).all()
            if not chunk:
                return
            last = chunk[-1][0]
            ids = [r[0] for r in chunk]
            phones: dict[int, list[str]] = {}
            for cid, number in self.session.execute(
                    select(CustomerPhone.customer_id, CustomerPhone.number)
                    .where(CustomerPhone.customer_id.in_(ids)).order_by(CustomerPhone.id)):
                phones.setdefault(cid, []).append(number)
            marks: dict[int, list[str]] = {}
            for cid, found in self.session.execute(
                    select(CustomerMarkRow.customer_id, CustomerMarkRow.mark)
                    .where(CustomerMarkRow.customer_id.in_(ids))):
                marks.setdefault(cid, []).append(str(found))
            for r in chunk:
                yield ExportRow(r[1], r[2], tuple(phones.get(r[0], ())), r[3], r[4], r[5],
                                r[6], r[7], r[8], r[9], r[10], r[11], str(r[12]), r[13],
                                tuple(sorted(marks.get(r[0], ()))), r[14])
