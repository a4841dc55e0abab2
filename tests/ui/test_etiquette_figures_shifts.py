"""The supervision figures dialog names the centre's real shifts (rule 5.4): the slot's
name with its local start and end, and calls outside every slot on their own row."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from pytestqt.qtbot import QtBot

from app.ui.etiquette.figures_dialog import FiguresDialog
from app.workflows.desk import Desk
from app.workflows.intake import IntakeForm, save_intake
from app.workflows.shifts.pattern import SlotSpec, set_pattern
from tests.ui.intake_support import settle

BEIJING = timezone(timedelta(hours=8))


def _call_at(desk: Desk, clock, hh: int, mm: int = 0) -> None:
    clock.now = datetime(2026, 11, 26, hh, mm, tzinfo=BEIJING).astimezone(UTC)
    save_intake(desk.uow(), IntakeForm(
        channel="phone", category="repair", description="暖气不热", phone="13811112222",
        answer="已答复", rang_at=clock() - timedelta(seconds=4), answered_at=clock()))


def test_figures_name_the_real_shifts_with_their_hours(
        qtbot: QtBot, desk: Desk, basics, clock, zh_translators) -> None:
    leader = desk.signed_in(basics.leader)
    set_pattern(leader.uow(), [SlotSpec("早班", "07:00", 8), SlotSpec("中班", "15:00", 8)])
    agent = desk.signed_in(basics.agent)
    for hh in (7, 14, 16, 23):  # 23:00 is in neither slot
        _call_at(agent, clock, hh)
    dialog = FiguresDialog(leader)
    qtbot.addWidget(dialog)
    settle(qtbot)  # the figures are counted off the GUI thread
    table = dialog.table
    shifts = [(table.item(r, 1).text(), table.item(r, 2).text())
              for r in range(table.rowCount())]
    assert shifts == [("2026-11-26 早班 07:00–15:00", "2"), ("2026-11-26 中班 15:00–23:00", "1"),
                      ("2026-11-26 班次时间以外", "1")]
    assert "排班表的班次" in dialog.note.text()
