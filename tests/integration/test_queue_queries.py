"""Queue pages on real SQLite and PostgreSQL: exact rows per queue, filter and search, and
keyset paging that returns every row exactly once, also while orders are added.

The clock stands at 2026-11-26 09:30 Beijing (01:30 UTC); deadlines are rule 5.2.2's
2/8/24 h, "due soon" is within the hour.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.clock import FixedClock
from app.repositories.uow import UnitOfWork
from app.workflows.errors import NotFound, ValidationError
from app.workflows.intake import IntakeForm, save_intake
from app.workflows.tickets.detail import ticket_detail
from app.workflows.tickets.pause import pause
from app.workflows.tickets.queues import QueueFilters, queue_page
from tests.queue_data import make_orders, set_unit


@pytest.fixture
def orders(db, clock, basics) -> dict[str, int]:
    set_unit(db, basics.agent.id, basics.unit_ids[0])
    return make_orders(db, clock, basics)


def _keys(db, clock, basics, orders, queue, **filters) -> list[str]:
    by_id = {v: k for k, v in orders.items()}
    page = queue_page(UnitOfWork(db, basics.agent, clock), queue, QueueFilters(**filters))
    assert page.cursor is None
    return [by_id.get(row.id, row.number) for row in page.rows]


@pytest.mark.parametrize("queue,expected", [
    ("open", ["overdue1", "soon1", "soon3", "resolved2", "later2"]),
    ("mine", ["overdue1", "soon3"]),
    ("unit", ["overdue1", "soon3", "resolved2"]),
    ("due_soon", ["soon1", "soon3"]),
    ("overdue", ["overdue1"]),
    ("callback", ["resolved2"]),  # resolved, waiting for the callback (rule 5.3.1)
    ("closed_today", ["closed_today"]),  # closed since 00:00 Beijing, not since 00:00 UTC
])
def test_each_queue_holds_exactly_its_orders(db, clock, basics, orders, queue, expected):
    assert _keys(db, clock, basics, orders, queue) == expected


def test_a_leader_without_unit_sees_an_empty_unit_queue(db, clock, basics, orders):
    page = queue_page(UnitOfWork(db, basics.leader, clock), "unit")
    assert page.rows == () and page.cursor is None


@pytest.mark.parametrize("filters,expected", [
    ({"category": "complaint"}, ["soon1"]),
    ({"level": 2}, ["resolved2", "later2"]),
    ({"unit_id": "second"}, ["soon1", "later2"]),
    ({"estate": "和平里"}, ["soon1", "resolved2"]),
    ({"status": "dispatched"}, ["soon3"]),
    ({"level": 1, "unit_id": "first"}, ["overdue1"]),
    ({"sort": "received_at", "descending": True},
     ["later2", "soon1", "overdue1", "resolved2", "soon3"]),
    ({"sort": "level"}, ["overdue1", "soon1", "later2", "resolved2", "soon3"]),  # then by id
])
def test_filters_and_sort(db, clock, basics, orders, filters, expected):
    units = {"first": basics.unit_ids[0], "second": basics.unit_ids[1]}
    filters = dict(filters)
    if "unit_id" in filters:
        filters["unit_id"] = units[filters["unit_id"]]
    assert _keys(db, clock, basics, orders, "open", **filters) == expected


def test_search_by_number_phone_address_and_text(db, clock, basics, orders):
    def search(words: str, queue: str = "open") -> list[str]:
        return _keys(db, clock, basics, orders, queue, search=words)

    assert search(f"GD{orders['later2']:08d}") == ["later2"]
    assert search(f" gd {orders['soon1']} ") == ["soon1"]
    assert search(f"GD{orders['closed_today']:08d}") == ["closed_today"]  # all orders
    assert search(f"GD{orders['closed_today']:08d}", "closed_today") == ["closed_today"]
    assert search("137 0000 1111") == ["later2"]  # the number on the order
    assert search("+86 138-1111-2222") == ["soon1", "resolved2"]  # the customer's number
    assert search("阳光小区3号楼") == ["overdue1", "soon3"]  # address fragment
    assert search("漏水") == ["overdue1"]  # words of the description
    assert search("漏水", "closed_today") == []  # words stay inside the queue
    assert search("旧工单") == [] and search("旧工单", "open") == []  # a closed one's words
    assert search("100%") == [] and search("_") == []  # wildcards are plain characters


# zhang's orders, newest first: overdue1 (150 min ago), closed_today (400), soon3 (1400),
# closed_yesterday (2000); found through his stored numbers, the orders carry none
ZHANG_NEWEST_FIRST = ["overdue1", "closed_today", "soon3", "closed_yesterday"]


@pytest.mark.parametrize("queue,filters", [
    ("open", {}),
    ("mine", {"category": "complaint", "level": 2}),  # filters that hold none of them
    ("callback", {"status": "new"}),
    ("closed_today", {"status": "resolved", "estate": "和平里"}),
])
def test_a_number_searches_all_orders_whatever_the_queue(db, clock, basics, orders,
                                                         queue, filters):
    def search(words: str) -> list[str]:
        return _keys(db, clock, basics, orders, queue, search=words, **filters)

    assert search(f"GD{orders['closed_yesterday']:08d}") == ["closed_yesterday"]
    assert search(f"gd {orders['soon1']}") == ["soon1"]
    assert search("139-1234-5678") == ZHANG_NEWEST_FIRST
    assert search("0311 87654321") == ZHANG_NEWEST_FIRST  # his landline
    assert search("13700001111") == ["later2"]  # the number on the order itself
    assert search("GD99999999") == []


def test_the_page_says_when_it_searched_all_orders(db, clock, basics, orders):
    def everywhere(words: str) -> bool:
        filters = QueueFilters(search=words)
        return queue_page(UnitOfWork(db, basics.agent, clock), "mine", filters).all_orders

    assert everywhere(f"GD{orders['soon1']:08d}") and everywhere("+86 138 1111 2222")
    assert not everywhere("") and not everywhere("阳光小区") and not everywhere("GD")


def test_a_chosen_sort_orders_the_all_orders_search(db, clock, basics, orders):
    # due: closed_yesterday -560 min, overdue1 -30, soon3 +40, closed_today +1040
    assert _keys(db, clock, basics, orders, "open", search="13912345678",
                 sort="due_at") == ["closed_yesterday", "overdue1", "soon3", "closed_today"]
    # closed_at cannot order open orders (they have none): newest first instead
    assert _keys(db, clock, basics, orders, "open", search="13912345678",
                 sort="closed_at") == ZHANG_NEWEST_FIRST


@pytest.mark.parametrize("sort", [None, "level"])
def test_all_orders_search_pages_by_keyset(db, clock, basics, orders, sort):
    def page(cursor: str | None):
        return queue_page(UnitOfWork(db, basics.agent, clock), "overdue",
                          QueueFilters(search="13912345678", sort=sort), cursor, limit=1)

    seen, cursor = [], None
    for _ in range(10):
        found = page(cursor)
        assert found.all_orders
        seen += [r.id for r in found.rows]
        cursor = found.cursor
        if cursor is None:
            break
    expected = ZHANG_NEWEST_FIRST if sort is None else [  # level, then id
        "overdue1", "soon3", "closed_today", "closed_yesterday"]
    assert seen == [orders[k] for k in expected]


def test_keyset_pages_return_every_row_once(db, clock, basics, orders):
    uow = lambda: UnitOfWork(db, basics.agent, clock)  # noqa: E731
    seen, cursor = [], None
    for _ in range(10):
        page = queue_page(uow(), "open", cursor=cursor, limit=2)
        seen += [r.id for r in page.rows]
        cursor = page.cursor
        if cursor is None:
            break
    expected = ["overdue1", "soon1", "soon3", "resolved2", "later2"]
    assert seen == [orders[k] for k in expected]


def test_paging_is_stable_while_orders_arrive(db, clock, basics, orders):
    first = queue_page(UnitOfWork(db, basics.agent, clock), "open", limit=2)
    assert [r.id for r in first.rows] == [orders["overdue1"], orders["soon1"]]
    added = {}
    for key, minutes_ago, level in (("before", 170, 1), ("after", 0, 3)):
        at = FixedClock(clock() - timedelta(minutes=minutes_ago))  # due -50 m / +24 h
        added[key] = save_intake(UnitOfWork(db, basics.agent, at), IntakeForm(
            channel="visit", category="repair", description="新来的", outcome="work_order",
            customer_id=basics.zhang.id, level=level, unit_id=basics.unit_ids[0],
            rang_at=at(), answered_at=at())).ticket_id
    rest, cursor = [], first.cursor
    while cursor:
        page = queue_page(UnitOfWork(db, basics.agent, clock), "open", cursor=cursor,
                          limit=2)
        rest += [r.id for r in page.rows]
        cursor = page.cursor
    expected = ["soon3", "resolved2", "later2"]
    assert rest == [orders[k] for k in expected] + [added["after"]]


def test_rows_carry_what_the_list_shows(db, clock, basics, orders):
    row = queue_page(UnitOfWork(db, basics.agent, clock), "mine").rows[0]
    assert (row.number, row.customer_name, row.address, row.unit_name, row.assignee_name) \
        == (f"GD{orders['overdue1']:08d}", "张伟", "新华区阳光小区3号楼2单元501室",
            "第一供热所", "王芳")
    assert row.due_at == clock() - timedelta(minutes=30)
    assert row.deadline(clock()) == "overdue"


def test_deadline_states_at_chosen_moments(db, clock, basics, orders):
    rows = {r.id: r for r in queue_page(UnitOfWork(db, basics.agent, clock), "open").rows}
    soon = rows[orders["soon1"]]  # due 10:00 Beijing
    assert soon.deadline(soon.due_at - timedelta(minutes=61)) == ""
    assert soon.deadline(soon.due_at - timedelta(minutes=60)) == "soon"
    assert soon.deadline(soon.due_at) == "soon"
    assert soon.deadline(soon.due_at + timedelta(seconds=1)) == "overdue"
    closed = queue_page(UnitOfWork(db, basics.agent, clock), "closed_today").rows[0]
    assert closed.deadline(clock()) == ""  # a closed order is never late
    resolved = rows[orders["resolved2"]]  # the work is done: its deadline stops
    assert resolved.deadline(resolved.due_at + timedelta(hours=1)) == ""


@pytest.mark.parametrize("queue,filters,field", [
    ("elsewhere", {}, "queue"), ("open", {"level": 4}, "level"),
    ("open", {"category": "gossip"}, "category"), ("open", {"sort": "colour"}, "sort"),
])
def test_bad_queue_requests_name_the_field(db, clock, basics, queue, filters, field):
    with pytest.raises(ValidationError) as caught:
        queue_page(UnitOfWork(db, basics.agent, clock), queue, QueueFilters(**filters))
    assert list(caught.value.errors) == [field]


def test_a_forged_cursor_is_refused(db, clock, basics):
    with pytest.raises(ValidationError) as caught:
        queue_page(UnitOfWork(db, basics.agent, clock), "open", cursor="not-a-cursor")
    assert caught.value.errors == {"cursor": "cursor.invalid"}


def test_detail_shows_the_whole_history(db, clock, basics, orders):
    detail = ticket_detail(UnitOfWork(db, basics.agent, clock), orders["soon3"])
    assert (detail.status, detail.assignee_name, detail.created_by_name) == (
        "dispatched", "王芳", "王芳")
    assert [e.action for e in detail.history] == ["create", "update"]
    assert all(e.actor_name == "王芳" for e in detail.history)
    changes = dict(detail.history[1].changes)
    assert changes["status"] == ("new", "dispatched")
    with pytest.raises(NotFound):
        ticket_detail(UnitOfWork(db, basics.agent, clock), 999_999)


def test_a_paused_order_leaves_the_deadline_queues(db, clock, basics, orders):
    pause(UnitOfWork(db, basics.agent, clock), orders["overdue1"], "家中无人")
    assert _keys(db, clock, basics, orders, "overdue") == []
    mine = queue_page(UnitOfWork(db, basics.agent, clock), "mine").rows
    assert mine[0].deadline(clock()) == "paused"
    detail = ticket_detail(UnitOfWork(db, basics.agent, clock), orders["overdue1"])
    assert [e.action for e in detail.history] == ["create", "update", "pause"]
    assert dict(detail.history[-1].changes)["reason"] == ("家中无人",)
