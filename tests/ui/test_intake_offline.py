"""Losing the database loses nothing typed: banner, kept text, retry, save.

PostgreSQL: the server's database is renamed away (every connection to it is cut), so new
connections fail exactly as with a server that is down; renaming it back is the recovery.
SQLite: the folder holding the file is moved away (a lost network share); the engine's
pooled connections are dropped so the desk has to reopen the file.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.db.database import Database
from app.workflows.desk import Desk
from app.workflows.drafts import DraftStore
from app.workflows.screen_pop import pop_by_phone
from tests.conftest import PG_ADMIN_URL
from tests.support import seed_basics
from tests.ui.intake_support import choose, counts, settle
from tests.ui.typing import type_text


@contextmanager
def _pg_outage(url: str) -> Iterator[None]:
    name = make_url(url).database
    away = f"{name}_away"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              "WHERE datname = :n AND pid <> pg_backend_pid()"), {"n": name})
            conn.execute(text(f'ALTER DATABASE "{name}" RENAME TO "{away}"'))
        yield
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'ALTER DATABASE "{away}" RENAME TO "{name}"'))
        admin.dispose()


@contextmanager
def _sqlite_outage(db: Database, folder: Path) -> Iterator[None]:
    away = folder.with_name(folder.name + "-away")
    db.engine.dispose()
    folder.rename(away)
    try:
        yield
    finally:
        away.rename(folder)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def lost_db(request: pytest.FixtureRequest, tmp_path: Path, clock) -> Iterator[tuple]:
    """(database, outage context manager) on each backend."""
    if request.param == "sqlite":
        template = request.getfixturevalue("sqlite_template")
        folder = tmp_path / "share"
        folder.mkdir()
        shutil.copy(template, folder / "heatdesk.sqlite3")
        db = Database(f"sqlite:///{folder / 'heatdesk.sqlite3'}")
        db.prepare()
        yield db, lambda: _sqlite_outage(db, folder)
        db.dispose()
    else:
        pg_url = request.getfixturevalue("pg_url")
        db = request.getfixturevalue("pg_db")
        yield db, lambda: _pg_outage(pg_url)


def test_save_while_offline_keeps_the_text_and_works_once_back(
        qtbot: QtBot, lost_db: tuple, clock, tmp_path: Path, zh_translators) -> None:
    db, outage = lost_db
    basics = seed_basics(db, clock)
    desk = Desk(db=db, clock=clock, actor=basics.agent)
    from app.ui.desk_window import DeskWindow
    window = DeskWindow(desk, drafts=DraftStore(tmp_path / "drafts"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    settle(qtbot)
    window.offline.timer.setInterval(200)  # the test need not wait the real 3 s

    window.ring("13811112222")
    settle(qtbot)
    type_text(window.form.description, "散热器不热,已报修两次")
    choose(qtbot, window.form.outcome, "work_order")
    choose(qtbot, window.form.unit, basics.unit_ids[0])
    before = counts(db)
    with outage():
        assert not desk.is_reachable()
        qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        settle(qtbot)
        assert window.offline.isVisible()
        assert window.offline.text.text() == (
            "数据库无法连接 — 已输入的内容已保留，连接恢复后可再次保存")
        assert window.last_result is None
        assert window.form.description.toPlainText() == "散热器不热,已报修两次"
        assert window.form.unit.currentData() == basics.unit_ids[0]
        assert window.offline.timer.isActive()  # retrying
        assert not window.offline.retry()  # still gone
        assert window.offline.isVisible()
    qtbot.waitUntil(lambda: not window.offline.isVisible(), timeout=10000)
    assert counts(db) == before  # nothing half-written during the outage

    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    assert window.last_result is not None and window.last_result.ticket_number
    pop = pop_by_phone(desk.uow(), "13811112222")
    assert [t.number for t in pop.open_tickets] == [window.last_result.ticket_number]
    assert pop.last_contacts[0].description == "散热器不热,已报修两次"
