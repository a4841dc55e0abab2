"""Read models the repositories return: plain frozen data that outlives the session."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any


@dataclass(frozen=True)
class CustomerCard:
    id: int
    account_number: str
    name: str
    address: str
    district: str
    estate: str
    building: str
    entrance: str
    room: str
    heated_area: Decimal
    services: tuple[str, ...]
    important: bool
    contract_notes: str
    contract_level: int | None
    phones: tuple[str, ...] = field(default_factory=tuple)
    # the archive (issue 14): class, special marks, notes, the season's contract status
    # (None: no contract on file) and the heating state (app/models/heating_stop.py)
    customer_class: str = "residential"
    marks: tuple[str, ...] = ()
    notes: str = ""
    contract_status: str | None = None
    heating_state: str = "heating"


def customer_card(row: Any, phones: tuple[str, ...] = (), marks: tuple[str, ...] = (),
                  heating_state: str = "heating") -> CustomerCard:
    """The card from a row carrying the customer's columns and its contract terms (the
    screen pop's and the archive's queries select the same ones)."""
    services = tuple(name for name, on in (("heating", row.heating),
                                           ("hot_water", row.hot_water),
                                           ("steam", row.steam)) if on)
    return CustomerCard(
        id=row.id, account_number=row.account_number, name=row.name, address=row.address,
        district=row.district, estate=row.estate, building=row.building,
        entrance=row.entrance, room=row.room, heated_area=row.heated_area,
        services=services, important=row.important, contract_notes=row.contract_notes,
        contract_level=row.contract_level, phones=phones,
        customer_class=str(row.customer_class), notes=row.notes,
        contract_status=None if row.contract_status is None else str(row.contract_status),
        marks=marks, heating_state=heating_state)


@dataclass(frozen=True)
class CustomerHit:
    """One line of a search result list."""

    id: int
    account_number: str
    name: str
    address: str
    important: bool


@dataclass(frozen=True)
class TicketSummary:
    id: int
    number: str
    category: str
    level: int
    status: str
    description: str
    unit_name: str
    received_at: datetime
    due_at: datetime
    unit_id: int | None = None  # the executing unit (read by the screen pop)


@dataclass(frozen=True)
class ContactSummary:
    id: int
    created_at: datetime
    channel: str
    category: str
    description: str
    outcome: str
    agent_name: str
    ticket_number: str | None


@dataclass(frozen=True)
class UnitView:
    id: int
    code: str
    name: str


@dataclass(frozen=True)
class EventView:
    id: int
    occurred_at: datetime
    actor_name: str | None
    entity: str
    entity_id: int
    action: str
    changes: dict


@dataclass(frozen=True)
class IncidentView:
    """An incident (a burst pipe, a substation fault) with its areas and child orders."""

    id: int
    kind: str
    title: str
    description: str
    status: str
    unit_id: int
    started_at: datetime
    expected_end_at: datetime | None
    areas: tuple[tuple[str, str], ...]
    resolution: str = ""
    children: int = 0
