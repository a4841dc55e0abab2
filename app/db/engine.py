"""Build the SQLAlchemy engine with the settings each backend needs.

SQLite: WAL so readers never block the writer, foreign keys on (off by default in SQLite),
a busy timeout so two processes on one desk wait instead of failing. PostgreSQL: psycopg 3
and pool_pre_ping, so a database that went away and came back is noticed on the next use
instead of failing the first save after the outage.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import suppress
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

SQLITE_BUSY_TIMEOUT_MS = 5000


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for an in-memory database."""
    database = make_url(url).database
    if not database or database == ":memory:":
        return None
    return Path(database)


def make_engine(url: str, *, echo: bool = False) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            _create_private(path)
        engine = create_engine(
            url,
            echo=echo,
            connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(
        url,
        echo=echo,
        pool_pre_ping=True,
        pool_size=5,
        max_overflow=10,
        connect_args={"connect_timeout": 3},
    )


def _create_private(path: Path) -> None:
    """A new database file readable and writable by its owner only (issue 15): SQLite gives
    its -wal and -shm files the same mode. An existing file keeps the mode it has."""
    if os.name != "posix" or path.exists():
        return
    with suppress(FileExistsError):  # another process made it just now: its mode stands
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
