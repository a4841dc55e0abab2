"""The queue table answers a painted cell's roles in one pass (table_model.py `multiData`):
the same values `data()` gives, for rows of every deadline tone, and painting asks no
role one by one."""

from __future__ import annotations

import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from types import FrameType

import pytest
from PySide6.QtCore import QModelIndex, QModelRoleData, Qt
from PySide6.QtGui import QBrush
from pytestqt.qtbot import QtBot

from app.ui import timefmt
from app.ui.tickets.table_model import COLUMNS, QueueTableModel, queue_table
from app.workflows.tickets.queues import QueuePage, QueueRow

NOW = datetime(2027, 1, 15, 2, 0, tzinfo=UTC)
ROLES = [*Qt.ItemDataRole.__members__.values(), timefmt.SORT_ROLE]


def _row(number: int, due_in: timedelta, paused: bool = False) -> QueueRow:
    return QueueRow(
        id=number, number=f"GD{number:08d}", category="repair", level=2, status="dispatched",
        phone="13912345678", description="暖气不热\n楼上也不热", received_at=NOW - timedelta(hours=5),
        due_at=NOW + due_in, closed_at=None, version=1, unit_name="第一供热所",
        customer_name="张伟", address="新华区保利城1号楼1单元102室", assignee_name="李静",
        paused_at=NOW - timedelta(minutes=5) if paused else None)


def _model() -> QueueTableModel:
    model = QueueTableModel(lambda: NOW)
    model.show_first(QueuePage(rows=(
        _row(1, -timedelta(hours=3)),  # overdue
        _row(2, timedelta(minutes=20)),  # due within the hour
        _row(3, -timedelta(hours=1), paused=True),  # paused
        _row(4, timedelta(hours=20))), cursor=None))  # nothing to say
    return model


def _plain(value: object) -> object:
    return value.color().name() if isinstance(value, QBrush) else value


@pytest.mark.parametrize("role", ROLES, ids=str)
def test_each_role_reads_as_data_gives_it(qtbot: QtBot, role: int) -> None:
    model = _model()
    tones = set()
    for row in range(model.rowCount()):
        tones.add(model.tone(row))
        for column in range(len(COLUMNS)):
            index = model.index(row, column)
            slot = QModelRoleData(role)
            model.multiData(index, slot)
            assert _plain(slot.data()) == _plain(model.data(index, role)), (row, column)
    assert tones == {"overdue", "soon", "paused", ""}
    outside = QModelRoleData(role)
    model.multiData(QModelIndex(), outside)
    assert outside.data() is None


def test_the_due_cell_says_the_lateness_and_the_colour_follows_the_tone(qtbot: QtBot) -> None:
    model = _model()
    due = COLUMNS.index("due")
    slot = QModelRoleData(Qt.ItemDataRole.DisplayRole)
    model.multiData(model.index(0, due), slot)
    assert "3" in slot.data() and slot.data() != model._texts[0][due]  # lateness added
    background = QModelRoleData(Qt.ItemDataRole.BackgroundRole)
    model.multiData(model.index(3, 0), background)
    assert background.data() is None  # a row with time to spare has no colour


def test_painting_asks_each_cell_once(qtbot: QtBot) -> None:
    model = _model()
    table = queue_table(model, lambda: None, lambda: None)
    qtbot.addWidget(table)
    table.resize(1200, 400)
    calls: Counter[str] = Counter()

    def profile(frame: FrameType, event: str, _arg: object) -> None:
        if event == "call" and frame.f_code.co_name in ("data", "multiData"):
            calls[frame.f_code.co_name] += 1

    sys.setprofile(profile)
    try:
        table.grab()
    finally:
        sys.setprofile(None)
    assert calls["multiData"] >= model.rowCount()
    assert calls["data"] == 0  # painting asks no role one by one
