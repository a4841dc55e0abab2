"""Which database a desk talks to.

One SQLite file in the user's data folder is the default (a single desk); a centre points
every desk at one PostgreSQL with `HEATDESK_DB_URL` or `--db`.
"""

from __future__ import annotations

import os

from app.paths import data_dir

ENV_VAR = "HEATDESK_DB_URL"
DESK_ENV_VAR = "HEATDESK_DESK_NAME"  # a centre may name its desks ("坐席03"); else the host


def desk_name() -> str:
    """This workstation's name as the audit log records it (at most 60 characters)."""
    import socket

    return (os.environ.get(DESK_ENV_VAR) or socket.gethostname() or "?").strip()[:60]


def default_sqlite_url() -> str:
    return f"sqlite:///{data_dir() / 'heatdesk.sqlite3'}"


def resolve_url(explicit: str | None = None) -> str:
    """`--db` wins over the environment, which wins over the embedded default."""
    if explicit:
        return normalise(explicit)
    env = os.environ.get(ENV_VAR)
    if env:
        return normalise(env)
    return default_sqlite_url()


def normalise(url: str) -> str:
    """Accept the plain `postgresql://` spelling and route it to psycopg 3."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")
