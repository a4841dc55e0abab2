"""The record of each call's etiquette and the figures the inspection group reads (rule 5.4).

After the intake is saved the panel records, under the contact's id, which stages the call
reached and how many curt-phrase warnings the agent saw; the saved notes are checked again
here against the library in force. Figures group by agent and by shift (the centre's shift
pattern, see shift_groups.py): answer delay in rings (rule 4.4, from the contact's ring and
answer times), the share of calls that reached the greeting and the farewell, and the
phrase warnings (rule 3.2.6).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from app.repositories.etiquette import EtiquetteRepository
from app.repositories.etiquette_minutes import CallMinute, CallMinutesRepository
from app.repositories.uow import UnitOfWork
from app.workflows.errors import NotFound
from app.workflows.etiquette.config import load_config
from app.workflows.etiquette.library import CLOSING_STAGE, GREETING_STAGE
from app.workflows.etiquette.phrase_check import count_in
from app.workflows.etiquette.scripts import library_in_force
from app.workflows.etiquette.shift_groups import ShiftGroup, check_days, load_plan
from app.workflows.permissions import Permission, require
from app.workflows.security.refusals import refused
from app.workflows.settings import load_settings


def record_call(uow: UnitOfWork, contact_id: int, stages: Iterable[str],
                phrase_warnings: int, library_version: int = 0) -> None:
    """Store (or update, as the call goes on) the etiquette of one saved contact."""
    if uow.actor is None:
        raise refused(uow, "etiquette.record_call", "recording a call needs a logged-in agent")
    reached = list(dict.fromkeys(str(s) for s in stages))
    with uow:
        repo = uow.repo(EtiquetteRepository)
        texts = repo.contact_texts(contact_id)
        if texts is None:
            raise NotFound(f"contact {contact_id}")
        curt = count_in(texts, library_in_force(uow).curt_phrases)
        repo.put_call(contact_id, stages=reached, greeting=GREETING_STAGE in reached,
                      closing=CLOSING_STAGE in reached, warnings=max(0, phrase_warnings),
                      curt_in_notes=curt, library_version=library_version, now=uow.clock())
        uow.commit()


@dataclass(frozen=True)
class Figures:
    agent_job_number: str
    agent_name: str
    shift_day: date | None      # None when grouped per agent only
    shift: str | None           # the slot's name; "day" / "night" of the stand-in pattern;
                                # None per agent only, or outside the pattern
    calls: int                  # phone contacts the agent saved
    recorded: int               # of those, with an etiquette record from the panel
    timed: int                  # with ring and answer times
    within_limit: int           # answered within the ring limit (rule 4.4)
    mean_rings: float | None
    greeting: int
    closing: int
    phrase_warnings: int        # warnings shown while typing
    curt_in_notes: int          # curt phrases still in the saved notes
    shift_start: datetime | None = None   # local, in the centre's zone
    shift_end: datetime | None = None
    stand_in: bool = False      # grouped by the etiquette settings' stand-in day/night

    @property
    def greeting_share(self) -> float | None:
        return self.greeting / self.recorded if self.recorded else None

    @property
    def closing_share(self) -> float | None:
        return self.closing / self.recorded if self.recorded else None

    @property
    def within_limit_share(self) -> float | None:
        return self.within_limit / self.timed if self.timed else None


def _figures(key: tuple[str, str, ShiftGroup | None], minutes: list[CallMinute]) -> Figures:
    def total(field: str) -> int:
        return sum(getattr(m, field) for m in minutes)

    group, timed = key[2], total("timed")
    return Figures(
        agent_job_number=key[0], agent_name=key[1],
        shift_day=group.day if group else None, shift=group.name if group else None,
        shift_start=group.starts if group else None, shift_end=group.ends if group else None,
        stand_in=group.stand_in if group else False,
        calls=total("calls"), recorded=total("recorded"), timed=timed,
        within_limit=total("within_limit"),
        mean_rings=total("rings") / timed if timed else None,
        greeting=total("greeting"), closing=total("closing"),
        phrase_warnings=total("phrase_warnings"), curt_in_notes=total("curt_in_notes"),
    )


def supervision_figures(uow: UnitOfWork, first: date, last: date,
                        by_shift: bool = True) -> list[Figures]:
    """Per agent (and per shift) for the shifts that began on the days first..last.

    Per agent only counts the same calls as the per-shift rows together. The calls are
    counted per agent and minute in the database and the minutes grouped into shifts here
    (rings as `answer_delay` counts them, rule 4.4).
    """
    require(uow, Permission.ETIQUETTE_EDIT)
    check_days(first, last)
    with uow:
        plan = load_plan(uow, load_config(uow))
        settings = load_settings(uow)
        start, end = plan.window(first, last)
        rows = uow.repo(CallMinutesRepository).call_minutes(
            start, end, settings.ring_seconds, settings.max_rings)
    groups: dict[tuple[str, str, ShiftGroup | None], list[CallMinute]] = defaultdict(list)
    for row in rows:
        shift = plan.group_of(row.minute)
        if not first <= shift.day <= last:
            continue  # e.g. the small hours of a night that began the day before `first`
        groups[(row.agent_job_number, row.agent_name, shift if by_shift else None)].append(row)
    keys = sorted(groups, key=lambda k: (k[0], k[2].order if k[2] else ()))
    return [_figures(k, groups[k]) for k in keys]
