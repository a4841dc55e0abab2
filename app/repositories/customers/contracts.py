"""Heating contracts per customer and season (rule 3.1.3): reads and writes."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from app.models.customer import Customer
from app.models.heating_contract import HeatingContract
from app.repositories.customers.terms import contract_alias, joined_on, terms_columns

_CONTRACT = contract_alias()
_TERMS = (select(*terms_columns(_CONTRACT)).select_from(Customer)
          .outerjoin(_CONTRACT, joined_on(_CONTRACT, bindparam("season")))
          .where(Customer.id == bindparam("customer_id")))  # built once, as the card's


@dataclass(frozen=True)
class Terms:
    """The terms in force for one customer and season (NULL ranges: the standard)."""

    contract_level: int | None
    room_temp_min: Decimal | None
    room_temp_max: Decimal | None
    hot_water_min: Decimal | None
    hot_water_max: Decimal | None
    contract_status: str | None  # None: no contract on file for the season


class ContractRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def of_customer(self, customer_id: int) -> list[HeatingContract]:
        """Every season's contract of a customer, newest season first."""
        return list(self.session.scalars(
            select(HeatingContract).where(HeatingContract.customer_id == customer_id)
            .order_by(HeatingContract.season.desc())))

    def get(self, customer_id: int, season: int) -> HeatingContract | None:
        return self.session.scalar(select(HeatingContract).where(
            HeatingContract.customer_id == customer_id, HeatingContract.season == season))

    def by_id(self, contract_id: int) -> HeatingContract | None:
        return self.session.get(HeatingContract, contract_id)

    def add(self, contract: HeatingContract) -> HeatingContract:
        self.session.add(contract)
        self.session.flush()
        return contract

    def latest_status(self, customer_id: int, up_to: int) -> str | None:
        """The status of the newest contract up to season `up_to` (arrears as imported)."""
        value = self.session.scalar(
            select(HeatingContract.status)
            .where(HeatingContract.customer_id == customer_id,
                   HeatingContract.season <= up_to)
            .order_by(HeatingContract.season.desc()).limit(1))
        return None if value is None else str(value)

    def terms(self, customer_id: int, season: int | None) -> Terms | None:
        """The terms in force in `season`; None: the standing terms kept on the customer."""
        row: Any = self.session.execute(
            _TERMS, {"customer_id": customer_id, "season": season}).one_or_none()
        if row is None:
            return None
        return Terms(row.contract_level, row.room_temp_min, row.room_temp_max,
                     row.hot_water_min, row.hot_water_max,
                     None if row.contract_status is None else str(row.contract_status))
