"""A bulk demo order's whole history in the F6 queue window's 处理记录 pane (issue 12 item 1).

The bulk generator writes each order's steps as events (tests/integration/test_demo_history.py
checks the rows); here an agent on a fresh demo (300 customers, with the extras) looks a
bulk order up by its GD number in the queue window and reads, in Chinese, every step from
建单 to 已结案 in time order, each with the person who took it. On SQLite and PostgreSQL.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.clock import FixedClock
from app.models.staff import Staff
from app.models.ticket import Ticket, TicketStatus, format_ticket_number
from app.ui import timefmt
from app.ui.ops import active_operations
from app.ui.tickets.queue_window import QueueWindow
from app.workflows.auth import login
from app.workflows.desk import Desk
from tests.demo_support import DEMO_NOW, DemoCopy

TIMEOUT = 60_000  # ms: an upper bound for a hung worker, never a speed assertion
# A closed order a technician claimed: every step, in the words the pane shows in Chinese.
STEPS_ZH = ["建单", "已派出", "认领", "开始处理", "已处理", "回访", "已结案"]


def _settle(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: active_operations() == 0, timeout=TIMEOUT)


def test_a_bulk_order_shows_its_whole_history_in_the_f6_pane(
        demo_copy: DemoCopy, qtbot: QtBot, zh_translators) -> None:  # noqa: ARG001
    db, summary = demo_copy.db, demo_copy.summary  # generate_demo(300 customers, seed 11)
    desk = Desk(db=db, clock=FixedClock(DEMO_NOW))
    assert summary.extras is not None
    with db.session() as s:
        # the bulk rows come first into an empty database: the lowest ids are bulk orders
        order = s.scalars(select(Ticket).where(Ticket.status == TicketStatus.CLOSED,
                                               Ticket.assignee_id.is_not(None))
                          .order_by(Ticket.id).limit(1)).one()
        assert order.id <= summary.tickets - summary.extras.orders
        names = {staff.id: staff.name for staff in s.scalars(select(Staff))}
        taker, technician = names[order.created_by_id], names[order.assignee_id]
        ticket_id, description = order.id, order.description
        received, closed_at = order.received_at, order.closed_at
    agent = desk.signed_in(login(desk.uow(), "1001", "demo1001"))

    window = QueueWindow(agent, live=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    _settle(qtbot)
    search = window.filter_bar.search
    search.setFocus()
    qtbot.keyClicks(search, format_ticket_number(ticket_id))  # ASCII: GD00000123
    qtbot.keyClick(search, Qt.Key.Key_Return)
    _settle(qtbot)
    assert window.selected_id() == ticket_id

    history = window.detail.history
    rows = [[history.item(r, c).text() for c in range(4)] for r in range(history.rowCount())]
    assert [step for _, _, step, _ in rows] == STEPS_ZH
    by = {step: who for _, who, step, _ in rows}
    assert by["建单"] == taker  # the agent who took the call
    assert by["认领"] == by["开始处理"] == by["已处理"] == technician
    assert all(who and who != "系统" for who in by.values())  # people's steps, no system
    assert rows[0][0] == timefmt.fmt(received, timefmt.SHORT)
    assert rows[-1][0] == timefmt.fmt(closed_at, timefmt.SHORT)
    created = history.item(0, 3).toolTip()  # the creation step's whole list on hover
    assert "内容：" in created and description in created  # what was reported
