"""The F6 detail pane's history (处理记录) speaks the user's language (issue 12 items 4, 6).

The details column joins each field and its value with the translation's punctuation
(full-width ：and ； in Chinese, never an ASCII colon built in code), and the "by" column
names the system for the steps nobody took by hand (the overdue sweep flags and escalates
a late order at its deadline, with no actor). On SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.repositories.uow import UnitOfWork
from app.ui.tickets.detail_pane import DetailPane
from app.workflows.intake import IntakeForm, save_intake
from app.workflows.tickets.detail import ticket_detail
from app.workflows.tickets.escalation import sweep_overdue


@pytest.fixture
def swept(db, clock, basics) -> int:
    """A level-1 order taken by agent 1001, swept as overdue at 1001's desk."""
    saved = save_intake(UnitOfWork(db, basics.agent, clock), IntakeForm(
        channel="phone", category="repair", description="暖气不热", answer="已派单",
        phone="13811112222", rang_at=clock() - timedelta(seconds=8), answered_at=clock(),
        outcome="work_order", level=1, unit_id=basics.unit_ids[0]))
    assert saved.ticket_id is not None
    clock.advance(hours=3)
    assert sweep_overdue(UnitOfWork(db, basics.agent, clock)) == [saved.ticket_id]
    return saved.ticket_id


def _rows(qtbot, db, clock, basics, ticket_id: int) -> dict[str, list[str]]:
    pane = DetailPane()
    qtbot.addWidget(pane)
    detail = ticket_detail(UnitOfWork(db, basics.agent, clock), ticket_id)
    pane.show_detail(detail, clock())
    rows = {entry.action: [pane.history.item(r, c).text() for c in range(4)]
            + [pane.history.item(r, 3).toolTip()]  # the creation step's whole list
            for r, entry in enumerate(detail.history)}
    assert set(rows) == {"create", "overdue"}
    return rows


def test_history_in_chinese_full_width_and_the_system_named(
        qtbot, db, clock, basics, swept, zh_translators) -> None:  # noqa: ARG001
    rows = _rows(qtbot, db, clock, basics, swept)
    _, by, step, details, _ = rows["overdue"]
    assert (by, step) == ("系统", "已超时")
    assert details.startswith("时限：")
    created = rows["create"]
    assert created[1] == basics.agent.name
    assert created[3] == "报修 · 1级 · 暖气不热"  # one short line; the whole list on hover
    assert "类别：报修；内容：暖气不热；" in created[4]
    for _, _, _, _, text in rows.values():
        # a time keeps its own colon (11:30); a field is never joined with ': ' or '; '
        assert ": " not in text and ";" not in text, text


def test_history_in_english_names_the_system(qtbot, db, clock, basics, swept) -> None:
    rows = _rows(qtbot, db, clock, basics, swept)
    assert rows["overdue"][1] == "System"
    assert rows["overdue"][3].startswith("Due: ")
    assert "; " in rows["create"][4]
