"""Walk entry of the readings a leader decides (issue 13: rules 5.2.1, 5.2.2, 5.3.2.2)."""

from __future__ import annotations

from app.repositories.uow import UnitOfWork
from app.workflows.permissions import Permission
from app.workflows.rule_settings import RuleSettings, save_rule_settings
from tests.integration.permission_walk import walks


@walks(Permission.RULE_SETTINGS)
def _save(world, uow: UnitOfWork) -> object:
    # a real change: callbacks counted in the satisfaction rate, the rest as the defaults
    return save_rule_settings(uow, RuleSettings(
        46, True, 24, ("agent", "shift_leader", "technician", "supervisor", "admin"),
        ("technician", "shift_leader", "supervisor", "admin"),
        ("agent", "shift_leader", "technician", "supervisor", "admin")))
