"""Work orders with their whole history, written step by step through the real workflows.

Each story is one caller's order: taken by the agent on duty (rule 2.5), dispatched to the
unit, claimed and started by the technician when it goes to his team, paused while nobody
is at home (rule 5.2.2 keeps the unit's hours), escalated to the shift leader (rule 2.8), a
case held by a leader (rule 3.6.2(3)), resolved with the responsibility attributed (rule
2.6), called back (回访) within a day (rule 2.5) and closed, or reopened when the customer
is not satisfied (rule 5.3.1). Stories are spread over the last and the current heating
season (so the callbacks count in both seasons' satisfaction, rule 5.3.2.2); a few stand
open at `now` in every state the queues show: new, in progress, overdue, paused, awaiting
a callback.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from app.repositories.customers import CustomerCard
from app.workflows.demo import data as words
from app.workflows.demo.extras.roster import team_at
from app.workflows.demo.extras.stage import Stage
from app.workflows.intake import IntakeForm, save_intake
from app.workflows.tickets.callback import record_callback
from app.workflows.tickets.case import open_case
from app.workflows.tickets.claim import claim
from app.workflows.tickets.edits import record_urge
from app.workflows.tickets.escalation import escalate
from app.workflows.tickets.lifecycle import close, dispatch, follow_up, resolve, start
from app.workflows.tickets.pause import pause, resume
from app.workflows.tickets.sla import default_level

TECHNICIAN = "3001"
LEADER = "2001"
LAST_SEASON_STORIES = 14
CURRENT_SEASON_STORIES = 8
KINDS = ("plain", "paused", "unhappy", "third_party", "escalated", "case", "plain", "urged")
PRAISE = ("师傅很负责，谢谢", "处理很及时", "暖气热了，满意", "服务态度好")
LUKEWARM = ("还行，就是等得久了点", "基本解决了")
UNHAPPY = ("暖气还是不热", "师傅来了没解决问题")


@dataclass
class Order:
    """One story's order; `id` is known once the intake step has run."""

    kind: str
    customer: CustomerCard
    category: str
    unit: str
    text: str
    level: int | None = None  # None: the customer's own level (rule 5.2.2)
    id: int = 0


def _agent(stage: Stage, at: datetime) -> str:
    """The first agent on duty at `at` takes the call (the roster's team, roster.py)."""
    return team_at(stage, at)[0]


class Stories:
    def __init__(self, stage: Stage) -> None:
        self.stage = stage
        with stage.desk.uow() as uow:
            self.units = {u.code: u.id for u in uow.units.active()}
        self.orders: list[Order] = []

    # -- helpers ---------------------------------------------------------------------------

    def _step(self, at: datetime, job: str | Callable[[], str],
              action: Callable[..., object], order: Order, *args: object,
              **kwargs: object) -> None:
        def run() -> None:
            who = job() if callable(job) else job
            action(self.stage.uow(who, at), order.id, *args, **kwargs)

        self.stage.at(at, run)

    def _order(self, rng: random.Random, kind: str) -> Order:
        important = kind == "escalated"
        customer = self.stage.customer(rng, lambda c: bool(c.phones) and "heating" in
                                       c.services and c.important == important)
        category = {"unhappy": "complaint", "case": "contract", "third_party": "repair",
                    "urged": "repair"}.get(kind, rng.choice(("heating_quality", "repair")))
        station = dict(words.DISTRICTS).get(customer.district, "U01")
        unit = {"heating_quality": station, "repair": "U05", "complaint": station,
                "contract": "U07"}[category]
        if kind in ("paused", "escalated"):
            unit = "U05"
        said, _ = rng.choice(words.CALLS[category])
        return Order(kind, customer, category, unit, said.format(t=rng.randint(11, 15)))

    def intake(self, rng: random.Random, order: Order, at: datetime) -> None:
        agent = _agent(self.stage, at)
        answered = at - timedelta(minutes=rng.randint(2, 6))
        form = IntakeForm(
            channel="phone", category=order.category, description=order.text,
            phone=order.customer.phones[0], customer_id=order.customer.id,
            outcome="work_order", answer="已登记并派单，承办单位将尽快与您联系",
            level=order.level or default_level(order.customer.important,
                                               order.customer.contract_level),
            unit_id=self.units[order.unit], rang_at=answered - timedelta(
                seconds=rng.randint(3, 12)), answered_at=answered, ended_at=at)

        def run() -> None:
            result = save_intake(self.stage.uow(agent, at), form)
            assert result.ticket_id is not None
            order.id = result.ticket_id

        self.stage.at(at, run)
        self.orders.append(order)

    def _work(self, rng: random.Random, order: Order, at: datetime) -> datetime:
        """Dispatch, and for the technician's team claim and start; returns when work began."""
        self._step(at + timedelta(minutes=3), lambda: _agent(self.stage, at), dispatch,
                   order, self.units[order.unit])
        if order.unit != "U05":
            return at + timedelta(minutes=3)
        claimed = at + timedelta(minutes=rng.randint(8, 25))
        self._step(claimed, TECHNICIAN, claim, order)
        began = claimed + timedelta(minutes=rng.randint(20, 50))
        self._step(began, TECHNICIAN, start, order)
        return began

    def _resolve(self, rng: random.Random, order: Order, at: datetime,
                 responsibility: str = "company", third_party: str = "") -> None:
        who: str | Callable[[], str] = (TECHNICIAN if order.unit == "U05"
                                        else (lambda: _agent(self.stage, at)))
        self._step(at, who, resolve, order, rng.choice(words.RESOLUTIONS), responsibility,
                   third_party)

    def _callback(self, order: Order, at: datetime, level: str | None, words_: str) -> None:
        self._step(at, lambda: _agent(self.stage, at), record_callback, order,
                   reached=level is not None, satisfaction=level, words=words_)

    # -- stories ---------------------------------------------------------------------------

    def story(self, rng: random.Random, kind: str, at: datetime) -> None:
        order = self._order(rng, kind)
        self.intake(rng, order, at)
        began = self._work(rng, order, at)
        done = began + timedelta(minutes=rng.randint(30, 90))
        if kind == "paused":
            paused = began + timedelta(minutes=30)
            self._step(paused, TECHNICIAN, pause, order, "用户不在家，已约定次日上门")
            done = paused + timedelta(minutes=rng.randint(480, 840))
            self._step(done - timedelta(hours=1), TECHNICIAN, resume, order)
        elif kind == "escalated":
            self._step(at + timedelta(minutes=10), lambda: _agent(self.stage, at), escalate,
                       order, "重要用户室温偏低，请值班长协调管网维修队优先处理")
        elif kind == "case":
            self._step(at + timedelta(minutes=8), lambda: _agent(self.stage, at), open_case,
                       order, self.stage.staff[LEADER].id, at + timedelta(days=1))
            done = at + timedelta(minutes=rng.randint(180, 360))
            self._step(done, LEADER, resolve, order, "已查明过户材料要求并告知营业收费所",
                       "company", "")
            self._callback(order, done + timedelta(minutes=10), "satisfied", "清楚了，谢谢")
            return
        elif kind == "urged":
            self._step(at + timedelta(hours=1), lambda: _agent(self.stage, at), record_urge,
                       order)
        if kind == "third_party":
            self._resolve(rng, order, done, "third_party", "燃气公司施工碰坏供热支管")
            self._step(done + timedelta(hours=20), lambda: _agent(self.stage, done),
                       follow_up, order, "燃气公司已回复：赔偿事宜与我公司协商中")
        else:
            self._resolve(rng, order, done)
        called = done + timedelta(minutes=rng.randint(120, 1080))
        if kind == "unhappy":
            self._callback(order, called, "dissatisfied", rng.choice(UNHAPPY))
            again = called + timedelta(hours=2)
            if order.unit == "U05":  # reopened: back to the unit (rule 5.2.2)
                self._step(again, TECHNICIAN, start, order)
            fixed = again + timedelta(minutes=rng.randint(60, 180))
            self._resolve(rng, order, fixed)
            called = fixed + timedelta(minutes=rng.randint(120, 360))
        level = rng.choice(("satisfied",) * 4 + ("basically_satisfied",))
        self._callback(order, called, level,
                       rng.choice(PRAISE if level == "satisfied" else LUKEWARM))
        if kind == "third_party":
            self._step(called + timedelta(days=1), lambda: _agent(self.stage, called), close,
                       order)

    def open_now(self, rng: random.Random) -> None:
        """Orders open at `now`, in each state a queue shows."""
        now = self.stage.now
        waiting = self._order(rng, "plain")   # new, not dispatched yet
        self.intake(rng, waiting, now - timedelta(minutes=25))
        late = self._order(rng, "paused")     # in progress past its deadline
        late.level = 2                         # rule 5.2.2: 8 hours
        self.intake(rng, late, now - timedelta(hours=11))
        self._work(rng, late, now - timedelta(hours=11))
        busy = self._order(rng, "paused")     # in progress, in time
        self.intake(rng, busy, now - timedelta(hours=2))
        self._work(rng, busy, now - timedelta(hours=2))
        held = self._order(rng, "paused")     # paused: nobody at home
        self.intake(rng, held, now - timedelta(hours=6))
        began = self._work(rng, held, now - timedelta(hours=6))
        self._step(began + timedelta(minutes=40), TECHNICIAN, pause, held, "用户不在家，已电话联系")
        unreached = self._order(rng, "plain")  # resolved, callback tried, nobody answered
        self.intake(rng, unreached, now - timedelta(hours=22))
        began = self._work(rng, unreached, now - timedelta(hours=22))
        self._resolve(rng, unreached, began + timedelta(hours=1))
        self._callback(unreached, now - timedelta(hours=3), None, "无人接听，稍后再拨")


def plan_orders(stage: Stage) -> Stories:
    rng = stage.rng("orders")
    stories = Stories(stage)
    last, current = stage.seasons()
    for season, count in ((last, LAST_SEASON_STORIES), (current, CURRENT_SEASON_STORIES)):
        first = stage.local(season.start, 0)
        end = min(stage.local(season.end, 23), stage.now - timedelta(days=2))
        if end <= first:
            continue
        for n in range(count):
            moment = first + (end - first) * rng.random()
            moment = moment.replace(minute=rng.randint(0, 59), second=0, microsecond=0)
            local_hour = moment.astimezone(stage.zone).hour
            if local_hour < 7:  # calls gather in the day
                moment += timedelta(hours=8)
            stories.story(rng, KINDS[n % len(KINDS)], min(moment, end))
    stories.open_now(rng)
    return stories
