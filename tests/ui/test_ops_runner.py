"""The operation runner on the real desk: one place for threads, busy hint and errors.

Every kind of failure a workflow raises reaches the user the same way whatever screen
asked: offline → the banner with the typed text kept, validation → the field, conflict →
a reload prompt, permission → a plain sentence; and the window keeps painting while a slow
operation runs on the worker thread.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

from PySide6.QtCore import Qt, QThread, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.db.database import Database
from app.ui.ops import Op, active_operations
from app.ui.ops.runner import BUSY_DELAY_MS
from app.workflows.desk import Desk
from app.workflows.quality.measurements import SampleForm, record_sample
from app.workflows.tickets.edits import record_urge
from app.workflows.tickets.views import get_ticket
from tests.integration.ticket_support import new_ticket
from tests.ui.intake_support import (  # noqa: F401 (fixtures)
    WindowFactory,
    agent_desk_fixture,
    choose,
    counts,
    drafts_fixture,
    open_window_fixture,
    settle,
)
from tests.ui.typing import type_text


def test_offline_shows_the_banner_and_keeps_the_typed_text(
        qtbot: QtBot, open_window: WindowFactory, agent_desk: Desk, drafts, tmp_path: Path,
        basics) -> None:
    window = open_window()
    window.ring("13912345678")
    settle(qtbot)
    type_text(window.form.description, "暖气不热,室温十四度")
    type_text(window.form.answer, "已记录")
    lost = Database(f"sqlite:///{tmp_path / 'gone' / 'heatdesk.sqlite3'}")  # a lost share
    window.desk = Desk(db=lost, clock=agent_desk.clock, actor=agent_desk.actor)
    window.save()
    settle(qtbot)
    assert window.offline.isVisible()
    assert window.form.description.toPlainText() == "暖气不热,室温十四度"
    saved = drafts.load(basics.agent.job_number)  # the offline step flushed the draft
    assert saved is not None and saved["form"]["description"] == "暖气不热,室温十四度"
    lost.dispose()


def test_validation_errors_stand_beside_their_fields(
        qtbot: QtBot, open_window: WindowFactory, db) -> None:
    window = open_window()
    window.caller.number.setText("12")
    before = counts(db)
    window.save()
    settle(qtbot)
    shown = window.form.errors.visible_texts()
    assert set(shown) >= {"phone", "description"}
    assert counts(db) == before


def test_a_version_conflict_offers_a_reload(
        qtbot: QtBot, open_window: WindowFactory, agent_desk: Desk, db, clock, basics) -> None:
    window = open_window()
    ticket_id = new_ticket(db, clock, basics)
    seen = get_ticket(agent_desk.uow(), ticket_id).version
    record_urge(agent_desk.uow(), ticket_id)  # another desk moves the order on
    reloaded: list[int] = []
    window.ops.run(Op(lambda: record_urge(agent_desk.uow(), ticket_id, expected_version=seen),
                      conflict=lambda: reloaded.append(ticket_id)))
    settle(qtbot)
    prompt = window.ops.prompt
    assert isinstance(prompt, QMessageBox) and prompt.isVisible()
    assert "其他坐席" in prompt.text() or "Another desk" in prompt.text()
    reload_button = next(b for b in prompt.buttons()
                         if prompt.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    reload_button.click()
    assert reloaded == [ticket_id]
    assert get_ticket(agent_desk.uow(), ticket_id).urge_count == 1  # nothing overwritten


def test_a_refused_role_gets_a_plain_sentence_and_nothing_is_written(
        qtbot: QtBot, open_window: WindowFactory, agent_desk: Desk, db, basics) -> None:
    window = open_window()
    before = counts(db)
    form = SampleForm(account_number=basics.zhang.account_number, day="2026-11-25",
                      time="10:00", room="客厅", temperature="19.5", technician="3001")
    window.ops.run(Op(lambda: record_sample(agent_desk.uow(), form)))
    settle(qtbot)
    prompt = window.ops.prompt
    assert isinstance(prompt, QMessageBox) and prompt.isVisible()
    assert "无权" in prompt.text() or "may not" in prompt.text()
    contacts, tickets, events = before  # nothing of the work, the refusal's own event only
    assert counts(db) == (contacts, tickets, events + 1)


def test_the_window_keeps_painting_while_a_slow_operation_runs(
        qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    ticks: list[float] = []
    heartbeat = QTimer(window)
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(lambda: ticks.append(time.monotonic()))
    heartbeat.start()
    worker_threads: list[bool] = []
    results: list[tuple[str, bool]] = []

    def slow() -> str:
        worker_threads.append(threading.current_thread() is not threading.main_thread())
        time.sleep(0.6)
        return "done"

    window.ops.run(Op(slow, done=lambda r: results.append(
        (r, QThread.currentThread() is QApplication.instance().thread())), long=True))
    assert window.ops.busy and results == []  # run() returned at once
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    heartbeat.stop()
    assert results == [("done", True)]  # delivered on the GUI thread
    assert worker_threads == [True]
    assert len(ticks) >= 20  # the event loop ran all along (a frozen window ticks ~once)
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    assert max(gaps) < 0.5  # never stalled for the length of the call
    assert active_operations() == 0


def test_the_busy_hint_shows_after_a_moment_and_goes_when_done(
        qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    release = threading.Event()
    window.ops.run(Op(lambda: release.wait(5), long=True, label="正在统计…"))
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "正在统计…", timeout=3000)
    release.set()
    settle(qtbot)
    assert window.statusBar().currentMessage() == ""


def test_the_busy_hint_leaves_the_windows_own_messages_alone(
        qtbot: QtBot, open_window: WindowFactory) -> None:
    """A caller who hung up while the card was still being looked up: the desk's message
    was covered by the hint and then cleared with it (seen on a loaded PostgreSQL run)."""
    window = open_window()
    release = threading.Event()
    window.statusBar().showMessage("来电人在接听前挂断")
    window.ops.run(Op(lambda: release.wait(5), long=True, label="正在查找来电人…"))
    qtbot.wait(2 * BUSY_DELAY_MS)
    assert window.statusBar().currentMessage() == "来电人在接听前挂断"
    release.set()
    settle(qtbot)
    assert window.statusBar().currentMessage() == "来电人在接听前挂断"
    # shown while the hint stood, a message outlives the hint too
    release.clear()
    window.statusBar().clearMessage()
    window.ops.run(Op(lambda: release.wait(5), long=True, label="正在查找来电人…"))
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "正在查找来电人…",
                    timeout=3000)
    window.statusBar().showMessage("通话被切断")
    release.set()
    settle(qtbot)
    assert window.statusBar().currentMessage() == "通话被切断"


def test_the_busy_hint_never_lays_the_window_out_again(qtbot: QtBot) -> None:
    """A window's status bar is there before its first busy hint: made by the hint, it
    shrank the page while a report was being built, and a large table on it was painted
    afresh with every cell waiting for the interpreter the build held (F8, a past season:
    130-220 ms without an answer)."""
    from PySide6.QtWidgets import QLabel, QMainWindow

    from app.ui.ops import OpRunner

    window = QMainWindow()
    qtbot.addWidget(window)
    runner = OpRunner(window)
    window.setCentralWidget(QLabel("报表"))
    window.resize(600, 400)
    window.show()
    qtbot.waitExposed(window)
    page = window.centralWidget().geometry()
    release = threading.Event()
    runner.run(Op(lambda: release.wait(5), long=True, label="正在生成报表…"))
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "正在生成报表…",
                    timeout=3000)
    assert window.centralWidget().geometry() == page
    release.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=3000)


def test_ctrl_s_pressed_twice_saves_once(
        qtbot: QtBot, open_window: WindowFactory, db, basics) -> None:
    window = open_window()
    window.ops.background = True  # as on a server database: the save runs on a worker
    window.ring("13912345678")
    settle(qtbot)
    type_text(window.form.description, "询问缴费时间")
    type_text(window.form.answer, "营业厅可缴")
    before = counts(db)
    window.save()
    window.save()  # the second press arrives while the first save runs
    assert not window.form.save_button.isEnabled()
    settle(qtbot)
    assert counts(db)[0] - before[0] == 1
    assert window.form.save_button.isEnabled()


def test_a_newer_read_supersedes_the_one_running(
        qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    first_may_finish = threading.Event()
    shown: list[str] = []

    def old_read() -> str:
        first_may_finish.wait(5)
        return "old day"

    read = "quality.day"
    assert window.ops.run(Op(old_read, done=shown.append, long=True, key=read, latest=True))
    assert window.ops.run(Op(lambda: "new day", done=shown.append, long=True, key=read,
                             latest=True))  # not refused: it replaces the running read
    qtbot.waitUntil(lambda: shown == ["new day"], timeout=5000)
    first_may_finish.set()
    settle(qtbot)
    assert shown == ["new day"]  # the stale answer never reached the screen
    assert not window.ops.busy


def test_an_op_may_word_its_own_refusal(qtbot: QtBot, open_window: WindowFactory) -> None:
    from app.workflows.errors import PermissionDenied

    window = open_window()

    def refuse() -> None:
        raise PermissionDenied("letterhead")

    window.ops.run(Op(refuse, explain=lambda exc: "只有值班长可以修改信头。"))
    settle(qtbot)
    assert window.ops.prompt is not None and window.ops.prompt.text() == "只有值班长可以修改信头。"


def test_background_work_nobody_asked_for_shows_no_busy_hint(
        qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    release = threading.Event()
    window.statusBar().clearMessage()
    window.ops.run(Op(lambda: release.wait(5), long=True, label="正在巡检…", quiet=True))
    qtbot.wait(400)  # past the busy delay
    assert window.ops.busy
    assert window.statusBar().currentMessage() == ""
    assert window.cursor().shape() != Qt.CursorShape.BusyCursor
    release.set()
    settle(qtbot)
