"""Messages at the shift handover (rules 3.4.3, 4.2(5)): when the outgoing colleague hands
over, the personal messages still open pass to the incoming one and are listed on the
handover sheet; taking the handover back returns them."""

from __future__ import annotations

from app.repositories.memos import MemoRepository, MemoView
from app.repositories.uow import UnitOfWork


def carry_memos(uow: UnitOfWork, handover_id: int, outgoing_id: int,
                incoming_id: int | None) -> int:
    """Inside the handover's open unit of work; how many messages were passed on."""
    if incoming_id is None:
        return 0
    memos = uow.repo(MemoRepository).open_personal(outgoing_id)
    for memo in memos:
        memo.handed_from_id = outgoing_id
        memo.recipient_id = incoming_id
        memo.handover_id = handover_id
    return len(memos)


def return_memos(uow: UnitOfWork, handover_id: int) -> None:
    """The handover went back to draft: its messages go back to who handed them on."""
    for memo in uow.repo(MemoRepository).carried_rows(handover_id):
        if memo.done_at is None and memo.handed_from_id is not None:
            memo.recipient_id = memo.handed_from_id
            memo.handed_from_id = None
            memo.handover_id = None


def carried_memos(uow: UnitOfWork, handover_id: int) -> list[MemoView]:
    """Inside an open unit of work: the messages a handover passed on."""
    return uow.repo(MemoRepository).carried_by(handover_id)


def memo_sheet_rows(memos: list[MemoView], zone: object) -> list[list[str]]:
    """The handover sheet's table of messages passed on (heading row first)."""
    rows = [["留言时间", "来电人 / 电话", "事由", "约定回电", "原接收人"]]
    for m in memos:
        rows.append([m.created_at.astimezone(zone).strftime("%m-%d %H:%M"),  # type: ignore[arg-type]
                     f"{m.caller}\n{m.phone}".strip(), m.about[:120], m.call_back,
                     m.handed_from_name])
    return rows


def pending_memos(uow: UnitOfWork, outgoing_id: int) -> list[MemoView]:
    """Inside an open unit of work: the personal messages a handover would pass on now."""
    return uow.repo(MemoRepository).for_staff(outgoing_id, None, open_only=True)
