"""Many customers' cards in two statements read the same as one card at a time."""

from __future__ import annotations

from app.clock import FixedClock
from app.repositories.uow import UnitOfWork
from tests.demo_support import DEMO_NOW, DemoCopy


def test_cards_of_many_are_the_cards_one_by_one(demo_copy: DemoCopy) -> None:
    with UnitOfWork(demo_copy.db, None, FixedClock(DEMO_NOW)) as uow:
        ids = [*range(1, 400), 10**9, 7]  # one missing, one asked for twice, out of order
        season = DEMO_NOW.year - 1  # contracts are kept per season (rule 3.1.3)
        for terms in (None, season):
            one_by_one = [uow.customers.card(i, terms) for i in ids]
            assert uow.customers.cards(ids, terms) == [c for c in one_by_one if c is not None]
        assert any(c.phones for c in uow.customers.cards(ids))
        assert any(len(c.phones) > 1 for c in uow.customers.cards(ids))
        assert uow.customers.cards([]) == []
