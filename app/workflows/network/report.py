"""The network report (rule 5.2.1), a tab of the F8 dashboard with PDF and Excel export:

- the equipment intact rate per kind and per substation against the target (a setting,
  >= 90 %; a rate equal to the target meets it), and the company's;
- outages per substation in the season, planned and unplanned, household-hours without
  heat;
- every outage of the season: households, household-hours, calls from its buildings while
  it ran, and whether the households were notified before it began (planned maintenance
  is announced in advance, rule 5.2.1).
"""

from __future__ import annotations

from datetime import timedelta

from app.printing.reports.content import Cell, Chart, Figure, Table
from app.repositories.network.report import NetworkReportRepository
from app.repositories.uow import UnitOfWork
from app.workflows.network.equipment import IntactRate, intact_rates
from app.workflows.reports.registry import register_report
from app.workflows.reports.season import Season
from app.workflows.shifts.common import centre_zone

KIND_ZH = {"pump": "水泵", "heat_exchanger": "换热器", "valve": "阀门", "meter": "计量表",
           "controller": "控制器"}
TYPE_ZH = {"planned": "计划检修", "unplanned": "故障"}
ORIGIN_ZH = {"planned": "检修计划", "dispatch": "调度中心报告", "leader": "值班长宣布"}
SHOWN_SUBSTATIONS = 10  # at least this many listed by name (every one below the target)


def _rate_row(rate: IntactRate, name: str) -> list[Cell]:
    return [name, rate.intact, rate.total,
            rate.percent if rate.percent is not None else "—",
            "达标" if rate.met else "未达标"]


def _equipment(uow: UnitOfWork) -> Figure:
    rates = intact_rates(uow)
    target = rates.company.target
    columns = ["名称", "完好台数", "在用台数", "完好率 %", "结论"]
    worst = sorted(rates.substations, key=lambda r: (r.percent or 0.0, r.name))
    shown = max(SHOWN_SUBSTATIONS, sum(1 for r in worst if not r.met))
    subs = [_rate_row(r, r.name) for r in worst[:shown]]
    kinds = [_rate_row(r, KIND_ZH.get(r.name, r.name)) for r in rates.kinds]
    below = sum(1 for r in rates.substations if not r.met)
    return Figure(
        title="设备完好率", subtitle=f"目标 ≥ {target:g} %（含 {target:g} %）",
        tables=[Table(columns, [_rate_row(rates.company, "全公司"), *kinds], "全公司及设备类别"),
                Table(columns, subs, f"换热站（完好率最低的 {len(subs)} 个）")],
        charts=[Chart("bar", "各类设备完好率 %", [KIND_ZH.get(r.name, r.name) for r in
                                               rates.kinds],
                      {"完好率": [r.percent or 0.0 for r in rates.kinds],
                       "目标": [target for _ in rates.kinds]}, target="目标")],
        notes=[f"规则 5.2.1：设备完好率不低于 {target:g} %；已报废设备不计入。",
               f"未达标换热站 {below} 个，共 {len(rates.substations)} 个。"])


def build(uow: UnitOfWork, season: Season) -> list[Figure]:
    with uow:
        zone = centre_zone(uow)
        begin, after = season.bounds(zone)
        now = uow.clock()
        repo = uow.repo(NetworkReportRepository)
        outages = repo.outages(begin, after, now)
        subs = repo.per_substation(begin, after)
        hours = repo.hours_per_substation(begin, after)
        for substation_id, homes, started in repo.running_per_substation(begin, after):
            so_far = float(homes or 0) * max(0.0, (now - started) / timedelta(hours=1))
            hours[substation_id] = hours.get(substation_id, 0.0) + so_far
        equipment = _equipment(uow)
    rows: list[list[Cell]] = []
    advance = 0
    total = 0.0
    for o in outages:
        ended = o.restored_at or now
        notified = o.notified_at is not None and o.notified_at <= o.starts_at
        advance += int(notified and o.kind.value == "planned")
        duration = (ended - o.starts_at) / timedelta(hours=1)
        # a running outage: its households so far (the per-household rows come on restore)
        so_far = float(o.household_hours or 0) if o.restored_at else o.households * duration
        total += so_far
        rows.append([o.starts_at.astimezone(zone).strftime("%m-%d %H:%M"), o.title,
                     TYPE_ZH[o.kind.value], ORIGIN_ZH[o.origin.value], round(duration, 2),
                     o.households, round(so_far, 1), o.calls,
                     "是" if notified else "否", "已恢复" if o.restored_at else "停热中"])
    planned = sum(1 for o in outages if o.kind.value == "planned")
    per_sub: list[list[Cell]] = [[s.name, s.outages, s.planned, s.unplanned, s.households,
                                  round(hours.get(s.id, 0.0), 1)] for s in subs]
    total_hours = round(total, 1)
    outage_fig = Figure(
        title="停热统计", subtitle=season.label,
        tables=[Table(["换热站", "停热次数", "计划检修", "故障", "影响户数", "停热户时"], per_sub,
                      "各换热站"),
                Table(["开始", "范围", "类型", "来源", "时长 h", "户数", "停热户时", "来电",
                       "提前通知", "状态"], rows, "停热明细")],
        charts=[Chart("pie", "计划检修与故障", ["计划检修", "故障"],
                      {"次数": [float(planned), float(len(outages) - planned)]})],
        notes=[f"停热 {len(outages)} 次，其中计划检修 {planned} 次，提前通知 {advance} 次"
               f"（rule 5.2.1）；停热户时合计 {total_hours}。",
               "停热户时：每户停热小时数之和，恢复供热时记录（停热中的按至今计）；"
               "来电：停热期间受影响楼栋的来电数。"])
    return [equipment, outage_fig]


register_report("network", "管网与设备", build)
