"""Rule 5.2.2 in the queue window: the pause and level steps are shown only to the roles
the settings allow, and an important customer's order put below level 1 shows who and why
on the order and in its history (pytest-qt, SQLite and PostgreSQL)."""

from __future__ import annotations

from app.db.database import Database
from app.repositories.uow import UnitOfWork
from app.ui.tickets.queue_window import QueueWindow
from app.workflows.desk import Desk
from app.workflows.settings import save_setting
from tests.queue_data import make_orders, set_unit
from tests.support import seed_basics


def _window(qtbot, db: Database, clock, actor) -> QueueWindow:
    window = QueueWindow(Desk(db=db, clock=clock, actor=actor), live=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _select(qtbot, window: QueueWindow, ticket_id: int) -> None:
    idle = lambda: not window.ops.busy  # noqa: E731
    qtbot.waitUntil(lambda: idle() and window.model.row_of(ticket_id) is not None)
    window.table.setCurrentIndex(window.model.index(window.model.row_of(ticket_id), 0))
    qtbot.waitUntil(lambda: idle() and window.detail.detail is not None
                    and window.detail.detail.id == ticket_id)


def _setting(db, clock, leader, key, value) -> None:
    with UnitOfWork(db, leader, clock) as uow:
        save_setting(uow, key, value)
        uow.commit()


def test_rule_5_2_2_pause_and_level_controls_hidden_when_refused(qtbot, db, clock):
    basics = seed_basics(db, clock)
    set_unit(db, basics.agent.id, basics.unit_ids[0])
    orders = make_orders(db, clock, basics)
    agent = _window(qtbot, db, clock, basics.agent)
    _select(qtbot, agent, orders["soon3"])  # level 3, the deadline running
    bar = agent.action_bar
    assert bar.buttons["pause"].isVisibleTo(agent)  # the default lets the desk pause
    assert bar.level_button.isVisibleTo(agent)  # ... and raise a level
    assert window_choices(agent) == (1, 2)
    _setting(db, clock, basics.leader, "ticket.pause_roles", ["technician", "shift_leader"])
    _setting(db, clock, basics.leader, "ticket.level_raise_roles", ["shift_leader"])
    agent.close()
    again = _window(qtbot, db, clock, basics.agent)
    _select(qtbot, again, orders["soon3"])
    assert not again.action_bar.buttons["pause"].isVisibleTo(again)
    assert not again.action_bar.buttons["resume"].isVisibleTo(again)
    assert not again.action_bar.level_button.isVisibleTo(again)
    leader = _window(qtbot, db, clock, basics.leader)
    _select(qtbot, leader, orders["soon3"])
    assert leader.action_bar.buttons["pause"].isVisibleTo(leader)
    assert leader.action_bar.level_button.isVisibleTo(leader)


def window_choices(window: QueueWindow) -> tuple[int, ...]:
    detail = window.detail.detail
    assert detail is not None
    return detail.level_choices


def test_rule_5_2_2_important_customer_below_level_one_shows_who_and_why(qtbot, db, clock):
    basics = seed_basics(db, clock)
    set_unit(db, basics.agent.id, basics.unit_ids[0])
    orders = make_orders(db, clock, basics)
    leader = _window(qtbot, db, clock, basics.leader)
    _select(qtbot, leader, orders["soon1"])  # 李娜, an important customer, level 1
    bar = leader.action_bar
    assert window_choices(leader) == (2, 3)
    bar.ask_choice = lambda title, label, choices, current=None: 2
    bar.ask_text = lambda title, label: "单户阀门,不影响医院供暖"
    assert bar.change_level()
    qtbot.waitUntil(lambda: not leader.ops.busy and leader.detail.detail.level == 2)
    fields = leader.detail.fields.text()
    assert "Below level 1" in fields and "单户阀门,不影响医院供暖" in fields and "赵强" in fields
    assert "Graded below level 1" in leader.detail.history_steps()
