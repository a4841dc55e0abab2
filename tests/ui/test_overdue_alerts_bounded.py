"""The shift leader's overdue-alerts panel does bounded work per arrival however many
alerts came before (issue 11: the desk never stalls while sweeps run): 5,000 alerts arriving
in batches of 200 (what one read brings) are each one insert, the view lays out and paints
at most the lines kept (`MAX_LINES`, the oldest folded into one line), and the lateness
tick retells only the lines on screen. Work is counted (rows laid out, painted, read from
the model), never timed.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from app.ui.tickets.alert_list import MAX_LINES, AlertModel, AlertPanel
from app.workflows.tickets.escalation import OverdueAlert

T0 = datetime(2026, 1, 10, 8, 0, tzinfo=UTC)
BATCH = 200
TOTAL = 5_000


def _alerts(start: int, count: int) -> list[OverdueAlert]:
    return [OverdueAlert(ticket_id=n, number=f"GD{n:08d}", level=1,
                         description=f"暖气不热 {n}", unit_name="第一供热所",
                         due_at=T0 - timedelta(minutes=n % 97), alerted_at=T0,
                         customer_name="张伟")
            for n in range(start, start + count)]


class CountingModel(AlertModel):
    def __init__(self, cap: int) -> None:
        super().__init__(cap)
        self.reads: Counter[int] = Counter()  # role -> data() calls

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        self.reads[role] += 1
        return super().data(index, role)


class CountingDelegate(QStyledItemDelegate):
    def __init__(self) -> None:
        super().__init__()
        self.sized = 0  # rows measured (layout)
        self.painted = 0  # rows painted

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> Any:  # noqa: N802
        self.sized += 1
        return super().sizeHint(option, index)

    def paint(self, painter: Any, option: QStyleOptionViewItem, index: Any) -> None:
        self.painted += 1
        super().paint(painter, option, index)


def _panel(qtbot: QtBot) -> tuple[AlertPanel, CountingModel, CountingDelegate, list[int]]:
    panel = AlertPanel()
    model, delegate = CountingModel(MAX_LINES), CountingDelegate()
    panel.model = model
    panel.list.setModel(model)
    panel.list.setItemDelegate(delegate)
    touched: list[int] = []  # rows each model signal names
    model.rowsInserted.connect(lambda _p, first, last: touched.append(last - first + 1))
    model.rowsRemoved.connect(lambda _p, first, last: touched.append(last - first + 1))
    model.dataChanged.connect(lambda a, b, _r=(): touched.append(b.row() - a.row() + 1))
    qtbot.addWidget(panel)
    panel.resize(300, 500)  # a narrow dock: lines wrap
    panel.show()
    qtbot.waitExposed(panel)
    return panel, model, delegate, touched


def _settle(qtbot: QtBot, panel: AlertPanel) -> None:
    """Let the view do the layout (in batches) and painting the change set off."""
    delegate = panel.list.itemDelegate()
    before = -1
    while before != (before := getattr(delegate, "sized", 0)):
        qtbot.wait(5)
    panel.list.viewport().repaint()


def test_5000_alerts_in_batches_of_200_do_bounded_work_per_arrival(qtbot: QtBot) -> None:
    panel, model, delegate, touched = _panel(qtbot)
    per_arrival: list[tuple[int, int, int, int]] = []  # sized, painted, reads, touched
    for arrival, start in enumerate(range(0, TOTAL, BATCH)):
        delegate.sized = delegate.painted = 0
        model.reads.clear()
        touched.clear()
        panel.add(_alerts(start, BATCH), T0 + timedelta(minutes=arrival))
        _settle(qtbot, panel)
        per_arrival.append((delegate.sized, delegate.painted, sum(model.reads.values()),
                            sum(touched)))

    assert model.rowCount() == MAX_LINES + 1  # the fold line and the newest MAX_LINES
    assert panel.ticket_ids() == list(range(TOTAL - MAX_LINES, TOTAL))
    assert panel.line(0) == f"and {TOTAL - MAX_LINES:,} more earlier: " \
                            "Enter opens the overdue queue"
    assert panel.line(1).startswith(f"GD{TOTAL - MAX_LINES:08d}  ·  张伟  ·  第一供热所  ·  ")
    assert panel.list.wordWrap()  # 9664b4f: the narrow dock wraps

    # each arrival: at most one insert, one removal and the fold line (rows touched
    # bounded by the batch and the cap, never by the alerts that came before) ...
    assert all(t <= 2 * BATCH + 1 for *_, t in per_arrival), per_arrival
    # ... and the view measures, paints and reads at most what is kept, whatever the total
    lines = MAX_LINES + 1
    for sized, painted, reads, _ in per_arrival:  # the first shows the scroll bar: 3 layouts
        assert sized <= 3 * lines and painted <= lines and reads <= 40 * lines, per_arrival
    early, late = per_arrival[MAX_LINES // BATCH + 1], per_arrival[-1]  # first full / last
    assert late[0] <= early[0] + 10 and late[2] <= early[2] * 1.1 + 50, per_arrival


def test_the_lateness_tick_retells_only_the_lines_on_screen(qtbot: QtBot) -> None:
    panel, model, delegate, touched = _panel(qtbot)
    panel.add(_alerts(0, MAX_LINES), T0)
    _settle(qtbot, panel)
    shown = panel.list.visible_rows()
    assert shown is not None
    on_screen = shown[1] - shown[0] + 1
    assert on_screen < MAX_LINES // 4
    first = panel.line(0)
    for minutes in (1, 2, 60):
        delegate.sized = delegate.painted = 0
        model.reads.clear()
        touched.clear()
        panel.refresh_lateness(T0 + timedelta(minutes=minutes))
        _settle(qtbot, panel)
        assert touched == []  # no model signal: the lines on screen are repainted
        # measured (did it grow a wrapped line?) and painted twice (the tick, the test's
        # repaint): the lines on screen only, never the other MAX_LINES
        assert model.reads[Qt.ItemDataRole.DisplayRole] <= 8 * (on_screen + 2)
        assert delegate.sized <= 4 * (on_screen + 2)  # QListView measures as it paints
        assert delegate.painted <= 2 * (on_screen + 2)
    assert first.endswith("  ·  1 min late")  # alert 0 fell due at T0: never "0 min"
    assert panel.line(0).endswith("  ·  1 h 0 min late")
    # a line never shown is told at the same now when it is read
    assert panel.line(MAX_LINES - 1).endswith(
        late_at(MAX_LINES - 1, T0 + timedelta(minutes=60)))


def late_at(n: int, now: datetime) -> str:
    minutes = int((now - (T0 - timedelta(minutes=n % 97))).total_seconds() // 60)
    minutes = max(minutes, 1)  # an order just due is 1 min late (labels.late_text)
    return f"{minutes // 60} h {minutes % 60} min late" if minutes >= 60 \
        else f"{minutes} min late"


def test_fold_line_enter_and_delete(qtbot: QtBot) -> None:
    panel = AlertPanel(cap=3)
    qtbot.addWidget(panel)
    panel.show()
    opened: list[int] = []
    queue: list[bool] = []
    panel.list.opened.connect(opened.append)
    panel.list.overdue_queue.connect(lambda: queue.append(True))
    panel.add(_alerts(1, 2), T0)
    panel.add(_alerts(3, 3), T0)  # 5 alerts, 3 kept: 2 folded
    assert panel.model.rowCount() == 4 and panel.ticket_ids() == [3, 4, 5]
    assert panel.line(0).startswith("and 2 more earlier")
    panel.add(_alerts(6, 5), T0)  # more in one arrival than the cap
    assert panel.ticket_ids() == [8, 9, 10] and panel.line(0).startswith("and 7 more")
    panel.list.setFocus()
    panel.list.setCurrentRow(0)
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert queue == [True] and opened == []
    panel.list.setCurrentRow(2)
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert opened == [9]
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)  # an alert line
    assert panel.ticket_ids() == [8, 10] and panel.model.rowCount() == 3
    panel.list.setCurrentRow(0)
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)  # the fold line: gone with its count
    assert panel.model.rowCount() == 2 and panel.line(0).startswith("GD00000008")
