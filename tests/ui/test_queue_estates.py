"""The estate field of the queues window: every estate (never cut), found by any fragment,
an unknown one said at the field, kept by the desk and read again when customers change.

Both databases; the estates are read off the GUI thread on both, so each test waits for
the runner before looking.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget
from sqlalchemy import insert

from app.db.database import Database
from app.models.customer import Customer
from app.repositories.uow import UnitOfWork
from app.ui.ops import active_operations
from app.ui.slots import FeatureSlots
from app.ui.tickets import estate_cache
from app.ui.tickets.estate_cache import ESTATE_CACHE
from app.ui.tickets.queue_window import QueueWindow
from app.workflows.customers import CustomerForm, create_customer
from app.workflows.desk import Desk
from app.workflows.tickets.queues import estates
from tests.queue_data import make_orders, set_unit
from tests.support import seed_basics
from tests.ui.typing import type_text

MANY = 2_100  # past the 2,000 the list used to stop at


def _bulk_estates(db: Database, count: int) -> list[str]:
    names = [f"Estate {n:05d}" for n in range(count)]
    with db.engine.begin() as connection:
        connection.execute(insert(Customer.__table__), [
            {"account_number": f"B{n:07d}", "name": f"Home {n}", "estate": name,
             "address": f"{name} 1-1-101"} for n, name in enumerate(names)])
    return names


@pytest.fixture
def desk(db: Database, clock) -> Desk:
    basics = seed_basics(db, clock)
    set_unit(db, basics.agent.id, basics.unit_ids[0])
    make_orders(db, clock, basics)
    return Desk(db=db, clock=clock, actor=basics.agent)


def _settled(qtbot) -> None:
    qtbot.waitUntil(lambda: active_operations() == 0, timeout=10_000)


def _open(qtbot, desk: Desk, host: QWidget | None = None, *, live: bool = False) -> QueueWindow:
    window = QueueWindow(desk, host, live=live)
    if host is None:  # a child goes with its host
        qtbot.addWidget(window)
    window.show()
    _settled(qtbot)
    return window


def _offered(window: QueueWindow) -> list[str]:
    combo = window.filter_bar.estate
    return [combo.itemText(i) for i in range(combo.count())]


def test_every_estate_is_listed_past_two_thousand(qtbot, db, desk):
    names = _bulk_estates(db, MANY)
    listed = estates(desk.uow())
    assert set(names) <= set(listed) and {"阳光小区", "和平里"} <= set(listed)
    assert "" not in listed and len(listed) == len(set(listed))
    window = _open(qtbot, desk)
    offered = _offered(window)
    assert offered[0] == window.filter_bar.tr("Any estate")
    assert offered[1:] == listed


def test_a_fragment_finds_the_estate_and_filters(qtbot, db, desk):
    _bulk_estates(db, 30)
    window = _open(qtbot, desk)
    bar = window.filter_bar
    completer = bar.estate.completer()
    completer.setCompletionPrefix("estate 0002")  # lower case, from the middle
    found = [completer.completionModel().index(r, 0).data()
             for r in range(completer.completionCount())]
    assert found == [f"Estate {n:05d}" for n in range(20, 30)]
    bar.estate.setFocus()
    bar.estate.lineEdit().clear()
    type_text(bar.estate.lineEdit(), "阳光小区")
    qtbot.keyClick(bar.estate.lineEdit(), Qt.Key.Key_Return)
    _settled(qtbot)
    assert bar.filters().estate == "阳光小区"
    assert bar.estate_note.isHidden()
    assert window.model.rowCount() > 0
    assert all("阳光小区" in window.model.row_at(r).address
               for r in range(window.model.rowCount()))


def test_an_unknown_estate_is_said_at_the_field(qtbot, desk):
    window = _open(qtbot, desk)
    bar = window.filter_bar
    shown = window.model.rowCount()
    bar.estate.setFocus()
    bar.estate.lineEdit().clear()
    type_text(bar.estate.lineEdit(), "不存在小区")
    qtbot.keyClick(bar.estate.lineEdit(), Qt.Key.Key_Return)
    _settled(qtbot)
    assert not bar.estate_note.isHidden()
    assert "不存在小区" in bar.estate_note.text()
    assert bar.filters().estate == ""  # not silently filtered to nothing
    assert window.model.rowCount() == shown
    bar.choose(bar.estate, "和平里")
    assert bar.estate_note.isHidden()


def _new_home(desk: Desk, estate: str) -> None:
    create_customer(UnitOfWork(desk.db, desk.actor, desk.clock), CustomerForm(
        name="新住户", phones=["13700001111"], district="长安区", estate=estate,
        building="1", entrance="1", room="101", heated_area="80"))


def test_the_desk_keeps_the_list_and_f5_reads_it_again(qtbot, desk):
    host = QWidget()
    host.slots = FeatureSlots()  # type: ignore[attr-defined]  # what the desk window offers
    qtbot.addWidget(host)
    window = _open(qtbot, desk, host)
    cache = host.slots.get(ESTATE_CACHE)  # type: ignore[attr-defined]
    assert cache is not None and "阳光小区" in (cache.estates or [])
    _new_home(desk, "新建小区")
    window.close()
    again = _open(qtbot, desk, host)  # F6 again: the kept list at once, nothing read
    assert again.estates is cache and "新建小区" not in _offered(again)
    f5 = next(s for s in again.findChildren(QShortcut) if s.key() == QKeySequence("F5"))
    f5.activated.emit()  # offscreen, a second window is never the active one to get keys
    _settled(qtbot)
    assert "新建小区" in _offered(again)


def test_a_new_estate_arrives_through_the_change_feed(qtbot, desk):
    window = _open(qtbot, desk, live=True)
    assert window.feed is not None
    window.feed.feed.ready.wait(5)
    _new_home(desk, "新建小区")
    qtbot.waitUntil(lambda: "新建小区" in _offered(window), timeout=8_000)
    window.close()


def test_the_estates_are_read_once_the_list_is_painted(qtbot, desk, monkeypatch):
    """Read before, they shared the first paint's turn and the interpreter lock with it
    (app/ui/first_paint.py); the list comes first, the choices a moment later."""
    paints = {"list": 0}
    asked: list[int] = []  # the list's paints when the estates were asked for

    class Watch(QObject):
        def eventFilter(self, _watched, event) -> bool:  # noqa: N802 (Qt)
            if event.type() == QEvent.Type.Paint:
                paints["list"] += 1
            return False

    def read(uow):
        asked.append(paints["list"])
        return estates(uow)

    monkeypatch.setattr(estate_cache, "estates", read)
    window = QueueWindow(desk, live=False)  # woken at once: the first page is read
    qtbot.addWidget(window)
    watch = Watch(window)
    window.table.viewport().installEventFilter(watch)
    window.show()
    _settled(qtbot)
    assert asked and asked[0] >= 1
    assert "阳光小区" in _offered(window)
