"""The demo's phone system: each recent call as the PBX reported it (issue 18).

The demo centre has an Asterisk PBX on this computer (`python main.py pbx-sim` plays one):
the AMI at 127.0.0.1:5038, the agents on extensions 8001-8004 and the shift leader on 8101,
local callers without the 0311 area code. Every phone call of the last `DAYS` days (at most
`LIMIT`) is kept through the real workflow as the agent's desk keeps it: ringing, answered
and ended with the PBX's times (the contact's own ring and answer times), linked to the
contact. Between them the seed adds calls the caller gave up while it rang (rule 4.4),
calls that rang out to the next agent, and callbacks (回访, rule 2.5) dialled from the order.
The supervision figures (rule 5.4) show them per agent and shift.
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import UTC, datetime, timedelta

from app.repositories.telephony import PhoneContactRow, TelephonyRepository
from app.workflows.demo.extras.stage import Stage
from app.workflows.settings import save_setting
from app.workflows.telephony.events import (
    Answered,
    CallEvent,
    Direction,
    EndCause,
    Ended,
    Ringing,
)
from app.workflows.telephony.records import record_events

DAYS = 8
LIMIT = 700
ABANDONED_SHARE = 0.12  # rule 4.4: lost calls, the caller hung up while it rang
MISSED_SHARE = 0.06
CALLBACK_SHARE = 0.3  # of the calls that opened an order
SETTINGS: dict[str, object] = {
    "telephony.ami_host": "127.0.0.1",
    "telephony.ami_port": 5038,
    "telephony.ami_user": "heatdesk",
    "telephony.extensions": {"1001": "8001", "1002": "8002", "1003": "8003", "1004": "8004",
                             "2001": "8101"},
    "telephony.area_code": "0311",
}


def plan_telephony(stage: Stage) -> None:
    """One step at `now`, after every call of the window is saved; each call is written at
    the moment it ended."""
    stage.at(stage.now, lambda: record_calls(stage))


def _aware(moment: datetime | None) -> datetime:
    if moment is None:
        raise ValueError("a phone contact without its ring time")  # the query excludes them
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _caller(rng: random.Random) -> str:
    return f"1{rng.choice('3589')}{rng.randrange(10 ** 9):09d}"


class _Day:
    """One agent's calls of one day, written together when the last of them ended."""

    def __init__(self) -> None:
        self.events: list[CallEvent] = []
        self.contacts: dict[str, int] = {}
        self.tickets: dict[str, int] = {}
        self.until: datetime | None = None

    def add(self, events: list[CallEvent], contact_id: int | None = None,
            ticket_id: int | None = None) -> None:
        self.events += events
        call_id, end = events[0].call_id, events[-1].at
        if contact_id is not None:
            self.contacts[call_id] = contact_id
        if ticket_id is not None:
            self.tickets[call_id] = ticket_id
        self.until = end if self.until is None else max(self.until, end)


def record_calls(stage: Stage) -> int:
    with stage.uow("9001", stage.now) as uow:
        for key, value in SETTINGS.items():
            save_setting(uow, key, value)
        uow.commit()
    rng = stage.rng("telephony")
    with stage.desk.uow() as uow:
        rows = uow.repo(TelephonyRepository).phone_contacts(
            stage.now - timedelta(days=DAYS), stage.now + timedelta(seconds=1), LIMIT)
    days: dict[tuple[str, object], _Day] = defaultdict(_Day)
    for row in reversed(rows):  # oldest first, as they happened
        if row.agent_job_number not in stage.staff:
            continue
        day = days[(row.agent_job_number, _aware(row.rang_at).astimezone(stage.zone).date())]
        lost = _lost_before(rng, row)
        if lost:
            day.add(lost)
        day.add(_answered(row), contact_id=row.contact_id)
        if row.ticket_id is not None and rng.random() < CALLBACK_SHARE:
            callback = _callback(rng, row)
            if callback[-1].at <= stage.now:
                day.add(callback, ticket_id=row.ticket_id)
    calls = 0
    for (job, _day), day in sorted(days.items(), key=lambda kv: kv[1].until or stage.now):
        record_events(stage.uow(job, min(day.until or stage.now, stage.now)), day.events,
                      contacts=day.contacts, tickets=day.tickets)
        calls += len({e.call_id for e in day.events})
    return calls


def _answered(row: PhoneContactRow) -> list[CallEvent]:
    rang = _aware(row.rang_at)
    call_id = f"{int(rang.timestamp())}.{row.contact_id}"
    events: list[CallEvent] = [Ringing(call_id, row.phone, "hotline", rang)]
    end = _aware(row.ended_at or row.created_at)
    if row.answered_at is not None:
        answered = _aware(row.answered_at)
        events.append(Answered(call_id, answered))
        end = max(end, answered + timedelta(seconds=40))
    return events + [Ended(call_id, end, EndCause.ANSWERED)]


def _lost_before(rng: random.Random, row: PhoneContactRow) -> list[CallEvent]:
    """Now and then a call rang at this agent shortly before and was not answered here."""
    draw = rng.random()
    if draw >= ABANDONED_SHARE + MISSED_SHARE:
        return []
    rang = _aware(row.rang_at) - timedelta(minutes=rng.randint(3, 40))
    call_id = f"{int(rang.timestamp())}.{row.contact_id}0"
    if draw < ABANDONED_SHARE:
        end, cause = rang + timedelta(seconds=rng.randint(6, 40)), EndCause.ABANDONED
    else:
        end, cause = rang + timedelta(seconds=rng.randint(15, 20)), EndCause.MISSED
    return [Ringing(call_id, _caller(rng), "hotline", rang), Ended(call_id, end, cause)]


def _callback(rng: random.Random, row: PhoneContactRow) -> list[CallEvent]:
    """The agent dials the customer from the order (click-to-dial) some hours later."""
    rang = _aware(row.created_at) + timedelta(hours=rng.randint(2, 30))
    call_id = f"heatdesk-demo-{row.contact_id}"
    answered = rang + timedelta(seconds=rng.randint(5, 25))
    end = answered + timedelta(seconds=rng.randint(60, 240))
    return [Ringing(call_id, row.phone, row.phone, rang, Direction.OUTBOUND),
            Answered(call_id, answered), Ended(call_id, end, EndCause.ANSWERED)]
