"""The heating network of the demo (issue 16), derived from the demo customers' addresses.

- Two heat sources; one substation per twenty estates (named for its first estate, or for
  the estate of the substation-fault incident of incidents.py, which calls it 〈estate〉
  换热站), every building of the archive under its estate's substation, built by the admin
  9001 sixty days ago, with a pipe section from the source to each substation.
- Each substation's equipment: two circulation pumps, a plate heat exchanger, two valves, a
  heat meter and a controller; technician 3001 finds a few faulty over the last days, one
  goes under repair and one is mended, one pump fails in the current shift (so the
  handover log has it); a few substations fall below the 90 % target (rule 5.2.1).
- Outages: a planned maintenance twelve days ago announced two days ahead with posting
  notices (rule 5.2.1), restored on time; a fault nine days ago declared by the shift leader
  and restored after six hours; and the substation fault running now, reported by the
  dispatch centre, joined to the open incident of incidents.py, so a caller from that
  estate pops with 所在楼栋受〈estate〉换热站故障影响，预计 … 恢复.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta

from app.repositories.customers import CustomerCard
from app.workflows.demo.extras.incidents import PlannedIncident
from app.workflows.demo.extras.orders import Order, Stories
from app.workflows.demo.extras.roster import team_at
from app.workflows.demo.extras.stage import Stage
from app.workflows.network.equipment import add_equipment, equipment_of, set_status
from app.workflows.network.notices import outage_notices, record_outage_notice
from app.workflows.network.outages import OutageForm, declare_outage, restore_outage
from app.workflows.network.tree import (
    add_buildings,
    add_pipe,
    customer_places,
    save_source,
    save_substation,
)
from app.workflows.tickets.callback import record_callback
from app.workflows.tickets.incidents import link_ticket
from app.workflows.units import active_units

ADMIN, LEADER, TECHNICIAN = "9001", "2001", "3001"
ESTATES_PER_SUBSTATION = 20  # a demo estate has a handful of households
SOURCES = ("东郊热源厂", "西部热电厂")
UNITS = (("pump", "1#循环泵", "KQW150"), ("pump", "2#循环泵", "KQW150"),
         ("heat_exchanger", "板式换热器", "BR0.5"), ("valve", "一次网调节阀", "DN150"),
         ("valve", "二次网总阀", "DN200"), ("meter", "热量表", "HM-200"),
         ("controller", "换热站控制器", "PLC-S7"))


def _groups(estates: list[str], lead: str) -> list[tuple[str, list[str]]]:
    """The estates in runs of ESTATES_PER_SUBSTATION, each substation named for its first
    estate, or for `lead` (the running fault's estate) in the run holding it."""
    runs = [estates[i:i + ESTATES_PER_SUBSTATION]
            for i in range(0, len(estates), ESTATES_PER_SUBSTATION)]
    return [(f"{lead if lead in run else run[0]}换热站", run) for run in runs]


def plan_network(stage: Stage, stories: Stories, incidents: list[PlannedIncident]) -> None:
    rng = stage.rng("network")
    built = stage.now - timedelta(days=60)
    ids: dict[str, int] = {}  # substation name -> id, once built
    running = next((i for i in incidents if i.kind == "substation_fault"), None)
    lead = running.building.estate if running is not None else ""
    places = customer_places(stage.desk.uow())  # the bulk rows are there already
    groups = _groups(sorted({e for e, _b, _n in places}), lead)

    # each group's buildings in the order of `places`, in one pass (a pass per group over
    # a million customers' buildings took most of this part's 17 s)
    group_of = {estate: n for n, (_name, run) in enumerate(groups) for estate in run}
    buildings: list[list[tuple[str, str]]] = [[] for _ in groups]
    for estate, building, _n in places:
        buildings[group_of[estate]].append((estate, building))

    def build() -> None:
        sources = [save_source(stage.uow(ADMIN, built), name) for name in SOURCES]
        for n, (name, run) in enumerate(groups):
            source = sources[n % len(sources)]
            ids[name] = save_substation(stage.uow(ADMIN, built), source, name, f"{run[0]}内")
            add_buildings(stage.uow(ADMIN, built), ids[name], buildings[n])
            add_pipe(stage.uow(ADMIN, built), source, f"{name}一次网支线", ids[name],
                     diameter_mm=rng.choice((150, 200, 250)), length_m=rng.randint(300, 2500))
            for kind, unit, model in UNITS:
                add_equipment(stage.uow(ADMIN, built), ids[name], kind, unit, model)

    if not groups:
        return
    stage.at(built, build)
    _faults(stage, rng, ids)
    _outages(stage, stories, rng, ids, groups, running, lead)


def _unit(stage: Stage, at: datetime, ids: dict[str, int], index: int, name: str) -> int:
    """The id of unit `name` at the `index`-th substation (by name)."""
    substation = ids[sorted(ids)[index % len(ids)]]
    return next(u.id for u in equipment_of(stage.uow(TECHNICIAN, at), substation)
                if u.name == name)


def _faults(stage: Stage, rng, ids: dict[str, int]) -> None:  # noqa: ANN001
    """Patrol findings over the last days: faulty, under repair, mended; one in this shift."""
    plan = [(2, "1#循环泵", [("faulty", "轴承异响，振动大"), ("under_repair", "已拆检更换轴承")]),
            (5, "一次网调节阀", [("faulty", "阀门内漏，调节失灵")]),
            (7, "热量表", [("faulty", "通讯中断，无读数"), ("intact", "更换通讯模块后恢复")]),
            (11, "换热站控制器", [("under_repair", "程序升级中")])]
    for n, (index, name, steps) in enumerate(plan):
        first = stage.now - timedelta(days=6 - n, hours=rng.randint(1, 8))
        for k, (status, note) in enumerate(steps):
            at = first + timedelta(days=k, hours=2)
            stage.at(at, _status(stage, at, ids, index, name, status, note))
    now_fault = stage.now - timedelta(minutes=40)  # in the current shift: on the handover
    stage.at(now_fault, _status(stage, now_fault, ids, 3, "2#循环泵", "faulty",
                                "电机过热跳闸，已切换备用泵"))


def _status(stage: Stage, at: datetime, ids: dict[str, int], index: int, name: str,
            status: str, note: str) -> Callable[[], None]:
    def change() -> None:
        set_status(stage.uow(TECHNICIAN, at), _unit(stage, at, ids, index, name), status, note)
    return change


def _form(stage: Stage, at: datetime, kind: str, origin: str, reason: str, substation: int,
          hours: float, incident_id: int | None = None) -> OutageForm:
    units = active_units(stage.uow(LEADER, at))
    unit = next((u.id for u in units if "管网" in u.name), units[0].id)
    return OutageForm(kind=kind, origin=origin, reason=reason, starts_at=at,
                      expected_end_at=at + timedelta(hours=hours), unit_id=unit,
                      substations=[substation], incident_id=incident_id)


def _callers(stage: Stage, stories: Stories, rng, outage: dict[str, int],  # noqa: ANN001
             estates: list[str], start: datetime, restored: datetime,
             texts: tuple[str, ...]) -> None:
    """Two households under an outage call while it runs; each order joins its incident;
    restoring resolves them and the desk calls them back the next day (rule 2.5)."""
    def under(card: CustomerCard) -> bool:
        return card.estate in estates and bool(card.building) and bool(card.phones)

    for n, text in enumerate(texts):
        called = start + timedelta(minutes=25 + 17 * n)
        order = Order("outage", stage.customer(rng, under), "heating_quality", "U05", text)
        stories.intake(rng, order, called)
        linked = called + timedelta(minutes=1)
        agent = team_at(stage, called)[0]

        def link(order: Order = order, agent: str = agent, linked: datetime = linked) -> None:
            link_ticket(stage.uow(agent, linked), outage["incident"], order.id)

        stage.at(linked, link)
        back = restored + timedelta(hours=18, minutes=9 * n)
        caller = team_at(stage, back)[0]

        def call_back(order: Order = order, caller: str = caller, back: datetime = back) -> None:
            record_callback(stage.uow(caller, back), order.id, reached=True,
                            satisfaction="satisfied", words="已经恢复供热，谢谢")

        stage.at(back, call_back)


def _outages(stage: Stage, stories: Stories, rng, ids: dict[str, int],  # noqa: ANN001
             groups: list[tuple[str, list[str]]], running: PlannedIncident | None,
             lead: str) -> None:
    names = [name for name, _run in groups]
    estates = dict(groups)
    planned_at = stage.now - timedelta(days=12, hours=3)
    announced = planned_at - timedelta(days=2)
    planned: dict[str, int] = {}

    def announce() -> None:
        form = replace(_form(stage, announced, "planned", "planned", "换热器清洗检修",
                             ids[names[1 % len(names)]], 8),
                       starts_at=planned_at, expected_end_at=planned_at + timedelta(hours=8))
        declared = declare_outage(stage.uow(LEADER, announced), form)
        planned["id"], planned["incident"] = declared.outage.id, declared.incident_id
        record_outage_notice(stage.uow(LEADER, announced), planned["id"], outage_notices(
            stage.uow(LEADER, announced), planned["id"]))

    stage.at(announced, announce)
    done = planned_at + timedelta(hours=7, minutes=40)
    _callers(stage, stories, rng, planned, estates[names[1 % len(names)]], planned_at, done,
             ("停暖检修什么时候结束？家里有老人", "检修后暖气还是不热"))
    stage.at(done, lambda: restore_outage(stage.uow(LEADER, done), planned["id"],
                                          "检修完成，按时恢复供热"))
    fault_at = stage.now - timedelta(days=9, hours=5)
    fault: dict[str, int] = {}

    def declare_fault() -> None:
        declared = declare_outage(stage.uow(LEADER, fault_at), _form(
            stage, fault_at, "unplanned", "leader", "一次网阀门故障", ids[names[2 % len(names)]],
            6))
        fault["id"], fault["incident"] = declared.outage.id, declared.incident_id

    stage.at(fault_at, declare_fault)
    fixed = fault_at + timedelta(hours=6, minutes=15)
    _callers(stage, stories, rng, fault, estates[names[2 % len(names)]], fault_at, fixed,
             ("家里暖气突然不热了", "整栋楼暖气都停了，什么时候来热"))
    stage.at(fixed, lambda: restore_outage(stage.uow(LEADER, fixed), fault["id"],
                                           "更换阀门，恢复供热"))
    if running is None:
        return
    at = running.started + timedelta(minutes=10)

    def declare_running() -> None:
        name = f"{lead}换热站"
        if name not in ids:
            return
        assert running is not None
        declare_outage(stage.uow(LEADER, at), _form(
            stage, at, "unplanned", "dispatch", "循环泵故障，抢修中", ids[name], 8,
            incident_id=running.id or None))

    stage.at(at, declare_running)
