"""The queue offers a technician exactly what the steps accept for his role: no callback
(回访, rule 2.5) and no case (转为个案, rule 3.6.2(3)), which are the desk's; the level
stays his to change (rule 5.2.2: the executing units grade). An agent is offered both.
SQLite."""

from __future__ import annotations

import pytest

from app.ui.tickets.queue_window import QueueWindow
from app.workflows.desk import Desk
from app.workflows.tickets import CALLBACK, OPEN_CASE
from tests.integration.ticket_support import technician
from tests.queue_data import make_orders, set_unit
from tests.support import seed_basics


@pytest.mark.parametrize("who", ["technician", "agent"])
def test_callback_and_case_are_offered_to_the_desk_only(qtbot, sqlite_db, clock, who):
    basics = seed_basics(sqlite_db, clock)
    tech = technician(sqlite_db, clock)
    actor = tech if who == "technician" else basics.agent
    set_unit(sqlite_db, actor.id, basics.unit_ids[0])
    orders = make_orders(sqlite_db, clock, basics)
    window = QueueWindow(Desk(db=sqlite_db, clock=clock, actor=actor), live=False)
    qtbot.addWidget(window)
    window.show()
    bar = window.action_bar
    for name, key in (("resolved2", CALLBACK), ("soon1", OPEN_CASE)):
        row = window.model.row_of(orders[name])
        assert row is not None, name
        window.table.selectRow(row)
        assert window.detail.detail.id == orders[name]
        assert bar.buttons[key].isEnabled() == (who == "agent"), (name, key)
    if who == "technician":
        assert bar.level_button.isVisibleTo(window)  # rule 5.2.2: he grades
