"""Walk entries of the customer archive (issue 14): the record, contracts, stop/resume
applications, the leaders' lists and export, the import."""

from __future__ import annotations

import itertools
from dataclasses import replace

from app.models.enums import Role
from app.repositories.uow import UnitOfWork
from app.workflows.customers.contracts import ContractForm, save_contract
from app.workflows.customers.export import ExportFilter, export_customers
from app.workflows.customers.importing import open_import
from app.workflows.customers.record import Phone, RecordView, load_record, save_record
from app.workflows.customers.stop_resume import StopForm, apply_stop_resume
from app.workflows.permissions import Permission
from tests.integration.permission_walk import walks

_numbers = itertools.count(1)


def _zhang(world, uow: UnitOfWork) -> RecordView:
    """张伟's record as it is now (read by a leader: an allowed role's save bumps it)."""
    reader = UnitOfWork(uow.db, world.walkers[Role.SHIFT_LEADER], uow.clock)
    with reader:
        customer_id = reader.customers.id_by_account("R00000001")
    assert customer_id is not None
    return load_record(reader, customer_id)


@walks(Permission.ARCHIVE_VIEW)
def _view(world, uow: UnitOfWork) -> object:
    return load_record(uow, 999_999)


@walks(Permission.ARCHIVE_EDIT_CONTACT)
def _edit_contact(world, uow: UnitOfWork) -> object:
    # only the phones change: a desk's edit (agents too), not the leaders' record
    record = _zhang(world, uow)
    phones = [record.phones[0], Phone(f"1390000{next(_numbers):04d}")]
    return save_record(uow, record.id, replace(record.form(), phones=phones), record.version)


@walks(Permission.ARCHIVE_EDIT_RECORD)
def _edit_record(world, uow: UnitOfWork) -> object:
    record = _zhang(world, uow)
    form = replace(record.form(), name=f"张伟{next(_numbers)}")
    return save_record(uow, record.id, form, record.version)


@walks(Permission.ARCHIVE_EDIT_CONTRACT)
def _contract(world, uow: UnitOfWork) -> object:
    return save_contract(uow, 999_999, ContractForm(season=""))


@walks(Permission.ARCHIVE_STOP_RESUME)
def _stop_resume(world, uow: UnitOfWork) -> object:
    return apply_stop_resume(uow, 999_999, StopForm(kind="", unit_id=None))


@walks(Permission.ARCHIVE_LISTS)
def _lists(world, uow: UnitOfWork) -> object:
    # a path the export refuses: checked after the role, and no file is written
    return export_customers(uow, "walk-archive.txt", ExportFilter())


@walks(Permission.ARCHIVE_IMPORT)
def _import(world, uow: UnitOfWork) -> object:
    return open_import(uow, "/nonexistent/walk-archive.xlsx")
