"""Detection (issue 16): many no-heat calls from one substation's buildings in a short
time suggest an outage; the shift leader's desk is proposed to declare one, once.

The threshold, window and categories are settings. A proposal is a row, so every leader's
desk, a restarted desk and the next sweep all see that it was made: a substation with an
outage not yet restored, or proposed within `network.proposal_quiet_hours`, is not
proposed again.
"""

from __future__ import annotations

from datetime import timedelta

from app.models.network import OutageProposal, ProposalStatus
from app.repositories.network.outages import OutageRepository
from app.repositories.network.proposals import ProposalRepository
from app.repositories.network.views import ProposalView
from app.repositories.uow import UnitOfWork
from app.workflows.errors import NotFound, ValidationError
from app.workflows.permissions import Permission, require
from app.workflows.settings import load_settings


def detect_outages(uow: UnitOfWork) -> list[ProposalView]:
    """Propose every substation over the threshold that was not proposed yet; returns the
    open proposals (new and earlier) for the leader's desk (issue 15: it writes proposals,
    so it is the table's `network.outage` like deciding them, not only a hidden dock)."""
    require(uow, Permission.NETWORK_OUTAGE)
    with uow:
        settings = load_settings(uow)
        now = uow.clock()
        since = now - timedelta(minutes=settings.number("network.detect_minutes"))
        quiet = now - timedelta(hours=settings.number("network.proposal_quiet_hours"))
        repo = uow.repo(ProposalRepository)
        over = repo.calls_per_substation(
            since, [str(c) for c in settings.items("network.detect_categories")],
            settings.integer("network.detect_calls"))
        if over:
            active = uow.repo(OutageRepository).active_substations()
            for row in over:
                if row.substation_id in active or repo.proposed_since(row.substation_id, quiet):
                    continue
                repo.add(OutageProposal(substation_id=row.substation_id, calls=int(row.calls),
                                        first_call_at=row.first, proposed_at=now))
            uow.commit()
        return repo.open()


def open_proposals(uow: UnitOfWork) -> list[ProposalView]:
    with uow:
        return uow.repo(ProposalRepository).open()


def decide_proposal(uow: UnitOfWork, proposal_id: int, *, outage_id: int | None = None) -> None:
    """Close a proposal: declared (with the outage) or dismissed (no outage)."""
    with uow:
        actor = require(uow, Permission.NETWORK_OUTAGE)
        row = uow.repo(ProposalRepository).get(proposal_id)
        if row is None:
            raise NotFound(f"proposal {proposal_id}")
        if row.status is not ProposalStatus.OPEN:
            raise ValidationError({"proposal": "network.proposal_decided"})
        row.status = ProposalStatus.DECLARED if outage_id else ProposalStatus.DISMISSED
        row.outage_id, row.decided_by_id = outage_id, actor.id
        uow.commit()
