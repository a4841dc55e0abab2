"""F8's quality charts colour a rate by its verdict (issue 12, demo defect; rules 5.1.2-5.1.3).

The hot-water chart drew every rate in the palette's first colour, red, so a month at
100 % read as failing. A chart with a target series (Chart.target) now colours each bar
by its verdict, met green and below target red, the target grey, and says 未达标 in words
(above the bar and in the legend), as the reports' tables do. Read through the chart's
data (bar_colors, legend_entries), not pixels, on the hand-worked season of
tests/quality_data.py. SQLite and PostgreSQL.
"""

from __future__ import annotations

from app.printing.reports.content import Chart
from app.repositories.uow import UnitOfWork
from app.ui.reports.chart_widget import (
    BELOW,
    MET,
    PALETTE,
    TARGET,
    ChartWidget,
    bar_colors,
    below_words,
    legend_entries,
)
from app.workflows.reports.registry import get_report
from app.workflows.reports.season import parse_season
from tests.quality_data import SEASON, after_season_clock, seed_quality


def _chart(db, name: str) -> Chart:
    clock = after_season_clock()
    data = seed_quality(db, clock)
    [figure] = get_report(name).build(UnitOfWork(db, data.technician, clock),
                                      parse_season(SEASON))
    return figure.charts[0]


def test_the_hot_water_chart_colours_each_month_by_its_verdict(qtbot, db) -> None:
    chart = _chart(db, "hot-water")  # months at 50, 100, 50 % against 95 %
    assert chart.categories == ["2025-12", "2026-01", "2026-02"] and chart.target == "目标 %"
    rates, target = bar_colors(chart)
    assert rates == [BELOW, MET, BELOW]  # 100 % is not a red bar
    assert below_words(chart) == [["未达标", "", "未达标"], ["", "", ""]]
    assert target == [TARGET] * 3
    assert legend_entries(chart) == [(MET, "达标"), (BELOW, "未达标"), (TARGET, "目标 %")]
    widget = ChartWidget(chart)  # it draws from the same choice
    qtbot.addWidget(widget)
    widget.resize(600, 240)
    widget.grab()


def test_the_room_temperature_chart_the_same(qtbot, db) -> None:
    chart = _chart(db, "temperature")  # days at 33.33, 100, 50 % against 97.5 %
    assert bar_colors(chart)[0] == [BELOW, MET, BELOW]


def test_a_chart_without_a_target_keeps_a_colour_per_series() -> None:
    chart = Chart("bar", "按类别", ["报修", "投诉"], {"工单": [3.0, 1.0], "按时": [2.0, 1.0]})
    assert bar_colors(chart) == [[PALETTE[0]] * 2, [PALETTE[1]] * 2]
    assert legend_entries(chart) == [(PALETTE[0], "工单"), (PALETTE[1], "按时")]
    # its first series is red like a verdict, yet no bar is said to be below a target
    # (the demo's visitors and special-customers charts read 未达标 over every bar)
    assert below_words(chart) == [["", ""], ["", ""]]


def test_the_printed_chart_is_coloured_by_the_same_verdicts(db) -> None:
    """The PDF drew every rate in the palette's first colour (red) too: a 100 % month on
    paper now is the same green bar as on screen, and the legend says 达标 / 未达标."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.lib import colors

    from app.printing.reports.charts import chart_drawing

    chart = _chart(db, "hot-water")  # months at 50, 100, 50 % against 95 %
    drawing = chart_drawing(chart, "Helvetica", 400)
    [plot] = [c for c in drawing.contents if isinstance(c, VerticalBarChart)]
    months = [plot.bars[(0, j)].fillColor for j in range(3)]
    assert months == [colors.HexColor(BELOW), colors.HexColor(MET), colors.HexColor(BELOW)]
    assert plot.bars[(1, 0)].fillColor == colors.HexColor(TARGET)
    [legend] = [c for c in drawing.contents if isinstance(c, Legend)]
    assert [name for _, name in legend.colorNamePairs] == ["达标", "未达标", "目标 %"]


def test_a_category_name_too_long_for_its_bar_goes_on_two_lines(qtbot) -> None:
    """Clipped silently, the last special mark read 残疾或独居老 for 残疾或独居老人; it is
    now on two lines, each fitting its bar's width, and cut with "…" only beyond them."""
    names = ["医院", "学校", "幼儿园", "养老院", "重要用户", "残疾或独居老人"]
    widget = ChartWidget(Chart("特殊用户户数", "bar", names, {"户数": [1, 9, 4, 2, 56, 13]}))
    qtbot.addWidget(widget)
    widget.resize(600, 220)  # as beside the table in F8 at 1280 pixels
    slot = (600 - 200) / len(names)
    metrics = widget.fontMetrics()
    assert metrics.horizontalAdvance(names[5]) > slot  # the case itself
    labels = widget.category_labels(slot)
    for name, label in zip(names, labels, strict=True):
        if metrics.horizontalAdvance(name) <= slot - 2:
            assert label == name
        else:
            first, second = label.split("\n")
            assert (first + second == name or second.endswith("…")
                    and name.startswith(first + second[:-1])), label
            assert max(metrics.horizontalAdvance(first),
                       metrics.horizontalAdvance(second)) <= slot
    assert "\n" in labels[5] and labels[:4] == names[:4]
    too_long = ChartWidget(Chart("t", "bar", ["一二三四五六七八九十一二三四五六"], {"n": [1]}))
    qtbot.addWidget(too_long)
    too_long.resize(240, 220)
    first, second = too_long.category_labels(40.0)[0].split("\n")
    assert second.endswith("…")
    assert not widget.grab().isNull()
