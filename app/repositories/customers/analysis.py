"""Special-customer analysis (rule 1.4.5): counts by class and mark, the marked customers,
and the season's contacts, complaints and work orders per class and mark."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, any_, bindparam, case, func, literal_column, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from app.models.contact import Contact
from app.models.customer import (
    Customer,
    CustomerClass,
    CustomerMark,
    CustomerMarkRow,
    CustomerPhone,
)
from app.models.enums import Category
from app.models.ticket import Ticket

ID_CHUNK = 10_000  # customer ids per SQLite statement (it binds at most 32,766 values)


@dataclass(frozen=True)
class Marked:
    account_number: str
    name: str
    address: str
    customer_class: str
    phone: str


@dataclass(frozen=True)
class Activity:
    contacts: int
    complaints: int
    orders: int


class AnalysisRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def by_class(self) -> dict[str, tuple[int, Decimal]]:
        """class -> (households, heated area)."""
        rows = self.session.execute(
            select(Customer.customer_class, func.count(), func.sum(Customer.heated_area))
            .group_by(Customer.customer_class))
        return {str(c): (int(n), Decimal(area or 0)) for c, n, area in rows}

    def by_mark(self) -> dict[str, int]:
        """mark -> households ("important" read from the flag the deadlines use)."""
        counts = {str(m): int(n) for m, n in self.session.execute(
            select(CustomerMarkRow.mark, func.count()).group_by(CustomerMarkRow.mark))}
        counts[CustomerMark.IMPORTANT.value] = int(self.session.scalar(
            select(func.count()).select_from(Customer).where(Customer.important)) or 0)
        return counts

    def marked(self, mark: str, limit: int) -> list[Marked]:
        phone = (select(CustomerPhone.number).where(CustomerPhone.customer_id == Customer.id)
                 .order_by(CustomerPhone.id).limit(1).scalar_subquery())
        stmt: Any = select(Customer.account_number, Customer.name, Customer.address,
                           Customer.customer_class, phone)
        if mark == CustomerMark.IMPORTANT:
            stmt = stmt.where(Customer.important)
        else:
            stmt = stmt.join(CustomerMarkRow, CustomerMarkRow.customer_id == Customer.id).where(
                CustomerMarkRow.mark == mark)
        rows = self.session.execute(stmt.order_by(Customer.account_number).limit(limit))
        return [Marked(a, n, addr, str(c), p or "") for a, n, addr, c, p in rows]

    def _activity(self, few: Any, begin: datetime, after: datetime) -> dict[str, Activity]:
        """The season's activity of the customers `few` selects, as (key, customer id):
        read from each customer's own contacts and orders by id (ix_contact_customer_created,
        ix_ticket_customer_status), so the cost follows those customers. Joined in one
        statement, both databases read the season's million contacts first and looked up
        each one's customer (5 s a statement on SQLite at 1,000,000 customers)."""
        keys: dict[int, list[str]] = defaultdict(list)
        for key, customer_id in self.session.execute(few):
            keys[int(customer_id)].append(str(key))
        ids = sorted(keys)

        postgresql = self.session.get_bind().dialect.name == "postgresql"
        chunk = max(len(ids), 1) if postgresql else ID_CHUNK

        def among(column: Any, part: list[int]) -> Any:
            # PostgreSQL: one array parameter (10,000 separate ones took 0.3 s to plan)
            return (column == any_(bindparam("ids", part, type_=ARRAY(BigInteger)))
                    if postgresql else column.in_(part))

        def grouped(model: Any, moment: Any, *counted: Any) -> list[Counter[str]]:
            """Per key: the rows in the season, then those meeting each of `counted`, all
            from one read of each customer's rows (a statement per condition read the
            contacts twice: a third of the report)."""
            counts: list[Counter[str]] = [Counter() for _ in range(1 + len(counted))]
            columns = [func.count(), *(func.sum(case((c, 1), else_=0)) for c in counted)]
            for start in range(0, len(ids), chunk):
                stmt = (select(model.customer_id, *columns)
                        .where(among(model.customer_id, ids[start:start + chunk]),
                               moment >= begin, moment < after)
                        .group_by(model.customer_id))
                for customer_id, *ns in self.session.execute(stmt):
                    for key in keys[int(customer_id)]:
                        for counter, n in zip(counts, ns, strict=True):
                            counter[key] += int(n or 0)
            return counts

        contacts, complaints = grouped(Contact, Contact.created_at,
                                       Contact.category == Category.COMPLAINT)
        [orders] = grouped(Ticket, Ticket.received_at)
        return {k: Activity(contacts.get(k, 0), complaints.get(k, 0), orders.get(k, 0))
                for k in set(contacts) | set(orders)}

    def _with_customer(self, begin: datetime, after: datetime) -> Activity:
        """The season's contacts, complaints and orders that have a customer: all of them
        less those without (each count from an index: the times, the complaints, the
        contacts and orders without a customer)."""
        def count(model: Any, moment: Any, *where: Any) -> int:
            return int(self.session.scalar(select(func.count()).select_from(model).where(
                moment >= begin, moment < after, *where)) or 0)

        complaint = Contact.category == Category.COMPLAINT
        nobody = Contact.customer_id.is_(None)
        return Activity(
            count(Contact, Contact.created_at) - count(Contact, Contact.created_at, nobody),
            count(Contact, Contact.created_at, complaint)
            - count(Contact, Contact.created_at, complaint, nobody),
            count(Ticket, Ticket.received_at)
            - count(Ticket, Ticket.received_at, Ticket.customer_id.is_(None)))

    def activity_by_class(self, begin: datetime, after: datetime) -> dict[str, Activity]:
        """class -> the season's contacts, complaints and work orders of its customers.
        Households are nearly all residential: the other classes are read customer by
        customer and residential is what the customers' activity leaves."""
        residential = CustomerClass.RESIDENTIAL
        others = [c for c in CustomerClass if c != residential]
        out = self._activity(select(Customer.customer_class, Customer.id).where(
            Customer.customer_class.in_(others)), begin, after)
        total = self._with_customer(begin, after)
        rest = Activity(total.contacts - sum(a.contacts for a in out.values()),
                        total.complaints - sum(a.complaints for a in out.values()),
                        total.orders - sum(a.orders for a in out.values()))
        if rest.contacts or rest.orders:
            out[residential.value] = rest
        return out

    def activity_by_mark(self, begin: datetime, after: datetime) -> dict[str, Activity]:
        """mark -> the same ("important" from the flag)."""
        out = self._activity(select(CustomerMarkRow.mark, CustomerMarkRow.customer_id),
                             begin, after)
        important = self._activity(select(
            literal_column(f"'{CustomerMark.IMPORTANT.value}'"), Customer.id)
            .where(Customer.important), begin, after)
        out.update(important)
        return out
