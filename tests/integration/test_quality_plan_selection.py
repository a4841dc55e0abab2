"""The sampling plan is chosen in the database (rule 5.1.2): a bounded number of rows read
at a few thousand customers, the same homes as the in-memory reference, and homes sampled
earlier in the season left out while other homes exist."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import event, insert, select

from app.models.customer import Customer
from app.repositories.quality import HomeRow
from app.repositories.uow import UnitOfWork
from app.workflows.quality.measurements import SampleForm, record_sample
from app.workflows.quality.sampling_plan import choose_homes, make_plan
from app.workflows.settings import save_setting
from tests.quality_data import add_customer, after_season_clock, technician

ESTATES = ["阳光小区", "和平里", "幸福家园", "金色港湾", "翠湖苑", "北苑", "南湖"]
CUSTOMERS = 3000


def _bulk_customers(db) -> None:
    """Customers in one INSERT: areas 40..159 m², seven estates of unequal size."""
    rows = [dict(account_number=f"B{i:05d}", name=f"住户{i}", estate=ESTATES[i % 13 % 7],
                 heated_area=Decimal(40 + (i * 37) % 120)) for i in range(CUSTOMERS)]
    rows[5]["heating"] = False  # not a heating customer: never planned
    with db.engine.begin() as conn:
        conn.execute(insert(Customer), rows)


def _homes(db) -> list[HomeRow]:
    with db.engine.connect() as conn:
        rows = conn.execute(select(Customer.id, Customer.estate, Customer.heated_area)
                            .where(Customer.heating.is_(True), Customer.heated_area > 0))
        return [HomeRow(r[0], r[1], Decimal(r[2])) for r in rows]


class RowCounter:
    """The SELECTs a piece of code runs, re-run afterwards to count the rows each returned."""

    def __init__(self, db) -> None:
        self.db = db
        self.selects: list[tuple[str, object]] = []

    def __enter__(self) -> RowCounter:
        event.listen(self.db.engine, "after_cursor_execute", self._seen)
        return self

    def __exit__(self, *exc: object) -> None:
        event.remove(self.db.engine, "after_cursor_execute", self._seen)

    def _seen(self, conn, cursor, statement, parameters, context, executemany) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            self.selects.append((statement, parameters))

    def rows(self) -> list[int]:
        with self.db.engine.connect() as conn:
            return [len(conn.exec_driver_sql(sql, params).fetchall())
                    for sql, params in self.selects]


@pytest.fixture
def clock():
    return after_season_clock()


def test_plan_reads_a_bounded_number_of_rows(db, clock):
    tech = technician(db, clock)
    _bulk_customers(db)
    day = date(2025, 12, 15)
    with RowCounter(db) as counter:
        plan = make_plan(UnitOfWork(db, tech, clock), day)
    rows = counter.rows()
    # rule 5.1.2: ≥ 1.0 ‰ of ~300,000 m² takes a handful of homes, and only a few rounds of
    # candidates are read: never the table (2,999 heating homes).
    assert plan.reaches_target and 2 <= len(plan.homes) <= 10
    assert max(rows) <= 3 * len(ESTATES), rows
    assert sum(rows) < 100, rows
    assert plan.estates == len(plan.homes)  # fewer homes than estates: each from another
    # the database chose exactly what the in-memory reference chooses
    homes = _homes(db)
    expected = choose_homes(homes, plan.target_permille, plan.seed)
    assert [h.customer_id for h in plan.homes] == [h.customer_id for h in expected]
    assert plan.total_area == sum((h.heated_area for h in homes), Decimal(0))


def test_a_larger_share_pages_through_rounds_and_matches_the_reference(db, clock):
    tech = technician(db, clock)
    _bulk_customers(db)
    with UnitOfWork(db, tech, clock) as uow:
        save_setting(uow, "quality.sample_permille", 40)  # 4 %: ~120 homes, several pages
        uow.commit()
    plan = make_plan(UnitOfWork(db, tech, clock), date(2025, 12, 25))
    expected = choose_homes(_homes(db), Decimal("40"), plan.seed)
    assert [h.customer_id for h in plan.homes] == [h.customer_id for h in expected]
    assert plan.permille >= Decimal("40") and len(plan.homes) > 3 * len(ESTATES)


def test_homes_sampled_earlier_in_the_season_wait_until_others_are_used(db, clock):
    tech = technician(db, clock)
    ids = [add_customer(db, clock, f"S{i}", f"住户{i}", "甲" if i < 3 else "乙", "100")
           for i in range(6)]
    with UnitOfWork(db, tech, clock) as uow:
        save_setting(uow, "quality.sample_permille", 300)  # 180 of 600 m²: two homes a day
        uow.commit()
    first = make_plan(UnitOfWork(db, tech, clock), date(2025, 12, 5))
    first_ids = {h.customer_id for h in first.homes}
    outside = next(i for i in ids if i not in first_ids)  # sampled without being planned
    record_sample(UnitOfWork(db, tech, clock), SampleForm(
        f"S{ids.index(outside)}", "2025-12-05", "10:00", "客厅", "18.0", "3001"))
    second = make_plan(UnitOfWork(db, tech, clock), date(2025, 12, 15))
    second_ids = {h.customer_id for h in second.homes}
    assert len(first_ids) == len(second_ids) == 2
    assert not second_ids & (first_ids | {outside})  # rule 5.1.2: coverage across homes
    seen = first_ids | second_ids | {outside}
    third = make_plan(UnitOfWork(db, tech, clock), date(2025, 12, 25))
    third_ids = [h.customer_id for h in third.homes]
    fresh = set(ids) - seen
    assert len(fresh) == 1 and third_ids[0] in fresh  # the last fresh home first ...
    assert len(third_ids) == 2 and third_ids[1] in seen  # ... then a seen one: not enough
    homes = [HomeRow(i, "甲" if n < 3 else "乙", Decimal("100")) for n, i in enumerate(ids)]
    expected = choose_homes(homes, Decimal("300"), third.seed, frozenset(seen))
    assert third_ids == [h.customer_id for h in expected]
