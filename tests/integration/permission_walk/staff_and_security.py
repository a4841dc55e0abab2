"""Walk entries of the staff and security section and of the existing features' checks
moved onto the table (shifts, work orders, etiquette, quality, letterhead)."""

from __future__ import annotations

import itertools
from datetime import date

from app.repositories.uow import UnitOfWork
from app.workflows.etiquette.config import save_config
from app.workflows.letterhead import save_wording
from app.workflows.permissions import Permission
from app.workflows.quality.measurements import SampleForm, record_sample
from app.workflows.security.audit import AuditQuery, audit_page
from app.workflows.security.staff import add_staff, reset_password, unlock_account
from app.workflows.shifts.leave import decide_leave
from app.workflows.shifts.roster import unassign
from app.workflows.shifts.swap import swap_duties
from app.workflows.tickets.callback import record_callback
from app.workflows.tickets.case import open_case
from tests.integration.permission_walk import covered_by, walks

_numbers = itertools.count(7000)


@walks(Permission.STAFF_MANAGE)
def _add(world, uow: UnitOfWork) -> object:
    return add_staff(uow, str(next(_numbers)), "新同事", "agent", "first-password-1")


@walks(Permission.STAFF_RESET_PASSWORD)
def _reset(world, uow: UnitOfWork) -> object:
    return reset_password(uow, world.target_id, "temporary-pass-1")


@walks(Permission.STAFF_UNLOCK)
def _unlock(world, uow: UnitOfWork) -> object:
    return unlock_account(uow, world.target_id)


@walks(Permission.AUDIT_VIEW)
def _audit(world, uow: UnitOfWork) -> object:
    return audit_page(uow, AuditQuery())


@walks(Permission.SHIFT_ROSTER)
def _roster(world, uow: UnitOfWork) -> object:
    return unassign(uow, world.shifts.night_duty)


@walks(Permission.SHIFT_LEAVE_DECIDE)
def _leave(world, uow: UnitOfWork) -> object:
    return decide_leave(uow, 999_999, True)


@walks(Permission.SHIFT_SWAP_OTHERS)
def _swap(world, uow: UnitOfWork) -> object:
    # two colleagues who are not the walker: only a leader records it for them
    return swap_duties(uow, world.shifts.day_duty, None, colleague_id=world.shifts.other.id,
                       reason="换班")


@walks(Permission.TICKET_CALLBACK)
def _callback(world, uow: UnitOfWork) -> object:
    return record_callback(uow, world.shifts.callback_id, reached=False)


@walks(Permission.TICKET_OPEN_CASE)
def _case(world, uow: UnitOfWork) -> object:
    return open_case(uow, world.shifts.open_id, world.target_id, world.clock())


@walks(Permission.ETIQUETTE_EDIT)
def _etiquette(world, uow: UnitOfWork) -> object:
    return save_config(uow, {})


@walks(Permission.QUALITY_MEASURE)
def _measure(world, uow: UnitOfWork) -> object:
    return record_sample(uow, SampleForm(account_number="R0", day=date(2026, 11, 25),
                                         time="", room="", temperature="", technician=""))


@walks(Permission.LETTERHEAD_EDIT)
def _letterhead(world, uow: UnitOfWork) -> object:
    return save_wording(uow, {})


# The signer's role, typed into the release dialog, is checked against the table and
# answered beside the job number field (ValidationError signer.not_leader):
covered_by(Permission.HANDOVER_OVERRIDE,
           "tests/integration/test_handover_workflow.py::"
           "test_leader_override_needs_a_leader_a_password_and_a_reason")
# Only shows the alert dock (reading overdue alerts stays open to every desk's sweep):
covered_by(Permission.TICKET_OVERDUE_ALERTS, "tests/ui/test_overdue_alerts.py::"
           "test_overdue_order_alerts_the_leader_once_and_is_escalated_once")
