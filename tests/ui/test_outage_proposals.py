"""The shift leader's outage proposals (issue 16): three no-heat calls from one
substation's buildings within the window put the substation in the 停热研判 dock, once;
dismissing it empties the dock. SQLite and PostgreSQL."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.repositories.uow import UnitOfWork
from app.ui.network.proposals import PROPOSAL_WATCH
from app.workflows.intake import IntakeForm, save_intake
from tests.integration.network_support import build_network
from tests.ui.intake_support import (  # noqa: F401 (fixtures)
    WindowFactory,
    agent_desk_fixture,
    drafts_fixture,
    open_window_fixture,
    settle,
)


def test_leader_desk_proposes_the_substation_once(qtbot: QtBot, open_window: WindowFactory,
                                                  desk, basics, clock, db,
                                                  zh_translators) -> None:
    net = build_network(db, basics, clock)
    window = open_window(desk.signed_in(basics.leader))
    watch = window.slots.require(PROPOSAL_WATCH)
    assert not watch.dock.isVisibleTo(window)
    for customer in (basics.zhang.id, net.wang, basics.zhang.id):
        save_intake(UnitOfWork(db, basics.agent, clock), IntakeForm(
            channel="phone", category="heating_quality", description="暖气不热",
            phone="13912345678", customer_id=customer, answer="已登记"))
    watch.check()
    settle(qtbot)
    assert watch.dock.isVisibleTo(window)
    assert watch.panel.list.count() == 1
    assert watch.panel.list.item(0).text().startswith("阳光换热站：自 09:30 起 3 个来电反映不热")
    watch.check()  # asked again: still the one proposal
    settle(qtbot)
    assert watch.panel.list.count() == 1
    watch.dismiss_current()
    settle(qtbot)
    assert watch.panel.list.count() == 0 and not watch.dock.isVisibleTo(window)
