"""The desk with the real AMI adapter against the simulated PBX on a real socket.

Each test runs its own simulator on a free port; scripted calls play a minute of PBX time
in a fraction of a second (speed), their Timestamps saying the PBX's own times, which the
desk must use for the call and the figures (rule 4.4).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.cli.pbx_sim.server import SimThread
from app.repositories.uow import UnitOfWork
from app.ui.desk_window import DeskWindow
from app.ui.telephony.install import TELEPHONY
from app.ui.telephony.order_dial import attach_order_dial
from app.workflows.intake import IntakeForm, save_intake
from app.workflows.settings import save_setting
from app.workflows.telephony import ami_link
from app.workflows.telephony.events import LinkState
from app.workflows.telephony.figures import pbx_figures
from app.workflows.telephony.records import calls_of_order
from app.workflows.telephony.secret import write_secret
from tests.ui.intake_support import (  # noqa: F401 (fixtures)
    agent_desk_fixture,
    drafts_fixture,
    open_window_fixture,
    settle,
)

SPEED = 0.004  # PBX seconds -> real seconds
# what stores nothing of its own, or stores as the tests on both backends already do
SQLITE_ONLY = pytest.mark.parametrize("db", ["sqlite"], indirect=True)


@pytest.fixture
def sim(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[SimThread]:
    monkeypatch.setattr(ami_link, "FIRST_RETRY_S", 0.05)
    pbx = SimThread(speed=SPEED)
    write_secret("demo-secret")  # <data folder>/ami.secret, owner-only
    yield pbx
    pbx.stop()


def _configure(db, clock, basics, port: int, **more: object) -> None:
    with UnitOfWork(db, basics.leader, clock) as uow:
        for key, value in {"telephony.ami_host": "127.0.0.1", "telephony.ami_port": port,
                           "telephony.extensions": {"1001": "8001"},
                           "telephony.area_code": "0311", **more}.items():
            save_setting(uow, key, value)
        uow.commit()


def _linked(qtbot: QtBot, window: DeskWindow) -> None:
    telephony = window.slots.require(TELEPHONY)
    qtbot.waitUntil(lambda: telephony.label.state is LinkState.UP, timeout=10_000)


def test_a_queue_call_pops_with_the_pbx_times_and_is_kept(
        qtbot: QtBot, db, clock, basics, sim: SimThread, open_window) -> None:
    _configure(db, clock, basics, sim.port)
    window = open_window()
    _linked(qtbot, window)
    telephony = window.slots.require(TELEPHONY)
    assert telephony.label.text() == "Phone: connected, extension 8001"
    rang = clock() - timedelta(minutes=10)
    kept: list = []
    telephony.recorded.connect(kept.append)
    sim.play("answered", start=rang.timestamp(), number="008613811112222")
    qtbot.waitUntil(lambda: len(kept) == 3, timeout=10_000)
    call = window.call
    assert window.caller.number.text() == "13811112222"  # normalised, the card popped
    assert call.rang_at == rang  # the PBX's time, not the desk's
    assert call.answered_at == rang + timedelta(seconds=8)
    assert call.hung_up_at == rang + timedelta(seconds=68)
    assert call.delay(window.settings).rings == 2  # rule 4.4 from the PBX's times
    settle(qtbot)
    qtbot.waitUntil(lambda: window.card.state == "card", timeout=5000)
    assert window.form.description.hasFocus()  # picked up at the phone: the call text
    figures = pbx_figures(UnitOfWork(db, basics.leader, clock), rang.date(), rang.date())
    assert [(f.offered, f.answered, f.within_limit) for f in figures] == [(1, 1, 1)]


def test_abandoned_call_and_the_pbx_restarting_mid_call(
        qtbot: QtBot, db, clock, basics, sim: SimThread, open_window) -> None:
    _configure(db, clock, basics, sim.port)
    window = open_window()
    _linked(qtbot, window)
    telephony = window.slots.require(TELEPHONY)
    states: list[str] = []
    telephony.link.link_changed.connect(lambda state, _detail: states.append(state))
    kept: list = []
    telephony.recorded.connect(kept.append)
    start = clock() - timedelta(minutes=30)
    sim.play("abandoned", start=start.timestamp(), wait=True)
    qtbot.waitUntil(lambda: len(kept) == 2, timeout=10_000)
    assert kept[-1].end_cause == "abandoned"
    assert "hung up before" in window.statusBar().currentMessage()
    logins = sim.sim.logins
    sim.play("restart", start=(start + timedelta(minutes=5)).timestamp(), wait=True)
    qtbot.waitUntil(lambda: sim.sim.logins > logins and telephony.label.state is LinkState.UP,
                    timeout=10_000)
    assert "down" in states and states[-1] == "up"  # lost, retried, back
    qtbot.waitUntil(lambda: len(kept) == 5, timeout=10_000)
    assert kept[-1].end_cause == "answered"  # talked, then cut by the restart
    sim.play("answered", start=(start + timedelta(minutes=9)).timestamp(), number="13911112222")
    qtbot.waitUntil(lambda: len(kept) == 8, timeout=10_000)  # a new call after the restart
    assert window.caller.number.text() == "13911112222"
    first = start.date()
    row = pbx_figures(UnitOfWork(db, basics.leader, clock), first, first)[0]
    assert (row.offered, row.answered, row.abandoned) == (3, 2, 1)


@SQLITE_ONLY
def test_click_to_dial_rings_our_extension_first_and_refuses_other_numbers(
        qtbot: QtBot, db, clock, basics, sim: SimThread, open_window) -> None:
    _configure(db, clock, basics, sim.port)
    window = open_window()
    _linked(qtbot, window)
    telephony = window.slots.require(TELEPHONY)
    window.caller.set_number("12345")
    qtbot.keyClick(window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    dialog = telephony.dial_dialog
    assert dialog is not None and dialog.number.text() == "12345"
    dialog.dial_button.click()
    settle(qtbot)
    assert dialog.errors.visible_texts()["number"].startswith("This number may not be dialled")
    assert not [a for a in sim.sim.actions if a.get("Action") == "Originate"]
    dialog.number.setText("13811112222")
    with qtbot.waitSignal(telephony.dialled, timeout=10_000):
        dialog.dial_button.click()
    assert window.statusBar().currentMessage() == (
        "Your phone rings: pick it up to call 13811112222")
    originate = [a for a in sim.sim.actions if a.get("Action") == "Originate"][0]
    assert (originate["Channel"], originate["Exten"], originate["Context"]) == (
        "PJSIP/8001", "13811112222", "from-internal")
    kept: list = []
    telephony.recorded.connect(kept.append)
    qtbot.waitUntil(lambda: len(kept) == 3, timeout=10_000)
    assert kept[0].call_id == originate["ChannelId"]
    assert (kept[-1].answered_at - kept[-1].rang_at).total_seconds() == 6  # PBX's times


@SQLITE_ONLY
def test_without_a_pbx_the_desk_clock_times_calls(qtbot: QtBot, open_window,
                                                  data_dir: Path) -> None:
    window = open_window()
    telephony = window.slots.require(TELEPHONY)
    assert telephony.label.state is LinkState.OFF
    assert telephony.label.text() == "Phone: no PBX (desk clock)"
    window.ring("13811112222")
    assert window.call.rang_at == window.desk.clock()



@SQLITE_ONLY
def test_a_secret_others_can_read_is_refused(qtbot: QtBot, db, clock, basics, sim: SimThread,
                                             open_window, data_dir: Path) -> None:
    _configure(db, clock, basics, sim.port)
    (data_dir / "ami.secret").chmod(0o644)
    window = open_window()
    telephony = window.slots.require(TELEPHONY)
    qtbot.waitUntil(lambda: telephony.label.state is LinkState.NO_SECRET, timeout=5000)
    assert "chmod 600" in telephony.label.toolTip()
    assert sim.sim.logins == 0  # nothing was sent to the PBX


def test_dialling_from_an_order_keeps_the_call_with_the_order(
        qtbot: QtBot, db, clock, basics, sim: SimThread, open_window) -> None:
    _configure(db, clock, basics, sim.port)
    result = save_intake(UnitOfWork(db, basics.agent, clock), IntakeForm(
        channel="phone", category="repair", description="暖气不热", phone="13811112222",
        customer_id=basics.li.id, outcome="work_order", level=1, unit_id=basics.unit_ids[0]))
    window = open_window()
    _linked(qtbot, window)
    telephony = window.slots.require(TELEPHONY)
    pane = QWidget(window, Qt.WindowType.Window)  # stands for the F6 queues, the desk's child
    qtbot.addWidget(pane)
    box = QVBoxLayout(pane)
    for _ in range(3):
        box.addWidget(QWidget())
    order = SimpleNamespace(id=result.ticket_id, number=result.ticket_number,
                            customer_name="李娜", phone="13811112222")
    attach_order_dial(pane, basics.agent.role, lambda: order, box)
    pane.show()
    qtbot.waitExposed(pane)
    pane.activateWindow()
    qtbot.waitUntil(pane.isActiveWindow)
    qtbot.keyClick(pane, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    dialog = telephony.dial_dialog
    assert dialog is not None and dialog.about.text() == f"{result.ticket_number} 李娜"
    kept: list = []
    telephony.recorded.connect(kept.append)
    dialog.dial_button.click()
    qtbot.waitUntil(lambda: len(kept) == 3, timeout=10_000)
    calls = calls_of_order(UnitOfWork(db, basics.agent, clock), result.ticket_id)
    assert [(c.direction, c.number, c.end_cause) for c in calls] == [
        ("outbound", "13811112222", "answered")]


@SQLITE_ONLY
def test_the_pbx_figures_under_the_etiquette_figures_for_leaders_only(
        qtbot: QtBot, db, clock, basics, desk) -> None:
    from app.ui.etiquette.figures_dialog import FiguresDialog
    from app.workflows.telephony.events import Answered, EndCause, Ended, Ringing
    from app.workflows.telephony.records import record_events

    rang = clock() - timedelta(hours=1)
    record_events(UnitOfWork(db, basics.agent, clock), [
        Ringing("a", "13811112222", "hotline", rang),
        Answered("a", rang + timedelta(seconds=9)), Ended("a", rang + timedelta(minutes=2),
                                                          EndCause.ANSWERED),
        Ringing("b", "13911112222", "hotline", rang + timedelta(minutes=5)),
        Ended("b", rang + timedelta(minutes=5, seconds=30), EndCause.ABANDONED)])
    dialog = FiguresDialog(desk.signed_in(basics.leader))
    qtbot.addWidget(dialog)
    assert dialog.pbx is not None
    settle(qtbot)
    qtbot.waitUntil(lambda: dialog.pbx.table.rowCount() == 1, timeout=10_000)
    table = dialog.pbx.table
    cells = [table.item(0, col).text() for col in range(table.columnCount())]
    assert cells[0] == "1001 王芳" and cells[2:] == ["2", "1", "1 (50 %)", "1", "0",
                                                     "9.0 s", "0"]
    assert table.horizontalHeaderItem(4).text() == "Answered within 3 rings"
    agents = FiguresDialog(desk.signed_in(basics.agent))
    qtbot.addWidget(agents)
    assert agents.pbx is None  # the figures are for leaders
