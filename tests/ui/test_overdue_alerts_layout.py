"""The overdue-alerts dock reads at a glance (issue 12, demo defect).

At 1440×900 its lines wrapped mid-phrase ("超时 10 小时 11 / 分钟") and four alerts showed.
Each alert is two lines now, the order number · the customer, then the unit · how late,
every part glued (no-break spaces, word joiners) so a narrow dock wraps only at a " · ";
and the dock first appears tall enough for eight alerts. SQLite: a screen test.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtGui import QFont, QTextLayout, QTextOption
from pytestqt.qtbot import QtBot

from app.ui.desk_window import DeskWindow
from app.ui.tickets.alert_list import ROWS_SHOWN, line_text, read_text
from app.ui.tickets.install import OVERDUE_WATCH
from app.workflows.tickets.escalation import OverdueAlert
from tests.ui.intake_support import (  # noqa: F401 (fixtures)
    WindowFactory,
    agent_desk_fixture,
    drafts_fixture,
    open_window_fixture,
)


def _alert(n: int, now, late: timedelta) -> OverdueAlert:
    return OverdueAlert(ticket_id=n, number=f"GD{n:08d}", level=2, description="暖气不热",
                        unit_name="管网维修队", due_at=now - late, alerted_at=now,
                        customer_name="杨桂香")


def _wrapped(text: str, width: float) -> list[str]:
    """The lines `text` wraps to at `width` pixels, glue taken out."""
    layout = QTextLayout(text.replace("\n", "\u2028"), QFont())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(read_text(text.replace("\n", "\u2028")[
            line.textStart():line.textStart() + line.textLength()]).replace("\u2028", "").strip())
    layout.endLayout()
    return lines


def test_an_alert_is_two_lines_that_break_only_between_parts(
        qtbot: QtBot, clock, zh_translators) -> None:  # noqa: ARG001
    text = line_text(_alert(485, clock(), timedelta(hours=10, minutes=11)), clock())
    assert read_text(text) == "GD00000485  ·  杨桂香  ·  管网维修队  ·  超时 10 小时 11 分钟"
    assert _wrapped(text, 2000) == ["GD00000485  ·  杨桂香", "管网维修队  ·  超时 10 小时 11 分钟"]
    from PySide6.QtGui import QFontMetrics

    narrow = QFontMetrics(QFont()).horizontalAdvance("管网维修队  ·  超时 10 小时") + 4
    lines = _wrapped(text, narrow)  # too narrow for the second line: it breaks at the ·
    assert "超时 10 小时 11 分钟" in lines, lines
    assert all(line.strip("· ") in ("GD00000485", "杨桂香", "GD00000485  ·  杨桂香",
                                    "管网维修队", "超时 10 小时 11 分钟") for line in lines), lines


def test_the_dock_first_shows_eight_alerts_at_1440x900(
        qtbot: QtBot, open_window: WindowFactory, desk, basics, clock,
        zh_translators) -> None:  # noqa: ARG001
    window: DeskWindow = open_window(desk.signed_in(basics.leader))
    window.resize(1440, 860)  # a maximised window on a 1440×900 screen
    qtbot.waitUntil(lambda: not window.ops.busy)
    watch = window.slots.require(OVERDUE_WATCH)
    assert watch.panel is not None and watch.dock is not None
    watch._show([_alert(n, clock(), timedelta(hours=n, minutes=11)) for n in range(1, 13)])
    panel = watch.panel

    def shown() -> int:
        rows = panel.list.visible_rows()
        return 0 if rows is None else rows[1] - rows[0] + 1

    qtbot.waitUntil(lambda: shown() >= ROWS_SHOWN, timeout=2000)
    first, last = panel.list.visible_rows()
    bottom = panel.list.visualRect(panel.model.index(first + ROWS_SHOWN - 1))
    assert bottom.bottom() <= panel.list.viewport().height()  # the eighth whole
    spacing = panel.list.fontMetrics().lineSpacing()
    for row in range(first, last + 1):  # two lines each, none wrapped to a third
        assert panel.list.visualRect(panel.model.index(row)).height() < 3 * spacing
