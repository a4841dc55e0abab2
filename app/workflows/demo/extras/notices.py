"""Notices printed (rules 3.8, 5.2.1): posted for the incident running now and for planned
maintenance announced in advance, and a visit notice for a household whose order waits.

Printing is recorded as the desk does after a PDF or a printer took the pages
(`record_notice`); no file is written.
"""

from __future__ import annotations

from datetime import timedelta

from app.workflows.demo.extras.incidents import PlannedIncident
from app.workflows.demo.extras.orders import Stories
from app.workflows.demo.extras.roster import team_at
from app.workflows.demo.extras.stage import Stage
from app.workflows.notices import (
    PostingNoticeForm,
    VisitNoticeForm,
    posting_notice,
    record_notice,
    visit_notice,
)


def plan_notices(stage: Stage, stories: Stories, incidents: list[PlannedIncident]) -> None:
    rng = stage.rng("notices")
    fault = incidents[-1]
    posted = fault.started + timedelta(minutes=25)
    agent = team_at(stage, posted)[0]
    stage.at(posted, lambda: record_notice(stage.uow(agent, posted), posting_notice(
        stage.uow(agent, posted), PostingNoticeForm(
            estate=fault.building.estate, reason="interruption", starts_at=fault.started,
            ends_at=fault.started + timedelta(hours=8), note="抢修期间请关好门窗，注意保暖"))))
    maintained = stage.customer(rng, lambda c: bool(c.building) and "heating" in c.services)
    told = stage.now - timedelta(days=1, hours=2)
    start = stage.local(stage.today + timedelta(days=3), 9)
    leader = "2001"
    stage.at(told, lambda: record_notice(stage.uow(leader, told), posting_notice(
        stage.uow(leader, told), PostingNoticeForm(
            estate=maintained.estate, building=maintained.building, reason="maintenance",
            starts_at=start, ends_at=start + timedelta(hours=6),
            note="检修期间暂停供热，请提前做好准备",
            exception_reason="换热站循环泵漏水，等不到停热后检修"))))
    waiting = [o for o in stories.orders if o.kind == "paused"]
    if waiting:
        order = waiting[-1]
        at = stage.now - timedelta(minutes=50)
        visit = stage.local(stage.today + timedelta(days=1), 9)
        agent_now = team_at(stage, at)[0]
        stage.at(at, lambda: record_notice(stage.uow(agent_now, at), visit_notice(
            stage.uow(agent_now, at), VisitNoticeForm(
                ticket_id=order.id, starts_at=visit, ends_at=visit + timedelta(hours=2),
                staff="陈刚", staff_phone="0311-86010005", note="如时间不便请致电改约"))))
