"""The colours of a report chart, shared by the screen and the printed report.

A chart with a target series (`Chart.target`, e.g. the 97.5 % of rule 5.1.2, the 95 % of
5.1.3) is coloured by verdict: a value at or above its target green (inclusive, as the
tables' 达标), below it red, the target grey, and the legend says 达标 / 未达标 in words, so
a 100 % month is never a red bar on paper or on screen. Any other chart gives each series
its own colour. Plain hex strings: Qt and ReportLab each turn them into their own colour
objects.
"""

from __future__ import annotations

from app.printing.reports.content import Chart

PALETTE = ["#c0392b", "#2e86c1", "#27ae60", "#f39c12", "#8e44ad", "#7f8c8d", "#16a085"]
MET, BELOW, TARGET = "#27ae60", "#c0392b", "#7f8c8d"  # a chart judged against its target
MET_WORD, BELOW_WORD = "达标", "未达标"  # as the quality reports' tables say it


def bar_colors(chart: Chart) -> list[list[str]]:
    """Each series' colour per category (see the module's docstring)."""
    names = list(chart.series)
    goal = chart.series.get(chart.target) if chart.target else None
    colors = []
    for si, name in enumerate(names):
        data = chart.series[name]
        if goal is None:
            colors.append([PALETTE[si % len(PALETTE)]] * len(data))
        elif name == chart.target:
            colors.append([TARGET] * len(data))
        else:
            colors.append([MET if value >= aim else BELOW
                           for value, aim in zip(data, goal, strict=True)])
    return colors


def below_words(chart: Chart) -> list[list[str]]:
    """The word written above each bar: 未达标 over a value below its target, nothing
    elsewhere. Only a chart judged against a target has verdicts; a count chart's first
    series is drawn in the palette's red too, and that red is no verdict (the visitors' and
    special customers' bars read 未达标 when this was inferred from the colour)."""
    goal = chart.series.get(chart.target) if chart.target else None
    return [["" if goal is None or name == chart.target or value >= aim else BELOW_WORD
             for value, aim in zip(data, goal or data, strict=True)]
            for name, data in chart.series.items()]


def legend_entries(chart: Chart) -> list[tuple[str, str]]:
    """(colour, words) of the legend: for a chart judged against its target the verdicts
    in words (达标, 未达标) and the target, else each series' name."""
    if not chart.target or chart.target not in chart.series:
        return [(PALETTE[i % len(PALETTE)], name) for i, name in enumerate(chart.series)]
    return [(MET, MET_WORD), (BELOW, BELOW_WORD), (TARGET, chart.target)]
