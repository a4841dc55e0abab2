"""Turning a message into a work order: the intake workflow writes the contact and the
order (rules 2.5, 5.2.2) and, in the same transaction, the message is marked done with
the order's number on it."""

from __future__ import annotations

from dataclasses import dataclass

from app.models.enums import Channel, Outcome
from app.repositories.memos import MemoRepository, MemoView
from app.repositories.uow import UnitOfWork
from app.workflows.errors import ValidationError
from app.workflows.intake import IntakeForm, IntakeResult, save_intake
from app.workflows.memos.inbox import _mine


@dataclass
class MemoOrderForm:
    category: str
    level: int | None
    unit_id: int | None
    description: str = ""  # empty: the message's own words


def memo_to_work_order(uow: UnitOfWork, memo_id: int, form: MemoOrderForm
                       ) -> tuple[IntakeResult, MemoView]:
    with uow:
        memo, _actor = _mine(uow, memo_id, None)
        if memo.ticket_id is not None:
            raise ValidationError({"memo": "memo.has_order"})
        phone, customer_id = memo.phone, memo.customer_id
        words = form.description.strip() or "\n".join(
            p for p in (memo.about, f"来电人：{memo.caller}" if memo.caller else "",
                        f"约定回电：{memo.call_back}" if memo.call_back else "") if p)

    def mark(contact_id: int, ticket_id: int | None) -> None:
        row = uow.repo(MemoRepository).get(memo_id)
        assert row is not None and uow.actor is not None
        now = uow.clock()
        row.ticket_id = ticket_id
        row.read_at = row.read_at or now
        row.done_at, row.done_by_id = now, uow.actor.id

    result = save_intake(uow, IntakeForm(
        channel=Channel.PHONE.value, category=form.category, description=words,
        phone=phone, customer_id=customer_id, outcome=Outcome.WORK_ORDER.value,
        level=form.level, unit_id=form.unit_id), also=mark)
    with uow:
        view = uow.repo(MemoRepository).view(memo_id)
    assert view is not None
    return result, view
