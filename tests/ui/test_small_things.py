"""Small things a new user met (issue 12 item 10), each driven through the real widgets or
the real document; the data-layer parts on SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import UTC, datetime
from io import BytesIO

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from app.clock import FixedClock
from app.repositories.uow import UnitOfWork
from app.ui import features
from app.ui.quality.quality_window import QualityWindow
from app.ui.ring_server import RingServer, warn_port_busy
from app.ui.shifts.sign_dialog import SignDialog
from app.workflows.desk import Desk
from app.workflows.errors import PermissionDenied
from app.workflows.quality.sampling_plan import make_plan
from app.workflows.shifts.handover import HandoverForm, save_handover
from app.workflows.shifts.history import handover_sheet_pdf
from app.workflows.shifts.signoff import Signature, sign_handover
from tests.quality_data import technician
from tests.shift_support import INCOMING_PASSWORD, seed_shifts, to_handover_time
from tests.support import seed_basics
from tests.ui.intake_support import settle


def test_the_handover_sheet_says_what_its_columns_hold_and_who_took_over(db, clock, basics):
    world = seed_shifts(db, clock, basics)
    to_handover_time(clock)
    view = save_handover(UnitOfWork(db, world.outgoing, clock), HandoverForm(
        incoming_id=world.incoming.id, notes="换热站巡检正常"), hand_over=True)
    sign_handover(UnitOfWork(db, world.incoming, clock), view.id,
                  Signature("1002", INCOMING_PASSWORD),
                  {world.overdue_id, world.callback_id, world.open_id})
    pdf = handover_sheet_pdf(UnitOfWork(db, world.outgoing, clock), view.id)
    text = "".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)
    squeezed = "".join(text.split())
    for heading in ("移交原因", "交班时状态", "完成时限", "问题摘要", "接班人确认", "设备状态",
                    "情况说明", "交接状态"):
        assert heading in squeezed, heading
    assert "李明（工号1002）" in squeezed                    # the incoming agent's job number
    assert "王芳（工号1001）" in squeezed


def test_a_refused_signature_keeps_the_typed_password_unless_it_was_wrong(
        qtbot: QtBot, db, desk, clock, basics):
    world = seed_shifts(db, clock, basics)
    to_handover_time(clock)
    save_handover(UnitOfWork(db, world.outgoing, clock), HandoverForm(
        incoming_id=world.incoming.id), hand_over=True)
    dialog = SignDialog(desk.signed_in(world.incoming))
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot)
    qtbot.keyClicks(dialog.password, INCOMING_PASSWORD)
    dialog.sign()                                   # no carried-over order ticked
    settle(qtbot)
    assert dialog.isVisible() and dialog.password.text() == INCOMING_PASSWORD
    dialog.acknowledge_all()
    dialog.password.setText("wrong-password")
    dialog.sign()
    settle(qtbot)
    assert dialog.password.text() == ""             # a wrong password is typed afresh


def test_an_agent_is_not_offered_make_plan_and_the_workflow_refuses(qtbot: QtBot, db):
    clock = FixedClock(datetime(2026, 1, 15, 3, 0, tzinfo=UTC))
    basics = seed_basics(db, clock)
    tech = technician(db, clock)
    agent_window = QualityWindow(Desk(db=db, clock=clock).signed_in(basics.agent))
    qtbot.addWidget(agent_window)
    agent_window.show()
    settle(qtbot)
    assert not agent_window.plan.make_button.isVisible()
    assert "Make plan" not in agent_window.plan.summary.text()
    tech_window = QualityWindow(Desk(db=db, clock=clock).signed_in(tech))
    qtbot.addWidget(tech_window)
    tech_window.show()
    settle(qtbot)
    assert tech_window.plan.make_button.isVisible()
    try:
        make_plan(UnitOfWork(db, basics.agent, clock), datetime(2026, 1, 15).date())
    except PermissionDenied:
        pass
    else:
        raise AssertionError("an agent made a sampling plan")


def test_the_features_menu_is_in_key_order(qapp):
    import app.ui.desk_features  # noqa: F401 (registers every entry)

    shortcuts = [a.shortcut for a in features.available_to("admin")]
    function_keys = [s for s in shortcuts if "F" in s.split("+")[-1]]
    assert function_keys == ["F6", "F7", "F8", "Ctrl+F8", "F9", "Ctrl+F11", "F12"]
    assert shortcuts[:len(function_keys)] == function_keys
    letters = [s.split("+")[-1] for s in shortcuts[len(function_keys):]]
    assert letters == sorted(letters)


def test_the_ring_port_busy_warning_is_in_front_of_the_desk(qtbot: QtBot, data_dir):
    first, second = RingServer(), RingServer()
    assert first.start(0)
    try:
        assert not second.start(first.port)
        desk = QMainWindow()
        qtbot.addWidget(desk)
        desk.show()
        qtbot.waitExposed(desk)
        box = warn_port_busy(second, desk)
        qtbot.waitExposed(box)
        assert isinstance(box, QMessageBox) and box.isVisible()
        assert box.parent() is desk                           # kept above its desk window
        assert box.windowHandle().transientParent() is desk.windowHandle()
        assert not box.isModal() and "ring port is in use" in box.text()
        assert box.windowFlags() & Qt.WindowType.Dialog
    finally:
        first.close()
        second.close()
