"""Every step dialog of the queue is titled plainly from one place (actions.step_title):
「暂停」, never the button's 「暂停(P)…」 with its mnemonic and ellipsis. SQLite."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from app.ui.i18n import install_translators, remove_translators
from app.ui.tickets.actions import CHANGE_LEVEL, step_title, steps
from app.ui.tickets.queue_window import QueueWindow
from app.workflows.desk import Desk
from app.workflows.tickets import PAUSE, REOPEN
from tests.queue_data import make_orders, set_unit
from tests.support import seed_basics


@pytest.fixture
def chinese(qapp):
    translators = install_translators(QApplication.instance(), "zh_CN")
    yield
    remove_translators(QApplication.instance(), translators)


def _plain(title: str) -> bool:
    return bool(title) and not any(c in title for c in "&…()（）")


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_step_has_a_plain_title(request, qapp, language):
    if language == "zh_CN":
        request.getfixturevalue("chinese")
    for key in [s.key for s in steps()] + [CHANGE_LEVEL]:
        assert _plain(step_title(key)), (key, step_title(key))
    if language == "zh_CN":
        assert step_title(PAUSE) == "暂停" and step_title(CHANGE_LEVEL) == "调整级别"


def test_the_dialogs_ask_under_the_plain_titles(qtbot, sqlite_db, clock, chinese):
    basics = seed_basics(sqlite_db, clock)
    set_unit(sqlite_db, basics.leader.id, basics.unit_ids[0])
    orders = make_orders(sqlite_db, clock, basics)
    window = QueueWindow(Desk(db=sqlite_db, clock=clock, actor=basics.leader), live=False)
    qtbot.addWidget(window)
    window.show()
    row = window.model.row_of(orders["soon1"])
    window.table.selectRow(row)
    bar = window.action_bar
    titles: list[str] = []
    bar.ask_text = lambda title, label: titles.append(title)  # cancelled: None
    bar.ask_choice = lambda title, label, choices, current=None: titles.append(title)
    detail = window.detail.detail
    assert detail is not None
    for key in (PAUSE, REOPEN):
        assert bar._step(key, detail) is None
    assert bar._resolve(detail) is None and bar._callback(detail) is None
    bar._dispatch(detail, [])
    if detail.level_choices:
        bar.change_level()
    assert titles[:2] == ["暂停", "重新处理"]
    assert {"处理完成", "回访", "派单"} <= set(titles)
    assert all(_plain(t) for t in titles), titles
