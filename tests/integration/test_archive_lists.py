"""The leaders' season checklist (rule 3.1.3) and the special-customer analysis report
(rule 1.4.5): counts, lists, exports, and who may see them."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from app.clock import FixedClock
from app.models.enums import Category, Channel, Outcome
from app.repositories.uow import UnitOfWork
from app.workflows.customers.checklist import season_checklist
from app.workflows.customers.contracts import ContractForm, save_contract
from app.workflows.customers.lists_export import export_checklist
from app.workflows.customers.record import load_record, save_record
from app.workflows.desk import Desk
from app.workflows.errors import PermissionDenied
from app.workflows.intake import IntakeForm, save_intake
from app.workflows.reports.registry import get_report
from app.workflows.reports.season import parse_season
from tests.quality_data import add_customer
from tests.support import seed_basics

BEGIN_2026 = datetime(2026, 11, 14, 16, 0, tzinfo=UTC)  # the 2026-2027 season, local days
END_2026 = datetime(2027, 3, 15, 16, 0, tzinfo=UTC)


def _contract(season: str, status: str = "signed") -> ContractForm:
    return ContractForm(season=season, status=status,
                        signed_on=f"{season[:4]}-10-01" if status == "signed" else "")


def test_rule_3_1_3_checklist_of_the_coming_season(db, clock, basics):
    # clock 2026-11-26: the 2026-2027 season runs; who heats without a signed contract
    third = add_customer(db, clock, "R00000003", "王磊", "阳光小区")
    fourth = add_customer(db, clock, "R00000004", "刘洋", "阳光小区")
    leader = basics.leader
    save_contract(UnitOfWork(db, leader, clock), basics.zhang.id, _contract("2026-2027"))
    save_contract(UnitOfWork(db, leader, clock), basics.li.id, _contract("2025-2026"))
    save_contract(UnitOfWork(db, leader, clock), basics.li.id,
                  _contract("2026-2027", "not_renewed"))
    save_contract(UnitOfWork(db, leader, clock), fourth, _contract("2026-2027", "stopped"))
    checklist = season_checklist(UnitOfWork(db, leader, clock))
    assert checklist.season == 2026 and checklist.counts == {"none": 1, "not_renewed": 1}
    assert [(line.account_number, line.status, line.last_season, line.phone)
            for line in checklist.lines] == [
        ("R00000002", "not_renewed", 2025, "13811112222"), ("R00000003", "none", None, "")]
    assert season_checklist(UnitOfWork(db, leader, clock), estate="阳光小区").total == 1
    assert third in {line.customer_id for line in checklist.lines}
    desk = Desk(db=db, clock=clock, actor=leader)
    assert export_checklist(desk, 2026, "", "xlsx")[:2] == b"PK"
    assert export_checklist(desk, 2026, "", "pdf")[:4] == b"%PDF"
    # in summer the leaders chase the next winter's contracts
    summer = FixedClock(datetime(2027, 7, 1, 2, 0, tzinfo=UTC))
    assert season_checklist(UnitOfWork(db, leader, summer)).season == 2027
    with pytest.raises(PermissionDenied, match="archive.lists"):
        season_checklist(UnitOfWork(db, basics.agent, clock))


def test_rule_1_4_5_special_customer_analysis(db, clock, basics):
    record = load_record(UnitOfWork(db, basics.leader, clock), basics.li.id)
    save_record(UnitOfWork(db, basics.leader, clock), basics.li.id, replace(
        record.form(), customer_class="public", marks=frozenset({"important", "hospital"})),
        record.version)
    for category in (Category.COMPLAINT, Category.ENQUIRY):
        save_intake(UnitOfWork(db, basics.agent, clock), IntakeForm(
            channel=Channel.PHONE.value, category=category.value, description="室温低",
            phone="13811112222", customer_id=basics.li.id, outcome=Outcome.ANSWERED.value,
            answer="已记录"))
    # 张伟 (residential) complains with a work order; an unknown caller belongs to no class
    save_intake(UnitOfWork(db, basics.agent, clock), IntakeForm(
        channel=Channel.PHONE.value, category=Category.COMPLAINT.value, description="不热",
        phone="13912345678", customer_id=basics.zhang.id, outcome="work_order",
        unit_id=basics.unit_ids[0], level=3))
    save_intake(UnitOfWork(db, basics.agent, clock), IntakeForm(
        channel=Channel.PHONE.value, category=Category.COMPLAINT.value, description="咨询",
        phone="13700001111", outcome=Outcome.ANSWERED.value, answer="已记录"))
    figures = get_report("special_customers").build(UnitOfWork(db, basics.agent, clock),
                                                    parse_season("2026-2027"))
    classes, marks = figures[0].tables
    assert classes.rows[0][:2] == ["居民", 1] and classes.rows[2][:2] == ["公共机构", 1]
    assert dict((r[0], r[1]) for r in marks.rows)["医院"] == 1
    assert dict((r[0], r[1]) for r in marks.rows)["重要用户"] == 1
    by_class = {r[0]: r[1:] for r in figures[1].tables[0].rows}
    assert by_class["公共机构"] == [1, 2, 1, 0, 2000.0, 1000.0]
    # what the customers' activity leaves is residential: 张伟's, not the unknown caller's
    assert by_class["居民"] == [1, 1, 1, 1, 1000.0, 1000.0]
    by_mark = {r[0]: r[1:5] for r in figures[2].tables[0].rows}
    assert by_mark["医院"] == [1, 2, 1, 0] and by_mark["重要用户"] == [1, 2, 1, 0]
    assert [t.title for t in figures[3].tables] == ["医院", "重要用户"]
    earlier = get_report("special_customers").build(UnitOfWork(db, basics.agent, clock),
                                                     parse_season("2025-2026"))
    assert {r[0]: r[2] for r in earlier[1].tables[0].rows}["公共机构"] == 0


@pytest.mark.postgres
def test_rule_1_4_5_activity_is_read_from_the_indexes_alone(own_pg_db, clock):
    """Revision 0161: the chosen customers' contacts (with their category) and orders (with
    their receipt time) come from the indexes alone on PostgreSQL, not from a heap page per
    row, and the season's orders are counted from `ix_ticket_received`. Every other way of
    reading is switched off, so an index-only scan is planned only where an index holds
    every column the statement needs, however small the test tables."""
    from sqlalchemy import event

    from app.repositories.customers.analysis import AnalysisRepository

    seed_basics(own_pg_db, clock)
    add_customer(own_pg_db, clock, "R00000009", "市第一医院", "建设路", important=True)
    sent: list[tuple] = []

    def keep(_conn: object, _cursor: object, statement: str, params: object, *_: object) -> None:
        sent.append((statement, params))

    event.listen(own_pg_db.engine, "before_cursor_execute", keep)
    with UnitOfWork(own_pg_db, None, clock) as uow:
        uow.repo(AnalysisRepository).activity_by_class(BEGIN_2026, END_2026)
        uow.repo(AnalysisRepository).activity_by_mark(BEGIN_2026, END_2026)
    event.remove(own_pg_db.engine, "before_cursor_execute", keep)
    with own_pg_db.engine.connect() as conn:
        conn.exec_driver_sql("SET enable_seqscan = off")
        conn.exec_driver_sql("SET enable_bitmapscan = off")
        conn.exec_driver_sql("SET enable_indexscan = off")  # only a covering index is left
        plans = {statement: " ".join(r[0] for r in conn.exec_driver_sql(
            "EXPLAIN " + statement, params)) for statement, params in sent}
    reads = {next(t for t in ("FROM contact", "FROM ticket") if t in s): p
             for s, p in plans.items() if "ANY" in s}
    assert "Index Only Scan using ix_contact_customer_created" in reads["FROM contact"]
    assert "Index Only Scan using ix_ticket_customer_status" in reads["FROM ticket"]
    [counted] = [p for s, p in plans.items()
                 if s.startswith("SELECT count(*)") and "FROM ticket" in s and "IS NULL" not in s]
    assert "Index Only Scan using ix_ticket_received" in counted
