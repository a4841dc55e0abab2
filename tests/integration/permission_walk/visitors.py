"""Walk entry of the reception hall's visitor register (rule 3.7.2)."""

from __future__ import annotations

from app.repositories.uow import UnitOfWork
from app.workflows.permissions import Permission
from app.workflows.visitors.reception import VisitorForm, receive_visitor
from tests.integration.permission_walk import walks


@walks(Permission.VISITOR_RECEIVE)
def _receive(world, uow: UnitOfWork) -> object:
    # empty fields: a receptionist gets a ValidationError, everyone else the refusal first
    return receive_visitor(uow, VisitorForm(name="", category="", description=""))
