"""Which orders and customers may hold a fragment of text, found through the index.

The index (revision 0101) narrows the search to candidates; the caller keeps its exact
`LIKE '%...%'` condition on the candidates, so results are what the scan found before, only
without reading every row. Chinese has no spaces between words, so the index is of
characters, not words: trigrams in SQLite's FTS5 (a search of three or more characters is
the AND of its trigrams), character bigrams in a PostgreSQL GIN index (the search's bigrams
must all be present).

Short searches: in SQLite each text is indexed with two trailing spaces, so a fragment of
one or two characters (漏水, 不热) starts at least one indexed trigram; the fts5vocab table
lists those trigrams and the search is their OR. PostgreSQL's bigrams serve two characters;
a single character there is left to the scan.

A fragment found in a great many rows is also left to the scan: reading thousands of
candidates and sorting them costs more than walking the queue's index in order, which
meets the first page of a common word within a few hundred rows. SQLite counts the
candidates up to that limit; PostgreSQL asks the planner, whose estimate comes from the
GIN index's statistics (counting would read every row of a common word).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Select,
    false,
    func,
    literal_column,
    select,
    table,
    text,
    union,
)
from sqlalchemy.orm import Session, aliased

from app.models.customer import Customer, CustomerPhone
from app.models.ticket import Ticket

MAX_TERMS = 3000  # a short search starting more trigrams than this is left to the scan
MANY = 10000  # more candidates than this: the scan in order finds a page sooner

Ids = Select[Any] | CompoundSelect[Any]  # a query of ids to put inside IN (...)
_CUSTOMER_TEXT = "heatdesk_bigrams(account_number || ' ' || name || ' ' || address)"
_NOTHING: Select[Any] = select(literal_column("0")).where(false())  # no id is 0


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _trigrams(words: str) -> str:
    grams = dict.fromkeys(words[i:i + 3] for i in range(len(words) - 2))
    return " AND ".join(_quoted(g) for g in grams)


class TextSearch:
    """The index's candidates for a search, or None when the index cannot narrow it."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.sqlite = session.get_bind().dialect.name == "sqlite"

    def tickets(self, words: str) -> Ids | None:
        """Ids of orders whose description or customer's address may hold `words`."""
        if self.sqlite:
            own = self._fts_match("ticket_text", words)
            address = self._fts_match("customer_text", words, column="address")
            if own is None or address is None:
                return None
            if not own and not address:
                return _NOTHING
            if self._many("ticket_text", own) or self._many("customer_text", address):
                return None
            by_address = aliased(Ticket)
            return union(
                self._fts_ids("ticket_text", own, "ticket_q"),
                select(by_address.id).where(by_address.customer_id.in_(
                    self._fts_ids("customer_text", address, "address_q"))))
        if len(words) < 2 or self._pg_many(
                "heatdesk_bigrams(description) @> heatdesk_bigrams(:q)", "ticket", words):
            return None
        own_t, by_address = aliased(Ticket), aliased(Ticket)
        customer = aliased(Customer)
        return union(
            select(own_t.id).where(_bigrams(own_t.description).op("@>")(_bigrams_of(words))),
            select(by_address.id).join(customer, customer.id == by_address.customer_id)
            .where(_customer_bigrams(customer).op("@>")(_bigrams_of(words))))

    def customers(self, words: str) -> Ids | None:
        """Ids of customers whose name, address, account number or a phone may hold `words`."""
        phone = aliased(CustomerPhone)
        if self.sqlite:
            own = self._fts_match("customer_text", words)
            phones = self._fts_match("customer_phone_text", words)
            if own is None or phones is None:
                return None
            if not own and not phones:
                return _NOTHING
            if self._many("customer_text", own) or self._many("customer_phone_text", phones):
                return None
            return union(
                self._fts_ids("customer_text", own, "customer_q"),
                select(phone.customer_id).where(phone.id.in_(
                    self._fts_ids("customer_phone_text", phones, "phone_q"))))
        if len(words) < 2 or self._pg_many(f"{_CUSTOMER_TEXT} @> heatdesk_bigrams(:q)",
                                           "customer", words):
            return None
        customer = aliased(Customer)
        return union(
            select(customer.id).where(_customer_bigrams(customer).op("@>")(
                _bigrams_of(words))),
            select(phone.customer_id).where(_bigrams(phone.number).op("@>")(
                _bigrams_of(words))))

    def _fts_match(self, fts: str, words: str, column: str | None = None) -> str | None:
        """The FTS5 query for `words`: "" when nothing can match, None when not indexable."""
        if len(words) >= 3:
            query = _trigrams(words)
        else:
            low = words.lower()
            terms = list(self.session.scalars(
                text(f"SELECT term FROM {fts}_terms WHERE term >= :low AND term < :high "
                     "LIMIT :limit"),
                {"low": low, "high": low + "\U0010ffff", "limit": MAX_TERMS + 1}))
            if len(terms) > MAX_TERMS:
                return None
            if not terms:
                return ""
            query = " OR ".join(_quoted(t) for t in terms)
        return f"{{{column}}} : ({query})" if column else query

    def _many(self, fts: str, query: str) -> bool:
        if not query:
            return False
        found = self.session.scalar(
            text(f"SELECT count(*) FROM (SELECT rowid FROM {fts} WHERE {fts} MATCH :q "
                 "LIMIT :limit)"), {"q": query, "limit": MANY + 1})
        return bool(found and found > MANY)

    def _pg_many(self, condition: str, table_name: str, words: str) -> bool:
        """The planner's estimate of the rows a bigram lookup finds, from the index's own
        statistics: counting them would read every one of a common word's rows."""
        plan = self.session.scalar(
            text(f"EXPLAIN (FORMAT JSON) SELECT 1 FROM {table_name} WHERE {condition}"),
            {"q": words})
        rows = plan[0]["Plan"]["Plan Rows"] if plan else 0
        return bool(rows > MANY)

    @staticmethod
    def _fts_ids(fts: str, query: str, name: str) -> Select[Any]:
        if not query:
            return _NOTHING
        return (select(literal_column("rowid")).select_from(table(fts))
                .where(text(f"{fts} MATCH :{name}").bindparams(**{name: query})))


def _bigrams(column: Any) -> ColumnElement[Any]:
    return func.heatdesk_bigrams(column)


def _bigrams_of(words: str) -> ColumnElement[Any]:
    return func.heatdesk_bigrams(words)


def _customer_bigrams(customer: Any) -> ColumnElement[Any]:
    """The indexed expression of revision 0101, written the same way so the index serves."""
    space: ColumnElement[str] = literal_column("' '")
    return func.heatdesk_bigrams(
        customer.account_number.op("||")(space).op("||")(customer.name)
        .op("||")(space).op("||")(customer.address))
