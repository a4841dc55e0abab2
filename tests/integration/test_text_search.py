"""Order and customer text search through the index, on real SQLite and PostgreSQL.

The index only names candidates; these tests check that the rows found are exactly those a
`LIKE '%...%'` scan finds, that short Chinese words inside longer texts are found, that the
triggers keep the index current when an order or a customer changes, and that a search
pages by keyset in the queue's order.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

import app.repositories.text_search as text_search
from app.clock import FixedClock
from app.models.customer import Customer, CustomerPhone
from app.repositories.text_search import TextSearch
from app.repositories.uow import UnitOfWork
from app.workflows.intake import IntakeForm, save_intake
from app.workflows.screen_pop import search_customers
from app.workflows.tickets.queues import QueueFilters, queue_page
from tests.queue_data import set_unit

# description -> minutes ago it was received (all level 2: due 8 h after receipt)
DESCRIPTIONS = {
    "三楼卫生间暖气管漏水严重": 50,
    "暖气不热已经三天了": 40,
    "楼道阀门漏水": 30,  # the word at the very end of the text
    "不热": 20,  # the whole text is the word
    "Radiator valve AB-7 replaced": 10,
}


@pytest.fixture
def orders(db, clock, basics) -> dict[str, int]:
    set_unit(db, basics.agent.id, basics.unit_ids[0])
    ids: dict[str, int] = {}
    for description, minutes_ago in DESCRIPTIONS.items():
        at = FixedClock(clock() - timedelta(minutes=minutes_ago))
        result = save_intake(UnitOfWork(db, basics.agent, at), IntakeForm(
            channel="visit", category="repair", description=description, phone="",
            customer_id=basics.li.id, outcome="work_order", level=2,
            unit_id=basics.unit_ids[0], rang_at=at(), answered_at=at()))
        assert result.ticket_id is not None
        ids[description] = result.ticket_id
    return ids


def _found(db, clock, basics, orders, words: str, **filters) -> list[str]:
    by_id = {v: k for k, v in orders.items()}
    page = queue_page(UnitOfWork(db, basics.agent, clock), "open",
                      QueueFilters(search=words, **filters))
    assert page.cursor is None and not page.all_orders
    return [by_id.get(row.id, row.number) for row in page.rows]


def _like(db, orders: dict[str, int], words: str) -> list[str]:
    """What the scan finds, in the queue's order (due first: oldest received first).

    LIKE ignores the case of ASCII letters in SQLite and not in PostgreSQL; so does the
    search, as before the index.
    """
    if db.is_sqlite:
        found = [d for d in orders if words.lower() in d.lower()]
    else:
        found = [d for d in orders if words in d]
    return sorted(found, key=lambda d: -DESCRIPTIONS[d])


@pytest.mark.parametrize("words", ["漏水", "不热", "暖气", "水", "热", "楼道阀门漏水",
                                   "valve", "VALVE AB", "ab-7", "阀门漏水严重", "漏", "冷"])
def test_an_order_search_finds_what_the_scan_found(db, clock, basics, orders, words):
    assert _found(db, clock, basics, orders, words) == _like(db, orders, words)


def test_two_character_words_inside_longer_descriptions(db, clock, basics, orders):
    assert _found(db, clock, basics, orders, "漏水") == ["三楼卫生间暖气管漏水严重", "楼道阀门漏水"]
    assert _found(db, clock, basics, orders, "不热") == ["暖气不热已经三天了", "不热"]


def test_a_search_matching_nothing_finds_nothing(db, clock, basics, orders):
    for words in ("停气", "不热了吗", "zzz", "7 x", "%", "_"):
        assert _found(db, clock, basics, orders, words) == []


def test_the_index_narrows_short_and_long_searches(db, clock, basics, orders):
    with UnitOfWork(db, basics.agent, clock) as uow:
        search = TextSearch(uow.session)
        assert search.tickets("漏水") is not None
        assert search.tickets("暖气管漏水") is not None
        assert search.customers("和平") is not None


def test_an_edited_order_is_found_by_its_new_text_only(db, clock, basics, orders):
    edited = orders["楼道阀门漏水"]
    with UnitOfWork(db, basics.agent, clock) as uow:
        ticket = uow.tickets.get(edited)
        assert ticket is not None
        ticket.description = "楼道阀门已更换"
        uow.commit()
    found = queue_page(UnitOfWork(db, basics.agent, clock), "open",
                       QueueFilters(search="已更换")).rows
    assert [row.id for row in found] == [edited]
    gone = queue_page(UnitOfWork(db, basics.agent, clock), "open",
                      QueueFilters(search="门漏水")).rows
    assert gone == ()


def test_orders_are_found_by_their_customers_new_address(db, clock, basics, orders):
    with UnitOfWork(db, basics.agent, clock) as uow:
        customer = uow.session.get(Customer, basics.li.id)
        assert customer is not None
        customer.address = "长安区幸福家园7号楼"
        uow.commit()
    assert len(_found(db, clock, basics, orders, "幸福家园")) == len(DESCRIPTIONS)
    assert _found(db, clock, basics, orders, "和平里") == []


@pytest.mark.parametrize("sort,descending", [(None, False), ("received_at", True),
                                             ("level", False)])
def test_a_search_pages_by_keyset_in_the_queues_order(db, clock, basics, orders, sort,
                                                      descending):
    filters = QueueFilters(search="热", sort=sort, descending=descending)
    whole = queue_page(UnitOfWork(db, basics.agent, clock), "open", filters).rows
    seen, cursor = [], None
    for _ in range(10):
        page = queue_page(UnitOfWork(db, basics.agent, clock), "open", filters, cursor,
                          limit=1)
        seen.extend(row.id for row in page.rows)
        cursor = page.cursor
        if cursor is None:
            break
    assert seen == [row.id for row in whole]
    assert len(seen) == 2


def test_common_words_and_many_trigrams_fall_back_to_the_scan(db, clock, basics, orders,
                                                              monkeypatch):
    expected = _like(db, orders, "漏水")
    monkeypatch.setattr(text_search, "MANY", 0)
    assert _found(db, clock, basics, orders, "漏水") == expected
    monkeypatch.setattr(text_search, "MAX_TERMS", 0)
    assert _found(db, clock, basics, orders, "漏水") == expected
    assert _found(db, clock, basics, orders, "漏") == expected


def _names(db, clock, basics, words: str) -> list[str]:
    return [hit.name for hit in search_customers(UnitOfWork(db, basics.agent, clock), words)]


@pytest.mark.parametrize("words,expected", [
    ("R00000002", ["李娜"]),
    ("0000000", ["张伟", "李娜"]),  # ordered by account number
    ("00002", ["李娜"]),  # a fragment of the account number
    ("R0000000", ["张伟", "李娜"]),
    ("张", ["张伟"]),
    ("伟", []),  # one character inside a name is no fragment to scan the archive for (issue 14)
    ("和平", ["李娜"]),
    ("阳光小区3号楼", ["张伟"]),
    ("1234", ["张伟"]),  # inside 139 1234 5678
    ("8765", ["张伟"]),  # inside the landline
    ("1111", ["李娜"]),
    ("9999", []),
    ("100%", []),
    ("停气", []),
])
def test_customer_search_by_any_fragment(db, clock, basics, words, expected):
    assert _names(db, clock, basics, words) == expected


def test_a_customers_changed_phone_is_found_and_the_old_one_is_not(db, clock, basics):
    with UnitOfWork(db, basics.agent, clock) as uow:
        phone = uow.session.query(CustomerPhone).filter_by(customer_id=basics.li.id).one()
        phone.number = "13655556666"
        uow.commit()
    assert _names(db, clock, basics, "5555") == ["李娜"]
    assert _names(db, clock, basics, "1111") == []


# A few hundred orders in a small vocabulary, with the statistics ANALYZE keeps: common
# bigrams (不热, 漏水, 暖气), one-order words (冒烟) and words in no order (停气).
MANY_TEXTS = (["暖气不热"] * 120 + ["管道漏水"] * 60 + ["暖气片漏水不热"] * 30
              + ["阀门冒烟"] + ["室温偏低"] * 40)
SHORT_WORDS = ("不热", "漏水", "暖气", "冒烟", "阀门", "停气", "热管", "室温")


@pytest.fixture
def analysed(db, clock, basics) -> list[int]:
    from app.models.enums import Category, TicketStatus
    from app.models.ticket import Ticket

    with UnitOfWork(db, basics.agent, clock) as uow:
        start = clock() - timedelta(hours=1)
        rows = [Ticket(customer_id=basics.li.id, category=Category("repair"), level=2,
                       description=text, status=TicketStatus.DISPATCHED,
                       unit_id=basics.unit_ids[0], created_by_id=basics.agent.id,
                       received_at=start + timedelta(seconds=n),
                       due_at=start + timedelta(hours=8, seconds=n))
                for n, text in enumerate(MANY_TEXTS)]
        uow.session.add_all(rows)
        uow.commit()
        ids = [t.id for t in rows]
    with db.engine.begin() as conn:
        from sqlalchemy import text as sql

        conn.execute(sql("ANALYZE"))
    return ids


def _all_pages(db, clock, basics, words: str) -> list[int]:
    found: list[int] = []
    cursor = None
    while True:
        page = queue_page(UnitOfWork(db, basics.agent, clock), "open",
                          QueueFilters(search=words), cursor=cursor, limit=50)
        found += [row.id for row in page.rows]
        if page.cursor is None:
            return found
        cursor = page.cursor


def _like_ids(db, words: str) -> list[int]:
    from sqlalchemy import text as sql

    with db.engine.connect() as conn:  # what the scan finds, in the queue's order
        return list(conn.execute(sql(
            "SELECT t.id FROM ticket t LEFT JOIN customer c ON c.id = t.customer_id "
            "WHERE t.status IN ('new', 'dispatched', 'in_progress', 'resolved') "
            "AND (t.description LIKE :p OR c.address LIKE :p) ORDER BY t.due_at, t.id"),
            {"p": f"%{words}%"}).scalars())


@pytest.mark.parametrize("many", [10_000, 50, 0])
def test_two_character_words_find_exactly_the_like_rows(db, clock, basics, analysed,
                                                         monkeypatch, many):
    """Whatever the index's statistics say and wherever the cut between the index and the
    ordered walk lies, a two-character word finds the rows LIKE finds, in order."""
    monkeypatch.setattr(text_search, "MANY", many)
    for words in SHORT_WORDS:
        assert _all_pages(db, clock, basics, words) == _like_ids(db, words), words


def test_postgres_judges_a_word_by_the_index_statistics_or_a_bounded_count(
        db, clock, basics, analysed, monkeypatch):
    """A bigram among the index's most common ones is judged by its frequency (no
    candidate read); for a rarer one the candidates are read through the index, up to
    MANY + 1, with the table scan switched off for that statement only."""
    if db.is_sqlite:
        pytest.skip("SQLite counts its FTS5 candidates (test_common_words_...)")
    from sqlalchemy import event
    from sqlalchemy import text as sql

    monkeypatch.setattr(text_search, "MANY", 50)
    sent: list[str] = []

    def seen(_conn, _cursor, statement, *_rest) -> None:
        sent.append(statement)

    def counted() -> bool:
        return any("LIMIT %(limit)s" in s for s in sent)

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        with UnitOfWork(db, basics.agent, clock) as uow:
            search = TextSearch(uow.session)
            assert search.tickets("不热") is None  # 150 of 251 orders: the walk
            assert not counted()
            assert search.tickets("冒烟") is not None  # one order, read: the index
            assert counted()
            assert search.tickets("停气") is not None  # no order: the index
            assert uow.session.scalar(sql("SHOW enable_seqscan")) == "on"
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    monkeypatch.setattr(text_search, "MANY", 0)
    with UnitOfWork(db, basics.agent, clock) as uow:
        assert TextSearch(uow.session).tickets("冒烟") is None  # 1 > 0: the walk
