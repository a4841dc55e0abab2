"""Heating quality of both seasons: outdoor means, sampling plans, room samples, hot water.

- Outdoor daily means (rule 5.1.1) follow a Shijiazhuang winter (about +6 °C in mid
  November, −3 °C in mid January) with a cold spell below −7 °C around a January sampling
  day of the last season, so some samples are exempt and reported apart. Each season's
  days are imported as one CSV by the technician; today's mean is not known yet.
- On every sampling day (the 5th, 15th and 25th, rule 5.1.2) up to now the technician
  makes the day's plan (homes across estates covering ≥ 1.0 ‰ of the heated area) and
  measures the planned homes from 9 o'clock, one or two rooms each; a sample is never
  taken after now. A home of each season's first day is cold (below 16 °C, `COLD_HOME`). On a large data set a plan holds about 1 ‰ of the homes; only the first
  `MEASURED_HOMES` of each plan are measured, so the extras stay small (docs/demo.md).
- Hot water (rule 5.1.3) is read at a few households on the same days.
"""

from __future__ import annotations

import math
import random
from datetime import date, time, timedelta

from app.repositories.customers import CustomerCard
from app.workflows.demo.extras.stage import Stage
from app.workflows.quality.measurements import (
    HotWaterForm,
    SampleForm,
    record_hot_water,
    record_sample,
)
from app.workflows.quality.outdoor import import_outdoor_csv
from app.workflows.quality.sampling_plan import make_plan
from app.workflows.quality.season import quality_season
from app.workflows.reports.season import Season
from app.workflows.settings import Settings

TECHNICIAN = "3001"
MEASURED_HOMES = 12
HOT_WATER_HOMES = 3
ROOMS = ("客厅", "主卧", "次卧")
# On each season's first sampling day the second home measured (the only one of a small
# data set's plan) is a cold corner flat, so every season has an unqualified home for the
# quality window's tab 4 and the reports (rule 5.1.1), not only when the 3 % chance of
# _room_value happens to fall on one.
COLD_HOME = 1


def outdoor_mean(rng: random.Random, season: Season, day: date, cold: date | None) -> float:
    """A plausible daily mean; `cold` is the middle day of a spell below −7 °C."""
    length = max(1, (season.end - season.start).days)
    progress = (day - season.start).days / length
    mean = 6 - 10 * math.sin(math.pi * progress) + rng.gauss(0, 2)
    if cold is not None and abs((day - cold).days) <= 1:
        mean = -7.5 - rng.uniform(0.5, 3.0)  # rule 5.1.1: below −7 °C
    return round(mean, 1)


def _room_value(rng: random.Random, card: CustomerCard) -> str:
    if "20°C" in card.contract_notes:        # per contract (rule 5.1.1)
        value = rng.gauss(21.6, 0.7)
    elif "18°C" in card.contract_notes:
        value = rng.gauss(19.8, 0.6)
    elif rng.random() < 0.03:                 # a cold top-floor corner flat
        value = rng.uniform(14.8, 15.8)
    else:
        value = min(20.0, rng.gauss(18.4, 0.7))
    return f"{value:.1f}"


def _cold_corner(drawn: str) -> str:
    """The living room of a cold top-floor corner flat, below 16 °C whatever was drawn
    (no draw of its own: the other samples of a seed stay as they were)."""
    return f"{min(float(drawn), 18.9) - 3.3:.1f}"


def plan_quality(stage: Stage) -> None:
    settings = Settings(stage.settings_values)
    for season in stage.seasons():
        quality = quality_season(settings, season.label)
        days = [d for d in quality.sampling_dates() if d <= stage.today]
        cold = next((d for d in days if d.month == 1 and d.day == 15), None)
        _outdoor(stage, season, cold)
        homes = _hot_water_homes(stage, season.label)
        for number, day in enumerate(days):
            _sampling_day(stage, day, cold is not None and abs((day - cold).days) <= 1,
                          cold_home=number == 0)
            for n, card in enumerate(homes):
                _hot_water(stage, card, day, n)


def _outdoor(stage: Stage, season: Season, cold: date | None) -> None:
    rng = stage.rng(f"outdoor/{season.label}")
    last = min(season.end, stage.today - timedelta(days=1))
    if last < season.start:
        return
    lines = ["date,mean"]
    day = season.start
    while day <= last:
        lines.append(f"{day.isoformat()},{outdoor_mean(rng, season, day, cold)}")
        day += timedelta(days=1)
    at = min(stage.local(last + timedelta(days=1), 8, 30), stage.now)
    stage.at(at, lambda: import_outdoor_csv(stage.uow(TECHNICIAN, at), "\n".join(lines)))


def _sampling_day(stage: Stage, day: date, cold: bool, cold_home: bool) -> None:
    rng = stage.rng(f"samples/{day.isoformat()}")
    made = stage.local(day, 7, 30)

    def plan_and_measure() -> None:
        plan = make_plan(stage.uow(TECHNICIAN, made), day)
        with stage.desk.uow() as uow:
            cards = [uow.customers.card(h.customer_id) for h in plan.homes[:MEASURED_HOMES]]
        corner = min(COLD_HOME, len(cards) - 1) if cold_home else None
        moment = stage.local(day, 9)
        for number, card in enumerate(cards):
            assert card is not None
            for room in ROOMS[:rng.choice((1, 2))]:
                if moment > stage.now:
                    return  # the rest of the plan is measured later today
                value = _room_value(rng, card)
                if number == corner and room == ROOMS[0]:
                    value = _cold_corner(value)
                if cold:
                    value = f"{float(value) - rng.uniform(1.0, 2.5):.1f}"
                local = moment.astimezone(stage.zone)
                record_sample(stage.uow(TECHNICIAN, moment), SampleForm(
                    card.account_number, day, time(local.hour, local.minute), room, value,
                    TECHNICIAN))
                moment += timedelta(minutes=rng.randint(6, 12))
            moment += timedelta(minutes=rng.randint(15, 30))

    stage.at(made, plan_and_measure)


def _hot_water_homes(stage: Stage, label: str) -> list[CustomerCard]:
    rng = stage.rng(f"hot-water/{label}")
    homes: list[CustomerCard] = []
    for _ in range(HOT_WATER_HOMES):
        homes.append(stage.customer(rng, lambda c: "hot_water" in c.services
                                    and not c.contract_notes
                                    and c.id not in {h.id for h in homes}))
    return homes


def _hot_water(stage: Stage, card: CustomerCard, day: date, n: int) -> None:
    rng = stage.rng(f"hot-water/{day.isoformat()}/{n}")
    moment = stage.local(day, 14, 10 + 15 * n)
    value = rng.gauss(52.5, 1.2) if rng.random() > 0.06 else rng.uniform(46.5, 49.5)
    local = moment.astimezone(stage.zone)
    stage.at(moment, lambda: record_hot_water(stage.uow(TECHNICIAN, moment), HotWaterForm(
        card.account_number, day, time(local.hour, local.minute), f"{value:.1f}",
        TECHNICIAN)))
