"""Special-customer analysis (rule 1.4.5): counts by class and mark, the marked customers,
and the season's contacts, complaints and work orders per class and mark."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, literal_column, select
from sqlalchemy.orm import Session

from app.models.contact import Contact
from app.models.customer import Customer, CustomerMark, CustomerMarkRow, CustomerPhone
from app.models.enums import Category
from app.models.ticket import Ticket


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

    def _activity(self, key: Any, join_mark: bool, begin: datetime, after: datetime,
                  where: Any = None) -> dict[str, Activity]:
        def grouped(model: Any, moment: Any, extra: Any = None) -> dict[str, int]:
            stmt = select(key if key is not None else literal_column("'all'"),
                          func.count()).select_from(model).join(
                Customer, Customer.id == model.customer_id)
            if join_mark:
                stmt = stmt.join(CustomerMarkRow, CustomerMarkRow.customer_id == Customer.id)
            stmt = stmt.where(moment >= begin, moment < after)
            for condition in (extra, where):
                if condition is not None:
                    stmt = stmt.where(condition)
            if key is not None:
                stmt = stmt.group_by(key)
            return {str(k): int(n) for k, n in self.session.execute(stmt) if n}

        contacts = grouped(Contact, Contact.created_at)
        complaints = grouped(Contact, Contact.created_at, Contact.category == Category.COMPLAINT)
        orders = grouped(Ticket, Ticket.received_at)
        return {k: Activity(contacts.get(k, 0), complaints.get(k, 0), orders.get(k, 0))
                for k in set(contacts) | set(orders)}

    def activity_by_class(self, begin: datetime, after: datetime) -> dict[str, Activity]:
        """class -> the season's contacts, complaints and work orders of its customers."""
        return self._activity(Customer.customer_class, False, begin, after)

    def activity_by_mark(self, begin: datetime, after: datetime) -> dict[str, Activity]:
        """mark -> the same ("important" from the flag)."""
        out = self._activity(CustomerMarkRow.mark, True, begin, after)
        important = self._activity(None, False, begin, after, Customer.important)
        if "all" in important:
            out[CustomerMark.IMPORTANT.value] = important["all"]
        return out
