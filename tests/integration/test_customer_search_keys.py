"""Search as agents type it (issue 14): pinyin, polyphones, addresses, phone tails."""

from __future__ import annotations

import pytest

from app.db.database import Database
from app.repositories.uow import UnitOfWork
from app.workflows.customers import CustomerForm, create_customer
from app.workflows.customers.search import find_customers, parse
from tests.support import seed_basics


@pytest.fixture
def people(db: Database, clock):
    basics = seed_basics(db, clock)
    made = {}
    for name, estate, building, entrance, room, phone, account in (
        ("王长春", "幸福苑", "3", "2", "501", "13900001234", "A0000001"),
        ("刘洋", "幸福苑", "5", "1", "101", "13900005678", "A0000002"),
        ("孙丽", "朝阳小区", "3", "2", "501", "13700009999", "A0000003"),
        ("单田芳", "朝阳小区", "1", "1", "202", "0311-85551234", "B0000001"),
    ):
        made[name] = create_customer(UnitOfWork(db, basics.agent, clock), CustomerForm(
            name=name, phones=[phone], estate=estate, building=building, entrance=entrance,
            room=room, account_number=account))
    return basics, made


def names(db: Database, basics, text: str) -> list[str]:
    return [hit.name for hit in find_customers(UnitOfWork(db, basics.agent), text)]


def test_estate_by_initials_and_full_pinyin(db: Database, people) -> None:
    basics, _ = people
    assert set(names(db, basics, "xfy")) == {"王长春", "刘洋"}
    assert set(names(db, basics, "xingfuyuan")) == {"王长春", "刘洋"}
    assert set(names(db, basics, "xingfu")) == {"王长春", "刘洋"}
    assert set(names(db, basics, "幸福")) == {"王长春", "刘洋"}


def test_polyphones_found_by_each_reading(db: Database, people) -> None:
    basics, _ = people
    assert set(names(db, basics, "cy")) == {"孙丽", "单田芳"}
    assert set(names(db, basics, "zy")) == {"孙丽", "单田芳"}
    assert names(db, basics, "wcc") == ["王长春"]
    assert names(db, basics, "wzc") == ["王长春"]
    assert names(db, basics, "shantianfang") == ["单田芳"]
    assert names(db, basics, "dantianfang") == ["单田芳"]


def test_names_and_accounts_by_prefix(db: Database, people) -> None:
    basics, _ = people
    assert names(db, basics, "ly") == ["刘洋"]
    assert names(db, basics, "刘") == ["刘洋"]
    assert names(db, basics, "b000") == ["单田芳"]
    assert names(db, basics, "A0000002") == ["刘洋"]


def test_address_fragments(db: Database, people) -> None:
    basics, _ = people
    assert names(db, basics, "幸福苑 3号楼") == ["王长春"]
    assert names(db, basics, "幸福苑5号楼1单元") == ["刘洋"]
    assert set(names(db, basics, "3-2-501")) == {"王长春", "孙丽", "张伟"}
    assert names(db, basics, "xfy 3-2-501") == ["王长春"]
    assert names(db, basics, "cy 202室") == ["单田芳"]


def test_phone_tail_with_the_estate(db: Database, people) -> None:
    basics, _ = people
    assert names(db, basics, "幸福苑 1234") == ["王长春"]
    assert names(db, basics, "cy 1234") == ["单田芳"]
    assert set(names(db, basics, "1234")) == {"王长春", "单田芳"}
    assert names(db, basics, "xfy 5678") == ["刘洋"]


def test_person_inside_an_estate(db: Database, people) -> None:
    basics, _ = people
    assert names(db, basics, "xfy ly") == ["刘洋"]
    assert names(db, basics, "朝阳 stf") == ["单田芳"]


def test_keys_follow_a_renamed_customer(db: Database, people) -> None:
    from app.models.customer import Customer

    basics, made = people
    with UnitOfWork(db, basics.agent) as uow:
        customer = uow.session.get(Customer, made["刘洋"].id)
        customer.name = "赵敏"
        customer.estate = "重庆路小区"
        uow.commit()
    assert names(db, basics, "ly") == []
    assert names(db, basics, "zm") == ["赵敏"]
    assert names(db, basics, "cqlxq") == ["赵敏"]


def test_fragment_search_still_finds_inside_addresses(db: Database, people) -> None:
    basics, _ = people
    assert names(db, basics, "光小区") == ["张伟"]


def test_parse_reads_building_unit_room() -> None:
    query = parse("幸福苑 ３-２-５０１")
    assert (query.words, query.building, query.entrance, query.room) == (
        ["幸福苑"], "3", "2", "501")
    assert parse("xfy 1234").tail == "1234"


def test_a_deleted_customer_leaves_no_search_keys(db: Database, people) -> None:
    """The keys have no foreign key (revision 0154, an import writes them by the million);
    the trigger on `customer` removes a deleted customer's keys, and only its keys."""
    from sqlalchemy import delete, func, select

    from app.models.customer import Customer
    from app.models.customer_search import CustomerSearchKey

    basics, made = people
    gone, kept = made["刘洋"].id, made["孙丽"].id

    def keys(customer_id: int) -> int:
        with db.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(CustomerSearchKey).where(
                CustomerSearchKey.customer_id == customer_id)).scalar_one()

    before = keys(kept)
    assert keys(gone) > 0 and before > 0
    with UnitOfWork(db, basics.agent) as uow:
        uow.session.execute(delete(Customer).where(Customer.id == gone))
        uow.commit()
    assert keys(gone) == 0 and keys(kept) == before
    assert names(db, basics, "ly") == []
