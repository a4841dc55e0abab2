"""Walk-in visitors of the demo (rule 3.7.2), received at the hall by the agents through
the reception workflow: enquiries answered with the policy material handed out, a contract
matter with the form to fill in, a complaint that became a work order. The last four days,
so the register of today and the visitor summary have rows."""

from __future__ import annotations

import random
from datetime import date, timedelta
from functools import partial

from app.workflows.demo.data import TECHNICIAN_UNIT
from app.workflows.demo.extras.stage import Stage
from app.workflows.settings import Settings
from app.workflows.visitors.reception import VisitorForm, receive_visitor

AGENTS = ("1001", "1002")
# (hour, minute, category, about, answer, material index, party, follow-up)
VISITS = [
    (8, 35, "enquiry", "咨询本供暖季收费标准和缴费方式", "已说明收费标准和缴费渠道", 0, 1, ""),
    (9, 40, "contract", "新房入住，办理供热开户", "已发放报装申请表，材料齐全后办理", 2, 2,
     "三日内电话回访办理进度"),
    (10, 25, "enquiry", "询问停热申请需要的材料", "已说明停热申请条件", 3, 1, ""),
    # early in the day, so today's complaint (the one that becomes a work order) has come
    # and gone by the time most demos are made; at 14:05 a morning demo had none, and the
    # visitor summary's 转工单 column was 0 all season
    (8, 50, "complaint", "家中暖气不热，多次电话反映未解决", "", 4, 2, "明天上午上门查看"),
    (15, 30, "suggestion", "建议延长营业厅周末服务时间", "已记录，转交中心领导", 4, 1, ""),
]


def _unit_id(stage: Stage) -> int:
    with stage.desk.uow() as uow:
        return next(u.id for u in uow.units.active() if u.code == TECHNICIAN_UNIT)


LAST_SEASON_DAYS = 24  # days of the last season with visitors (its summary report)


def plan_visitors(stage: Stage) -> None:
    rng = stage.rng("visitors")
    unit = _unit_id(stage)
    last = stage.seasons()[0]
    span = (last.end - last.start).days
    days = sorted({last.start + timedelta(days=rng.randint(0, span))
                   for _ in range(LAST_SEASON_DAYS)})
    days += [stage.today - timedelta(days=back) for back in range(3, -1, -1)]
    for day in days:
        _day(stage, rng, day, unit if day > last.end else None)


def _day(stage: Stage, rng: random.Random, day: date, unit: int | None) -> None:
    """One day's visitors; `unit` None (a past season): complaints answered on the spot,
    so no order of last winter stays open."""
    materials = [str(m) for m in Settings(stage.settings_values).items("visitors.materials")]
    for n, (hour, minute, category, about, answer, given, party, follow) in \
            enumerate(VISITS):
        if rng.random() < (0.3 if unit else 0.6) and day != stage.today:
            continue  # not every kind of visit every day
        arrived = stage.local(day, hour, minute + rng.randint(0, 9))
        left = arrived + timedelta(minutes=rng.randint(8, 25))
        if left > stage.now:
            continue
        card = stage.customer(rng, lambda c: bool(c.phones))
        # today's complaint becomes an order; earlier ones were answered and followed up
        # (an order of theirs would stand overdue in the leader's alerts)
        order = category == "complaint" and unit is not None and day == stage.today
        form = VisitorForm(
            name=card.name if n % 2 == 0 else card.name[:1] + "先生", party=party,
            phone=card.phones[0], account_number=card.account_number
            if category != "contract" else "", category=category, description=about,
            arrived_at=arrived, left_at=left,
            given=[materials[given]] if given < len(materials) else [],
            answer="" if order else (answer or "已记录情况，答应尽快安排人员查看"),
            outcome="work_order" if order else "answered",
            level=2 if order else None, unit_id=unit if order else None, follow_up=follow)
        agent = AGENTS[n % len(AGENTS)]
        stage.at(left, partial(receive_visitor, stage.uow(agent, left), form))
