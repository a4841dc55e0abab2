"""Screen pop: the moment a number is known, who is calling and what is open for them."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.repositories.notices import LastNotice, NoticeRepository
from app.repositories.uow import UnitOfWork
from app.repositories.views import ContactSummary, CustomerCard, CustomerHit, TicketSummary
from app.workflows.phone import normalise_phone
from app.workflows.tickets.incidents import IncidentView, incident_at

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

    @property
    def unknown(self) -> bool:
        """No customer has this number: the agent may create one from the form."""
        return self.card is None and not self.candidates


def _customer_view(uow: UnitOfWork, customer_id: int, phone: str | None,
                   candidates: tuple[CustomerHit, ...] = ()) -> ScreenPop:
    card = uow.customers.card(customer_id)
    if card is None:
        return ScreenPop(phone=phone, candidates=candidates)
    return ScreenPop(
        phone=phone, card=card, candidates=candidates,
        open_tickets=tuple(uow.tickets.open_for_customer(customer_id)),
        last_contacts=tuple(uow.contacts.last_for_customer(customer_id, LAST_CONTACTS)),
        last_notice=uow.repo(NoticeRepository).latest_for_customer(customer_id),
        incident=incident_at(uow, card.estate, card.building),
    )


def pop_by_phone(uow: UnitOfWork, raw_number: str) -> ScreenPop:
    """One customer: the whole card. Several (a shared line): the first, and the choices."""
    phone = normalise_phone(raw_number)
    if phone is None:
        return ScreenPop(phone=None)
    with uow:
        ids = uow.customers.ids_by_phone(phone)
        if not ids:
            return ScreenPop(phone=phone, last_contacts=tuple(
                uow.contacts.last_for_phone(phone, LAST_CONTACTS)))
        candidates = tuple(uow.customers.hits(ids)) if len(ids) > 1 else ()
        return _customer_view(uow, ids[0], phone, candidates)


def pop_customer(uow: UnitOfWork, customer_id: int, phone: str | None = None) -> ScreenPop:
    with uow:
        return _customer_view(uow, customer_id, phone)


def search_customers(uow: UnitOfWork, text: str) -> list[CustomerHit]:
    """Account number, name or address fragment; a phone number also finds its owners."""
    with uow:
        phone = normalise_phone(text)
        if phone is not None:
            ids = uow.customers.ids_by_phone(phone)
            if ids:
                return uow.customers.hits(ids)
        return uow.customers.search(text)
