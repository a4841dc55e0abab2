"""The leaders' season lists: who has no signed contract for the coming season (rule 3.1.3).

"Not signed" = no contract on file for the season, or one not yet renewed or in arrears; a
contract recorded as stopped (报停 for the season) is not waiting for a signature. One
outer join on the unique (customer_id, season) index, ordered by address for the field.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import String, func, or_, select, type_coerce
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.elements import ColumnElement

from app.models.customer import Customer, CustomerPhone
from app.models.heating_contract import ContractStatus, HeatingContract
from app.repositories.customers.terms import by_number

WAITING = (ContractStatus.NOT_RENEWED, ContractStatus.ARREARS)  # rule 3.1.3: not yet signed
NO_CONTRACT = "none"


@dataclass(frozen=True)
class ChecklistLine:
    customer_id: int
    account_number: str
    name: str
    estate: str
    building: str
    entrance: str
    room: str
    address: str
    phone: str
    status: str  # "none" (no contract on file), "not_renewed" or "arrears"
    last_season: int | None  # the newest season signed before, if any


class ChecklistRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    @staticmethod
    def _where(contract: Any, estate: str) -> list[ColumnElement[bool]]:
        where = [or_(contract.id.is_(None), contract.status.in_(WAITING))]
        if estate:
            where.append(Customer.estate == estate)
        return where

    def counts(self, season: int, estate: str = "") -> dict[str, int]:
        """Unsigned customers by status ("none", "not_renewed", "arrears")."""
        contract = HeatingContract
        status = func.coalesce(type_coerce(contract.status, String), NO_CONTRACT)
        rows = self.session.execute(
            select(status, func.count()).select_from(Customer)
            .outerjoin(contract, (contract.customer_id == Customer.id)
                       & (contract.season == season))
            .where(*self._where(contract, estate)).group_by(status))
        return {str(key): int(n) for key, n in rows}

    def lines(self, season: int, estate: str = "", limit: int | None = 500,
              offset: int = 0) -> list[ChecklistLine]:
        contract = aliased(HeatingContract, name="season_contract")
        phone = (select(CustomerPhone.number).where(CustomerPhone.customer_id == Customer.id)
                 .order_by(CustomerPhone.id).limit(1).scalar_subquery())
        last = (select(func.max(HeatingContract.season).label("s"))
                .where(HeatingContract.customer_id == Customer.id,
                       HeatingContract.season < season,
                       HeatingContract.status == ContractStatus.SIGNED)
                .scalar_subquery())
        stmt = (select(Customer.id, Customer.account_number, Customer.name, Customer.estate,
                       Customer.building, Customer.entrance, Customer.room, Customer.address,
                       phone.label("phone"), contract.status, last.label("last_season"))
                .outerjoin(contract, (contract.customer_id == Customer.id)
                           & (contract.season == season))
                .where(*self._where(contract, estate))
                .order_by(Customer.estate, *by_number(Customer.building),
                          *by_number(Customer.entrance), *by_number(Customer.room),
                          Customer.id)
                .offset(offset))
        if limit is not None:
            stmt = stmt.limit(limit)
        return [ChecklistLine(r.id, r.account_number, r.name, r.estate, r.building,
                              r.entrance, r.room, r.address, r.phone or "",
                              NO_CONTRACT if r.status is None else str(r.status),
                              r.last_season) for r in self.session.execute(stmt)]

    def estates(self) -> list[str]:
        return [e for e in self.session.scalars(
            select(Customer.estate).group_by(Customer.estate).order_by(Customer.estate)) if e]
