"""The calls that suggest an outage, and the proposals made from them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models.contact import Contact
from app.models.customer import Customer
from app.models.enums import Category
from app.models.network import NetworkBuilding, OutageProposal, ProposalStatus, Substation
from app.repositories.network.views import ProposalView

RECENT_CALLS = 50_000  # the most contacts one window may hold (a city's worst hour)


class ProposalRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def calls_per_substation(self, since: datetime, categories: list[str],
                             at_least: int) -> list[Any]:
        """(substation_id, calls, first call) of substations with at least `at_least`
        calls of these categories from their buildings since `since`.

        The window's contacts are read first, by time alone (`ix_contact_created`; with the
        category beside it SQLite's planner took the category index and read a season of
        no-heat calls), in a subquery with a LIMIT so that no planner turns it around into
        a walk over every customer of the network."""
        recent = (select(Contact.id, Contact.customer_id, Contact.created_at,
                         Contact.category)
                  .where(Contact.created_at >= since)
                  .limit(RECENT_CALLS).subquery())
        stmt = (select(NetworkBuilding.substation_id, func.count(recent.c.id).label("calls"),
                       func.min(recent.c.created_at).label("first"))
                .select_from(recent)
                .join(Customer, Customer.id == recent.c.customer_id)
                .join(NetworkBuilding, (NetworkBuilding.estate == Customer.estate)
                      & (NetworkBuilding.building == Customer.building))
                .where(recent.c.category.in_([Category(c) for c in categories]))
                .group_by(NetworkBuilding.substation_id)
                .having(func.count(recent.c.id) >= at_least))
        return list(self.session.execute(stmt))

    def proposed_since(self, substation_id: int, since: datetime) -> bool:
        stmt = select(OutageProposal.id).where(OutageProposal.substation_id == substation_id,
                                               OutageProposal.proposed_at >= since).limit(1)
        return self.session.execute(stmt).first() is not None

    def add(self, proposal: OutageProposal) -> None:
        self.session.add(proposal)
        self.session.flush()

    def get(self, proposal_id: int) -> OutageProposal | None:
        return self.session.get(OutageProposal, proposal_id)

    def open(self, limit: int = 50) -> list[ProposalView]:
        stmt = (select(OutageProposal, Substation.name, Substation.households)
                .join(Substation, Substation.id == OutageProposal.substation_id)
                .where(OutageProposal.status == ProposalStatus.OPEN)
                .order_by(OutageProposal.proposed_at.desc()).limit(limit))
        return [ProposalView(id=p.id, substation_id=p.substation_id, substation=name,
                             calls=p.calls, first_call_at=p.first_call_at,
                             proposed_at=p.proposed_at, households=homes)
                for p, name, homes in self.session.execute(stmt)]
