"""Dispatch preselects the unit responsible for the caller's address (issue 12 item 5).

The data keeps no estate-to-unit mapping, so the unit is the one of the caller's open
order (falling due first), else of the incident over their building. The agent may
change it; an unknown caller gets no preselection.
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.workflows.intake import IntakeForm, save_intake
from tests.ui.intake_support import (  # noqa: F401 (fixtures)
    WindowFactory,
    agent_desk_fixture,
    choose,
    drafts_fixture,
    open_window_fixture,
    settle,
)


def _open_order(desk, customer_id: int, unit_id: int) -> None:
    save_intake(desk.uow(), IntakeForm(
        channel="visit", category="repair", description="暖气不热", customer_id=customer_id,
        outcome="work_order", level=3, unit_id=unit_id))


def test_dispatch_preselects_the_unit_of_the_callers_open_order(
        qtbot: QtBot, open_window: WindowFactory, agent_desk, basics) -> None:
    unit = basics.unit_ids[1]  # not the first in the list: chosen for this caller
    _open_order(agent_desk, basics.zhang.id, unit)
    window = open_window()
    window.ring("13912345678")  # 张伟
    settle(qtbot)
    assert window.form.unit.currentData() is None  # answered on the spot: no unit yet
    choose(qtbot, window.form.outcome, "work_order")
    assert window.form.unit.currentData() == unit
    assert window.form.values()["unit_id"] == unit

    choose(qtbot, window.form.unit, basics.unit_ids[0])  # the agent knows better
    choose(qtbot, window.form.outcome, "answered")
    choose(qtbot, window.form.outcome, "work_order")
    assert window.form.unit.currentData() == basics.unit_ids[0]


def test_no_customer_or_no_open_order_preselects_nothing(
        qtbot: QtBot, open_window: WindowFactory, agent_desk, basics) -> None:
    _open_order(agent_desk, basics.zhang.id, basics.unit_ids[1])
    window = open_window()
    window.ring("13912345678")
    settle(qtbot)
    choose(qtbot, window.form.outcome, "work_order")
    assert window.form.unit.currentData() == basics.unit_ids[1]

    window.ring("13700000000")  # nobody's number: the last caller's unit goes too
    settle(qtbot)
    assert window.form.unit.currentData() is None
    choose(qtbot, window.form.outcome, "answered")
    choose(qtbot, window.form.outcome, "work_order")
    assert window.form.unit.currentData() is None

    window.next_call()
    window.ring("13811112222")  # a customer without an open order
    settle(qtbot)
    choose(qtbot, window.form.outcome, "work_order")
    assert window.form.unit.currentData() is None
