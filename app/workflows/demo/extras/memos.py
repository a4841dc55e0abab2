"""Messages for absent colleagues in the demo (rule 4.2(5)), left through the memo
workflows relative to now: one for the shift leader nobody has read for hours (the
leader's unread-too-long list), a fresh one, one for the pipe-network team, one the leader
answered (the answer waits for the agent), one turned into a work order."""

from __future__ import annotations

from datetime import timedelta

from app.workflows.demo.data import TECHNICIAN_UNIT
from app.workflows.demo.extras.stage import Stage
from app.workflows.memos.inbox import mark_read, reply
from app.workflows.memos.leave import MemoForm, leave_memo
from app.workflows.memos.to_order import MemoOrderForm, memo_to_work_order

LEADER, TECHNICIAN = "2001", "3001"


def _unit_id(stage: Stage) -> int:
    with stage.desk.uow() as uow:
        return next(u.id for u in uow.units.active() if u.code == TECHNICIAN_UNIT)


def plan_memos(stage: Stage) -> None:
    rng = stage.rng("memos")
    unit = _unit_id(stage)
    leader, tech = stage.staff[LEADER].id, stage.staff[TECHNICIAN].id
    cards = [stage.customer(rng, lambda c: bool(c.phones)) for _ in range(5)]
    now = stage.now

    def leave(job: str, at, card, about: str, **to: object):  # noqa: ANN001, ANN202
        return leave_memo(stage.uow(job, at), MemoForm(
            about=about, caller=card.name, phone=card.phones[0],
            call_back=to.pop("call_back", "今天下班前"), **to))  # type: ignore[arg-type]

    old, fresh = now - timedelta(hours=3, minutes=10), now - timedelta(minutes=35)
    stage.at(old, lambda: leave("1002", old, cards[0], "用户要求值班长回电，反映楼道供热管线漏水，"
                                "物业关了楼道阀门", recipient_id=leader))
    stage.at(fresh, lambda: leave("1001", fresh, cards[1], "12345 转来的投诉需要值班长确认答复口径",
                                  recipient_id=leader, call_back="一小时内"))
    team = now - timedelta(hours=1, minutes=20)
    stage.at(team, lambda: leave("1001", team, cards[2], "用户约技术员明天上午上门查看散热器",
                                 unit_id=unit, call_back="明天 9:00 前"))
    asked, answered = now - timedelta(days=1, hours=2), now - timedelta(days=1, hours=1)
    memo: dict[str, int] = {}
    stage.at(asked, lambda: memo.setdefault("asked", leave(
        "1001", asked, cards[3], "用户询问退费进度，请值班长告知处理结果",
        recipient_id=leader).id))
    stage.at(answered, lambda: reply(stage.uow(LEADER, answered), memo["asked"],
                                     "已与财务确认，本周五前退费到账，请转告用户"))
    ordered, turned = now - timedelta(hours=5), now - timedelta(hours=4, minutes=30)
    stage.at(ordered, lambda: memo.setdefault("order", leave(
        "1002", ordered, cards[4], "用户反映家中暖气片漏水，请技术员联系", recipient_id=tech).id))
    stage.at(turned, lambda: (mark_read(stage.uow(TECHNICIAN, turned), [memo["order"]]),
                              memo_to_work_order(stage.uow(TECHNICIAN, turned), memo["order"],
                                                 MemoOrderForm("repair", 2, unit))))
