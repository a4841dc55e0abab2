"""A database a bench may write into: a copy of a data set, or one built for the run.

Benches that write (a sweep flags orders) never touch the data set they were pointed at:
a SQLite file is copied with SQLite's backup API into the temp dir, a PostgreSQL database
is cloned with CREATE DATABASE … TEMPLATE (which needs nobody connected to it). Without a
data set, a fresh database is built with the demo generator. Everything is removed at the
end.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ADMIN_URL = os.environ.get("HEATDESK_BENCH_PG_URL",
                           "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


def add_data_set_arguments(parser: argparse.ArgumentParser, db_help: str) -> None:
    """The options every bench on `working_copy` takes: a data set, or how to build one."""
    parser.add_argument("--db", dest="source", help=db_help)
    parser.add_argument("--backend", choices=("sqlite", "postgresql"), default="sqlite",
                        help="without --db: where to build the demo data set")
    parser.add_argument("--customers", type=int, default=100_000,
                        help="without --db: demo customers to build")


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@contextmanager
def _pg_database(template: str | None) -> Iterator[str]:
    from sqlalchemy import create_engine, text

    name = f"heatdesk_bench_tmp_{uuid.uuid4().hex[:10]}"
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT",
                          connect_args={"connect_timeout": 3})
    clause = f' TEMPLATE "{template}"' if template else ""
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"{clause}'))
    except Exception as exc:
        admin.dispose()
        raise RuntimeError(f"cannot create {name}{clause} on {ADMIN_URL}: "
                           f"{str(exc).splitlines()[0]}") from exc
    try:
        yield ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
        log(f"dropped {name}")


@contextmanager
def working_copy(source: str | None, *, backend: str = "sqlite", customers: int = 100_000,
                 seed: int = 2026) -> Iterator[str]:
    """The URL of a database to write into; gone when the block ends."""
    from sqlalchemy.engine import make_url

    from app.db.database import Database

    folder = Path(tempfile.mkdtemp(prefix="heatdesk-bench-copy-"))
    try:
        if source is not None and make_url(source).get_backend_name() == "sqlite":
            path = folder / "copy.sqlite3"
            started = time.perf_counter()
            src = sqlite3.connect(f"file:{make_url(source).database}?mode=ro", uri=True)
            dst = sqlite3.connect(path)
            with dst:
                src.backup(dst)
            src.close()
            dst.close()
            log(f"copied {source} in {time.perf_counter() - started:.1f} s")
            url = f"sqlite:///{path}"
            db = Database(url)
            db.upgrade()  # the copy may predate this checkout's revisions
            db.dispose()
            yield url
        elif source is not None:
            with _pg_database(make_url(source).database) as url:
                log(f"cloned {make_url(source).database}")
                db = Database(url)
                db.upgrade()
                db.dispose()
                yield url
        else:
            with _fresh(backend, folder) as url:
                db = Database(url)
                started = time.perf_counter()
                log(f"building {customers:,} demo customers ({backend})")
                from app.workflows.demo.fill import generate_demo
                from app.workflows.desk import Desk

                generate_demo(Desk(db=db), customers, seed)
                db.dispose()
                log(f"built in {time.perf_counter() - started:.0f} s")
                yield url
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def _fresh(backend: str, folder: Path) -> Iterator[str]:
    from app.db.database import Database

    if backend == "sqlite":
        url = f"sqlite:///{folder / 'fresh.sqlite3'}"
        db = Database(url)
        db.prepare()
        db.dispose()
        yield url
        return
    with _pg_database(None) as url:
        db = Database(url)
        db.upgrade()
        db.dispose()
        yield url
