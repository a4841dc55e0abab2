"""The phone system's figures per agent and shift for the supervision figures (rule 5.4).

Counted from the calls the PBX reported (records.py), with the PBX's own times: calls
offered to the agent, answered, answered within three rings (rule 4.4, `ring.seconds` and
`ring.max_rings`), abandoned by the caller while ringing, missed here (answered elsewhere
or rung out), the mean time to answer, and the calls the agent dialled out. Shifts are
those of the etiquette figures (the roster's pattern, else the stand-in day and night).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from app.repositories.telephony import PbxCallRow, TelephonyRepository
from app.repositories.uow import UnitOfWork
from app.workflows.etiquette.config import load_config
from app.workflows.etiquette.shift_groups import ShiftGroup, check_days, load_plan
from app.workflows.intake import answer_delay
from app.workflows.permissions import Permission, require
from app.workflows.settings import Settings, load_settings
from app.workflows.telephony.events import Direction, EndCause


@dataclass(frozen=True)
class PbxFigures:
    agent_job_number: str
    agent_name: str
    shift_day: date | None
    shift: str | None
    offered: int             # inbound calls that rang at the agent's extension
    answered: int
    within_limit: int        # answered within `ring.max_rings` rings (rule 4.4)
    abandoned: int           # the caller hung up while it rang here
    missed: int              # answered elsewhere, rang out, or cut before an answer
    mean_answer_seconds: float | None
    outbound: int            # dialled out (click-to-dial)
    shift_start: datetime | None = None
    shift_end: datetime | None = None
    stand_in: bool = False
    max_rings: int = 3       # the ring limit the row was counted with (setting)

    @property
    def within_limit_share(self) -> float | None:
        return self.within_limit / self.offered if self.offered else None


Key = tuple[str, str, ShiftGroup | None]


def _figures(key: Key, rows: list[PbxCallRow], settings: Settings) -> PbxFigures:
    inbound = [r for r in rows if r.direction == Direction.INBOUND.value]
    answered = [r for r in inbound if r.answered_at is not None]
    delays = [answer_delay(r.rang_at, r.answered_at, settings)
              for r in answered if r.answered_at is not None]
    group = key[2]
    return PbxFigures(
        agent_job_number=key[0], agent_name=key[1],
        shift_day=group.day if group else None, shift=group.name if group else None,
        shift_start=group.starts if group else None, shift_end=group.ends if group else None,
        stand_in=group.stand_in if group else False,
        offered=len(inbound), answered=len(answered),
        within_limit=sum(d.within_limit for d in delays),  # rule 4.4
        abandoned=sum(r.end_cause == EndCause.ABANDONED.value for r in inbound),
        missed=sum(r.answered_at is None and r.end_cause != EndCause.ABANDONED.value
                   and r.ended_at is not None for r in inbound),
        mean_answer_seconds=(sum(d.seconds for d in delays) / len(delays)) if delays else None,
        outbound=sum(r.direction == Direction.OUTBOUND.value for r in rows),
        max_rings=settings.max_rings)


def pbx_figures(uow: UnitOfWork, first: date, last: date,
                by_shift: bool = True) -> list[PbxFigures]:
    """Per agent (and shift) for the shifts that began on the days first..last."""
    require(uow, Permission.TELEPHONY_FIGURES)
    check_days(first, last)
    with uow:
        plan = load_plan(uow, load_config(uow))
        settings = load_settings(uow)
        start, end = plan.window(first, last)
        rows = uow.repo(TelephonyRepository).calls_between(start, end)
    groups: dict[Key, list[PbxCallRow]] = defaultdict(list)
    for row in rows:
        shift = plan.group_of(row.rang_at)
        if not first <= shift.day <= last:
            continue
        groups[(row.agent_job_number, row.agent_name, shift if by_shift else None)].append(row)
    keys = sorted(groups, key=lambda k: (k[0], k[2].order if k[2] else ()))
    return [_figures(k, groups[k], settings) for k in keys]
