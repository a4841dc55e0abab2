"""Entering paper survey forms (rule 5.3.1): clear field errors, nothing half-written."""

from __future__ import annotations

from datetime import date

import pytest

from app.repositories.surveys import SurveyRepository
from app.repositories.uow import UnitOfWork
from app.workflows.errors import ValidationError
from app.workflows.reports.satisfaction import record_survey

GOOD = {"temperature": "satisfied", "stability": "basically_satisfied", "service": "satisfied"}


def forms(db, basics, clock) -> int:
    with UnitOfWork(db, basics.agent, clock) as uow:
        return uow.repo(SurveyRepository).count("2025-2026")


def test_a_form_is_stored_with_its_three_levels(db, basics, clock):
    entry = record_survey(UnitOfWork(db, basics.agent, clock), "2025-2026", date(2026, 1, 5),
                          GOOD, customer_id=basics.zhang.id, form_number=" MY-001 ")
    with UnitOfWork(db, basics.agent, clock) as uow:
        counts = uow.repo(SurveyRepository).level_counts("2025-2026")
        number = uow.repo(SurveyRepository).recent("2025-2026")[0].form_number
    assert entry.season == "2025-2026" and number == "MY-001"
    assert {k: {str(lv): n for lv, n in v.items()} for k, v in counts.items()} == {
        "temperature": {"satisfied": 1}, "stability": {"basically_satisfied": 1},
        "service": {"satisfied": 1}}


@pytest.mark.parametrize(("season", "day", "levels", "errors"), [
    ("2025-2026", date(2026, 5, 1), {**GOOD, "service": "delighted"},
     {"service": "survey.unknown_level", "surveyed_on": "survey.outside_season"}),
    ("2025-2027", date(2026, 1, 5), {**GOOD, "stability": ""},
     {"stability": "required", "season": "invalid"}),
    ("2025-2026", None, {**GOOD, "temperature": "100"},
     {"temperature": "survey.unknown_level", "surveyed_on": "required"}),
])
def test_impossible_input_is_refused_at_the_field(db, basics, clock, season, day, levels,
                                                   errors):
    with pytest.raises(ValidationError) as info:
        record_survey(UnitOfWork(db, basics.agent, clock), season, day, levels)
    assert info.value.errors == errors
    assert forms(db, basics, clock) == 0


def test_the_season_dates_follow_the_settings(db, basics, clock):
    with UnitOfWork(db, basics.agent, clock) as uow:
        uow.settings.put("quality.season_start", "11-01")
        uow.commit()
    record_survey(UnitOfWork(db, basics.agent, clock), "2025-2026", date(2025, 11, 2), GOOD)
    assert forms(db, basics, clock) == 1
    with pytest.raises(ValidationError) as info:  # the day before the season's first day
        record_survey(UnitOfWork(db, basics.agent, clock), "2025-2026", date(2025, 10, 31), GOOD)
    assert info.value.errors == {"surveyed_on": "survey.outside_season"}


def test_a_form_is_linked_to_its_customer_by_account_number(db, basics, clock):
    entry = record_survey(UnitOfWork(db, basics.agent, clock), "2025-2026", date(2026, 1, 5),
                          GOOD, account_number=" R00000002 ")
    assert entry.customer_id == basics.li.id
    anonymous = record_survey(UnitOfWork(db, basics.agent, clock), "2025-2026",
                              date(2026, 1, 5), GOOD, account_number="  ")
    assert anonymous.customer_id is None  # the account is optional
    with pytest.raises(ValidationError) as info:
        record_survey(UnitOfWork(db, basics.agent, clock), "2025-2026", date(2026, 1, 5),
                      {**GOOD, "service": ""}, account_number="R99999999")
    assert info.value.errors == {"service": "required", "account_number": "account.unknown"}
    assert forms(db, basics, clock) == 2
