"""The network report tab (issue 16, rule 5.2.1): the intact rate against the target and
the season's outages with households, household-hours, calls and advance notice."""

from __future__ import annotations

from datetime import date, timedelta

from app.db.database import Database
from app.repositories.uow import UnitOfWork
from app.workflows.network.equipment import add_equipment, set_status
from app.workflows.network.outages import OutageForm, declare_outage, restore_outage
from app.workflows.reports.registry import get_report
from app.workflows.reports.season import Season
from tests.integration.network_support import build_network


def test_report_has_the_rate_and_the_outages(db: Database, basics, clock) -> None:
    net = build_network(db, basics, clock)
    units = [add_equipment(UnitOfWork(db, basics.leader, clock), net.sunny, "pump", f"{n}#泵")
             for n in range(10)]
    set_status(UnitOfWork(db, basics.leader, clock), units[0], "faulty", "漏水")
    declared = declare_outage(UnitOfWork(db, basics.leader, clock), OutageForm(
        kind="unplanned", origin="leader", reason="循环泵故障", starts_at=clock(),
        expected_end_at=clock() + timedelta(hours=4), unit_id=basics.unit_ids[1],
        substations=[net.sunny]))
    clock.advance(hours=3)
    restore_outage(UnitOfWork(db, basics.leader, clock), declared.outage.id)
    season = Season("2026-2027", date(2026, 11, 15), date(2027, 3, 15))
    equipment, outages = get_report("network").build(UnitOfWork(db, basics.agent, clock),
                                                     season)
    company = equipment.tables[0].rows[0]
    assert company == ["全公司", 9, 10, 90.0, "达标"]  # rule 5.2.1: 90 % exactly meets
    per_sub, listing = outages.tables
    assert per_sub.rows == [["阳光换热站", 1, 0, 1, 2, 6.0]]
    assert listing.rows[0][1:] == ["阳光换热站", "故障", "值班长宣布", 3.0, 2, 6.0, 0, "否",
                                   "已恢复"]
