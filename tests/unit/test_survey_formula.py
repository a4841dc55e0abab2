"""Rule 5.3.2.2: the worked example, bounds and monotonicity of the satisfaction rate."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from app.workflows.errors import ValidationError
from app.workflows.reports.satisfaction import satisfaction_rate
from app.workflows.reports.season import parse_season

LEVELS = ["satisfied", "basically_satisfied", "dissatisfied", "very_dissatisfied"]
counts_st = st.lists(st.integers(0, 500), min_size=4, max_size=4).filter(lambda c: sum(c) > 0)


def as_counts(values: list[int]) -> dict[str, int]:
    return dict(zip(LEVELS, values, strict=True))


def test_worked_example_of_regulations():
    # rule 5.3.2.2: 40 forms x 3 items: 90/20/8/2 -> 92.17 %; 3 unresolved -> 90.67 %
    rate = satisfaction_rate(as_counts([90, 20, 8, 2]))
    assert rate.answers == 120
    assert round(rate.mean, 2) == 92.17
    assert round(satisfaction_rate(as_counts([90, 20, 8, 2]), unresolved=3).rate, 2) == 90.67


def test_no_answers_is_zero_and_negative_counts_are_refused():
    assert satisfaction_rate({}).rate == 0.0
    with pytest.raises(ValueError):
        satisfaction_rate(as_counts([1, 0, 0, -1]))


@given(counts_st, st.integers(0, 400))
def test_bounds(values, unresolved):
    rate = satisfaction_rate(as_counts(values), unresolved)
    assert 30 <= rate.mean <= 100  # before deductions: between the lowest and highest score
    assert 0 <= rate.rate <= rate.mean  # after: never negative, never above the mean


@given(counts_st, st.integers(1, 3), st.integers(0, 50))
def test_a_better_answer_never_lowers_the_rate(values, worse, unresolved):
    assume(values[worse] > 0)
    better = list(values)
    better[worse] -= 1      # one answer moves up one level
    better[worse - 1] += 1
    before = satisfaction_rate(as_counts(values), unresolved).rate
    assert satisfaction_rate(as_counts(better), unresolved).rate >= before


@given(counts_st, st.integers(0, 300))
def test_another_unresolved_complaint_never_raises_the_rate(values, unresolved):
    now = satisfaction_rate(as_counts(values), unresolved).rate
    assert satisfaction_rate(as_counts(values), unresolved + 1).rate <= now


def test_season_labels():
    season = parse_season("2025-2026")
    assert (season.start.isoformat(), season.end.isoformat()) == ("2025-11-15", "2026-03-15")
    for bad in ("2025", "2025-2027", "abcd-efgh", ""):
        with pytest.raises(ValidationError) as info:
            parse_season(bad)
        assert info.value.errors == {"season": "invalid"}


def test_long_lists_keep_the_top_and_sum_the_rest() -> None:
    from collections import Counter

    from app.repositories.statistics import Ranked
    from app.workflows.reports.complaints import _counted, _ranked

    counter = Counter({"甲": 5, "乙": 4, "丙": 1, "丁": 1, "戊": 1})
    ordered = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))

    def ranked(top: int) -> Ranked:  # what the database sends: top + 1 lines and the totals
        return Ranked(ordered[:top + 1], len(counter), sum(counter.values()))

    assert _ranked(ranked(2), 2) == [["甲", 5], ["乙", 4], ["其他 3 个小区", 3]]
    assert _ranked(ranked(4), 4) == [["甲", 5], ["乙", 4], ["丁", 1], ["丙", 1], ["戊", 1]]
    assert _ranked(ranked(0), 0) == [["其他 5 个小区", 12]]
    assert len(_counted(counter)) == 5
