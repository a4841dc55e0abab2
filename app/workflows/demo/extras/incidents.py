"""Incidents with their callers' orders (rules 2.5, 5.2.1): one resolved last week, one open.

A burst pipe last week: the agent on duty opens the incident for the building, links the
orders of the neighbours who call (the estate's homes hang on that pipe), and the shift leader resolves it, which resolves every
child order and queues its callback; the callbacks follow the next day. A substation fault
runs now, with its children waiting, so a caller from that building sees it in the screen
pop.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial

from app.repositories.customers import CustomerCard
from app.repositories.notices import NoticeRepository
from app.repositories.uow import UnitOfWork
from app.workflows.demo.extras.orders import Order, Stories
from app.workflows.demo.extras.roster import team_at
from app.workflows.demo.extras.stage import Stage
from app.workflows.tickets.callback import record_callback
from app.workflows.tickets.incidents import (
    IncidentForm,
    link_ticket,
    open_incident,
    resolve_incident,
)

LEADER = "2001"
CHILDREN = 3


@dataclass
class PlannedIncident:
    kind: str
    title: str
    building: CustomerCard
    started: datetime
    unit: str
    id: int = 0
    children: list[Order] = field(default_factory=list)


def _neighbours(stage: Stage, card: CustomerCard, count: int) -> list[CustomerCard]:
    with stage.desk.uow() as uow:
        homes = uow.repo(NoticeRepository).households(card.estate)
        cards = [uow.customers.card(h.customer_id) for h in homes[:count * 4]]
    return [c for c in cards if c is not None and c.phones][:count]


def _incident(stage: Stage, stories: Stories, rng: random.Random, incident: PlannedIncident,
              expected: datetime | None) -> None:
    agent = team_at(stage, incident.started)[0]
    form = IncidentForm(kind=incident.kind, title=incident.title,
                        unit_id=stories.units[incident.unit],
                        areas=[(incident.building.estate, "")],  # the whole estate
                        description="多户来电反映暖气不热，现场已确认", expected_end_at=expected)

    def opened() -> None:
        incident.id = open_incident(stage.uow(agent, incident.started), form).id

    stage.at(incident.started, opened)
    for n, card in enumerate(_neighbours(stage, incident.building, CHILDREN)):
        called = incident.started + timedelta(minutes=12 + 9 * n)
        order = Order("incident", card, "heating_quality", incident.unit,
                      rng.choice(("家里暖气突然不热了", "楼道里管道漏水，暖气不热")))
        stories.intake(rng, order, called)
        incident.children.append(order)
        who = team_at(stage, called)[0]
        linked = called + timedelta(minutes=1)
        stage.at(linked, _linker(stage, incident, order, who, linked))


def _linker(stage: Stage, incident: PlannedIncident, order: Order, job: str,
            at: datetime) -> Callable[[], None]:
    def link() -> None:
        link_ticket(stage.uow(job, at), incident.id, order.id)
    return link


def _callback(uow: UnitOfWork, order: Order, level: str) -> None:
    record_callback(uow, order.id, reached=True, satisfaction=level, words="已经热了")


def _household(card: CustomerCard) -> bool:
    return bool(card.building) and "heating" in card.services


def plan_incidents(stage: Stage, stories: Stories) -> list[PlannedIncident]:
    rng = stage.rng("incidents")
    burst = PlannedIncident(
        "burst_pipe", "供热支管爆裂", stage.customer(rng, _household),
        stage.now - timedelta(days=6, hours=rng.randint(2, 8)), "U05")
    burst.title = f"{burst.building.estate}{burst.building.building}号楼前供热支管爆裂"
    _incident(stage, stories, rng, burst, burst.started + timedelta(hours=6))
    fixed = burst.started + timedelta(hours=5, minutes=20)
    stage.at(fixed, lambda: resolve_incident(stage.uow(LEADER, fixed), burst.id,
                                             "已更换爆裂管段，恢复供热", "company"))
    for n, order in enumerate(burst.children):
        called = fixed + timedelta(hours=18, minutes=7 * n)
        agent = team_at(stage, called)[0]
        stage.at(called, partial(_callback, stage.uow(agent, called), order,
                                 "satisfied" if n else "basically_satisfied"))
    fault = PlannedIncident(
        "substation_fault", "换热站故障", stage.customer(rng, _household),
        stage.now - timedelta(hours=3, minutes=rng.randint(0, 40)), "U06")
    fault.title = f"{fault.building.estate}换热站循环泵故障"
    _incident(stage, stories, rng, fault, fault.started + timedelta(hours=8))
    return [burst, fault]
