"""Customer queries: the screen-pop lookup by phone, search, and creation.

The screen pop is the hottest path of the product (a caller is waiting), so it uses narrow
column selects on indexed columns rather than loading ORM graphs.
"""

from __future__ import annotations

from sqlalchemy import bindparam, func, or_, select
from sqlalchemy.orm import Session

from app.models.customer import Customer, CustomerPhone
from app.repositories.customers import search_keys
from app.repositories.customers.terms import contract_alias, joined_on, terms_columns
from app.repositories.text_search import TextSearch
from app.repositories.views import CustomerCard, CustomerHit, customer_card

search_keys.install()  # every flushed customer keeps its search keys (revision 0135)

_CARD_COLUMNS = (
    Customer.id, Customer.account_number, Customer.name, Customer.address,
    Customer.district, Customer.estate, Customer.building, Customer.entrance, Customer.room,
    Customer.heated_area, Customer.heating, Customer.hot_water, Customer.steam,
    Customer.important, Customer.contract_notes,
    Customer.customer_class, Customer.notes,  # issue 14: the archive's record
)
# Built once: making the contract alias and its CASE columns cost about 0.5 ms a card, more
# than running the statement (the demo reads a few thousand cards, desks one per call).
_CARD_CONTRACT = contract_alias()
_CARD_SELECT = (select(*_CARD_COLUMNS, *terms_columns(_CARD_CONTRACT))
                .outerjoin(_CARD_CONTRACT, joined_on(_CARD_CONTRACT, bindparam("season"))))
_CARD = _CARD_SELECT.where(Customer.id == bindparam("customer_id"))
_CARDS = _CARD_SELECT.where(Customer.id.in_(bindparam("customer_ids", expanding=True)))


class CustomerRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def ids_by_phone(self, number: str, limit: int = 20) -> list[int]:
        stmt = (select(CustomerPhone.customer_id).where(CustomerPhone.number == number)
                .order_by(CustomerPhone.customer_id).limit(limit))
        return list(dict.fromkeys(self.session.scalars(stmt)))

    def id_by_account(self, account_number: str) -> int | None:
        return self.session.scalar(
            select(Customer.id).where(Customer.account_number == account_number))

    def card(self, customer_id: int, season: int | None = None) -> CustomerCard | None:
        """The card with the contract terms of `season` in force (rule 3.1.3; None: the
        standing terms kept on the customer, as before contracts were kept per season)."""
        row = self.session.execute(
            _CARD, {"customer_id": customer_id, "season": season}).one_or_none()
        if row is None:
            return None
        phones = tuple(self.session.scalars(
            select(CustomerPhone.number).where(CustomerPhone.customer_id == customer_id)
            .order_by(CustomerPhone.id)))
        return customer_card(row, phones)

    def cards(self, customer_ids: list[int], season: int | None = None) -> list[CustomerCard]:
        """`card` of many customers in two statements, in the order of the ids (missing ones
        left out): a scan of a few thousand (the demo's) took two round trips a card."""
        if not customer_ids:
            return []
        rows = {row.id: row for row in self.session.execute(
            _CARDS, {"customer_ids": list(customer_ids), "season": season})}
        phones: dict[int, list[str]] = {}
        for customer_id, number in self.session.execute(
                select(CustomerPhone.customer_id, CustomerPhone.number)
                .where(CustomerPhone.customer_id.in_(list(rows)))
                .order_by(CustomerPhone.id)):
            phones.setdefault(customer_id, []).append(number)
        return [customer_card(rows[i], tuple(phones.get(i, ()))) for i in customer_ids
                if i in rows]

    def hits(self, customer_ids: list[int]) -> list[CustomerHit]:
        if not customer_ids:
            return []
        rows = self.session.execute(
            select(Customer.id, Customer.account_number, Customer.name, Customer.address,
                   Customer.important).where(Customer.id.in_(customer_ids))
            .order_by(Customer.account_number))
        return [CustomerHit(*row) for row in rows]

    def search(self, text: str, limit: int = 50) -> list[CustomerHit]:
        """Any fragment of the account number, name, address or a phone number."""
        text = text.strip()
        if not text:
            return []
        escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        pattern = f"%{escaped}%"
        phones = select(CustomerPhone.id).where(
            CustomerPhone.customer_id == Customer.id,
            CustomerPhone.number.like(pattern, escape="\\"))
        stmt = (
            select(Customer.id, Customer.account_number, Customer.name, Customer.address,
                   Customer.important)
            .where(or_(
                Customer.account_number.like(pattern, escape="\\"),
                Customer.name.like(pattern, escape="\\"),
                Customer.address.like(pattern, escape="\\"),
                phones.exists(),
            ))
            .order_by(Customer.account_number)
            .limit(limit)
        )
        # the index names the candidates, LIKE keeps exactly the customers that match
        candidates = TextSearch(self.session).customers(text)
        if candidates is not None:
            stmt = stmt.where(Customer.id.in_(candidates))
        return [CustomerHit(*row) for row in self.session.execute(stmt)]

    def add(self, customer: Customer) -> Customer:
        self.session.add(customer)
        self.session.flush()
        return customer

    def account_exists(self, account_number: str) -> bool:
        return self.id_by_account(account_number) is not None

    def count(self) -> int:
        return self.session.scalar(select(func.count()).select_from(Customer)) or 0

    def next_account_number(self, prefix: str = "R") -> str:
        """A new account number after the highest one with this prefix."""
        top = self.session.scalar(
            select(func.max(Customer.account_number))
            .where(Customer.account_number.like(f"{prefix}%")))
        digits = top[len(prefix):] if top else ""
        number = int(digits) + 1 if digits.isdigit() else 1
        return f"{prefix}{number:08d}"
