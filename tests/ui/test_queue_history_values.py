"""The F6 history (处理记录) shows every value in words, never a stored identifier (issue 12).

A step's details list `field：value`; the value is what the user reads elsewhere: a flag as
是/否, a satisfaction level as 满意/基本满意/不满意/很不满意, a status in its one word, a
responsibility and a category in the intake desk's words, a level as its name, a time in
local time. The Chinese pane holds no English identifier (no `_`, no True/False, no
basically_satisfied). On SQLite and PostgreSQL.
"""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from app.repositories.uow import UnitOfWork
from app.ui.intake import labels as intake_labels
from app.ui.tickets.detail_pane import DetailPane
from app.workflows.intake import IntakeForm, save_intake
from app.workflows.tickets.callback import record_callback
from app.workflows.tickets.claim import claim
from app.workflows.tickets.detail import ticket_detail
from app.workflows.tickets.edits import edit_details
from app.workflows.tickets.lifecycle import dispatch, resolve, start

_IDENTIFIER = re.compile(r"[A-Za-z_]*_[A-Za-z_]*|\bTrue\b|\bFalse\b|\bNone\b")


def _order(db, clock, basics, satisfaction: str) -> int:
    """Taken by agent 1001 at level 2, graded to level 1 by the leader, dispatched,
    claimed, worked and resolved by the leader as the company's fault, called back once
    unreached and once reached with `satisfaction`."""
    agent, leader = basics.agent, basics.leader
    saved = save_intake(UnitOfWork(db, agent, clock), IntakeForm(
        channel="phone", category="repair", description="暖气不热", answer="已派单",
        phone="13911112222", rang_at=clock() - timedelta(seconds=8), answered_at=clock(),
        outcome="work_order", level=2, unit_id=basics.unit_ids[0]))
    tid = saved.ticket_id
    assert tid is not None
    version = ticket_detail(UnitOfWork(db, leader, clock), tid).version
    edit_details(UnitOfWork(db, leader, clock), tid, version, level=1)
    clock.advance(minutes=5)
    dispatch(UnitOfWork(db, leader, clock), tid, basics.unit_ids[1])
    claim(UnitOfWork(db, leader, clock), tid)
    start(UnitOfWork(db, leader, clock), tid)
    clock.advance(minutes=30)
    resolve(UnitOfWork(db, leader, clock), tid, "更换阀门", "company")
    clock.advance(hours=2)
    record_callback(UnitOfWork(db, agent, clock), tid, reached=False)
    record_callback(UnitOfWork(db, agent, clock), tid, reached=True,
                    satisfaction=satisfaction, words="挺好")
    return tid


def _details(qtbot, db, clock, basics, tid: int) -> list[tuple[str, str]]:
    pane = DetailPane()
    qtbot.addWidget(pane)
    detail = ticket_detail(UnitOfWork(db, basics.agent, clock), tid)
    pane.show_detail(detail, clock())
    # the details as the tooltip has them whole (the creation step shows one short line)
    return [(entry.action, pane.history.item(r, 3).toolTip())
            for r, entry in enumerate(detail.history)]


def _step(rows: list[tuple[str, str]], action: str, n: int = 0) -> str:
    return [text for a, text in rows if a == action][n]


def test_every_history_value_in_chinese_words(
        qtbot, db, clock, basics, zh_translators) -> None:  # noqa: ARG001
    rows = _details(qtbot, db, clock, basics, _order(db, clock, basics, "basically_satisfied"))
    status = intake_labels.statuses()
    created = _step(rows, "create")
    assert f"状态：{status['new']}" in created and "等级：2级" in created, created
    assert "类别：报修" in created and "责任归属：待定" in created, created
    assert "等级：2级 → 1级" in _step(rows, "update")  # the leader's new level
    assert f"状态：{status['new']} → {status['dispatched']}" in _step(rows, "dispatch")
    assert f"状态：{status['dispatched']} → {status['in_progress']}" in _step(rows, "start")
    resolved = _step(rows, "resolve")
    assert f"状态：{status['in_progress']} → {status['resolved']}" in resolved
    assert "责任归属" in resolved and "公司" in resolved, resolved
    unreached = _step(rows, "callback", 0)
    assert "已联系上：否" in unreached, unreached
    reached = _step(rows, "callback", 1)
    assert "已联系上：是" in reached and "满意度：基本满意" in reached, reached
    assert f"状态：{status['resolved']} → {status['callback_done']}" in reached
    assert f"→ {status['closed']}" in _step(rows, "close")
    for action, text in rows:
        assert not _IDENTIFIER.search(text), (action, text)


def test_an_unhappy_callback_reopens_in_words(
        qtbot, db, clock, basics, zh_translators) -> None:  # noqa: ARG001
    rows = _details(qtbot, db, clock, basics, _order(db, clock, basics, "very_dissatisfied"))
    assert "满意度：很不满意" in _step(rows, "callback", 1)
    reopened = _step(rows, "reopen")
    assert "满意度：很不满意" in reopened and "回访不满意" in reopened, reopened
    for action, text in rows:
        assert not _IDENTIFIER.search(text), (action, text)


@pytest.mark.parametrize("satisfaction", ["satisfied"])
def test_the_same_values_in_english(qtbot, db, clock, basics, satisfaction) -> None:
    rows = _details(qtbot, db, clock, basics, _order(db, clock, basics, satisfaction))
    assert "Reached: No" in _step(rows, "callback", 0)
    reached = _step(rows, "callback", 1)
    assert "Reached: Yes" in reached and "Satisfaction: Satisfied" in reached, reached
    assert "Level: Level 2 → Level 1" in _step(rows, "update")
    assert "Status: Resolved → Called back" in reached
    for action, text in rows:
        assert not _IDENTIFIER.search(text), (action, text)
