"""A PostgreSQL database whose LC_CTYPE is not UTF-8 still finds Chinese words, and says so.

pg_trgm drops non-ASCII characters under such a ctype; the bigram index does not, and the
start-up check names the database's encoding and ctype for the administrator.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import create_engine, text

from app.clock import FixedClock
from app.db.database import Database
from app.db.text_index import TextSettings, text_settings
from app.repositories.uow import UnitOfWork
from app.workflows.intake import IntakeForm, save_intake
from app.workflows.tickets.queues import QueueFilters, queue_page
from tests.conftest import PG_ADMIN_URL
from tests.support import seed_basics


@pytest.fixture
def c_ctype_db(pg_url: str) -> Iterator[Database]:
    name = f"heatdesk_test_c_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' LC_COLLATE 'C' "
                          "LC_CTYPE 'C' TEMPLATE template0"))
    db = Database(pg_url.rsplit("/", 1)[0] + f"/{name}")
    db.upgrade()
    yield db
    db.dispose()
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
    admin.dispose()


@pytest.mark.postgres
def test_chinese_words_are_found_when_the_ctype_is_not_utf8(c_ctype_db, clock):
    db = c_ctype_db
    settings = text_settings(db.engine)
    assert settings is not None and settings.utf8 and not settings.ctype_utf8
    assert "LC_CTYPE C" in settings.describe() and "pg_trgm" in settings.describe()
    basics = seed_basics(db, clock)
    for description in ("三楼卫生间暖气管漏水严重", "暖气不热"):
        at = FixedClock(clock() - timedelta(minutes=5))
        save_intake(UnitOfWork(db, basics.agent, at), IntakeForm(
            channel="visit", category="repair", description=description, phone="",
            customer_id=basics.li.id, outcome="work_order", level=2,
            unit_id=basics.unit_ids[0], rang_at=at(), answered_at=at()))
    for words, expected in (("漏水", ["三楼卫生间暖气管漏水严重"]), ("不热", ["暖气不热"]),
                            ("停气", [])):
        rows = queue_page(UnitOfWork(db, basics.agent, clock), "open",
                          QueueFilters(search=words)).rows
        assert [row.description for row in rows] == expected


def test_the_administrator_is_told_what_the_settings_mean():
    good = TextSettings("centre", "UTF8", "zh_CN.UTF-8")
    assert good.utf8 and good.ctype_utf8 and "WARNING" not in good.describe()
    c_ctype = TextSettings("centre", "UTF8", "C")
    assert "not UTF-8" in c_ctype.describe() and "WARNING" not in c_ctype.describe()
    ascii_db = TextSettings("centre", "SQL_ASCII", "C")
    assert not ascii_db.utf8 and ascii_db.describe().startswith("WARNING")


def test_sqlite_has_no_settings_to_report(sqlite_db):
    assert text_settings(sqlite_db.engine) is None
