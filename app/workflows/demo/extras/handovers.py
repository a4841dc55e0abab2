"""Handovers of the last two days, signed, and the one of this shift waiting (rules 3.4.2-3.4.3).

At each shift change the outgoing team's first agent writes the log (equipment, difficult cases,
staffing) and hands over a few minutes before the end; the incoming colleague signs with
their own password a few minutes after the start, acknowledging every carried-over order
(rule 3.4.2: the outgoing agent may not leave before). The handover at the start of the
shift running now is handed over but not signed yet: agent 1001 finds it waiting for their
signature at the first login, and its author is still on duty until then.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from app.workflows.demo.extras.orders import Stories
from app.workflows.demo.extras.roster import SHIFT, shift_start, team_at
from app.workflows.demo.extras.stage import PASSWORDS, Stage
from app.workflows.settings import DEFAULTS
from app.workflows.shifts.handover import (
    CaseInput,
    EquipmentInput,
    HandoverForm,
    save_handover,
)
from app.workflows.shifts.signoff import Signature, sign_handover

SIGNED_CHANGES = 3  # shift changes before the current one with signed handovers
EQUIPMENT = [str(name) for name in DEFAULTS["handover.equipment"]]  # type: ignore[attr-defined]
NOTES = ("本班来电平稳，无重大事项", "夜间来电较少，已按时巡查系统", "降温来电增多，注意解释调节安排",
         "管网维修队今日人手紧张，派单时提醒", "")
FAULT = ("录音系统", "faulty", "录音偶有中断，已报信息中心")


def _form(rng: random.Random, stage: Stage, incoming: str, at: datetime,
          stories: Stories) -> HandoverForm:
    equipment = [EquipmentInput(name) for name in EQUIPMENT]
    if rng.random() < 0.3:
        equipment = [EquipmentInput(*FAULT) if e.subject == FAULT[0] else e
                     for e in equipment]
    open_orders = [o for o in stories.orders if o.id and o.kind in ("paused", "escalated")
                   and o.category != "contract"]
    cases = [CaseInput(str(o.id), "用户多次来电，请接班后跟进维修进度")
             for o in open_orders[-1:] if rng.random() < 0.5]
    return HandoverForm(incoming_id=stage.staff[incoming].id, notes=rng.choice(NOTES),
                        equipment=equipment, cases=cases)


def plan_handovers(stage: Stage, stories: Stories) -> None:
    rng = stage.rng("handovers")
    current = shift_start(stage, stage.now)
    for back in range(SIGNED_CHANGES, -1, -1):
        change = current - SHIFT * back
        outgoing = team_at(stage, change - timedelta(minutes=1))
        incoming = team_at(stage, change)
        # the team's first agent keeps the log of the shift and hands it to the next team's
        handed = change - timedelta(minutes=rng.randint(8, 15))
        signed = change + timedelta(minutes=rng.randint(3, 9))
        _plan_one(stage, stories, rng, outgoing[0], incoming[0], handed,
                  signed if back else None)


def _plan_one(stage: Stage, stories: Stories, rng: random.Random, outgoing: str,
              incoming: str, handed: datetime, signed: datetime | None) -> None:
    made: dict[str, object] = {}

    def hand_over() -> None:
        form = _form(rng, stage, incoming, handed, stories)
        made["view"] = save_handover(stage.uow(outgoing, handed), form, hand_over=True)

    def sign() -> None:
        view = made["view"]
        assert signed is not None
        sign_handover(stage.uow(incoming, signed), view.id,  # type: ignore[attr-defined]
                      Signature(incoming, PASSWORDS[incoming]),
                      {c.ticket_id for c in view.carryovers})  # type: ignore[attr-defined]

    stage.at(handed, hand_over)
    if signed is not None:
        stage.at(signed, sign)
