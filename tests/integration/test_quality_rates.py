"""Room and hot-water qualification rates from a hand-worked season (rules 5.1.1-5.1.3)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.repositories.uow import UnitOfWork
from app.workflows.errors import ValidationError
from app.workflows.quality.rates import room_rate, season_hot_water
from app.workflows.quality.unqualified import open_work_order, unqualified_homes
from app.workflows.settings import save_setting
from tests.quality_data import SEASON, after_season_clock, seed_quality
from tests.support import seed_basics


@pytest.fixture
def season_data(db):
    clock = after_season_clock()
    return clock, seed_quality(db, clock)


def test_room_rate_counts_non_exempt_samples_only(db, season_data):
    clock, data = season_data
    rate = room_rate(UnitOfWork(db, data.technician, clock), SEASON)
    assert (rate.samples, rate.exempt, rate.exempt_qualified) == (9, 2, 1)  # rule 5.1.1
    assert (rate.counted, rate.qualified) == (7, 4)
    assert rate.rate == Decimal("57.14")           # rule 5.1.2: 4 / 7
    assert rate.target == Decimal("97.5") and not rate.meets_target
    assert rate.report_by == date(2026, 3, 31)      # rule 5.1.2: end of March
    assert rate.days_without_outdoor == 0


def test_a_colder_threshold_setting_changes_what_is_exempt(db, season_data):
    clock, data = season_data
    with UnitOfWork(db, data.technician, clock) as uow:
        save_setting(uow, "quality.exempt_below", -6.5)  # now -7.0 on 2026-01-15 exempts too
        uow.commit()
    rate = room_rate(UnitOfWork(db, data.technician, clock), SEASON)
    assert (rate.exempt, rate.counted, rate.qualified, rate.rate) == (4, 5, 3, Decimal("60.00"))


def test_hot_water_rate_with_contract_override(db, season_data):
    clock, data = season_data
    judged, rate = season_hot_water(UnitOfWork(db, data.technician, clock), SEASON)
    assert [j.qualified for j in judged] == [True, False, True, False, True]  # rule 5.1.3
    assert (rate.readings, rate.qualified, rate.rate) == (5, 3, Decimal("60.00"))
    assert rate.target == Decimal("95.0") and not rate.meets_target
    assert judged[-1].range.contract and (judged[-1].range.low, judged[-1].range.high) == (
        Decimal("45"), Decimal("60"))


def test_unqualified_homes_and_one_work_order_each(db, season_data):
    clock, data = season_data
    basics = seed_basics(db, clock)
    homes = unqualified_homes(UnitOfWork(db, data.technician, clock), SEASON)
    assert [(h.account_number, h.failed, str(h.last_temperature), h.last_day) for h in homes] == [
        ("Q001", 2, "20.1", date(2026, 1, 15)), ("Q002", 1, "19.5", date(2025, 12, 5))]
    assert homes[1].contract and (homes[1].low, homes[1].high) == (Decimal("20"), Decimal("24"))
    result = open_work_order(UnitOfWork(db, basics.agent, clock), data.ids["Q001"],
                             basics.unit_ids[0], "室温抽检不合格:卧室 20.1 °C")
    assert result.ticket_id is not None
    again = unqualified_homes(UnitOfWork(db, data.technician, clock), SEASON)
    assert again[0].open_ticket_id == result.ticket_id and again[1].open_ticket_id is None
    with pytest.raises(ValidationError) as err:
        open_work_order(UnitOfWork(db, basics.agent, clock), data.ids["Q001"],
                        basics.unit_ids[0], "again")
    assert err.value.errors == {"customer": "order.already_open"}
