"""Leaving a message for a colleague or a unit (rule 4.2(5): take a message for a colleague
who is not there): who called, their number, what about and when to call back."""

from __future__ import annotations

from dataclasses import dataclass

from app.models.memos import Memo
from app.repositories.memos import MemoRepository, MemoView
from app.repositories.uow import UnitOfWork
from app.workflows.errors import ValidationError
from app.workflows.permissions import Permission, require
from app.workflows.phone import normalise_phone, phone_problem

MAX_ABOUT = 2000
MAX_CALLER = 50
MAX_CALL_BACK = 100


@dataclass
class MemoForm:
    about: str
    recipient_id: int | None = None
    unit_id: int | None = None
    caller: str = ""
    phone: str = ""
    call_back: str = ""  # when to call back, as the caller said it


def _errors(form: MemoForm) -> dict[str, str]:
    errors: dict[str, str] = {}
    if form.recipient_id is None and form.unit_id is None:
        errors["recipient"] = "required"
    if not form.about.strip():
        errors["about"] = "required"
    elif len(form.about) > MAX_ABOUT:
        errors["about"] = "text.too_long"
    if len(form.caller.strip()) > MAX_CALLER:
        errors["caller"] = "text.too_long"
    if len(form.call_back.strip()) > MAX_CALL_BACK:
        errors["call_back"] = "text.too_long"
    if form.phone.strip():
        problem = phone_problem(form.phone)
        if problem:
            errors["phone"] = problem
    return errors


def leave_memo(uow: UnitOfWork, form: MemoForm) -> MemoView:
    actor = require(uow, Permission.MEMO_LEAVE)  # refused before the form is looked at
    errors = _errors(form)
    if errors:
        raise ValidationError(errors)
    with uow:
        repo = uow.repo(MemoRepository)
        if form.recipient_id is not None and form.recipient_id not in {
                c[0] for c in repo.colleagues()}:
            raise ValidationError({"recipient": "staff.unknown"})
        if form.unit_id is not None and not uow.units.exists(form.unit_id):
            raise ValidationError({"recipient": "unit.unknown"})
        memo = repo.add(Memo(
            author_id=actor.id, recipient_id=form.recipient_id,
            unit_id=None if form.recipient_id is not None else form.unit_id,
            caller=form.caller.strip(), phone=normalise_phone(form.phone) or "",
            about=form.about.strip(), call_back=form.call_back.strip(),
            created_at=uow.clock()))
        view = repo.view(memo.id)
        uow.commit()
        assert view is not None
        return view


@dataclass(frozen=True)
class Recipients:
    staff: tuple[tuple[int, str, str, str], ...]  # id, job number, name, role
    units: tuple[tuple[int, str], ...]


def recipients(uow: UnitOfWork) -> Recipients:
    with uow:
        staff = tuple(uow.repo(MemoRepository).colleagues())
        units = tuple((u.id, u.name) for u in uow.units.active())
        return Recipients(staff, units)
