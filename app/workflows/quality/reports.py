"""The "temperature" and "hot-water" reports of the section-5 registry (rules 5.1.1-5.1.3).

Printed text is Chinese like the other sheets; the numbers come from the same functions as
the technician's screen, so the dashboard, the PDF and the Excel file agree with it.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from app.printing.reports.content import Cell, Chart, Figure, Table
from app.repositories.quality import QualityRepository
from app.repositories.uow import UnitOfWork
from app.workflows.quality.rates import (
    Judged,
    judge_hot_water,
    rate_percent,
    season_samples,
    summarise_hot_water,
    summarise_room,
)
from app.workflows.quality.sampled_area import DayArea, area_of_season
from app.workflows.quality.season import QualitySeason, quality_season
from app.workflows.reports.registry import register_report
from app.workflows.reports.season import Season
from app.workflows.settings import Settings, load_settings


def _num(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def _n(settings: Settings, key: str) -> str:
    """A setting's number as the notes print it: 16, 97.5, −7 (the numbers are settings, so
    a leader's change shows in the printed rule instead of the regulations' default)."""
    return f"{settings.number(key):g}".replace("-", "−")


def _met(rate: Decimal | None, met: bool) -> str:
    """Whether the target is met, in words; no rate (no samples) is "—", not "否"."""
    if rate is None:
        return "—"
    return "是" if met else "否（未达标）"


def temperature_figures(uow: UnitOfWork, season: Season) -> list[Figure]:
    """Rule 5.1.2: the season's rate, per sampling day, exempt samples apart, failed homes."""
    with uow:
        quality, judged, settings = season_samples(uow, season.label)
        outdoor = dict((d, m) for d, m, _s in uow.repo(QualityRepository).outdoor_between(
            quality.first, quality.last))
        area = area_of_season(uow, settings, quality)
    rate = summarise_room(quality, judged, settings)
    target_text = f"{area.target_permille}‰"
    summary = Table(["项目", "数值"], [
        ["抽检样本", rate.samples],
        [f"豁免样本（室外日均低于 {_n(settings, 'quality.exempt_below')} °C）", rate.exempt],
        ["计入样本", rate.counted], ["合格样本", rate.qualified],
        ["合格率 %", _num(rate.rate)], ["目标 %", _num(rate.target)],
        ["达标", _met(rate.rate, rate.meets_target)], ["上报期限", rate.report_by.isoformat()],
        ["缺室外温度的抽检日", rate.days_without_outdoor],
        [f"抽检面积低于 {target_text} 的抽检日", len(area.below)]], title="本供暖季室温合格率")
    by_day: dict = defaultdict(list)
    for j in judged:
        by_day[j.row.day].append(j)
    day_rows: list[list[Cell]] = []
    categories, rates = [], []
    for day in sorted(by_day):
        items = by_day[day]
        counted = [j for j in items if not j.exempt]
        good = sum(1 for j in counted if j.qualified)
        day_rate = rate_percent(good, len(counted))
        day_rows.append([day.isoformat(), _num(outdoor.get(day)), len(items),
                         len(items) - len(counted), good, len(counted) - good, _num(day_rate)])
        if day_rate is not None:
            categories.append(day.strftime("%m-%d"))
            rates.append(float(day_rate))
    days = Table(["抽检日", "室外日均 °C", "样本", "豁免", "合格", "不合格", "合格率 %"],
                 day_rows, title="各抽检日")
    exempt = Table(["日期", "户号", "用户", "房间", "室温 °C", "室外日均 °C"],
                   [_sample_row(j, outdoor) for j in judged if j.exempt],
                   title="豁免样本（单列，不计入合格率）")
    failed = Table(["日期", "户号", "用户", "房间", "室温 °C", "合格范围 °C"],
                   [_failed_row(j) for j in judged if not j.exempt and not j.qualified],
                   title="不合格样本")
    areas = Table(["抽检日", "计划户数", "计划面积 m²", "计划 ‰", "实测户数", "实测面积 m²",
                   "实测 ‰", "目标 ‰", "实测面积"],
                  [_area_row(d, target_text) for d in area.days],
                  title="各抽检日抽检面积（规则 5.1.2）")
    target = float(rate.target)
    chart = Chart("bar", "各抽检日室温合格率 %", categories,
                  {"合格率 %": rates, "目标 %": [target] * len(categories)}, target="目标 %")
    return [Figure("室温抽检合格率", f"{season.label} 供暖季", [summary, days, areas, exempt, failed],
                   [chart] if categories else [],
                   _temperature_notes(settings, quality, target_text))]


def _temperature_notes(settings: Settings, quality: QualitySeason, permille: str) -> list[str]:
    """Rules 5.1.1 and 5.1.2 as the settings in force word them."""
    n = lambda key: _n(settings, key)  # noqa: E731
    days = "、".join(str(d) for d in quality.sampling_days)
    by = quality.report_by
    return [f"规则 5.1.1：室温 {n('quality.room_min')}–{n('quality.room_max')} °C 为合格"
            f"（特殊用户按合同）；室外日均气温低于 {n('quality.exempt_below')} °C 之日的样本豁免，单列。",
            f"规则 5.1.2：每月 {days} 日抽检，抽检面积不少于总供热面积的 {permille}；合格率 = "
            f"合格样本 / 计入样本，目标 ≥ {n('quality.room_target_percent')} %，"
            f"{by.month} 月 {by.day} 日前上报。"]


def _area_row(d: DayArea, target_text: str) -> list[Cell]:
    """Rule 5.1.2: the plan beside what was measured; a day below the target says so."""
    state = ("未到" if not d.due else
             f"低于 {target_text}" if d.below_target else f"达到 {target_text}")
    return [d.day.isoformat(), d.planned_homes, _num(d.planned_area), _num(d.planned_permille),
            d.measured_homes, float(d.measured_area), float(d.measured_permille),
            float(d.target_permille), state]


def _sample_row(j: Judged, outdoor: dict) -> list[Cell]:
    return [j.row.day.isoformat(), j.row.account_number, j.row.name, j.row.room,
            float(j.row.temperature), _num(outdoor.get(j.row.day))]


def _failed_row(j: Judged) -> list[Cell]:
    span = f"{j.range.low}–{j.range.high}" + ("（合同）" if j.range.contract else "")
    return [j.row.day.isoformat(), j.row.account_number, j.row.name, j.row.room,
            float(j.row.temperature), span]


def hot_water_figures(uow: UnitOfWork, season: Season) -> list[Figure]:
    """Rule 5.1.3: supply temperatures 50–55 °C, the season's rate against 95 %."""
    with uow:
        settings = load_settings(uow)
        quality = quality_season(settings, season.label)
        judged = judge_hot_water(
            uow.repo(QualityRepository).hot_water(quality.first, quality.last), settings)
    rate = summarise_hot_water(quality, judged, settings)
    months: dict = defaultdict(list)
    for j in judged:
        months[j.row.day.strftime("%Y-%m")].append(j)
    month_rates: list[tuple[str, int, int, float | None]] = []  # month, readings, good, %
    for month in sorted(months):
        good = sum(1 for j in months[month] if j.qualified)
        month_rates.append((month, len(months[month]), good,
                            _num(rate_percent(good, len(months[month])))))
    month_rows: list[list[Cell]] = [list(r) for r in month_rates]
    summary = Table(["项目", "数值"], [
        ["读数", rate.readings], ["合格", rate.qualified], ["合格率 %", _num(rate.rate)],
        ["目标 %", _num(rate.target)], ["达标", _met(rate.rate, rate.meets_target)]],
        title="本供暖季生活热水合格率")
    failed = Table(["日期", "户号", "用户", "水温 °C", "合格范围 °C"],
                   [[j.row.day.isoformat(), j.row.account_number, j.row.name,
                     float(j.row.temperature), f"{j.range.low}–{j.range.high}"]
                    for j in judged if not j.qualified], title="不合格读数")
    chart = Chart("bar", "各月生活热水合格率 %", [r[0] for r in month_rates],
                  {"合格率 %": [r[3] or 0.0 for r in month_rates],
                   "目标 %": [float(rate.target)] * len(month_rates)}, target="目标 %")
    return [Figure("生活热水合格率", f"{season.label} 供暖季",
                   [summary, Table(["月份", "读数", "合格", "合格率 %"], month_rows,
                                   title="各月"), failed],
                   [chart] if month_rows else [],
                   [f"规则 5.1.3：供水温度 {_n(settings, 'quality.hot_water_min')}–"
                    f"{_n(settings, 'quality.hot_water_max')} °C 为合格（特殊用户按合同），"
                    f"合格率目标 ≥ {_n(settings, 'quality.hot_water_target_percent')} %。"])]


register_report("temperature", "室温抽检", temperature_figures)
register_report("hot-water", "生活热水", hot_water_figures)
