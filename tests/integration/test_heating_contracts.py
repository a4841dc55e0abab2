"""Heating contracts per season (rule 3.1.3) feed the deadlines and the quality figures."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from app.repositories.uow import UnitOfWork
from app.workflows.customers.contracts import ContractForm, list_contracts, save_contract
from app.workflows.errors import Conflict, PermissionDenied, ValidationError
from app.workflows.quality.rates import room_rate, season_hot_water
from app.workflows.quality.unqualified import open_work_order
from app.workflows.screen_pop import pop_by_phone
from tests.quality_data import SEASON, after_season_clock, seed_quality
from tests.support import seed_basics


@pytest.fixture
def season_data(db):
    clock = after_season_clock()  # 2026-03-20: the 2025-2026 season's contracts in force
    data = seed_quality(db, clock)
    return clock, data, seed_basics(db, clock)


def _signed(season: str = "2025-2026", **terms: object) -> ContractForm:
    return ContractForm(season=season, signed_on="2025-10-20", **terms)  # type: ignore[arg-type]


def test_rule_3_1_3_contract_ranges_feed_the_room_rate(db, season_data):
    clock, data, basics = season_data
    leader = basics.leader
    before = room_rate(UnitOfWork(db, data.technician, clock), SEASON)
    assert (before.counted, before.qualified) == (7, 4)
    # Q001 contracts 15.5-22 °C; Q002 (a hospital, 20-24 on its record) signs the standard
    save_contract(UnitOfWork(db, leader, clock), data.ids["Q001"],
                  _signed(room_temp_min="15.5", room_temp_max="22"))
    save_contract(UnitOfWork(db, leader, clock), data.ids["Q002"], _signed())
    # another season's contract changes nothing in this season
    save_contract(UnitOfWork(db, leader, clock), data.ids["Q002"],
                  _signed("2024-2025", room_temp_min="10", room_temp_max="30"))
    after = room_rate(UnitOfWork(db, data.technician, clock), SEASON)
    # Q001: 15.9 and 20.1 now qualify; Q002: 19.5 qualifies, 22.0 no longer does
    assert (after.counted, after.qualified) == (7, 6)


def test_rule_3_1_3_contract_ranges_feed_the_hot_water_rate(db, season_data):
    clock, data, basics = season_data
    leader = basics.leader
    _judged, before = season_hot_water(UnitOfWork(db, data.technician, clock), SEASON)
    assert before.qualified == 3
    save_contract(UnitOfWork(db, leader, clock), data.ids["Q004"],
                  _signed(hot_water=True, heating=False))  # standard 50-55: 47 fails now
    judged, after = season_hot_water(UnitOfWork(db, data.technician, clock), SEASON)
    assert after.qualified == 2 and not judged[-1].range.contract


def test_rule_3_1_3_contract_level_feeds_the_deadline(db, season_data):
    clock, data, basics = season_data
    leader = basics.leader
    save_contract(UnitOfWork(db, leader, clock), data.ids["Q001"], _signed(response_level=1))
    result = open_work_order(UnitOfWork(db, basics.agent, clock), data.ids["Q001"],
                             basics.unit_ids[0], "室温不合格")
    with UnitOfWork(db, basics.agent, clock) as uow:
        ticket = uow.tickets.get(result.ticket_id or 0)
        assert ticket is not None and ticket.level == 1  # rule 5.2.2: level 1 within 2 h
        assert ticket.due_at - ticket.received_at == timedelta(hours=2)
    # the screen pop's card reads the season's contract too (the desk's default level)
    save_contract(UnitOfWork(db, leader, clock), basics.zhang.id, _signed(response_level=2))
    pop = pop_by_phone(UnitOfWork(db, basics.agent, clock), "13912345678")
    assert pop.card is not None and pop.card.contract_level == 2
    assert pop.card.contract_status == "signed"


def test_two_desks_never_overwrite_a_contract(db, season_data):
    clock, data, basics = season_data
    leader = basics.leader
    first = save_contract(UnitOfWork(db, leader, clock), data.ids["Q001"], _signed())
    save_contract(UnitOfWork(db, leader, clock), data.ids["Q001"],
                  _signed(room_temp_min="17"), expected_version=first.version)
    with pytest.raises(Conflict):
        save_contract(UnitOfWork(db, leader, clock), data.ids["Q001"],
                      _signed(room_temp_min="19"), expected_version=first.version)
    with pytest.raises(ValidationError) as err:  # a second contract of the same season
        save_contract(UnitOfWork(db, leader, clock), data.ids["Q001"], _signed())
    assert err.value.errors == {"season": "contract.exists"}
    kept = list_contracts(UnitOfWork(db, leader, clock), data.ids["Q001"])
    assert [(c.season, c.room_temp_min) for c in kept] == [(2025, Decimal("17.0"))]


def test_contract_form_errors_and_who_may(db, season_data):
    clock, data, basics = season_data
    leader = basics.leader
    with pytest.raises(ValidationError) as err:
        save_contract(UnitOfWork(db, leader, clock), data.ids["Q001"], ContractForm(
            season="2025-2027", signed_on="", room_temp_min="22", room_temp_max="18",
            heating=False))
    assert err.value.errors == {"season": "invalid", "signed_on": "required",
                                "room_temp_max": "range.reversed", "services": "services.none"}
    with pytest.raises(PermissionDenied, match="archive.edit_contract"):
        save_contract(UnitOfWork(db, data.technician, clock), data.ids["Q001"], _signed())
    assert list_contracts(UnitOfWork(db, leader, clock), data.ids["Q001"]) == []
