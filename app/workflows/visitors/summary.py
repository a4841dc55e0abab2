"""The visitor summary in the reports (rule 3.7.2: report the visit): visits and persons
by month of the season and by day, with how many became work orders and complaints.
Registered as a report, so the dashboard, the PDF and Excel exports show it."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from app.repositories.visitors import VisitCount, VisitorRepository
from app.workflows.reports.registry import Cell, Chart, Figure, Table, register_report
from app.workflows.settings import load_settings

if TYPE_CHECKING:
    from app.repositories.uow import UnitOfWork
    from app.workflows.reports.season import Season

COLUMNS = ["来访批次", "来访人数", "咨询", "投诉", "其他", "转工单"]


def _row(visits: list[VisitCount]) -> list[int]:
    kinds = Counter(v.category for v in visits)
    return [len(visits), sum(v.party for v in visits), kinds["enquiry"], kinds["complaint"],
            len(visits) - kinds["enquiry"] - kinds["complaint"],
            sum(v.has_order for v in visits)]


def build(uow: UnitOfWork, season: Season) -> list[Figure]:
    with uow:
        zone = load_settings(uow).zone
        first, last = season.bounds(zone)
        visits = uow.repo(VisitorRepository).counts(first, last)
    by_month: dict[tuple[int, int], list[VisitCount]] = {m: [] for m in season.months()}
    by_day: dict[str, list[VisitCount]] = {}
    for v in visits:
        local = v.arrived_at.astimezone(zone)
        by_month.setdefault((local.year, local.month), []).append(v)
        by_day.setdefault(local.date().isoformat(), []).append(v)
    counts = {f"{y}-{m:02d}": _row(vs) for (y, m), vs in by_month.items()}
    month_rows: list[list[Cell]] = [[month, *row] for month, row in counts.items()]
    day_rows: list[list[Cell]] = [[day, *_row(by_day[day])] for day in sorted(by_day)]
    total: list[Cell] = ["合计", *_row(visits)]
    months = list(counts)
    return [
        Figure(title="来访接待汇总（按月）", subtitle=season.label,
               tables=[Table(columns=["月份", *COLUMNS],
                             rows=[*month_rows, total])],
               charts=[Chart("bar", "每月来访", months,
                             {"来访批次": [float(r[0]) for r in counts.values()],
                              "转工单": [float(r[5]) for r in counts.values()]})],
               notes=["规则 3.7.2：来访如实登记并上报，宣传解释现行政策"]),
        Figure(title="来访接待汇总（按日）", subtitle=season.label,
               tables=[Table(columns=["日期", *COLUMNS],
                             rows=day_rows or [["—", 0, 0, 0, 0, 0, 0]])]),
    ]


register_report("visitors", "来访接待", build)
