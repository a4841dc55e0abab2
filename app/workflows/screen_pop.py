"""Screen pop: the moment a number is known, who is calling and what is open for them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.repositories.network.views import OutageLine
from app.repositories.notices import LastNotice
from app.repositories.screen_pop import ScreenPopRepository, card_of, hit_of
from app.repositories.uow import UnitOfWork
from app.repositories.views import (
    ContactSummary,
    CustomerCard,
    CustomerHit,
    IncidentView,
    TicketSummary,
)
from app.workflows.customers.season import contract_season
from app.workflows.phone import normalise_phone
from app.workflows.settings import DEFAULT_ZONE

LAST_CONTACTS = 10


@dataclass(frozen=True)
class ScreenPop:
    phone: str | None
    card: CustomerCard | None = None
    candidates: tuple[CustomerHit, ...] = ()
    open_tickets: tuple[TicketSummary, ...] = ()
    last_contacts: tuple[ContactSummary, ...] = field(default_factory=tuple)
    last_notice: LastNotice | None = None  # "notified on ..." (rule 5.2.1)
    incident: IncidentView | None = None  # an open incident affecting their building
    outage: OutageLine | None = None  # a network outage over their building (issue 16)

    @property
    def address_unit_id(self) -> int | None:
        """The unit responsible for the caller's address, to preselect on dispatch: the
        unit of their open order that falls due first, else of the incident over their
        building (no estate-to-unit mapping is kept). None without a customer."""
        if self.card is None:
            return None
        for order in self.open_tickets:
            if order.unit_id is not None:
                return order.unit_id
        return self.incident.unit_id if self.incident is not None else None

    @property
    def unknown(self) -> bool:
        """No customer has this number: the agent may create one from the form."""
        return self.card is None and not self.candidates


def _customer_view(repo: ScreenPopRepository, row: Any, phone: str | None,
                   candidates: tuple[CustomerHit, ...] = ()) -> ScreenPop:
    """The card and what surrounds it: the second and last statement of a pop."""
    around = repo.around(row.id, row.estate, row.building, LAST_CONTACTS)
    return ScreenPop(
        phone=phone, card=card_of(row, around.phones, around), candidates=candidates,
        open_tickets=around.open_tickets, last_contacts=around.last_contacts,
        last_notice=around.last_notice, incident=around.incident, outage=around.outage)


def _season(uow: UnitOfWork, season: int | None) -> int:
    """The contract season in force (issue 14): the desk passes the one its settings give
    (app/workflows/customers/season.py); else today's by the default season dates."""
    return season if season is not None else contract_season(
        uow.clock().astimezone(DEFAULT_ZONE).date())


def pop_by_phone(uow: UnitOfWork, raw_number: str, season: int | None = None) -> ScreenPop:
    """One customer: the whole card. Several (a shared line): the first, and the choices.

    Two statements whatever the caller has (the owners with their card columns, then
    everything around the card), because each one is a round trip on a server while
    the caller waits.
    """
    phone = normalise_phone(raw_number)
    if phone is None:
        return ScreenPop(phone=None)
    with uow:
        repo = uow.repo(ScreenPopRepository)
        owners = repo.owners(phone, _season(uow, season))
        if not owners:
            return ScreenPop(phone=phone, last_contacts=tuple(
                repo.contacts_for_phone(phone, LAST_CONTACTS)))
        candidates = (tuple(sorted((hit_of(r) for r in owners),
                                   key=lambda h: h.account_number))
                      if len(owners) > 1 else ())
        return _customer_view(repo, owners[0], phone, candidates)


def pop_customer(uow: UnitOfWork, customer_id: int, phone: str | None = None,
                 season: int | None = None) -> ScreenPop:
    with uow:
        repo = uow.repo(ScreenPopRepository)
        row = repo.customer(customer_id, _season(uow, season))
        if row is None:
            return ScreenPop(phone=phone)
        return _customer_view(repo, row, phone)


def search_customers(uow: UnitOfWork, text: str) -> list[CustomerHit]:
    """As the agent types: pinyin, name, estate, address, account, phone or its tail
    (app/workflows/customers/search.py)."""
    from app.workflows.customers.search import find_customers

    return find_customers(uow, text)
