"""The heating network (issue 16) on SQLite and PostgreSQL: the tree and its counts, an
outage in the screen pop, restore -> incident resolved and callbacks queued, the intact rate
at exactly 90 % (rule 5.2.1), the threshold proposal made once, the streamed phone list."""

from __future__ import annotations

import csv
from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.clock import FixedClock
from app.db.database import Database
from app.models.network import OutageHousehold
from app.models.ticket import Ticket
from app.repositories.uow import UnitOfWork
from app.workflows.errors import PermissionDenied, ValidationError
from app.workflows.intake import IntakeForm, save_intake
from app.workflows.network.detect import decide_proposal, detect_outages
from app.workflows.network.equipment import add_equipment, read_intact_rates, set_status
from app.workflows.network.notices import outage_notices, record_outage_notice
from app.workflows.network.outages import OutageForm, declare_outage, outages, restore_outage
from app.workflows.network.phones import export_phones
from app.workflows.network.tree import buildings_of, network_tree, save_building
from app.workflows.screen_pop import pop_by_phone
from app.workflows.shifts.handover import open_draft
from app.workflows.tickets.incidents import link_ticket, list_incidents
from tests.integration.network_support import SmallNetwork, build_network


@pytest.fixture
def net(db: Database, basics, clock: FixedClock) -> SmallNetwork:
    return build_network(db, basics, clock)


def _outage(basics, net: SmallNetwork, clock: FixedClock, **kw) -> OutageForm:  # noqa: ANN001
    values = dict(kind="unplanned", origin="leader", reason="循环泵故障",
                  starts_at=clock(), expected_end_at=clock() + timedelta(hours=8, minutes=30),
                  unit_id=basics.unit_ids[1], substations=[net.sunny])
    values.update(kw)
    return OutageForm(**values)  # type: ignore[arg-type]


def test_tree_counts_households_under_every_node(db: Database, basics, clock, net) -> None:
    tree = network_tree(UnitOfWork(db, basics.agent, clock))
    subs = {s.name: s.households for s in tree.substations}
    assert subs == {"阳光换热站": 2, "和平换热站": 1}
    assert [s.households for s in tree.sources] == [3] and tree.households == 3
    homes = {b.name: b.households for b in buildings_of(UnitOfWork(db, basics.agent, clock),
                                                         net.sunny)}
    assert homes == {"阳光小区3号楼": 2, "阳光小区4号楼": 0}
    # moving 和平里12号楼 under 阳光 recounts both substations
    save_building(UnitOfWork(db, basics.leader, clock), net.sunny, "和平里", "12",
                  building_id=net.peace12)
    subs = {s.name: s.households for s in network_tree(UnitOfWork(db, basics.agent, clock))
            .substations}
    assert subs == {"阳光换热站": 3, "和平换热站": 0}


def test_agents_may_not_edit_the_network(db: Database, basics, clock, net) -> None:
    with pytest.raises(PermissionDenied):
        save_building(UnitOfWork(db, basics.agent, clock), net.sunny, "阳光小区", "9")


def test_affected_caller_pops_with_the_outage_and_restore_queues_callbacks(
        db: Database, basics, clock, net) -> None:
    declared = declare_outage(UnitOfWork(db, basics.leader, clock), _outage(basics, net, clock))
    assert (declared.outage.buildings, declared.outage.households) == (2, 2)
    assert not declared.joined
    pop = pop_by_phone(UnitOfWork(db, basics.agent, clock), "13912345678")  # 张伟
    assert pop.outage is not None and pop.outage.title == "阳光换热站"
    assert pop.outage.kind == "unplanned" and pop.outage.incident_id == declared.incident_id
    assert pop.outage.expected_end_at == clock() + timedelta(hours=8, minutes=30)
    assert pop_by_phone(UnitOfWork(db, basics.agent, clock), "13811112222").outage is None
    incident = next(i for i in list_incidents(UnitOfWork(db, basics.agent, clock))
                    if i.id == declared.incident_id)
    assert set(incident.areas) == {("阳光小区", "3"), ("阳光小区", "4")}
    # a caller's order is added to the incident, then the heat comes back
    result = save_intake(UnitOfWork(db, basics.agent, clock), IntakeForm(
        channel="phone", category="heating_quality", description="暖气不热",
        phone="13912345678", customer_id=basics.zhang.id, outcome="work_order", level=3,
        unit_id=basics.unit_ids[1]))
    assert result.ticket_id is not None
    link_ticket(UnitOfWork(db, basics.agent, clock), declared.incident_id, result.ticket_id)
    clock.advance(hours=6)
    restored = restore_outage(UnitOfWork(db, basics.leader, clock), declared.outage.id)
    assert restored.restored_at == clock()
    assert pop_by_phone(UnitOfWork(db, basics.agent, clock), "13912345678").outage is None
    assert not any(i.id == declared.incident_id
                   for i in list_incidents(UnitOfWork(db, basics.agent, clock)))
    with UnitOfWork(db, basics.agent, clock) as uow:
        order = uow.session.get(Ticket, result.ticket_id)
        assert order is not None and order.status.value == "resolved"
        assert order.callback_due_at == clock() + timedelta(hours=24)  # rule 2.5
        hours = uow.session.execute(select(OutageHousehold.customer_id, OutageHousehold.hours)
                                    .order_by(OutageHousehold.customer_id)).all()
    assert [(c, float(h)) for c, h in hours] == [(basics.zhang.id, 6.0), (net.wang, 6.0)]
    with pytest.raises(ValidationError):
        restore_outage(UnitOfWork(db, basics.leader, clock), declared.outage.id)


def test_a_second_outage_joins_the_open_incident(db: Database, basics, clock, net) -> None:
    first = declare_outage(UnitOfWork(db, basics.leader, clock), _outage(basics, net, clock))
    second = declare_outage(UnitOfWork(db, basics.leader, clock), _outage(
        basics, net, clock, substations=[net.peace], incident_id=first.incident_id))
    assert second.joined and second.incident_id == first.incident_id
    li = pop_by_phone(UnitOfWork(db, basics.agent, clock), "13811112222")
    assert li.outage is not None and li.outage.title == "和平换热站"
    assert li.incident is not None and li.incident.id == first.incident_id


def test_rule_5_2_1_intact_rate_of_exactly_90_percent_meets_the_target(
        db: Database, basics, clock, net) -> None:
    ids = [add_equipment(UnitOfWork(db, basics.leader, clock), net.sunny, "valve", f"{n}号阀门")
           for n in range(10)]
    add_equipment(UnitOfWork(db, basics.leader, clock), net.sunny, "pump", "旧泵",
                  status="retired")  # retired: not counted
    set_status(UnitOfWork(db, basics.leader, clock), ids[0], "faulty", "阀杆卡死")
    rates = read_intact_rates(UnitOfWork(db, basics.agent, clock))
    assert (rates.company.intact, rates.company.total) == (9, 10)
    assert rates.company.percent == 90.0 and rates.company.met
    set_status(UnitOfWork(db, basics.leader, clock), ids[1], "under_repair", "更换密封")
    rates = read_intact_rates(UnitOfWork(db, basics.agent, clock))
    assert rates.company.percent == 80.0 and not rates.company.met
    with pytest.raises(ValidationError) as refused:
        set_status(UnitOfWork(db, basics.leader, clock), ids[2], "faulty", "")
    assert refused.value.errors == {"note": "required"}


def test_no_heat_calls_over_the_threshold_propose_an_outage_once(
        db: Database, basics, clock, net) -> None:
    def call(customer_id: int) -> None:
        save_intake(UnitOfWork(db, basics.agent, clock), IntakeForm(
            channel="phone", category="heating_quality", description="家里暖气不热",
            phone="13912345678", customer_id=customer_id, answer="已登记，正在核查"))

    call(basics.zhang.id)
    call(net.wang)
    assert detect_outages(UnitOfWork(db, basics.leader, clock)) == []  # 2 < 3
    clock.advance(minutes=5)
    call(basics.zhang.id)
    with pytest.raises(PermissionDenied):  # it writes proposals: a leader's (issue 15)
        detect_outages(UnitOfWork(db, basics.agent, clock))
    proposals = detect_outages(UnitOfWork(db, basics.leader, clock))
    assert [(p.substation, p.calls) for p in proposals] == [("阳光换热站", 3)]
    call(net.wang)  # a fourth call: still the one proposal
    assert [p.id for p in detect_outages(UnitOfWork(db, basics.leader, clock))] == [
        proposals[0].id]
    decide_proposal(UnitOfWork(db, basics.leader, clock), proposals[0].id)  # dismissed
    clock.advance(minutes=1)
    call(basics.zhang.id)
    assert detect_outages(UnitOfWork(db, basics.leader, clock)) == []  # proposed once


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_phone_list_is_written_for_the_sms_gateway(db: Database, basics, clock, net,
                                                   tmp_path: Path, suffix: str) -> None:
    declared = declare_outage(UnitOfWork(db, basics.leader, clock), _outage(basics, net, clock))
    target = tmp_path / f"phones{suffix}"
    seen: list[int] = []
    count = export_phones(UnitOfWork(db, basics.leader, clock), declared.outage.id, target,
                          seen.append)
    assert count == 2  # 张伟's mobile and 王磊's; 张伟's landline is not texted
    if suffix == ".csv":
        with target.open(encoding="utf-8-sig") as f:
            rows = list(csv.reader(f))
    else:
        rows = [[str(c) for c in r] for r in load_workbook(target).active.iter_rows(
            values_only=True)]
    assert rows[0] == ["手机号码", "户号", "户名", "地址"]
    assert sorted(r[0] for r in rows[1:]) == ["13700001111", "13912345678"]
    assert not (tmp_path / f"phones{suffix}.part").exists()
    with pytest.raises(PermissionDenied):
        export_phones(UnitOfWork(db, basics.agent, clock), declared.outage.id, target)


def test_equipment_changed_during_the_shift_is_on_the_handover_log(
        db: Database, basics, clock, net) -> None:
    pump = add_equipment(UnitOfWork(db, basics.leader, clock), net.sunny, "pump", "1#循环泵")
    clock.advance(minutes=30)
    set_status(UnitOfWork(db, basics.leader, clock), pump, "faulty", "轴承异响")
    clock.advance(minutes=30)
    set_status(UnitOfWork(db, basics.leader, clock), pump, "under_repair", "已派维修")
    lines = open_draft(UnitOfWork(db, basics.agent, clock)).form.equipment
    network = [e for e in lines if e.subject == "阳光换热站 1#循环泵"]
    assert len(network) == 1  # its latest change only
    assert network[0].state == "out_of_service"
    assert network[0].note == "管网设备维修中（11-26 10:30，赵强 2001）：已派维修"
    assert [e.subject for e in lines][:4] == ["坐席电话", "坐席电脑", "客服工单系统", "录音系统"]


def test_notices_for_every_covered_building_in_one_job(db: Database, basics, clock,
                                                        net) -> None:
    declared = declare_outage(UnitOfWork(db, basics.leader, clock), _outage(
        basics, net, clock, kind="planned", origin="planned", reason="换热器清洗",
        starts_at=clock() + timedelta(days=2),
        expected_end_at=clock() + timedelta(days=2, hours=8)))
    prepared = outage_notices(UnitOfWork(db, basics.leader, clock), declared.outage.id)
    assert prepared.job.page_count == 2  # 阳光小区3号楼: stairwells 1 and 2 (4号楼 is empty)
    assert sorted(prepared.customer_ids) == sorted([basics.zhang.id, net.wang])
    with pytest.raises(PermissionDenied):
        record_outage_notice(UnitOfWork(db, basics.agent, clock), declared.outage.id, prepared)
    record = record_outage_notice(UnitOfWork(db, basics.leader, clock), declared.outage.id,
                                  prepared)
    assert record.households == 2
    listed = outages(UnitOfWork(db, basics.agent, clock))
    assert listed[0].notified_at == clock() < listed[0].starts_at  # in advance (rule 5.2.1)
    pop = pop_by_phone(UnitOfWork(db, basics.agent, clock), "13912345678")
    assert pop.last_notice is not None and pop.outage is not None
