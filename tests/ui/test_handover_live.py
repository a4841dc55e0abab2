"""The outgoing desk sees the incoming colleague's signature without F5 (rule 3.4.2).

Two desks on one database (two `Database` objects, as two PCs would have): the outgoing
agent hands over at hers, the incoming agent signs in the real sign dialog at his. Her
handover dialog and duty indicator must follow through the change feed (PostgreSQL
LISTEN/NOTIFY, SQLite polling). Their fallback timers are set to an hour here, so only the
feed can have brought the news within the wait.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.db.database import Database
from app.ui.shifts.duty_guard import DutyIndicator
from app.ui.shifts.handover_dialog import HandoverDialog
from app.ui.shifts.live import HandoverWatch
from app.ui.shifts.sign_dialog import SignDialog
from app.workflows.desk import Desk
from tests.shift_support import INCOMING_PASSWORD, seed_shifts, to_handover_time
from tests.ui.intake_support import settle
from tests.ui.typing import type_text

HOUR_MS = 3_600_000
WAIT_MS = 10_000  # a generous bound for a loaded machine, not a speed goal


@pytest.fixture
def world(db, clock, basics):
    return seed_shifts(db, clock, basics)


@pytest.fixture
def other_desk(desk: Desk) -> Iterator[Desk]:
    """The incoming agent's PC: its own connection pool on the same database."""
    other = Database(desk.db.url)
    yield Desk(db=other, clock=desk.clock)
    other.dispose()


def _listening(qtbot: QtBot, watch: HandoverWatch) -> None:
    watch.timer.setInterval(HOUR_MS)  # the fallback cannot fire during the test
    qtbot.waitUntil(lambda: watch.feed is not None and watch.feed.feed.ready.is_set(),
                    timeout=WAIT_MS)


def _handed_over_dialog(qtbot: QtBot, out_desk: Desk) -> HandoverDialog:
    log = HandoverDialog(out_desk)
    qtbot.addWidget(log)
    log.show()
    qtbot.waitExposed(log)
    settle(qtbot)                                   # the draft and the colleagues arrive
    assert log.watch.feed is None                   # a draft waits for nobody
    qtbot.mouseClick(log.hand_over_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert log.view is not None and log.view.status == "handed_over"
    return log


def _sign_at_own_desk(qtbot: QtBot, in_desk: Desk) -> None:
    sign = SignDialog(in_desk)
    qtbot.addWidget(sign)
    sign.show()
    settle(qtbot)
    sign.acknowledge_all()
    type_text(sign.password, INCOMING_PASSWORD)
    with qtbot.waitSignal(sign.signed, timeout=WAIT_MS):
        qtbot.mouseClick(sign.sign_button, Qt.MouseButton.LeftButton)


def test_dialog_and_indicator_follow_a_signature_at_another_desk(qtbot, desk, other_desk,
                                                                  clock, world):
    to_handover_time(clock)
    out_desk = desk.signed_in(world.outgoing)
    indicator = DutyIndicator(out_desk)
    qtbot.addWidget(indicator)
    indicator.show()
    log = _handed_over_dialog(qtbot, out_desk)
    indicator.refresh()
    settle(qtbot)
    assert "李明" in indicator.text()                # awaiting his signature
    try:
        _listening(qtbot, log.watch)
        _listening(qtbot, indicator.watch)
        completed: list[object] = []
        log.state_changed.connect(completed.append)

        _sign_at_own_desk(qtbot, other_desk.signed_in(world.incoming))

        qtbot.waitUntil(lambda: "You may end your shift" in log.banner.text(),
                        timeout=WAIT_MS)
        qtbot.waitUntil(lambda: indicator.text() == "Off duty", timeout=WAIT_MS)
        assert "李明" in log.banner.text()
        assert [v.status for v in completed] == ["signed"]   # told the desk once
        assert log.watch.feed is None and not log.watch.active  # nothing left to wait for
        assert indicator.state is not None and indicator.state.may_end
    finally:
        log.watch.stop()
        indicator.watch.stop()


def test_closing_the_dialog_or_the_desk_stops_listening(qtbot, desk, clock, world):
    to_handover_time(clock)
    out_desk = desk.signed_in(world.outgoing)
    log = _handed_over_dialog(qtbot, out_desk)
    assert log.watch.active and log.watch.feed is not None
    log.reject()
    assert not log.watch.active and log.watch.feed is None

    indicator = DutyIndicator(out_desk)
    qtbot.addWidget(indicator)
    assert indicator.watch.feed is None             # not on screen yet
    indicator.show()
    assert indicator.watch.active and indicator.watch.feed is not None
    indicator.close()                               # the desk window closed
    assert not indicator.watch.active and indicator.watch.feed is None


def test_only_handover_changes_reload(qtbot, desk, clock, world):
    calls: list[int] = []
    holder = DutyIndicator(desk.signed_in(world.outgoing), live=False)
    qtbot.addWidget(holder)
    watch = HandoverWatch(desk, lambda: calls.append(1), holder, live=False)
    watch.start()
    watch._on_change(frozenset({"ticket", "contact"}))
    assert calls == []
    watch._on_change(frozenset({"handover"}))
    watch._on_change(frozenset({"*"}))              # a reconnect: anything may have changed
    assert len(calls) == 2
    watch.stop()
    watch._on_change(frozenset({"handover"}))       # a late delivery after stopping
    assert len(calls) == 2
