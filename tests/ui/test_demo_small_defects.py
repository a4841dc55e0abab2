"""Small defects the lead met on the demo (issue 12), each at its root.

- F6 detail: a paused order's heading said "时限已暂停：等待用户" whatever reason the pause
  dialog was given ("等待配件到货"); it says the pause's own reason now.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QTranslator
from pytestqt.qtbot import QtBot

from app.db.database import Database
from app.ui.tickets.detail_pane import DetailPane
from app.workflows.tickets.detail import HistoryEntry, TicketDetail

NOW = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    return sqlite_db  # widgets only


def _paused(reason: str) -> TicketDetail:
    history = (
        HistoryEntry(NOW - timedelta(hours=3), "王芳", "create", ()),
        HistoryEntry(NOW - timedelta(hours=2), "王芳", "pause", (("reason", ("门卫不让进",)),)),
        HistoryEntry(NOW - timedelta(hours=1), "王芳", "resume", ()),
        HistoryEntry(NOW - timedelta(minutes=5), "赵强", "pause", (("reason", (reason,)),)),
    )
    return TicketDetail(
        id=1, number="GD00001743", category="heating_quality", level=3, status="dispatched",
        phone="18146981068", description="不热", unit_name="第三供热所", customer_name="李春梅",
        account_number="R00001372", address="康乐城11号楼", assignee_name="赵强",
        created_by_name="王芳", responsibility="", resolution="",
        received_at=NOW - timedelta(hours=3), due_at=NOW + timedelta(hours=5), closed_at=None,
        version=4, paused_at=NOW - timedelta(minutes=5), escalated_at=None,
        escalation_reason="", history=history)


def test_paused_heading_says_the_pauses_own_reason(
        qtbot: QtBot, zh_translators: list[QTranslator]) -> None:
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.show_detail(_paused("等待配件到货"), NOW)
    assert pane.title.text().endswith("时限已暂停：等待配件到货")
    assert "等待用户" not in pane.title.text()
    resumed = replace(_paused("等待配件到货"), paused_at=None)
    pane.show_detail(resumed, NOW)
    assert "暂停" not in pane.title.text()
