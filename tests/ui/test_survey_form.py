"""Survey entry from paper forms (rule 5.3.1): keys 1-4 per item, Enter saves, errors at the
field; on SQLite and on PostgreSQL (where the save arrives from a worker thread)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QDate, Qt

from app.clock import FixedClock
from app.repositories.surveys import SurveyRepository
from app.ui.ops import active_operations
from app.ui.reports.survey_form import SurveyDialog
from app.workflows.desk import Desk
from tests.support import seed_basics


@pytest.fixture
def dialog(qtbot, db):
    clock = FixedClock(datetime(2026, 1, 10, 2, tzinfo=UTC))
    basics = seed_basics(db, clock)
    desk = Desk(db=db, clock=clock, actor=basics.agent)
    dlg = SurveyDialog(desk)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def settle(qtbot) -> None:
    qtbot.waitUntil(lambda: active_operations() == 0, timeout=20_000)


def stored(dlg) -> dict:
    with dlg.desk.uow() as uow:
        counts = uow.repo(SurveyRepository).level_counts("2025-2026")
    return {k: {str(lv): n for lv, n in v.items()} for k, v in counts.items() if v}


def test_digits_answer_each_item_and_enter_saves(qtbot, dialog):
    assert dialog.season.text() == "2025-2026"  # the season of the clock's day
    dialog.rows["temperature"].setFocus()
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_4):
        qtbot.keyClick(dialog.focusWidget(), key)
    assert dialog.number.hasFocus()  # after the last item the cursor goes to the number
    qtbot.keyClicks(dialog.number, "MY-7")
    qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
    settle(qtbot)
    assert stored(dialog) == {"temperature": {"satisfied": 1},
                              "stability": {"basically_satisfied": 1},
                              "service": {"very_dissatisfied": 1}}
    assert dialog.saved == 1 and dialog.number.text() == ""
    assert dialog.rows["service"].level() is None  # cleared for the next paper form


def test_missing_item_and_date_outside_season_are_shown_and_nothing_saved(qtbot, dialog):
    dialog.day.setDate(QDate(2026, 5, 1))
    dialog.rows["temperature"].choose(0)
    dialog.rows["stability"].choose(1)
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    shown = dialog.errors.visible_texts()
    assert shown == {"surveyed_on": "This date is outside the heating season.",
                     "service": "Please fill this in."}
    assert stored(dialog) == {}
    dialog.season.setText("2025")
    dialog.save()
    settle(qtbot)
    assert dialog.errors.visible_texts()["season"].startswith("Write the season")


def test_a_form_is_linked_to_a_customer_by_account_number(qtbot, dialog):
    for item in ("temperature", "stability", "service"):
        dialog.rows[item].choose(0)
    qtbot.keyClicks(dialog.account, "R99999999")
    qtbot.keyClick(dialog.account, Qt.Key.Key_Return)
    settle(qtbot)
    assert dialog.errors.visible_texts() == {
        "account_number": "No customer has this account number."}
    assert dialog.account.hasFocus() and stored(dialog) == {}  # nothing saved
    dialog.account.clear()
    qtbot.keyClicks(dialog.account, "R00000001")
    qtbot.keyClick(dialog.account, Qt.Key.Key_Return)
    settle(qtbot)
    assert dialog.errors.visible_texts() == {} and dialog.saved == 1
    with dialog.desk.uow() as uow:
        zhang = uow.customers.id_by_account("R00000001")
    assert dialog.last_entry.customer_id == zhang and dialog.account.text() == ""
