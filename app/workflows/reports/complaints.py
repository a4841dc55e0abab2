"""Complaint analysis and deadline statistics for supervision (rules 2.4, 2.6, 5.2.2, 5.4).

Definitions (each figure is over the season, contacts by `created_at`, work orders by
`received_at`):
- on time: resolved (or closed) no later than `due_at`, the deadline of rule 5.2.2 by level;
  late: resolved after it; open overdue: not resolved at the period end and past due;
  compliance % = on time / (on time + late + open overdue); an order still open and not yet
  due is counted apart as "in progress".
- time to resolve: hours from received to resolved (or closed), for resolved orders.
- repeat caller: a phone with at least `report.repeat_contacts` (2) contacts in the season.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime
from statistics import mean, median

from app.models.enums import Category
from app.printing.names_zh import CATEGORY as CATEGORY_NAMES
from app.printing.names_zh import RESPONSIBILITY as RESPONSIBILITY_NAMES
from app.printing.reports.content import Cell, Chart, Figure, Table
from app.repositories.statistics import StatisticsRepository, TicketFact
from app.repositories.uow import UnitOfWork
from app.workflows.reports.registry import register_report
from app.workflows.reports.season import Season
from app.workflows.settings import load_settings


@dataclass(frozen=True)
class Compliance:
    level: int
    orders: int
    on_time: int
    late: int
    open_overdue: int
    in_progress: int

    @property
    def percent(self) -> float | None:
        judged = self.on_time + self.late + self.open_overdue
        return round(100 * self.on_time / judged, 2) if judged else None


def compliance(facts: list[TicketFact], period_end: datetime) -> list[Compliance]:
    """Deadline compliance per level 1..3 (rule 5.2.2)."""
    out = []
    for level in (1, 2, 3):
        mine = [f for f in facts if f.level == level]
        done = [f for f in mine if f.done_at is not None and f.done_at < period_end]
        on_time = _on_time(done)
        done_ids = {f.id for f in done}
        still_open = [f for f in mine if f.id not in done_ids]
        overdue = sum(1 for f in still_open if f.due_at < period_end)
        out.append(Compliance(level, len(mine), on_time, len(done) - on_time, overdue,
                              len(still_open) - overdue))
    return out


def _on_time(facts: list[TicketFact]) -> int:
    """Orders done no later than their deadline."""
    return sum(1 for f in facts if f.done_at is not None and f.done_at <= f.due_at)


def resolve_hours(facts: list[TicketFact]) -> list[float]:
    return [(f.done_at - f.received_at).total_seconds() / 3600 for f in facts
            if f.done_at is not None]


def _counted(counter: Counter[str], names: dict[str, str] | None = None,
             top: int | None = None) -> list[list[Cell]]:
    """Most first; with `top`, the rest summed on one line so a report stays readable."""
    pairs = [((names or {}).get(k, k) or "(无)", n)
             for k, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))]
    if top is not None and len(pairs) > top + 1:
        rest = pairs[top:]
        pairs = [*pairs[:top], (f"其他 {len(rest)} 个小区", sum(n for _, n in rest))]
    return [[name, n] for name, n in pairs]


def _hours(values: list[float]) -> list[float | None]:
    return [round(mean(values), 2), round(median(values), 2)] if values else [None, None]


def build(uow: UnitOfWork, season: Season) -> list[Figure]:
    with uow:
        settings = load_settings(uow)
        begin, end = season.bounds(settings.zone)
        period_end = min(end, uow.clock())
        stats = uow.repo(StatisticsRepository)
        contacts = stats.contacts_by_category(begin, end)
        per_agent = stats.contacts_per_agent(begin, end)
        repeats = stats.repeat_phones(begin, end, settings.integer("report.repeat_contacts"))
        facts = stats.ticket_facts(begin, period_end)
        zone = settings.zone
    complaints = [f for f in facts if f.category == Category.COMPLAINT.value]
    by_cat = Counter({k: v for k, v in contacts.items()})
    ticket_cat = Counter(f.category for f in facts)
    cat_counts = [(CATEGORY_NAMES.get(c, c), by_cat.get(c, 0), ticket_cat.get(c, 0))
                  for c in CATEGORY_NAMES if by_cat.get(c) or ticket_cat.get(c)]
    cat_rows: list[list[Cell]] = [[name, calls, orders] for name, calls, orders in cat_counts]
    overview = Figure("来电与投诉分类", f"{season.label} 供暖季", [
        Table(["类别", "来电/来访", "工单"], cat_rows, "按类别"),
        Table(["小区", "投诉"], _counted(Counter(f.estate for f in complaints),
                                         top=settings.integer("report.top_estates")),
              "投诉按小区"),
        Table(["承办单位", "投诉"], _counted(Counter(f.unit for f in complaints)), "投诉按单位"),
        Table(["责任归属", "投诉"], _counted(Counter(f.responsibility for f in complaints),
                                            RESPONSIBILITY_NAMES), "投诉按责任归属(规则2.6)"),
    ], [Chart("bar", "按类别", [name for name, _, _ in cat_counts],
              {"来电/来访": [float(calls) for _, calls, _ in cat_counts],
               "工单": [float(orders) for _, _, orders in cat_counts]}),
        Chart("pie", "投诉按责任归属",
              [RESPONSIBILITY_NAMES.get(k, k) for k in Counter(f.responsibility for f in complaints)],
              {"投诉": [float(v) for v in Counter(f.responsibility for f in complaints).values()]})],
        ["投诉以工单类别“投诉”计,按受理时间归入供暖季。"])
    comp = compliance(facts, period_end)
    hours = {lv: resolve_hours([f for f in facts if f.level == lv]) for lv in (1, 2, 3)}
    deadline = Figure("工单时限执行情况", "规则5.2.2:一级2小时、二级8小时、三级24小时", [
        Table(["级别", "工单", "按时", "超时完成", "超时未完成", "处理中", "按时率 %",
               "平均处理小时", "中位处理小时"],
              [[f"{c.level}级", c.orders, c.on_time, c.late, c.open_overdue, c.in_progress,
                c.percent, *_hours(hours[c.level])] for c in comp], "按级别"),
    ], [Chart("bar", "按时率 %", [f"{c.level}级" for c in comp],
              {"按时率 %": [c.percent or 0.0 for c in comp]})],
        ["按时:解决(或关闭)时间不晚于时限;按时率 = 按时 ÷ (按时 + 超时完成 + 超时未完成)。"])
    shown = repeats[:settings.integer("report.top_repeat_callers")]
    repeat = Figure("重复来电", f"同一号码来电不少于{settings['report.repeat_contacts']}次", [
        Table(["电话", "次数", "最近一次"],
              [[p, n, last.astimezone(zone).strftime("%Y-%m-%d %H:%M")] for p, n, last in shown])],
        notes=[f"共 {len(repeats)} 个号码,按来电次数列出前 {len(shown)} 个。"]
        if len(shown) < len(repeats) else [])
    return [overview, deadline, repeat, _supervision(per_agent, facts)]


def _supervision(per_agent: list[tuple[str, str, int]], facts: list[TicketFact]) -> Figure:
    """Per-agent and per-unit figures for the inspection group (rule 5.4)."""
    agents: dict[str, Counter[str]] = defaultdict(Counter)
    for name, category, n in per_agent:
        agents[name]["contacts"] += n
        agents[name]["complaints"] += n if category == Category.COMPLAINT.value else 0
    for f in facts:
        agents[f.created_by]["orders"] += 1
    agent_rows: list[list[Cell]] = [[name, c["contacts"], c["complaints"], c["orders"]]
                                    for name, c in sorted(agents.items())]
    units: dict[str, list[TicketFact]] = defaultdict(list)
    for f in facts:
        units[f.unit].append(f)
    unit_rows: list[list[Cell]] = []
    unit_counts: list[tuple[str, int, int]] = []  # unit, orders, on time: the chart
    for unit, mine in sorted(units.items()):
        done = [f for f in mine if f.done_at is not None]
        on_time = _on_time(done)
        unit_counts.append((unit, len(mine), on_time))
        unhappy = sum(1 for f in mine if f.satisfaction in ("dissatisfied", "very_dissatisfied"))
        unit_rows.append([unit, len(mine), len(done), on_time,
                          round(100 * on_time / len(done), 2) if done else None,
                          _hours(resolve_hours(mine))[0], unhappy])
    return Figure("考核数据", "坐席与承办单位(规则5.4)", [
        Table(["坐席", "来电/来访", "其中投诉", "开立工单"], agent_rows, "按坐席"),
        Table(["承办单位", "工单", "已解决", "按时解决", "按时率 %", "平均处理小时", "回访不满意"],
              unit_rows, "按承办单位")],
        [Chart("bar", "各单位工单", [unit for unit, _, _ in unit_counts],
               {"工单": [float(orders) for _, orders, _ in unit_counts],
                "按时解决": [float(on_time) for _, _, on_time in unit_counts]})])


register_report("complaints", "投诉与时限分析", build)
