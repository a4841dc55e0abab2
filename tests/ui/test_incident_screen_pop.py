"""The screen pop shows a known incident covering the caller's building. SQLite and
PostgreSQL (there the pop runs on a worker thread, so each ring waits for its answer)."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from app.repositories.uow import UnitOfWork
from app.workflows.tickets.incidents import IncidentForm, open_incident, resolve_incident
from tests.ui.intake_support import (  # noqa: F401 (fixtures)
    WindowFactory,
    agent_desk_fixture,
    drafts_fixture,
    open_window_fixture,
)


def test_ring_from_affected_building_shows_the_incident_in_chinese(
        qtbot: QtBot, open_window: WindowFactory, basics, clock, db, zh_translators) -> None:
    incident = open_incident(UnitOfWork(db, basics.leader, clock), IncidentForm(
        kind="burst_pipe", title="阳光小区3号楼供热管道爆裂", unit_id=basics.unit_ids[1],
        areas=[("阳光小区", "3")], expected_end_at=clock() + timedelta(hours=4)))
    window = open_window()
    window.ring("13912345678")  # 张伟, 阳光小区 3号楼
    qtbot.waitUntil(lambda: not window.ops.busy)
    line = window.card.incident
    assert line.isVisibleTo(window.card)
    # 01:30 UTC + 4 h = 13:30 in the centre's time (UTC+8)
    assert line.text() == ("本楼已知事故（爆管）：阳光小区3号楼供热管道爆裂"
                           " — 预计 2026-11-26 13:30 恢复")
    window.ring("13811112222")  # 李娜, another estate: nothing shown
    qtbot.waitUntil(lambda: not window.ops.busy)
    assert window.card.name.text() == "李娜" and not line.isVisibleTo(window.card)
    resolve_incident(UnitOfWork(db, basics.leader, clock), incident.id, "已修复")
    window.ring("13912345678")
    qtbot.waitUntil(lambda: not window.ops.busy)
    assert window.card.name.text() == "张伟" and not line.isVisibleTo(window.card)
