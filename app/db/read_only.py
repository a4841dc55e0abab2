"""A transaction that only read ends with COMMIT, so the driver keeps its prepared statements.

psycopg prepares a statement on the server once a connection has run it five times, and
forgets every prepared statement of the connection at a ROLLBACK (it cannot tell whether
the rolled-back work changed what they refer to). A unit of work left without `commit()`
rolls back, and almost every read is such a unit: the screen pop, a queue page, a card.
So no statement was ever prepared, and each was planned afresh: the pop's second
statement took 1.0 ms to plan and 0.3 ms to run. A transaction that sent nothing but
SELECTs, with nothing pending in its session, ends with COMMIT instead, which for such a
transaction changes nothing else; anything else still rolls back.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Engine, event
from sqlalchemy.orm import Session, SessionTransaction

WROTE = "heatdesk.wrote"  # on the connection: a statement other than SELECT was sent
CONNECTION = "heatdesk.connection"  # on the session: the connection of its transaction


def watch_statements(engine: Engine) -> None:
    """Note on each connection whether its transaction sent anything but SELECTs."""
    event.listen(engine, "begin", _began)
    event.listen(engine, "before_cursor_execute", _sent)


def watch_sessions(session_class: type[Session]) -> None:
    event.listen(session_class, "after_begin", _session_began)
    event.listen(session_class, "after_transaction_end", _session_ended)


def _began(conn: Connection) -> None:
    conn.info[WROTE] = False


def _sent(conn: Connection, _cursor: Any, statement: str, _parameters: Any,
          _context: Any, executemany: bool) -> None:
    if executemany or statement.lstrip()[:6].upper() != "SELECT":
        conn.info[WROTE] = True


def _session_began(session: Session, _transaction: SessionTransaction,
                   connection: Connection) -> None:
    session.info[CONNECTION] = connection


def _session_ended(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:
        session.info.pop(CONNECTION, None)


def only_read(session: Session) -> bool:
    """True when the session's transaction sent SELECTs only and holds no unflushed change
    (also when it sent nothing at all); False when unsure."""
    if session.new or session.dirty or session.deleted:
        return False
    connection = session.info.get(CONNECTION)
    if connection is None:
        return not session.in_transaction()
    return connection.info.get(WROTE, True) is False
