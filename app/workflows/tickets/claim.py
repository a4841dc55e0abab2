"""Claiming an order: atomic across desks; the loser is told who has it.

The claim is one conditional UPDATE (`... WHERE assignee_id IS NULL`); the row count
decides, so two desks claiming at once can never both win, on either backend.
"""

from __future__ import annotations

from app.repositories.uow import UnitOfWork
from app.workflows.errors import NotFound
from app.workflows.tickets.errors import ClaimConflict, IllegalTransition
from app.workflows.tickets.steps import Row, actor_id, apply_step, plain
from app.workflows.tickets.transitions import CLAIM, RELEASE, OrderState, refusal
from app.workflows.tickets.views import TicketView, load_view, view_from_row


def claim(uow: UnitOfWork, ticket_id: int) -> TicketView:
    """Take the order; ClaimConflict names the holder when another desk was first."""
    with uow:
        me = actor_id(uow)
        now = uow.clock()
        if uow.tickets.claim(ticket_id, me):
            uow.tickets.record(ticket_id, CLAIM, {"assignee_id": [None, me]}, me, now)
            view = load_view(uow, ticket_id)  # read before commit: one transaction
            uow.commit()
            return view
        row = uow.tickets.view_row(ticket_id)  # the loser learns the holder in one query
        if row is None:
            raise NotFound(f"work order {ticket_id}")
        why = refusal(CLAIM, OrderState.of_row(row))
        if why is not None:
            raise IllegalTransition(CLAIM, plain(row["status"]), why)
        if row["assignee_id"] == me:
            return view_from_row(row)  # already mine: claiming again changes nothing
        raise ClaimConflict(ticket_id, row["assignee_name"])


def release(uow: UnitOfWork, ticket_id: int,
            expected_version: int | None = None) -> TicketView:
    """Give the order back to the unit's pool; only its holder may."""
    with uow:
        me = actor_id(uow)

        def mine(row: Row) -> None:
            holder = row["assignee_id"]
            if holder != me:
                raise ClaimConflict(ticket_id, uow.tickets.holder_name(ticket_id)
                                    if holder else None)

        apply_step(uow, ticket_id, RELEASE, {"assignee_id": None},
                   expected_version=expected_version, check=mine)
        uow.commit()
        return load_view(uow, ticket_id)
