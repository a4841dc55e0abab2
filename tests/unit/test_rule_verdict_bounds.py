"""A chart's verdict reaches its target inclusively, like the tables' 达标 (rules 5.1.2 and
5.1.3: "not lower than" 97.5 % and 95 %): a bar exactly at the target is green and carries
no 未达标, one a hundredth below is red. Making the comparison exclusive fails here."""

from __future__ import annotations

from app.printing.reports.content import Chart
from app.printing.reports.verdict import BELOW, BELOW_WORD, MET, TARGET, bar_colors, below_words


def _chart(target: float) -> Chart:
    return Chart("bar", "合格率 %", ["12-05", "12-15"],
                 {"合格率 %": [target, round(target - 0.01, 2)], "目标 %": [target, target]},
                 target="目标 %")


def test_rule_5_1_2_a_bar_exactly_at_97_5_percent_is_met() -> None:
    chart = _chart(97.5)
    assert bar_colors(chart) == [[MET, BELOW], [TARGET, TARGET]]
    assert below_words(chart) == [["", BELOW_WORD], ["", ""]]


def test_rule_5_1_3_a_bar_exactly_at_95_percent_is_met() -> None:
    chart = _chart(95.0)
    assert bar_colors(chart) == [[MET, BELOW], [TARGET, TARGET]]
    assert below_words(chart) == [["", BELOW_WORD], ["", ""]]
