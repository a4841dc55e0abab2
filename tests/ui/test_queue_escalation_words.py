"""The F6 queue's status column says how an order reached the shift leader (rule 2.8).

The overdue sweep flags a late order and reports it to the shift leader by itself (its
history shows 已超时 by the system); a person escalates with a reason (the 升级 step).
The status cell said （已升级） for both, so an order whose history shows no escalation read
as escalated. Now: （已超时上报） for the sweep's flag, （已升级） only for a person's step
(which wins when an order has both). On SQLite and PostgreSQL (the queue's query reads
the two apart).
"""

from __future__ import annotations

from datetime import timedelta

from app.repositories.uow import UnitOfWork
from app.ui.tickets.table_model import COLUMNS, QueueTableModel
from app.workflows.intake import IntakeForm, save_intake
from app.workflows.tickets.escalation import escalate, sweep_overdue
from app.workflows.tickets.queues import QueueFilters, queue_page


def _order(db, clock, basics, text: str) -> int:
    saved = save_intake(UnitOfWork(db, basics.agent, clock), IntakeForm(
        channel="phone", category="repair", description=text, answer="已派单",
        phone="13811112222", rang_at=clock() - timedelta(seconds=8), answered_at=clock(),
        outcome="work_order", level=1, unit_id=basics.unit_ids[0]))
    assert saved.ticket_id is not None
    return saved.ticket_id


def _statuses(db, clock, basics) -> dict[int, str]:
    page = queue_page(UnitOfWork(db, basics.leader, clock), "open", QueueFilters())
    model = QueueTableModel(clock)
    model.show_first(page)
    column = COLUMNS.index("status")
    return {model.row_at(r).id: model.index(r, column).data()
            for r in range(model.rowCount())}


def _orders(db, clock, basics) -> dict[str, int]:
    orders = {"swept": _order(db, clock, basics, "暖气不热"),
              "by_hand": _order(db, clock, basics, "暖气漏水"),
              "both": _order(db, clock, basics, "暖气不热，要求领导出面")}
    clock.advance(minutes=20)
    for key in ("by_hand", "both"):
        escalate(UnitOfWork(db, basics.agent, clock), orders[key], "重要用户，请值班长协调")
    clock.advance(hours=3)  # level 1: all three are late now
    sweep_overdue(UnitOfWork(db, basics.leader, clock))
    orders["plain"] = _order(db, clock, basics, "暖气不热，刚来电")
    return orders


def test_the_status_says_overdue_reported_or_escalated_in_chinese(
        qtbot, db, clock, basics, zh_translators) -> None:  # noqa: ARG001
    orders = _orders(db, clock, basics)
    status = _statuses(db, clock, basics)
    assert status[orders["swept"]] == "已受理（已超时上报）"
    assert status[orders["by_hand"]] == "已受理（已升级）"
    assert status[orders["both"]] == "已受理（已升级）"
    assert status[orders["plain"]] == "已受理"


def test_the_status_in_english(qtbot, db, clock, basics) -> None:
    orders = _orders(db, clock, basics)
    status = _statuses(db, clock, basics)
    assert status[orders["swept"]] == "New (overdue, reported)"
    assert status[orders["by_hand"]] == "New (escalated)"
    assert status[orders["plain"]] == "New"


def test_the_status_column_is_wide_enough_for_either_mark(qtbot, clock) -> None:
    from PySide6.QtGui import QFont, QFontMetrics

    metrics = QFontMetrics(QFont())
    model = QueueTableModel(clock)
    width = model.column_widths(metrics)[COLUMNS.index("status")]
    assert width >= metrics.horizontalAdvance("In progress (overdue, reported)")
