"""The indexes the season reports read (app/repositories/statistics.py; revision 0103).

- contacts by category and agent, then time: each (category, agent) pair's contacts of a
  season are one range of the index, read without the table (SQLite skips from pair to
  pair), instead of sorting a season of contacts to group them;
- work orders by everything a report groups them by, then the receipt time, the deadline
  and the resolution times (and on SQLite the time to resolve): the season's orders are
  grouped and timed from the index alone, already in group order;
- complaints by receipt time (a partial index): a season's complaints, which the
  satisfaction report lists and the complaints report counts per estate; partial, so that
  the other season queries keep to the covering group index;
- callbacks by time: the satisfaction answers given in a season without reading every
  callback ever made;
- the orders whose latest callback answer was unhappy (不满意, 很不满意), by receipt time (a
  partial index, revision 0157): a season's are one range of it;
- the complaints answered on the spot that the agent marked unresolved, by time (a partial
  index, revision 0123): the few a season's satisfaction report deducts for (rule 5.3.2.2);
- on PostgreSQL only, work orders by receipt time (`RECEIVED_NAME`, revision 0161): the
  season's orders counted from about 440,000 entries instead of a scan of every order.
  SQLite is left without it: its planner took it for the complaints report's durations
  instead of the covering group index (0.8 -> 3.2 s at 1,000,000 customers). The models do
  not declare it and the schema comparison leaves it out (`text_search_index.include_object`).
"""

from __future__ import annotations

from sqlalchemy import Index, text

from app.models.contact import Contact
from app.models.ticket import Ticket
from app.models.ticket_steps import TicketCallback

_c = Contact.__table__.c
_t = Ticket.__table__.c
_cb = TicketCallback.__table__.c

RECEIVED_NAME = "ix_ticket_received"
CONTACT_GROUPS_INDEX = Index("ix_contact_category_agent_created",
                             _c.category, _c.agent_id, _c.created_at)
# Received -> done (resolved, else closed) in whole microseconds on SQLite, which keeps
# times as "YYYY-MM-DD HH:MM:SS.ffffff": whole seconds from the date functions (their own
# fractions are cut to milliseconds), microseconds from the text. On SQLite the group index
# ends with this expression (revision 0103 writes the same text), so the duration of every
# order is read from the index instead of parsing two times per order; a query must use
# this exact text for SQLite to match it.
def sqlite_micros_between(later: str, earlier: str) -> str:
    """Exact microseconds from `earlier` to `later`, two SQLite DATETIME texts
    ('YYYY-MM-DD HH:MM:SS.ffffff'): whole seconds from julianday (exact once rounded) and
    the fractions from the texts; julianday alone is a few microseconds off."""
    return (f"(CAST(round((julianday(substr({later}, 1, 19))"
            f" - julianday(substr({earlier}, 1, 19))) * 86400) AS INTEGER) * 1000000"
            f" + CAST(substr({later}, 21) AS INTEGER)"
            f" - CAST(substr({earlier}, 21) AS INTEGER))")


SQLITE_DURATION_SQL = sqlite_micros_between("coalesce(resolved_at, closed_at)", "received_at")
TICKET_GROUPS_NAME = "ix_ticket_report_groups"
TICKET_GROUPS_INDEX = Index(TICKET_GROUPS_NAME, _t.level, _t.category, _t.unit_id,
                            _t.created_by_id, _t.responsibility, _t.received_at, _t.due_at,
                            _t.resolved_at, _t.closed_at)
COMPLAINT_SQL = "'complaint'"  # the literal the partial index and its queries share
# with the done times and the id (revision 0157): the complaints still open at a period's
# end are told from the index alone, not from 40,000 rows of a season read for 500
COMPLAINTS_INDEX = Index("ix_ticket_complaints_received", _t.received_at, _t.resolved_at,
                         _t.closed_at, _t.id,
                         sqlite_where=text(f"category = {COMPLAINT_SQL}"),
                         postgresql_where=text(f"category = {COMPLAINT_SQL}"))
# with the answer (revision 0105): a season's answers are counted from the index alone
CALLBACK_TIME_INDEX = Index("ix_ticket_callback_called_at", _cb.called_at, _cb.reached,
                            _cb.satisfaction)

# The partial index's WHERE, written as the query writes it (SQLite uses a partial index only
# when the query's terms are the index's own): the order's latest answer was 不满意 or
# 很不满意 (revision 0157; it replaced 0105's index of the unhappy callbacks, from which
# each order's latest answer had to be found again among all its callbacks).
UNHAPPY_SQL = "callback_satisfaction IN ('dissatisfied', 'very_dissatisfied')"
UNHAPPY_ORDERS_INDEX = Index("ix_ticket_unhappy_received", _t.received_at,
                             sqlite_where=text(UNHAPPY_SQL), postgresql_where=text(UNHAPPY_SQL))

# rule 5.3.2.2: the complaints answered on the spot and marked not satisfactorily resolved
UNRESOLVED_CONTACT_SQL = {"sqlite": "unresolved = 1", "postgresql": "unresolved"}
UNRESOLVED_CONTACTS_INDEX = Index("ix_contact_unresolved_created", _c.created_at,
                                  sqlite_where=text(UNRESOLVED_CONTACT_SQL["sqlite"]),
                                  postgresql_where=text(UNRESOLVED_CONTACT_SQL["postgresql"]))
