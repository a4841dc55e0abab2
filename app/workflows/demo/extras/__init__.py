"""The demo beyond customers and orders: every screen filled through the real workflows.

`fill_extras` plans each part on one timeline (stage.py) and runs it in time order:

- roster.py: the shift pattern, last week's and next week's roster, leave
- callbacks.py: old resolved orders of the bulk rows called back and closed (rule 2.5)
- orders.py: orders with their whole history in the last and the current season, and the
  orders open now
- incidents.py, notices.py: incidents with child orders; notices printed
- handovers.py: signed handovers of the last two days and the one waiting now
- quality.py: outdoor means, sampling plans and samples, hot-water readings
- surveys.py: paper survey forms
- etiquette.py: each recent call's etiquette record (rule 5.4)
- telephony.py: each recent call as the PBX reported it, lost calls, callbacks dialled
- trips.py, visitors.py, memos.py: field trips, walk-in visitors, messages (issue 17)

Everything is relative to the demo clock's `now` and seeded from the demo seed: the same
seed and the same `now` give the same rows. See docs/demo.md.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from app.workflows.demo.extras.archive_import import plan_archive_import
from app.workflows.demo.extras.callbacks import plan_callbacks
from app.workflows.demo.extras.customers import plan_customers
from app.workflows.demo.extras.etiquette import plan_etiquette
from app.workflows.demo.extras.handovers import plan_handovers
from app.workflows.demo.extras.incidents import plan_incidents
from app.workflows.demo.extras.memos import plan_memos
from app.workflows.demo.extras.network import plan_network
from app.workflows.demo.extras.notices import plan_notices
from app.workflows.demo.extras.orders import plan_orders
from app.workflows.demo.extras.quality import plan_quality
from app.workflows.demo.extras.roster import plan_roster
from app.workflows.demo.extras.security import plan_security
from app.workflows.demo.extras.stage import make_stage
from app.workflows.demo.extras.surveys import plan_surveys
from app.workflows.demo.extras.telephony import plan_telephony
from app.workflows.demo.extras.trips import plan_trips
from app.workflows.demo.extras.visitors import plan_visitors
from app.workflows.desk import Desk

__all__ = ["ExtrasSummary", "fill_extras"]


@dataclass(frozen=True)
class ExtrasSummary:
    steps: int
    orders: int
    seconds: float = field(compare=False)


def fill_extras(desk: Desk, seed: int, customer_ids: range) -> ExtrasSummary:
    """Write the extras after the bulk rows of `customer_ids` (which they pick from)."""
    started = time.perf_counter()
    stage = make_stage(desk, seed, customer_ids)
    plan_roster(stage)
    plan_callbacks(stage)  # the bulk rows' old resolved orders, before the stories
    stories = plan_orders(stage)
    incidents = plan_incidents(stage, stories)
    plan_network(stage, stories, incidents)  # issue 16: the heating network, equipment, outages
    plan_notices(stage, stories, incidents)
    plan_handovers(stage, stories)
    plan_quality(stage)
    plan_surveys(stage)
    plan_etiquette(stage)
    plan_telephony(stage)
    plan_trips(stage)  # yesterday's reported trip, today's planned one (rule 3.8)
    plan_visitors(stage)  # walk-in visitors of the last four days (rule 3.7.2)
    plan_memos(stage)  # messages for absent colleagues (rule 4.2(5))
    plan_archive_import(stage)  # last month's file from billing imported (issue 14)
    plan_customers(stage)  # classes, marks, contracts, stop/resume (issue 14)
    plan_security(stage)  # failed logins and a locked account (issue 15)
    steps = stage.run()
    return ExtrasSummary(steps, len(stories.orders), round(time.perf_counter() - started, 3))
