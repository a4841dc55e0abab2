"""Properties of the quality formulas: rates stay within 0..100, a qualified sample never
lowers the rate, and a plan reaches 1.0 ‰ whenever there are homes (rules 5.1.1, 5.1.2)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from app.repositories.quality import HomeRow
from app.workflows.quality.rates import Range, rate_percent, room_range
from app.workflows.quality.sampling_plan import choose_homes, permille_of
from app.workflows.quality.season import quality_season
from app.workflows.settings import DEFAULTS, Settings

SETTINGS = Settings(dict(DEFAULTS))
counts = st.integers(min_value=0, max_value=5000)


@given(counts, counts)
def test_rate_is_a_percentage(qualified, extra):
    rate = rate_percent(qualified, qualified + extra)
    assert rate is None if qualified + extra == 0 else Decimal(0) <= rate <= Decimal(100)


@given(counts, counts)
def test_a_qualified_sample_never_lowers_the_rate(qualified, extra):
    before = rate_percent(qualified, qualified + extra)
    after = rate_percent(qualified + 1, qualified + extra + 1)
    assert after is not None and (before is None or after >= before)


homes = st.lists(
    st.tuples(st.sampled_from(["甲", "乙", "丙", "丁"]),
              st.decimals(min_value=Decimal("0.01"), max_value=Decimal("5000"), places=2)),
    min_size=1, max_size=60)


@given(homes, st.integers(min_value=0, max_value=2**31))
def test_plan_reaches_one_permille_whenever_homes_exist(rows, seed):
    data = [HomeRow(i, estate, area) for i, (estate, area) in enumerate(rows)]
    chosen = choose_homes(data, Decimal("1.0"), seed)
    total = sum((h.heated_area for h in data), Decimal(0))
    sampled = sum((h.heated_area for h in chosen), Decimal(0))
    assert permille_of(sampled, total) >= Decimal("1.0")  # rule 5.1.2
    assert len({h.customer_id for h in chosen}) == len(chosen)
    assert choose_homes(data, Decimal("1.0"), seed) == chosen  # same seed, same plan


@given(homes, st.integers(min_value=0, max_value=2**31))
def test_plan_takes_estates_in_turn(rows, seed):
    data = [HomeRow(i, estate, area) for i, (estate, area) in enumerate(rows)]
    chosen = choose_homes(data, Decimal("400"), seed)  # a large share: many homes
    estates = {h.estate for h in data}
    first_round = [h.estate for h in chosen[:len(estates)]]
    assert len(set(first_round)) == len(first_round)  # no estate twice before all had one


def test_boundaries_are_qualified_and_contracts_override():
    standard = room_range(None, None, SETTINGS)
    assert standard == Range(Decimal("16.0"), Decimal("20.0"), False)  # rule 5.1.1
    assert standard.holds(Decimal("16.0")) and standard.holds(Decimal("20.0"))
    assert not standard.holds(Decimal("15.9")) and not standard.holds(Decimal("20.1"))
    hospital = room_range(Decimal("20"), None, SETTINGS)
    assert hospital.contract and not hospital.holds(Decimal("19.5"))


def test_sampling_days_of_the_season():
    season = quality_season(SETTINGS, "2025-2026")
    days = season.sampling_dates()
    assert (season.first, season.last) == (date(2025, 11, 15), date(2026, 3, 15))
    assert days[:3] == [date(2025, 11, 15), date(2025, 11, 25), date(2025, 12, 5)]
    assert days[-1] == date(2026, 3, 15) and len(days) == 13  # rule 5.1.2: 2 + 3 + 3 + 3 + 2
