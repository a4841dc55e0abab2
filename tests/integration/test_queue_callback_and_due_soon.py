"""The callback queue after the callback, and "due soon" read from the settings.

A satisfied callback closes the order (rule 2.5: callback → closed); a third-party cause
keeps it at callback done, listed under "awaiting callback" until closed (rule 5.2.2).
"Due within the hour" is the setting `ticket.due_soon_minutes`. SQLite and PostgreSQL;
the clock stands at 09:30 Beijing (tests/queue_data.py).
"""

from __future__ import annotations

import pytest

from app.repositories.uow import UnitOfWork
from app.workflows.tickets.callback import record_callback
from app.workflows.tickets.detail import ticket_detail
from app.workflows.tickets.lifecycle import close, resolve
from app.workflows.tickets.queues import QueueFilters, queue_page
from tests.queue_data import make_orders, set_unit


@pytest.fixture
def orders(db, clock, basics) -> dict[str, int]:
    set_unit(db, basics.agent.id, basics.unit_ids[0])
    return make_orders(db, clock, basics)


def _ids(db, clock, basics, queue: str, **filters) -> list[int]:
    page = queue_page(UnitOfWork(db, basics.agent, clock), queue, QueueFilters(**filters))
    return [row.id for row in page.rows]


def test_satisfied_callback_closes_unless_a_third_party_is_followed(db, clock, basics,
                                                                     orders):
    uow = lambda: UnitOfWork(db, basics.agent, clock)  # noqa: E731
    resolve(uow(), orders["soon3"], "更换阀门", "company")
    resolve(uow(), orders["later2"], "燃气公司抢修完毕", "third_party", third_party="燃气公司")
    for key in ("soon3", "later2"):
        record_callback(uow(), orders[key], reached=True, satisfaction="satisfied", words="好")
    # rule 2.5: the company's own repair is closed by the satisfied callback
    assert orders["soon3"] in _ids(db, clock, basics, "closed_today")
    assert orders["soon3"] not in _ids(db, clock, basics, "callback")
    # rule 5.2.2: the third party's order waits, visible, until someone closes it
    assert _ids(db, clock, basics, "callback") == [orders["resolved2"], orders["later2"]]
    assert _ids(db, clock, basics, "callback", status="callback_done") == [orders["later2"]]
    assert _ids(db, clock, basics, "callback", status="new") == []
    paged, cursor = [], None  # keyset pages run across both statuses, each row once
    while True:
        page = queue_page(UnitOfWork(db, basics.agent, clock), "callback", QueueFilters(),
                          cursor, limit=1)
        paged += [row.id for row in page.rows]
        if page.cursor is None:
            break
        cursor = page.cursor
    assert paged == [orders["resolved2"], orders["later2"]]
    close(uow(), orders["later2"])
    assert _ids(db, clock, basics, "callback") == [orders["resolved2"]]
    assert orders["later2"] in _ids(db, clock, basics, "closed_today")


def test_due_soon_follows_the_setting(db, clock, basics, orders):
    # soon1 is due in 30 minutes, soon3 in 40 (tests/queue_data.py)
    assert _ids(db, clock, basics, "due_soon") == [orders["soon1"], orders["soon3"]]
    with UnitOfWork(db, basics.agent, clock) as uow:
        uow.settings.put("ticket.due_soon_minutes", 35)
        uow.commit()
    assert _ids(db, clock, basics, "due_soon") == [orders["soon1"]]
    rows = {r.id: r for r in queue_page(UnitOfWork(db, basics.agent, clock), "open").rows}
    assert rows[orders["soon1"]].deadline(clock()) == "soon"
    assert rows[orders["soon3"]].deadline(clock()) == ""  # 40 min left: not soon at 35
    detail = ticket_detail(UnitOfWork(db, basics.agent, clock), orders["soon3"])
    assert detail.due_soon.total_seconds() == 35 * 60
