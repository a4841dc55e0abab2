"""What the archive window shows about one customer at once: the record to edit, the card
as the screen pop shows it (contract status, heating state) and the seasons in play."""

from __future__ import annotations

from dataclasses import dataclass

from app.repositories.uow import UnitOfWork
from app.repositories.views import CustomerCard
from app.workflows.customers.record import RecordView, load_record
from app.workflows.customers.season import current_season
from app.workflows.errors import NotFound
from app.workflows.screen_pop import pop_customer
from app.workflows.settings import load_settings


@dataclass(frozen=True)
class Overview:
    record: RecordView
    card: CustomerCard
    season: int  # the season in force
    coming: int  # the season whose contracts are being signed


def customer_overview(uow: UnitOfWork, customer_id: int) -> Overview:
    record = load_record(uow, customer_id)  # checks ARCHIVE_VIEW
    with uow:
        season = current_season(uow, load_settings(uow))
    card = pop_customer(uow, customer_id, season=season).card
    if card is None:
        raise NotFound(f"customer {customer_id}")
    return Overview(record, card, season, season + 1)
