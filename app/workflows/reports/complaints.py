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
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from fractions import Fraction
from functools import partial
from typing import Any, TypeVar

from app.models.enums import Category
from app.printing.names_zh import CATEGORY as CATEGORY_NAMES
from app.printing.names_zh import RESPONSIBILITY as RESPONSIBILITY_NAMES
from app.printing.names_zh import TICKET_STATUS
from app.printing.reports.content import Cell, Chart, Figure, Table
from app.repositories.season_sums import SeasonKey, SeasonSumsRepository
from app.repositories.statistics import OrderGroup, Ranked, RepeatCallers, StatisticsRepository
from app.repositories.uow import UnitOfWork
from app.workflows.reports.pauses import pause_figure, paused_orders
from app.workflows.reports.registry import register_report
from app.workflows.reports.season import Season
from app.workflows.reports.side import read_beside
from app.workflows.settings import load_settings

T = TypeVar("T")

MICROS_PER_HOUR = 3_600_000_000


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


def compliance(groups: list[OrderGroup]) -> list[Compliance]:
    """Deadline compliance per level 1..3 (rule 5.2.2)."""
    out = []
    for level in (1, 2, 3):
        mine = [g for g in groups if g.level == level]
        orders = sum(g.orders for g in mine)
        done = sum(g.done_in_period for g in mine)
        on_time = sum(g.on_time_in_period for g in mine)
        overdue = sum(g.open_overdue for g in mine)
        out.append(Compliance(level, orders, on_time, done - on_time, overdue,
                              orders - done - overdue))
    return out


def hours_of(micros: int) -> float:
    """Microseconds as hours, computed as timedelta.total_seconds() / 3600 would be."""
    return micros / 10**6 / 3600


def mean_hours(groups: list[OrderGroup]) -> float | None:
    """Mean hours to resolve over the done orders of `groups`, rounded to 0.01."""
    done = sum(g.done for g in groups)
    if not done:
        return None
    return round(float(Fraction(sum(g.done_micros for g in groups), done * MICROS_PER_HOUR)), 2)


def median_hours(middle: list[int]) -> float | None:
    """The median from the one or two middle durations, as statistics.median would."""
    if not middle:
        return None
    if len(middle) == 1:
        return round(hours_of(middle[0]), 2)
    return round((hours_of(middle[0]) + hours_of(middle[1])) / 2, 2)


def _counted(counter: Counter[str], names: dict[str, str] | None = None) -> list[list[Cell]]:
    """Most first (ties by key), each key under its printed name."""
    return [[(names or {}).get(k, k) or "（无）", n]
            for k, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))]


def _ranked(ranked: Ranked, top: int) -> list[list[Cell]]:
    """The first `top` lines, the rest summed on one line so a report stays readable."""
    pairs = [(key or "（无）", n) for key, n in ranked.rows]
    if ranked.groups > top + 1:
        shown = pairs[:top]
        rest = ranked.total - sum(n for _, n in shown)
        pairs = [*shown, (f"其他 {ranked.groups - top} 个小区", rest)]
    return [[name, n] for name, n in pairs]


def sums_key(season: Season, zone: timezone) -> SeasonKey | None:
    """The key the kept season sums must have to hold this season's contacts, or None when
    the centre's offset is not a whole number of minutes (the sums keep minutes)."""
    offset = zone.utcoffset(None)
    if offset % timedelta(minutes=1):
        return None
    return SeasonKey(season.start.strftime("%m-%d"), season.end.strftime("%m-%d"),
                     offset // timedelta(minutes=1))


def _contacts(uow: UnitOfWork, season: Season, zone: timezone, at_least: int,
              top: int) -> tuple[list[tuple[str, str, int]], RepeatCallers]:
    """Contacts per agent and category, and the repeat callers: from the season sums the
    database keeps as contacts are written when they are kept for these season dates and
    this offset, else counted from the contacts (the same figures, slower)."""
    sums = uow.repo(SeasonSumsRepository)
    key = sums.key()
    if key is not None and key == sums_key(season, zone):
        year = season.start.year
        kept = sums.repeat_callers(year, at_least, top)
        return sums.contacts_per_agent(year), RepeatCallers(kept.shown, kept.phones)
    begin, end = season.bounds(zone)
    stats = uow.repo(StatisticsRepository)
    return (stats.contacts_per_agent(begin, end),
            stats.repeat_callers(begin, end, at_least, top))


def _read(uow: UnitOfWork, read: Callable[[StatisticsRepository], T]) -> T:
    """`read` on a unit of work of its own, beside the report's (see `build`)."""
    def seasonal(side: UnitOfWork) -> T:
        stats = side.repo(StatisticsRepository)
        stats.for_a_season()
        return read(stats)

    return read_beside(uow, seasonal)


def _level_median(stats: StatisticsRepository, *, begin: datetime, end: datetime,
                  level: int, n: int) -> dict[int, list[int]]:
    return stats.median_micros(begin, end, {level: n})


def _medians(beside: Callable[[Callable[[StatisticsRepository], Any]], Future[Any]],
             begin: datetime, end: datetime, done: dict[int, int],
             read_all: Future[dict[int, list[int]]] | None) -> dict[int, list[int]]:
    """The medians per level: PostgreSQL's one pass was read beside the grouped counts
    (`read_all`), kept for the levels with done orders; SQLite sorts each level's
    durations apart, so the levels are sorted two at a time, the largest first."""
    if read_all is not None:
        return {level: m for level, m in read_all.result().items() if done.get(level, 0) > 0}
    parts = [beside(partial(_level_median, begin=begin, end=end, level=level, n=n))
             for level, n in sorted(done.items(), key=lambda item: -item[1]) if n > 0]
    found: dict[int, list[int]] = {}
    for part in parts:
        found.update(part.result())
    return found


def build(uow: UnitOfWork, season: Season) -> list[Figure]:
    with uow:
        settings = load_settings(uow)
        begin, end = season.bounds(settings.zone)
        period_end = min(end, uow.clock())
        stats = uow.repo(StatisticsRepository)
        stats.for_a_season()
        per_agent, repeats = _contacts(uow, season, settings.zone,
                                       settings.integer("report.repeat_contacts"),
                                       settings.integer("report.top_repeat_callers"))
        # Over a whole season at 1,000,000 customers each of the report's big statements
        # takes 0.1-0.5 s; they read apart, two at a time on units of work of their own
        # (docs/performance.md). A past season no longer changes, so they need no common
        # snapshot; in the running season they are milliseconds apart.
        top = settings.integer("report.top_estates")
        with ThreadPoolExecutor(max_workers=2) as pool:
            def beside(read: Callable[[StatisticsRepository], T]) -> Future[T]:
                return pool.submit(_read, uow, read)

            side = beside(lambda s: (s.complaints_by_estate(begin, period_end, top),
                                     s.unhappy_per_unit(begin, period_end)))
            read_all = (beside(lambda s: s.median_micros(begin, period_end, None))
                        if stats.dialect == "postgresql" else None)
            groups = stats.order_groups(begin, period_end, period_end)
            done: dict[int, int] = defaultdict(int)
            for g in groups:
                done[g.level] += g.done
            medians = _medians(beside, begin, period_end, done, read_all)
            estates, unhappy = side.result()
        paused = paused_orders(uow, begin, period_end)  # rule 5.2.2: every pause
        zone = settings.zone
    complaints = [g for g in groups if g.category == Category.COMPLAINT.value]
    by_cat: Counter[str] = Counter()
    for _name, category, n in per_agent:
        by_cat[category] += n
    ticket_cat: Counter[str] = Counter()
    by_unit: Counter[str] = Counter()
    by_resp: Counter[str] = Counter()
    for g in groups:
        ticket_cat[g.category] += g.orders
    for g in complaints:
        by_unit[g.unit] += g.orders
        by_resp[g.responsibility] += g.orders
    resp_rows = _counted(+by_resp, RESPONSIBILITY_NAMES)  # the pie's slices in the same order
    resp_counts = [float(n) for _, n in sorted(by_resp.items(), key=lambda kv: (-kv[1], kv[0]))
                   if n]
    cat_counts = [(CATEGORY_NAMES.get(c, c), by_cat.get(c, 0), ticket_cat.get(c, 0))
                  for c in CATEGORY_NAMES if by_cat.get(c) or ticket_cat.get(c)]
    cat_rows: list[list[Cell]] = [[name, calls, orders] for name, calls, orders in cat_counts]
    overview = Figure("来电与投诉分类", f"{season.label} 供暖季", [
        Table(["类别", "来电/来访", "工单"], cat_rows, "按类别"),
        Table(["小区", "投诉"], _ranked(estates, settings.integer("report.top_estates")),
              "投诉按小区"),
        Table(["承办单位", "投诉"], _counted(+by_unit), "投诉按单位"),
        Table(["责任归属", "投诉"], resp_rows, "投诉按责任归属（规则 2.6）"),
    ], [Chart("bar", "按类别", [name for name, _, _ in cat_counts],
              {"来电/来访": [float(calls) for _, calls, _ in cat_counts],
               "工单": [float(orders) for _, _, orders in cat_counts]}),
        Chart("pie", "投诉按责任归属", [str(name) for name, _ in resp_rows],
              {"投诉": resp_counts})],
        ["投诉以工单类别“投诉”计，按受理时间归入供暖季。"])
    comp = compliance(groups)
    hours = [settings.sla_hours(level) for level in (1, 2, 3)]  # rule 5.2.2: settings
    deadline = Figure("工单时限执行情况", "规则 5.2.2：一级 {} 小时、二级 {} 小时、三级 {} 小时"
                      .format(*hours), [
        Table(["级别", "工单", "按时", "超时完成", "超时未完成", "处理中", "按时率 %",
               "平均处理小时", "中位处理小时"],
              [[f"{c.level}级", c.orders, c.on_time, c.late, c.open_overdue, c.in_progress,
                c.percent, mean_hours([g for g in groups if g.level == c.level]),
                median_hours(medians.get(c.level, []))] for c in comp], "按级别"),
    ], [Chart("bar", "按时率 %", [f"{c.level}级" for c in comp],
              {"按时率 %": [c.percent or 0.0 for c in comp]})],
        ["按时：解决（或关闭）时间不晚于时限；按时率 = 按时 ÷（按时 + 超时完成 + 超时未完成）。"])
    shown = repeats.shown
    repeat = Figure("重复来电", f"同一号码来电不少于{settings['report.repeat_contacts']}次", [
        Table(["电话", "次数", "最近一次"],
              [[p, n, last.astimezone(zone).strftime("%Y-%m-%d %H:%M")] for p, n, last in shown])],
        notes=[f"共 {repeats.phones} 个号码，按来电次数列出前 {len(shown)} 个。"]
        if len(shown) < repeats.phones else [])
    pauses = pause_figure([(c.level, c.on_time, c.late, c.open_overdue) for c in comp],
                          paused, period_end, zone, f"{season.label} 供暖季")
    return [overview, deadline, repeat, _supervision(per_agent, groups, unhappy), pauses]


def _supervision(per_agent: list[tuple[str, str, int]], groups: list[OrderGroup],
                 unhappy: dict[str, int]) -> Figure:
    """Per-agent and per-unit figures for the inspection group (rule 5.4)."""
    agents: dict[str, Counter[str]] = defaultdict(Counter)
    for name, category, n in per_agent:
        agents[name]["contacts"] += n
        agents[name]["complaints"] += n if category == Category.COMPLAINT.value else 0
    for g in groups:
        agents[g.created_by]["orders"] += g.orders
    agent_rows: list[list[Cell]] = [[name, c["contacts"], c["complaints"], c["orders"]]
                                    for name, c in sorted(agents.items())]
    units: dict[str, list[OrderGroup]] = defaultdict(list)
    for g in groups:
        units[g.unit].append(g)
    unit_rows: list[list[Cell]] = []
    unit_counts: list[tuple[str, int, int]] = []  # unit, orders, on time: the chart
    for unit, mine in sorted(units.items()):
        orders = sum(g.orders for g in mine)
        done = sum(g.done for g in mine)
        on_time = sum(g.done_on_time for g in mine)
        unit_counts.append((unit, orders, on_time))
        unit_rows.append([unit, orders, done, on_time,
                          round(100 * on_time / done, 2) if done else None,
                          mean_hours(mine), unhappy.get(unit, 0)])
    return Figure("考核数据", "坐席与承办单位（规则 5.4）", [
        Table(["坐席", "来电/来访", "其中投诉", "开立工单"], agent_rows, "按坐席"),
        Table(["承办单位", "工单", TICKET_STATUS["resolved"], "按时处理", "按时率 %",
               "平均处理小时", "回访不满意"], unit_rows, "按承办单位")],
        [Chart("bar", "各单位工单", [unit for unit, _, _ in unit_counts],
               {"工单": [float(orders) for _, orders, _ in unit_counts],
                "按时处理": [float(on_time) for _, _, on_time in unit_counts]})])


register_report("complaints", "投诉与时限分析", build)
