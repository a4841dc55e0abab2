"""Messages for absent colleagues (rule 4.2(5)): who holds which, what is unread, what a
handover passes on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from app.models.memos import Memo
from app.models.staff import Staff, Unit
from app.models.ticket import format_ticket_number


@dataclass(frozen=True)
class MemoView:
    id: int
    author_name: str
    recipient_id: int | None
    recipient_name: str
    unit_id: int | None
    unit_name: str
    caller: str
    phone: str
    about: str
    call_back: str
    created_at: datetime
    read_at: datetime | None
    done_at: datetime | None
    reply: str
    replied_at: datetime | None
    ticket_number: str
    handed_from_name: str
    author_id: int
    version: int

    @property
    def unread(self) -> bool:
        return self.read_at is None and self.done_at is None


def _query():  # noqa: ANN202 (a Select of the view's columns)
    author, recipient, handed = aliased(Staff), aliased(Staff), aliased(Staff)
    return (select(Memo, author.name, recipient.name, Unit.name, handed.name)
            .join(author, author.id == Memo.author_id)
            .outerjoin(recipient, recipient.id == Memo.recipient_id)
            .outerjoin(Unit, Unit.id == Memo.unit_id)
            .outerjoin(handed, handed.id == Memo.handed_from_id))


def _view(row: Any) -> MemoView:
    m, author, recipient, unit, handed = row
    return MemoView(m.id, author, m.recipient_id, recipient or "", m.unit_id, unit or "",
                    m.caller, m.phone, m.about, m.call_back, m.created_at, m.read_at,
                    m.done_at, m.reply, m.replied_at,
                    format_ticket_number(m.ticket_id) if m.ticket_id else "", handed or "",
                    m.author_id, m.version)


class MemoRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, memo: Memo) -> Memo:
        self.session.add(memo)
        self.session.flush()
        return memo

    def get(self, memo_id: int) -> Memo | None:
        return self.session.get(Memo, memo_id)

    def view(self, memo_id: int) -> MemoView | None:
        row = self.session.execute(_query().where(Memo.id == memo_id)).first()
        return _view(row) if row else None

    @staticmethod
    def _mine(staff_id: int, unit_id: int | None):  # noqa: ANN205 (a SQL condition)
        if unit_id is None:
            return Memo.recipient_id == staff_id
        return or_(Memo.recipient_id == staff_id,
                   (Memo.unit_id == unit_id) & Memo.recipient_id.is_(None))

    def for_staff(self, staff_id: int, unit_id: int | None, *, open_only: bool,
                  limit: int = 300) -> list[MemoView]:
        query = _query().where(self._mine(staff_id, unit_id))
        if open_only:
            query = query.where(Memo.done_at.is_(None))
        rows = self.session.execute(query.order_by(Memo.done_at.is_not(None),
                                                   Memo.created_at.desc()).limit(limit))
        return [_view(r) for r in rows]

    def left_by(self, staff_id: int, limit: int = 100) -> list[MemoView]:
        rows = self.session.execute(_query().where(Memo.author_id == staff_id)
                                    .order_by(Memo.created_at.desc()).limit(limit))
        return [_view(r) for r in rows]

    def unread_count(self, staff_id: int, unit_id: int | None) -> int:
        return self.session.scalar(select(func.count()).select_from(Memo).where(
            self._mine(staff_id, unit_id), Memo.read_at.is_(None),
            Memo.done_at.is_(None))) or 0

    def unread_before(self, cutoff: datetime) -> list[MemoView]:
        rows = self.session.execute(_query().where(
            Memo.read_at.is_(None), Memo.done_at.is_(None), Memo.created_at < cutoff)
            .order_by(Memo.created_at))
        return [_view(r) for r in rows]

    def open_personal(self, staff_id: int) -> list[Memo]:
        return list(self.session.scalars(select(Memo).where(
            Memo.recipient_id == staff_id, Memo.done_at.is_(None))))

    def carried_by(self, handover_id: int) -> list[MemoView]:
        rows = self.session.execute(_query().where(Memo.handover_id == handover_id)
                                    .order_by(Memo.created_at))
        return [_view(r) for r in rows]

    def carried_rows(self, handover_id: int) -> list[Memo]:
        return list(self.session.scalars(select(Memo).where(
            Memo.handover_id == handover_id)))

    def staff_unit(self, staff_id: int) -> int | None:
        return self.session.scalar(select(Staff.unit_id).where(Staff.id == staff_id))

    def colleagues(self) -> list[tuple[int, str, str, str]]:
        """(id, job number, name, role) of every active staff member."""
        return [(i, j, n, str(r)) for i, j, n, r in self.session.execute(
            select(Staff.id, Staff.job_number, Staff.name, Staff.role)
            .where(Staff.active.is_(True)).order_by(Staff.job_number))]
