"""Paper survey forms of the last and the current season (rules 5.3.1, 5.3.2.2).

The supervisor enters each form the evening of the day it was filled in, three items per
form with the four levels of rule 5.3.1; about half the forms name their customer. With the
callbacks of the orders (orders.py) they make each season's satisfaction rate.
"""

from __future__ import annotations

import random
from datetime import timedelta
from functools import partial

from app.workflows.demo.extras.stage import Stage
from app.workflows.reports.satisfaction import record_survey
from app.workflows.reports.season import Season

SUPERVISOR = "4001"
FORMS = {"last": 36, "current": 10}
LEVELS = ("satisfied", "basically_satisfied", "dissatisfied", "very_dissatisfied")
WEIGHTS = {"temperature": (62, 26, 9, 3), "stability": (68, 24, 6, 2),
           "service": (76, 19, 4, 1)}


def _levels(rng: random.Random) -> dict[str, str | None]:
    return {item: rng.choices(LEVELS, weights)[0] for item, weights in WEIGHTS.items()}


def plan_surveys(stage: Stage) -> None:
    last, current = stage.seasons()
    for season, count in ((last, FORMS["last"]), (current, FORMS["current"])):
        _season(stage, season, count)


def _season(stage: Stage, season: Season, count: int) -> None:
    rng = stage.rng(f"surveys/{season.label}")
    end = min(season.end, stage.today)
    span = (end - season.start).days
    if span < 0:
        return
    for n in range(count):
        day = season.start + timedelta(days=rng.randint(0, span))
        levels = _levels(rng)
        account = ""
        if rng.random() < 0.5:
            card = stage.customer(rng, lambda c: "heating" in c.services)
            account = card.account_number
        number = f"DC{season.label[:4]}-{n + 1:03d}"
        at = stage.local(day, 17, rng.randint(0, 50))
        if at > stage.now:
            continue  # filled in today, entered this evening
        stage.at(at, partial(record_survey, stage.uow(SUPERVISOR, at), season.label, day,
                             levels, form_number=number, account_number=account))
