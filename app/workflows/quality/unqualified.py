"""Homes whose room samples failed, each one step from a heating-quality work order.

Only non-exempt samples count (rule 5.1.1): a cold room on a −10 °C day is reported apart,
not chased. A home with an open heating-quality order shows that order instead of inviting
a second one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.models.enums import Category, Channel, Outcome, Responsibility
from app.repositories.quality import QualityRepository
from app.repositories.uow import UnitOfWork
from app.workflows.customers.contracts import card_in_force
from app.workflows.errors import ValidationError
from app.workflows.intake import IntakeForm, IntakeResult, save_intake
from app.workflows.quality.rates import season_samples
from app.workflows.tickets.sla import default_level


@dataclass(frozen=True)
class UnqualifiedHome:
    customer_id: int
    account_number: str
    name: str
    address: str
    failed: int              # unqualified non-exempt samples this season
    last_day: date
    last_room: str
    last_temperature: Decimal
    low: Decimal
    high: Decimal
    contract: bool
    open_ticket_id: int | None


def unqualified_homes(uow: UnitOfWork, season: str) -> list[UnqualifiedHome]:
    """Homes with at least one unqualified, non-exempt sample, the latest failure first."""
    with uow:
        _season, judged, _settings = season_samples(uow, season)
        failed = [j for j in judged if not j.exempt and not j.qualified]
        by_home: dict[int, list] = {}
        for j in failed:
            by_home.setdefault(j.row.customer_id, []).append(j)
        orders = uow.repo(QualityRepository).open_quality_orders(list(by_home))
    homes = []
    for customer_id, items in by_home.items():
        last = items[-1]
        homes.append(UnqualifiedHome(
            customer_id, last.row.account_number, last.row.name, last.row.address,
            len(items), last.row.day, last.row.room, Decimal(last.row.temperature),
            last.range.low, last.range.high, last.range.contract, orders.get(customer_id)))
    homes.sort(key=lambda h: (h.last_day, h.account_number), reverse=True)
    return homes


def open_work_order(uow: UnitOfWork, customer_id: int, unit_id: int | None,
                    description: str) -> IntakeResult:
    """A heating-quality work order for the home (levels and deadlines of rule 5.2.2).

    `description` is the text the agent sees and may edit (the UI writes it in Chinese).
    """
    with uow:
        if uow.repo(QualityRepository).open_quality_orders([customer_id]):
            raise ValidationError({"customer": "order.already_open"})
        card = card_in_force(uow, customer_id)  # the season's contract level (rule 3.1.3)
        if card is None:
            raise ValidationError({"customer": "account.unknown"})
    return save_intake(uow, IntakeForm(
        channel=Channel.FIELD_VISIT.value, category=Category.HEATING_QUALITY.value,
        description=description, customer_id=customer_id,
        responsibility=Responsibility.UNDETERMINED.value, outcome=Outcome.WORK_ORDER.value,
        level=default_level(card.important, card.contract_level), unit_id=unit_id))
