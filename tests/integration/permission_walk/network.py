"""Walk entries of the heating network (issue 16): the tree, equipment status, outages and
the phone list for the SMS gateway."""

from __future__ import annotations

from pathlib import Path

from app.repositories.uow import UnitOfWork
from app.workflows.network.equipment import set_status
from app.workflows.network.outages import OutageForm, declare_outage
from app.workflows.network.phones import export_phones
from app.workflows.network.tree import save_source
from app.workflows.permissions import Permission
from tests.integration.permission_walk import walks


@walks(Permission.NETWORK_EDIT)
def _edit(world, uow: UnitOfWork) -> object:
    return save_source(uow, "")  # no name: refused by role first, then by validation


@walks(Permission.NETWORK_EQUIPMENT_STATUS)
def _equipment(world, uow: UnitOfWork) -> object:
    return set_status(uow, 999_999, "faulty", "漏水")


@walks(Permission.NETWORK_OUTAGE)
def _outage(world, uow: UnitOfWork) -> object:
    # no nodes and no reason: a role that may not declare is told so, not what is missing
    return declare_outage(uow, OutageForm(kind="unplanned", origin="leader", reason="",
                                          starts_at=world.clock(), expected_end_at=None,
                                          unit_id=0))


@walks(Permission.NETWORK_EXPORT)
def _export(world, uow: UnitOfWork) -> object:
    return export_phones(uow, 999_999, Path("walk-phones.txt"))  # a format it refuses
