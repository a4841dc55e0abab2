"""The demo roster (rules 3.3, 3.4.1): a day and a night shift, three teams in turn.

The teams rotate so that the shift running at `now` is team 0 (agent 1001 and shift
leader 2001, the users the README logs in with): the duty indicator is right from the first
login, whenever the demo is made. The roster covers the last week and the next one; a
leader made it a week before. One approved leave takes its day off the roster (rule 3.4.1:
leave needs a superior's approval) and one request waits for a decision.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from app.workflows.demo.extras.stage import Stage
from app.workflows.shifts.leave import decide_leave, request_leave
from app.workflows.shifts.pattern import SlotSpec, set_pattern
from app.workflows.shifts.roster import assign

SLOTS = (SlotSpec("白班", "08:00", 12), SlotSpec("夜班", "20:00", 12))
DAY_START, NIGHT_START, SHIFT = 8, 20, timedelta(hours=12)
TEAMS: tuple[tuple[str, ...], ...] = (("1001", "2001"), ("1002", "1003"), ("1004",))
PAST_DAYS = 7
FUTURE_DAYS = 7
LEADER = "2001"


def shift_start(stage: Stage, moment: datetime) -> datetime:
    """The start of the 12-hour shift that `moment` falls in."""
    local = moment.astimezone(stage.zone)
    day = local.date()
    if local.hour >= NIGHT_START:
        return stage.local(day, NIGHT_START)
    if local.hour >= DAY_START:
        return stage.local(day, DAY_START)
    return stage.local(day - timedelta(days=1), NIGHT_START)


def team_at(stage: Stage, moment: datetime) -> tuple[str, ...]:
    """Who works the shift `moment` falls in: team 0 now, the others in turn around it."""
    turns = round((shift_start(stage, moment) - shift_start(stage, stage.now)) / SHIFT)
    return TEAMS[turns % len(TEAMS)]


def plan_roster(stage: Stage) -> None:
    first = stage.today - timedelta(days=PAST_DAYS)
    made = stage.local(first - timedelta(days=1), 10)
    slot_ids: dict[str, int] = {}

    def pattern() -> None:
        for slot in set_pattern(stage.uow(LEADER, made), list(SLOTS)):
            slot_ids[slot.name] = slot.id

    def week() -> None:
        uow = stage.uow(LEADER, made + timedelta(minutes=20))
        for n in range(PAST_DAYS + FUTURE_DAYS + 1):
            day = first + timedelta(days=n)
            for spec, hour in zip(SLOTS, (DAY_START, NIGHT_START), strict=True):
                for job in team_at(stage, stage.local(day, hour)):
                    assign(uow, slot_ids[spec.name], day, stage.staff[job].id)

    stage.at(made, pattern)
    stage.at(made + timedelta(minutes=20), week)
    _leave(stage)


def _leave(stage: Stage) -> None:
    asked = stage.now - timedelta(days=2, hours=3)
    off = stage.today + timedelta(days=3)
    later = stage.today + timedelta(days=6)
    wanted: dict[str, int] = {}

    def ask() -> None:
        wanted["id"] = request_leave(stage.uow("1003", asked), off, off, "体检").id

    def approve() -> None:
        decide_leave(stage.uow(LEADER, asked + timedelta(hours=20)), wanted["id"], True,
                     "同意，已调整排班")

    def ask_later() -> None:
        request_leave(stage.uow("1004", stage.now - timedelta(hours=5)), later, later,
                      "孩子家长会")

    stage.at(asked, ask)
    stage.at(asked + timedelta(hours=20), approve)
    stage.at(stage.now - timedelta(hours=5), ask_later)
