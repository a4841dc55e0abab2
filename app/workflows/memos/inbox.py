"""The recipient's side of a message (rule 4.2(5)): the list with its unread count, seen at
login, marked read, done, or answered (the reply goes back to who left it, as a message)."""

from __future__ import annotations

from dataclasses import dataclass

from app.models.memos import Memo
from app.repositories.memos import MemoRepository, MemoView
from app.repositories.uow import Actor, UnitOfWork
from app.workflows.errors import Conflict, NotFound, ValidationError
from app.workflows.permissions import Permission, require
from app.workflows.security.refusals import refused

MAX_REPLY = 2000


@dataclass(frozen=True)
class Inbox:
    memos: tuple[MemoView, ...]  # open first, newest first
    unread: int
    left: tuple[MemoView, ...] = ()  # what I left for others (to see whether it was read)


def _who(uow: UnitOfWork) -> tuple[Actor, int | None]:
    actor = require(uow, Permission.MEMO_LEAVE)
    return actor, uow.repo(MemoRepository).staff_unit(actor.id)


def inbox(uow: UnitOfWork, *, open_only: bool = False) -> Inbox:
    with uow:
        actor, unit = _who(uow)
        repo = uow.repo(MemoRepository)
        return Inbox(tuple(repo.for_staff(actor.id, unit, open_only=open_only)),
                     repo.unread_count(actor.id, unit), tuple(repo.left_by(actor.id)))


def unread_count(uow: UnitOfWork) -> int:
    with uow:
        actor, unit = _who(uow)
        return uow.repo(MemoRepository).unread_count(actor.id, unit)


def unread_at_login(uow: UnitOfWork) -> tuple[MemoView, ...]:
    """The messages waiting for the one who just signed in (shown before anything else)."""
    with uow:
        actor, unit = _who(uow)
        memos = uow.repo(MemoRepository).for_staff(actor.id, unit, open_only=True)
        return tuple(m for m in memos if m.unread)


def _mine(uow: UnitOfWork, memo_id: int, version: int | None) -> tuple[Memo, Actor]:
    actor, unit = _who(uow)
    memo = uow.repo(MemoRepository).get(memo_id)
    if memo is None:
        raise NotFound(f"memo {memo_id}")
    if memo.recipient_id != actor.id and not (memo.recipient_id is None
                                              and memo.unit_id == unit):
        raise refused(uow, "memos.handle", "memos: only its recipient handles a message")
    if version is not None and memo.version != version:
        raise Conflict(f"memo {memo_id} changed meanwhile")
    return memo, actor


def mark_read(uow: UnitOfWork, memo_ids: list[int]) -> int:
    """Seen (at login or opened in the list); returns how many were unread."""
    with uow:
        count = 0
        for memo_id in memo_ids:
            memo, actor = _mine(uow, memo_id, None)
            if memo.read_at is None:
                memo.read_at, memo.read_by_id = uow.clock(), actor.id
                count += 1
        uow.commit()
        return count


def mark_done(uow: UnitOfWork, memo_id: int, version: int | None = None) -> MemoView:
    with uow:
        memo, actor = _mine(uow, memo_id, version)
        now = uow.clock()
        memo.read_at = memo.read_at or now
        memo.read_by_id = memo.read_by_id or actor.id
        memo.done_at, memo.done_by_id = now, actor.id
        uow.flush()
        view = uow.repo(MemoRepository).view(memo_id)
        uow.commit()
        assert view is not None
        return view


def reply(uow: UnitOfWork, memo_id: int, text: str, version: int | None = None) -> MemoView:
    """Answer who left the message: the answer is kept on it, and reaches them as a
    message of its own; the message is then done."""
    if not text.strip():
        raise ValidationError({"reply": "required"})
    if len(text) > MAX_REPLY:
        raise ValidationError({"reply": "text.too_long"})
    with uow:
        memo, actor = _mine(uow, memo_id, version)
        now = uow.clock()
        memo.reply, memo.replied_at = text.strip(), now
        memo.read_at = memo.read_at or now
        memo.done_at, memo.done_by_id = now, actor.id
        repo = uow.repo(MemoRepository)
        if memo.author_id != actor.id:
            repo.add(Memo(author_id=actor.id, recipient_id=memo.author_id,
                          caller=memo.caller, phone=memo.phone,
                          about=f"{text.strip()}\n—— {memo.about[:200]}", created_at=now))
        uow.flush()
        view = repo.view(memo_id)
        uow.commit()
        assert view is not None
        return view
