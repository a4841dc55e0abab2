"""The screen pop under a network outage (issue 16): one sentence at the top of the card
with the matching etiquette phrase, and F11 adds the call's work order to the
outage's incident. SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.models.ticket import Ticket
from app.repositories.uow import UnitOfWork
from app.workflows.intake import IntakeForm, save_intake
from app.workflows.network.outages import OutageForm, declare_outage
from tests.integration.network_support import build_network
from tests.ui.intake_support import (  # noqa: F401 (fixtures)
    WindowFactory,
    agent_desk_fixture,
    drafts_fixture,
    open_window_fixture,
    settle,
)


def test_caller_under_an_outage_hears_it_in_one_sentence_and_joins_the_incident(
        qtbot: QtBot, open_window: WindowFactory, basics, clock, db, zh_translators) -> None:
    net = build_network(db, basics, clock)
    declared = declare_outage(UnitOfWork(db, basics.leader, clock), OutageForm(
        kind="unplanned", origin="dispatch", reason="循环泵故障", starts_at=clock(),
        expected_end_at=clock() + timedelta(hours=8, minutes=30),  # 18:00 in Beijing
        unit_id=basics.unit_ids[1], substations=[net.sunny]))
    window = open_window()
    window.ring("13912345678")  # 张伟, 阳光小区 3号楼
    settle(qtbot)
    card = window.card
    assert card.outage.isVisibleTo(card)
    assert card.outage.text() == "所在楼栋受阳光换热站故障影响，预计 18:00 恢复"
    assert not card.incident.isVisibleTo(card)  # the outage line says the incident
    script = card.findChild(type(card.outage), "outageScript")
    assert script is not None and script.isVisibleTo(card)
    assert "您所在的楼栋因阳光换热站故障暂停供热" in script.text()
    assert "预计18:00恢复" in script.text()
    # the key's hint follows the sentence with its full-width bracket, no ASCII gap
    assert script.text().endswith("（F11 将本次来电并入事故）"), script.text()
    assert " （" not in script.text() and "  " not in script.text(), script.text()
    # F11 before the order is saved: the order joins the incident once saved
    qtbot.keyClick(window, Qt.Key.Key_F11)
    result = save_intake(UnitOfWork(db, basics.agent, clock), IntakeForm(
        channel="phone", category="heating_quality", description="暖气不热",
        phone="13912345678", customer_id=basics.zhang.id, outcome="work_order", level=3,
        unit_id=basics.unit_ids[1]))
    window.work_order_saved.emit(result)
    settle(qtbot)
    with UnitOfWork(db, basics.agent, clock) as uow:
        order = uow.session.get(Ticket, result.ticket_id)
        assert order is not None and order.incident_id == declared.incident_id
    window.ring("13811112222")  # 李娜, 和平里: no outage there
    settle(qtbot)
    assert card.name.text() == "李娜" and not card.outage.isVisibleTo(card)
    assert not script.isVisibleTo(card)
