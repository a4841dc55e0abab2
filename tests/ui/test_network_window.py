"""The network window (F12, issue 16): the tree with the households under each node,
a leader adds a building and the counts follow, an equipment status change shows in the
intact rate, and an outage declared from the window lists under Outages."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.repositories.uow import UnitOfWork
from app.ui.network.window import NetworkWindow
from app.workflows.desk import Desk
from app.workflows.network.equipment import add_equipment
from tests.integration.network_support import build_network
from tests.ui.intake_support import settle
from tests.ui.typing import type_text


def _tree_texts(window: NetworkWindow) -> dict[str, str]:
    out: dict[str, str] = {}
    tree = window.tree
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        out[top.text(0)] = top.text(1)
        for j in range(top.childCount()):
            out[top.child(j).text(0)] = top.child(j).text(1)
    return out


def test_leader_sees_counts_edits_the_tree_and_declares(
        qtbot: QtBot, desk: Desk, basics, clock, db, zh_translators) -> None:
    net = build_network(db, basics, clock)
    for n in range(10):
        add_equipment(UnitOfWork(db, basics.leader, clock), net.sunny, "valve", f"{n}号阀门")
    window = NetworkWindow(desk.signed_in(basics.leader))
    qtbot.addWidget(window)
    window.show()
    settle(qtbot)
    assert _tree_texts(window) == {"东郊热源": "3", "和平换热站": "1", "阳光换热站": "2"}
    assert window.windowTitle() == "供热管网 — 共 3 户"
    assert window.rate.text().startswith("设备完好率 100 %（10 台中 10 台完好）")
    # buildings are read when their substation opens
    assert window.select_substation(net.sunny)
    window.tree.currentItem().setExpanded(True)
    settle(qtbot)
    sunny = window.tree.currentItem()
    assert [sunny.child(i).text(0) for i in range(sunny.childCount())] == [
        "阳光小区3号楼", "阳光小区4号楼"]
    # a faulty valve: 9 of 10 is exactly the 90 % target, still met (rule 5.2.1)
    tab = window.equipment
    tab.table.selectRow(0)
    settle(qtbot)
    tab.status.setCurrentIndex(tab.status.findData("faulty"))
    type_text(tab.note, "阀杆卡死")
    tab.apply.click()
    settle(qtbot)
    assert window.rate.text() == ("设备完好率 90 %（10 台中 9 台完好），目标 ≥ 90 %：达标")
    assert tab.history.count() == 2 and "完好 → 故障" in tab.history.item(0).text()
    # a leader adds 和平里 13号楼 under 和平换热站 (nobody lives there yet)
    assert window.select_substation(net.peace)
    dialog = window.add_below()
    assert dialog is not None
    type_text(dialog.first, "和平里")
    dialog.second.setText("13")
    dialog.save()
    settle(qtbot)
    assert not dialog.isVisible()
    # declare over 阳光换热站
    assert window.select_substation(net.sunny)
    declare = window.declare()
    assert declare is not None
    settle(qtbot)
    type_text(declare.reason, "循环泵故障")
    declare.save()
    settle(qtbot)
    assert not declare.isVisible()
    rows = window.outages.rows
    assert [(o.title, o.households, o.active) for o in rows] == [("阳光换热站", 2, True)]
    assert window.outages.table.item(0, 7).text() == "停热中"


def test_an_agent_sees_the_network_but_cannot_edit(qtbot: QtBot, desk: Desk, basics, clock,
                                                   db, zh_translators) -> None:
    build_network(db, basics, clock)
    window = NetworkWindow(desk.signed_in(basics.agent))
    qtbot.addWidget(window)
    window.show()
    settle(qtbot)
    assert _tree_texts(window)["东郊热源"] == "3"
    assert not window.add_source.isVisibleTo(window)
    assert not window.outages.declare.isVisibleTo(window)
    assert not window.outages.export.isVisibleTo(window)
