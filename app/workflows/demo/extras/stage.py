"""The demo's stage: who acts, at which moment, in which order.

Every extra is written through the real workflows by the staff member who would do it, in
a unit of work whose clock stands at the moment it happened, so each row and each audit
event carries a realistic time and the right actor. The steps of every part (roster,
orders, handovers, quality ...) go on one timeline and run in time order, so a handover
sees the orders as they stood at that moment. Nothing is ever placed after `now`.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone

from app.clock import FixedClock
from app.repositories.customers import CustomerCard
from app.repositories.uow import Actor, UnitOfWork
from app.workflows.demo.data import DEMO_USERS
from app.workflows.desk import Desk
from app.workflows.reports.season import Season, season_from_settings, season_of
from app.workflows.settings import load_settings

PASSWORDS = {job: password for job, _, _, password in DEMO_USERS}


@dataclass
class Stage:
    desk: Desk
    seed: int
    now: datetime
    zone: timezone
    staff: dict[str, Actor]
    customer_ids: range
    settings_values: dict[str, object]
    steps: list[tuple[datetime, int, Callable[[], object]]] = field(default_factory=list)

    # -- acting --------------------------------------------------------------------------

    def uow(self, job_number: str | None, at: datetime) -> UnitOfWork:
        """A unit of work of `job_number` (None: nobody signed in) at the moment `at`."""
        if at > self.now:
            raise ValueError(f"a demo step at {at} is after now ({self.now})")
        actor = self.staff[job_number] if job_number else None
        return UnitOfWork(self.desk.db, actor, FixedClock(at))

    def rng(self, part: str) -> random.Random:
        """A generator of its own per part: one part's change leaves the others alone."""
        return random.Random(f"heatdesk-demo-extras/{self.seed}/{part}")

    def at(self, moment: datetime, step: Callable[[], object]) -> None:
        """Schedule `step` at `moment`; steps run in time order, ties in the order added."""
        if moment <= self.now:
            self.steps.append((moment, len(self.steps), step))

    def run(self) -> int:
        done = 0
        for moment, _, step in sorted(self.steps, key=lambda s: (s[0], s[1])):
            self.sweep(moment)
            step()
            done += 1
        self.sweep(self.now)
        self.steps.clear()
        return done

    def sweep(self, moment: datetime) -> None:
        """What the desks' overdue sweep did by `moment` (rule 2.8): orders late by then
        are flagged and escalated by the system, at their deadlines, signed by nobody."""
        from app.workflows.tickets.escalation import sweep_overdue

        sweep_overdue(self.uow(None, moment))

    # -- time ----------------------------------------------------------------------------

    @property
    def today(self) -> date:
        return self.now.astimezone(self.zone).date()

    def local(self, day: date, hour: int, minute: int = 0) -> datetime:
        """The UTC moment of local `hour:minute` on `day`."""
        return datetime.combine(day, time(hour, minute), tzinfo=self.zone).astimezone(
            self.now.tzinfo)

    def seasons(self) -> tuple[Season, Season]:
        """(last season, current season): the one today is in (in summer: the one that
        ended last, which the reports are about) and the one before it."""
        current = season_of(self.today, self.settings_values)
        first = int(current.label[:4])
        return season_from_settings(self.settings_values, f"{first - 1}-{first}"), current

    def customer(self, rng: random.Random, *wants: Callable[[CustomerCard], bool]
                 ) -> CustomerCard:
        """A customer of the generated range that the first `want` accepts (in 300 draws),
        else the next `want` ..., else any customer with a phone."""
        with self.desk.uow() as uow:
            for want in (*wants, lambda c: bool(c.phones)):
                for _ in range(300):
                    card = uow.customers.card(rng.choice(self.customer_ids))
                    if card is not None and want(card):
                        return card
        raise LookupError("no demo customer has a phone")


def make_stage(desk: Desk, seed: int, customer_ids: range) -> Stage:
    now = desk.clock()
    staff: dict[str, Actor] = {}
    with desk.uow() as uow:
        settings = load_settings(uow)
        for job, *_ in DEMO_USERS:
            row = uow.staff.by_job_number(job)
            if row is not None:
                staff[job] = Actor(row.id, job, row.name, row.role.value)
    return Stage(desk, seed, now, settings.zone, staff, customer_ids, dict(settings.values))
