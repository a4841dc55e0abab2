"""A leader sees the messages nobody has read for longer than the setting
memo.unread_alert_minutes (rule 4.2(5): a message taken must reach its colleague)."""

from __future__ import annotations

from datetime import timedelta

from app.repositories.memos import MemoRepository, MemoView
from app.repositories.uow import UnitOfWork
from app.workflows.permissions import Permission, require
from app.workflows.settings import load_settings

UNREAD_MINUTES = "memo.unread_alert_minutes"


def unread_too_long(uow: UnitOfWork) -> tuple[MemoView, ...]:
    with uow:
        require(uow, Permission.MEMO_WATCH)
        minutes = load_settings(uow).integer(UNREAD_MINUTES)
        cutoff = uow.clock() - timedelta(minutes=minutes)
        return tuple(uow.repo(MemoRepository).unread_before(cutoff))
