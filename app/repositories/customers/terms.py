"""The contract terms in force (rule 3.1.3), as columns any customer query can select.

The season's contract is the source: its response level and its indoor-temperature and
hot-water ranges (NULL = the company's standard). A customer with no contract on file for
the season keeps the standing terms recorded on the customer (`customer.contract_level`,
`room_temp_min` ...: what the archive held before contracts were kept per season). One
outer join on the unique (customer_id, season) index: the screen pop stays one statement.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import case, func
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import ColumnElement

from app.models.customer import Customer
from app.models.heating_contract import HeatingContract

# customer column -> contract column
TERMS = (("contract_level", "response_level"), ("room_temp_min", "room_temp_min"),
         ("room_temp_max", "room_temp_max"), ("hot_water_min", "hot_water_min"),
         ("hot_water_max", "hot_water_max"))


def contract_alias() -> Any:
    return aliased(HeatingContract, name="season_contract")


def joined_on(contract: Any, season: Any, customer_id: Any = Customer.id
              ) -> ColumnElement[bool]:
    """The outer join's condition: the customer's contract of `season` (a value or a
    bound parameter)."""
    return (contract.customer_id == customer_id) & (contract.season == season)


def term(contract: Any, name: str) -> ColumnElement[Any]:
    """One term in force, labelled with the customer column's name."""
    contract_column = dict(TERMS)[name]
    customer_column = getattr(Customer, name)
    return case((contract.id.is_(None), customer_column),
                else_=getattr(contract, contract_column)).label(name)


def by_number(column: Any) -> tuple[ColumnElement[Any], ...]:
    """Order house numbers as numbers ("2" before "10"): shorter first, then as text."""
    return (func.length(column), column)


def terms_columns(contract: Any) -> tuple[ColumnElement[Any], ...]:
    """All five terms in force plus the contract's status (NULL: no contract on file)."""
    return (*(term(contract, name) for name, _ in TERMS),
            contract.status.label("contract_status"))
