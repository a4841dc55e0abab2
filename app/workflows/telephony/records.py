"""Keep each desk's calls as the phone system reports them (issue 18).

`record_event` writes the port's events under the signed-in agent: ringing makes the row,
answered and ended fill in the PBX's times. Events may arrive twice (a reconnect) or out of
order (an ended call whose ringing was lost in a restart): a row is made for whatever
comes first, and a time already known is never moved. `link_contact` ties the row to the
contact the agent saved for the call; a click-to-dial row carries the work order it was
dialled from.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from app.models.telephony import PbxCall
from app.repositories.telephony import PbxCallRow, TelephonyRepository
from app.repositories.uow import UnitOfWork
from app.workflows.errors import NotFound
from app.workflows.permissions import Permission, require
from app.workflows.security.refusals import refused
from app.workflows.telephony.events import (
    Answered,
    CallEvent,
    Direction,
    EndCause,
    Ended,
    Ringing,
)


@dataclass(frozen=True)
class RecordedCall:
    id: int
    call_id: str
    rang_at: object
    answered_at: object
    ended_at: object
    end_cause: str | None


def _actor_id(uow: UnitOfWork) -> int:
    if uow.actor is None:
        raise refused(uow, Permission.TELEPHONY_RECORD.value,
                      "recording a call needs a logged-in agent")
    return uow.actor.id


def _apply(repo: TelephonyRepository, rows: dict[str, PbxCall], agent_id: int,
           event: CallEvent, source: str, ticket_id: int | None) -> PbxCall:
    row = rows.get(event.call_id)
    if row is None:
        row = repo.add(PbxCall(
            call_id=event.call_id, agent_id=agent_id, rang_at=event.at,
            direction=(event.direction.value if isinstance(event, Ringing)
                       else Direction.INBOUND.value),
            number=event.number[:20] if isinstance(event, Ringing) else "",
            called=event.called[:40] if isinstance(event, Ringing) else "",
            source=source, ticket_id=ticket_id))
        rows[event.call_id] = row
    if isinstance(event, Ringing):
        row.number = row.number or event.number[:20]
        row.called = row.called or event.called[:40]
        row.direction = event.direction.value
        row.rang_at = min(row.rang_at, event.at)
        if ticket_id is not None and row.ticket_id is None:
            row.ticket_id = ticket_id
    elif isinstance(event, Answered):
        if row.answered_at is None:
            row.answered_at = max(event.at, row.rang_at)
    elif isinstance(event, Ended) and row.ended_at is None:
        row.ended_at = max(event.at, row.rang_at)
        cause = event.cause
        if row.answered_at is not None and cause is EndCause.CUT:
            cause = EndCause.ANSWERED  # talked, then the PBX went away
        row.end_cause = cause.value
    return row


def record_event(uow: UnitOfWork, event: CallEvent, source: str = "ami",
                 ticket_id: int | None = None) -> RecordedCall:
    """Write one event of this desk's call; returns the row as it now stands."""
    return record_events(uow, [event], source, ticket_id)[-1]


def record_events(uow: UnitOfWork, events: list[CallEvent], source: str = "ami",
                  ticket_id: int | None = None, contacts: Mapping[str, int] | None = None,
                  tickets: Mapping[str, int] | None = None) -> list[RecordedCall]:
    """Write several events in one transaction (calls caught up on, the demo's); the
    mappings link calls (by call id) to the contact saved for them and to an order."""
    require(uow, Permission.TELEPHONY_RECORD)
    agent_id = _actor_id(uow)
    with uow:
        repo = uow.repo(TelephonyRepository)
        rows = repo.find_many(list(dict.fromkeys(e.call_id for e in events)), agent_id)
        touched = []
        for event in events:
            row = _apply(repo, rows, agent_id, event, source,
                         (tickets or {}).get(event.call_id, ticket_id))
            if contacts and event.call_id in contacts:
                row.contact_id = contacts[event.call_id]
            touched.append(row)
        repo.flush()
        recorded = [RecordedCall(row.id, row.call_id, row.rang_at, row.answered_at,
                                 row.ended_at, row.end_cause) for row in touched]
        uow.commit()
        return recorded


def link_contact(uow: UnitOfWork, call_id: str, contact_id: int,
                 ticket_id: int | None = None) -> None:
    """The agent saved a contact (and maybe opened an order) for this call."""
    require(uow, Permission.TELEPHONY_RECORD)
    agent_id = _actor_id(uow)
    with uow:
        row = uow.repo(TelephonyRepository).find(call_id, agent_id)
        if row is None:
            raise NotFound(f"call {call_id}")
        row.contact_id = contact_id
        if ticket_id is not None and row.ticket_id is None:
            row.ticket_id = ticket_id
        uow.commit()


def calls_of_order(uow: UnitOfWork, ticket_id: int) -> list[PbxCallRow]:
    """The calls made for a work order (click-to-dial, callbacks), oldest first."""
    require(uow, Permission.TELEPHONY_RECORD)
    with uow:
        return uow.repo(TelephonyRepository).calls_of_ticket(ticket_id)
