"""From the phone system's ring to a stored work order, on SQLite and PostgreSQL.

The real ring server (port 0) receives `RING <number>` from `send_ring` (what
`main.py ring` runs), the desk window pops the customer, the agent answers with F2, types
the problem in Chinese, opens a level-2 order for a unit and saves with the keyboard.
Everything is read back through workflows and repositories.
"""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.cli.ring_cmd import send_ring
from app.models import Contact
from app.ui.desk_window import DeskWindow
from app.ui.ring_server import RingServer
from app.workflows.desk import Desk
from app.workflows.drafts import DraftStore
from app.workflows.screen_pop import pop_by_phone
from tests.ui.intake_support import choose, settle
from tests.ui.typing import type_text


def _ring_from_another_thread(qtbot: QtBot, number: str, port: int) -> str:
    """send_ring blocks for the answer, and the server answers from the Qt event loop."""
    answers: list[str] = []
    thread = threading.Thread(target=lambda: answers.append(send_ring(number, port)))
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=10000)
    thread.join()
    return answers[0]


def test_ring_to_work_order(qtbot: QtBot, db, clock, basics, tmp_path: Path,
                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEATDESK_DATA_DIR", str(tmp_path / "data"))
    desk = Desk(db=db, clock=clock, actor=basics.agent)
    server = RingServer()
    assert server.start(0), server.error_text
    try:
        window = DeskWindow(desk, server, drafts=DraftStore(tmp_path / "drafts"))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        settle(qtbot)  # the centre's settings and units arrive

        rang = clock()
        assert _ring_from_another_thread(qtbot, "139 1234 5678", server.port) == "OK"
        qtbot.waitUntil(lambda: window.card.state == "card")
        settle(qtbot)
        assert window.card.name.text() == "张伟"
        assert window.caller.number.text() == "13912345678"
        assert window.form.level.currentData() == 3  # an ordinary customer (rule 5.2.2)

        clock.advance(seconds=7)
        qtbot.keyClick(window, Qt.Key.Key_F2)
        choose(qtbot, window.form.category, "heating_quality")
        type_text(window.form.description, "客厅室温只有14度,暖气片上热下凉")
        choose(qtbot, window.form.responsibility, "company")
        choose(qtbot, window.form.outcome, "work_order")
        choose(qtbot, window.form.level, 2)
        choose(qtbot, window.form.unit, basics.unit_ids[0])
        clock.advance(seconds=95)
        qtbot.keyClick(window.form.unit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        settle(qtbot)
        result = window.last_result
        assert result is not None and result.ticket_number is not None
        assert result.ticket_number in window.form.saved_note.text()
        assert window.history.order_numbers() == [result.ticket_number]
    finally:
        server.close()

    saved_at = clock()
    pop = pop_by_phone(desk.uow(), "13912345678")
    (ticket,) = pop.open_tickets
    assert (ticket.number, ticket.level, ticket.category, ticket.status, ticket.unit_name) == (
        result.ticket_number, 2, "heating_quality", "new", "第一供热所")
    assert ticket.received_at == rang  # rule 5.2.2: received when it rang, not when saved
    assert ticket.due_at == rang + timedelta(hours=8)  # rule 5.2.2, level 2
    contact = pop.last_contacts[0]
    assert (contact.channel, contact.description, contact.agent_name) == (
        "phone", "客厅室温只有14度,暖气片上热下凉", "王芳")
    assert contact.ticket_number == result.ticket_number
    with desk.uow() as uow:
        stored = uow.session.get(Contact, result.contact_id)
        assert stored.responsibility.value == "company"
        assert (stored.rang_at, stored.answered_at, stored.ended_at) == (
            rang, rang + timedelta(seconds=7), saved_at)  # rule 4.4: answered within 2 rings
        ticket_events = uow.events.for_entity("ticket", result.ticket_id)
        contact_events = uow.events.for_entity("contact", result.contact_id)
    assert [(e.action, e.actor_name) for e in ticket_events] == [("create", "王芳")]
    assert [(e.action, e.actor_name) for e in contact_events] == [("create", "王芳")]
    assert ticket_events[0].occurred_at == saved_at
    assert ticket_events[0].changes["level"] == 2
