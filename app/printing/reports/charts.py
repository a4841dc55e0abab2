"""Report charts as ReportLab drawings (bar, line, pie), with Chinese labels."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from app.printing.reports.content import Chart
from app.printing.reports.verdict import PALETTE as HEX_PALETTE
from app.printing.reports.verdict import bar_colors, legend_entries

PALETTE = [colors.HexColor(c) for c in HEX_PALETTE]

# types-reportlab declares the geometry of charts and legends (x, y, width, height) as int,
# copied from their defaults; ReportLab validates them as any number, and the layout here
# is computed in points (floats). The `type: ignore[assignment]` below mark those lines.


def chart_drawing(chart: Chart, font: str, width: float, height: float = 170) -> Drawing:
    """A drawing with the title on top and a legend on the right; empty data says so."""
    d = Drawing(width, height, initialFontName=font)  # no unembedded Helvetica
    d.add(String(0, height - 12, chart.title, fontName=font, fontSize=10))
    values = [v for series in chart.series.values() for v in series]
    if not chart.categories or not any(values):
        d.add(String(width / 2, height / 2, "（无数据）", fontName=font, fontSize=9,
                     textAnchor="middle", fillColor=colors.grey))
        return d
    plot_w = width - 130
    if chart.kind == "pie":
        pie = Pie()
        pie.x, pie.y = 20, 10
        pie.width = pie.height = height - 40  # type: ignore[assignment]
        pie.data = list(next(iter(chart.series.values())))
        pie.labels = None
        for i in range(len(pie.data)):
            pie.slices[i].fillColor = PALETTE[i % len(PALETTE)]
            pie.slices[i].strokeColor = colors.white
        d.add(pie)
        names = [f"{c} {v:g}" for c, v in zip(chart.categories, pie.data, strict=True)]
    else:
        plot = VerticalBarChart() if chart.kind == "bar" else HorizontalLineChart()
        plot.x, plot.y = 30, 30
        plot.width = plot_w  # type: ignore[assignment]
        plot.height = height - 55  # type: ignore[assignment]
        plot.data = [list(s) for s in chart.series.values()]
        plot.categoryAxis.categoryNames = list(chart.categories)
        plot.categoryAxis.labels.fontName = font
        plot.categoryAxis.labels.fontSize = 7
        plot.valueAxis.labels.fontName = font
        plot.valueAxis.labels.fontSize = 7
        plot.valueAxis.valueMin = 0
        if isinstance(plot, VerticalBarChart):
            # each bar its own colour: judged against the target when the chart has one
            for i, series in enumerate(bar_colors(chart)):
                plot.bars[i].fillColor = colors.HexColor(series[0]) if series else PALETTE[0]
                for j, colour in enumerate(series):
                    plot.bars[(i, j)].fillColor = colors.HexColor(colour)
        else:
            for i in range(len(plot.data)):
                plot.lines[i].strokeColor = PALETTE[i % len(PALETTE)]
        d.add(plot)
        names = list(chart.series)
    legend = Legend()
    legend_x = 20 + height + 20 if chart.kind == "pie" else width - 95
    legend.x = legend_x  # type: ignore[assignment]
    legend.y = height - 30  # type: ignore[assignment]
    legend.columnMaximum = 12  # one column, never past the right margin
    legend.fontName, legend.fontSize = font, 8
    legend.alignment = "right"
    if chart.kind == "pie":
        legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], n) for i, n in enumerate(names)]
    else:  # the verdicts in words for a chart judged against its target, else the series
        legend.colorNamePairs = [(colors.HexColor(c), n) for c, n in legend_entries(chart)]
    d.add(legend)
    return d
