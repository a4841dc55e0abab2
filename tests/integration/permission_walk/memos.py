"""Walk entries of the messages left for colleagues (rule 4.2(5))."""

from __future__ import annotations

from app.repositories.uow import UnitOfWork
from app.workflows.memos.leave import MemoForm, leave_memo
from app.workflows.memos.watch import unread_too_long
from app.workflows.permissions import Permission
from tests.integration.permission_walk import walks


@walks(Permission.MEMO_LEAVE)
def _leave(world, uow: UnitOfWork) -> object:
    # every role may; nobody signed in must be refused before the empty form is looked at
    return leave_memo(uow, MemoForm(about="", recipient_id=world.target_id))


@walks(Permission.MEMO_WATCH)
def _watch(world, uow: UnitOfWork) -> object:
    return unread_too_long(uow)
