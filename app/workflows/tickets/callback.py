"""Callback (回访) after resolution (rule 2.5): reached or not, satisfaction, their words.

Satisfaction takes the four levels of rule 5.3.1. A customer who is not satisfied has the
order reopened and sent back to the unit; one not reached stays awaiting callback.

A satisfied callback ends the matter, so the order is closed in the same transaction
(callback → closed, two events). Only an order whose cause is a third party stays at
callback done: the third party's part is still followed (rule 5.2.2) and the order waits
in the "awaiting callback" queue until someone closes it by hand.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models.enums import Responsibility, Satisfaction, TicketStatus
from app.models.ticket_steps import TicketCallback
from app.repositories.uow import UnitOfWork
from app.workflows.errors import ValidationError
from app.workflows.tickets.lifecycle import reopen_values
from app.workflows.tickets.steps import actor_id, apply_step
from app.workflows.tickets.transitions import CALLBACK, CLOSE, REOPEN
from app.workflows.tickets.views import TicketView, load_view

S = TicketStatus
WORDS_MAX = 2000
# rule 5.3.1: 满意 100, 基本满意 80 close the matter; 不满意 50, 很不满意 30 reopen it
SATISFIED_ENOUGH = (Satisfaction.SATISFIED, Satisfaction.BASICALLY_SATISFIED)


@dataclass(frozen=True)
class CallbackResult:
    ticket: TicketView
    reopened: bool


def _checked(reached: bool, satisfaction: str | None, words: str) -> Satisfaction | None:
    errors: dict[str, str] = {}
    level: Satisfaction | None = None
    if reached:
        try:
            level = Satisfaction(satisfaction or "")
        except ValueError:
            errors["satisfaction"] = "required"
    elif satisfaction:
        errors["satisfaction"] = "satisfaction.not_reached"  # nobody answered
    if len(words) > WORDS_MAX:
        errors["words"] = "text.too_long"
    if errors:
        raise ValidationError(errors)
    return level


def record_callback(uow: UnitOfWork, ticket_id: int, *, reached: bool,
                    satisfaction: str | None = None, words: str = "",
                    expected_version: int | None = None) -> CallbackResult:
    level = _checked(reached, satisfaction, words)
    words = words.strip()
    with uow:
        now = uow.clock()
        who = actor_id(uow)
        details = {"reached": reached, "satisfaction": level.value if level else None,
                   "words": words}
        unhappy = level if level is not None and level not in SATISFIED_ENOUGH else None
        reopened = unhappy is not None
        if level in SATISFIED_ENOUGH:
            values: dict = {"status": S.CALLBACK_DONE, "callback_due_at": None}
        else:
            values = {}  # not reached, or reopened just below
        before = apply_step(uow, ticket_id, CALLBACK, values,
                            expected_version=expected_version, details=details)
        if level in SATISFIED_ENOUGH and before["responsibility"] != Responsibility.THIRD_PARTY:
            apply_step(uow, ticket_id, CLOSE,  # rule 2.5: callback → closed
                       {"status": S.CLOSED, "closed_at": now, "callback_due_at": None},
                       details={"after": "callback"})
        if unhappy is not None:
            apply_step(uow, ticket_id, REOPEN,
                       lambda row: reopen_values(uow, row),
                       details={"reason": "dissatisfied", "satisfaction": unhappy.value})
        uow.session.add(TicketCallback(ticket_id=ticket_id, called_at=now, caller_id=who,
                                       reached=reached, satisfaction=level, words=words))
        if level is not None:
            uow.tickets.refresh_callback_answer(ticket_id)  # rule 5.3.2.2 reads it
        uow.commit()
        return CallbackResult(ticket=load_view(uow, ticket_id), reopened=reopened)
