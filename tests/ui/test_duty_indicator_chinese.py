"""The status-bar duty indicator stays Chinese when its timer refreshes it (issue 12).

Seen on the demo: "On duty: 夜班 shift until 08:00" after a while. The indicator's text is
made on every refresh (the safety-net timer, the change feed), so each of those must go
through the translators like the first read. On SQLite (inline) and PostgreSQL (worker
thread, answer delivered on the GUI thread).
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from app.repositories.uow import UnitOfWork
from app.ui.shifts.duty_guard import DutyIndicator
from app.workflows.shifts.handover import HandoverForm, save_handover
from tests.shift_support import seed_shifts, to_handover_time
from tests.ui.intake_support import settle


def _is_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text.replace("白班", "").replace("王芳", ""))


def test_timer_and_feed_refreshes_keep_the_indicator_chinese(qtbot, db, desk, clock, basics,
                                                             zh_translators):
    world = seed_shifts(db, clock, basics)
    indicator = DutyIndicator(desk.signed_in(world.outgoing), live=False)
    qtbot.addWidget(indicator)
    indicator.show()
    settle(qtbot)
    first = indicator.text()
    assert first == "在岗：白班 至 20:00", first
    assert indicator.watch.active   # the safety-net timer runs while shown

    for _tick in range(3):          # the timer's ticks, as after a few minutes
        indicator.watch.timer.timeout.emit()
        settle(qtbot)
        QApplication.processEvents()
        assert indicator.text() == first

    to_handover_time(clock)          # the state changes between two ticks
    save_handover(UnitOfWork(db, world.outgoing, clock), HandoverForm(
        incoming_id=world.incoming.id, notes="交班"), hand_over=True)
    indicator.watch.timer.timeout.emit()
    settle(qtbot)
    text = indicator.text()
    assert text.startswith("在岗：等待") and "On duty" not in text, text
    indicator.watch._on_change(frozenset({"handover"}))   # a change reported by the feed
    settle(qtbot)
    assert indicator.text() == text and _is_chinese(indicator.text())
