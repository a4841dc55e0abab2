"""Field trips of the demo (rule 3.8), through the trip workflows.

Yesterday the agent opened three repair orders in one estate for the pipe-network team; the
technician made a trip of them in the morning, phoned ahead (two reached, one not), went
out, and in the afternoon entered what was found (one resolved with the customer's
satisfied word and a photo, one waiting for a part, one nobody home) and reported the
trip. Today two orders of another estate are on the shift leader's trip, one phoned.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from app.repositories.customers import CustomerCard
from app.repositories.notices import NoticeRepository
from app.workflows.demo.data import TECHNICIAN_UNIT
from app.workflows.demo.extras.stage import Stage
from app.workflows.intake import IntakeForm, save_intake
from app.workflows.trips.appointment import AppointmentForm, record_appointment
from app.workflows.trips.feedback import FeedbackForm, record_feedback
from app.workflows.trips.planning import Pick, TripForm, create_trip
from app.workflows.trips.report import finish_trip

AGENT, TECHNICIAN, LEADER = "1001", "3001", "2001"
PROBLEMS = ["暖气片不热，阀门可能未打开", "卫生间散热器漏水", "室内温度偏低，管道有异响",
            "暖气片上热下凉", "入户阀门拧不动"]


def _unit_id(stage: Stage) -> int:
    with stage.desk.uow() as uow:
        return next(u.id for u in uow.units.active() if u.code == TECHNICIAN_UNIT)


def _households(stage: Stage, rng: random.Random, count: int,
                avoid: str = "") -> list[CustomerCard]:
    """`count` customers with a phone in one estate (a walk of a few buildings)."""
    first = stage.customer(rng, lambda c: bool(c.phones and c.estate and c.building
                                               and c.estate != avoid))
    with stage.desk.uow() as uow:
        ids = [h.customer_id for h in uow.repo(NoticeRepository).households(first.estate)]
        rng.shuffle(ids)
        found = [first]
        for cid in ids:
            card = uow.customers.card(cid)
            if card is not None and card.phones and card.id != first.id:
                found.append(card)
            if len(found) == count:
                break
    return found


def _order(stage: Stage, card: CustomerCard, unit: int, at: datetime, text: str) -> int:
    result = save_intake(stage.uow(AGENT, at), IntakeForm(
        channel="phone", category="repair", description=text, phone=card.phones[0],
        customer_id=card.id, outcome="work_order", level=3, unit_id=unit,
        rang_at=at - timedelta(minutes=3), answered_at=at - timedelta(minutes=3),
        ended_at=at))
    assert result.ticket_id is not None
    return result.ticket_id


def plan_trips(stage: Stage) -> None:
    rng = stage.rng("trips")
    unit = _unit_id(stage)
    yesterday = stage.today - timedelta(days=1)
    homes = _households(stage, rng, 3)
    _yesterday(stage, rng, unit, yesterday, homes)
    _today(stage, rng, unit, _households(stage, rng, 2, avoid=homes[0].estate))


def _yesterday(stage: Stage, rng: random.Random, unit: int, day: date,
               homes: list[CustomerCard]) -> None:
    opened = stage.local(day, 8, 5)
    made, phoned = stage.local(day, 8, 40), stage.local(day, 8, 55)
    entered, reported = stage.local(day, 16, 30), stage.local(day, 16, 50)
    texts = rng.sample(PROBLEMS, len(homes))
    ids: list[int] = []
    found: dict[str, object] = {}

    def open_orders() -> None:
        for n, card in enumerate(homes):
            ids.append(_order(stage, card, unit, opened + timedelta(minutes=7 * n), texts[n]))

    def make() -> None:
        view = create_trip(stage.uow(TECHNICIAN, made), TripForm(
            day=day, unit_id=unit, estate=homes[0].estate,
            technician_id=stage.staff[TECHNICIAN].id,
            picks=[Pick("order", c.id, t) for c, t in zip(homes, ids, strict=True)],
            note="携带阀门扳手、排气钥匙、测温仪"))
        found["trip"] = view

    def phone() -> None:
        view = found["trip"]
        stops = view.stops  # type: ignore[attr-defined]
        for n, stop in enumerate(stops):
            at = phoned + timedelta(minutes=4 * n)
            form = (AppointmentForm("not_reached", note="电话无人接听，已贴上门通知")
                    if n == len(stops) - 1 else
                    AppointmentForm("agreed", reached_name=f"{stop.name}本人",
                                    agreed_at=stage.local(day, 10 + n, 0)))
            record_appointment(stage.uow(TECHNICIAN, at), stop.id, form)

    def enter() -> None:
        stops = found["trip"].stops  # type: ignore[attr-defined]
        forms = [
            FeedbackForm("resolved", found="入户阀门未完全打开，散热器内有空气",
                         done="打开阀门并排气，散热器恢复正常", confirmed_by=stops[0].name,
                         satisfied=True, photos=f"IMG_{day:%m%d}_01.jpg"),
            FeedbackForm("needs_part", found="散热器温控阀损坏", reason="等待配件到货",
                         follow_up="更换散热器温控阀，配件到货后预约上门",
                         confirmed_by=stops[1].name if len(stops) > 1 else "",
                         satisfied=None),
            FeedbackForm("nobody_home", reason="上门时无人在家，已留上门通知"),
        ]
        for n, (stop, form) in enumerate(zip(stops, forms, strict=False)):
            record_feedback(stage.uow(TECHNICIAN, entered + timedelta(minutes=5 * n)),
                            stop.id, form)

    stage.at(opened, open_orders)
    stage.at(made, make)
    stage.at(phoned, phone)
    stage.at(entered, enter)
    stage.at(reported, lambda: finish_trip(stage.uow(TECHNICIAN, reported),
                                           found["trip"].head.id))  # type: ignore[attr-defined]


def _today(stage: Stage, rng: random.Random, unit: int, homes: list[CustomerCard]) -> None:
    day = stage.today
    opened, made, phoned = (stage.local(day, 7, 40), stage.local(day, 8, 10),
                            stage.local(day, 8, 20))
    texts = rng.sample(PROBLEMS, len(homes))
    ids: list[int] = []
    found: dict[str, object] = {}

    def open_orders() -> None:
        for n, card in enumerate(homes):
            ids.append(_order(stage, card, unit, opened + timedelta(minutes=6 * n), texts[n]))

    def make() -> None:
        found["trip"] = create_trip(stage.uow(LEADER, made), TripForm(
            day=day, unit_id=unit, estate=homes[0].estate,
            technician_id=stage.staff[TECHNICIAN].id,
            picks=[Pick("order", c.id, t) for c, t in zip(homes, ids, strict=True)]))

    def phone() -> None:
        stop = found["trip"].stops[0]  # type: ignore[attr-defined]
        record_appointment(stage.uow(LEADER, phoned), stop.id, AppointmentForm(
            "agreed", reached_name=f"{stop.name}家属", agreed_at=stage.local(day, 14, 0)))

    stage.at(opened, open_orders)
    stage.at(made, make)
    stage.at(phoned, phone)


