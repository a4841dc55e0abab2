"""Who may pause an order's deadline and who grades it (rule 5.2.2), from the settings.

The one table of these permissions: the settings `ticket.pause_roles`,
`ticket.level_roles` (may set any level: the executing units grade) and
`ticket.level_raise_roles` (may only make an order more urgent). The workflows enforce it
(PermissionDenied); the desk asks `may_pause`/`may_grade` to hide what would be refused.
"""

from __future__ import annotations

from app.repositories.uow import Actor, UnitOfWork
from app.workflows.security.refusals import refused
from app.workflows.settings import Settings

PAUSE_ROLES = "ticket.pause_roles"
LEVEL_ROLES = "ticket.level_roles"
LEVEL_RAISE_ROLES = "ticket.level_raise_roles"


def _role(actor: Actor | None) -> str | None:
    return actor.role if actor is not None else None


def _in(settings: Settings, key: str, actor: Actor | None) -> bool:
    role = _role(actor)
    return role is not None and role in {str(r) for r in settings.items(key)}


def may_pause(settings: Settings, actor: Actor | None) -> bool:
    """Rule 5.2.2: pausing (and resuming) a deadline is for the roles the centre set."""
    return _in(settings, PAUSE_ROLES, actor)


def may_grade(settings: Settings, actor: Actor | None) -> bool:
    """Rule 5.2.2: the executing units grade: set any level of an existing order."""
    return _in(settings, LEVEL_ROLES, actor)


def may_change_level(settings: Settings, actor: Actor | None, old: int, new: int) -> bool:
    """Any level for a grading role; a raise (a smaller number) for the raising roles."""
    if new == old:
        return True
    return may_grade(settings, actor) or (new < old and _in(settings, LEVEL_RAISE_ROLES, actor))


def require_pause(uow: UnitOfWork, settings: Settings) -> None:
    if not may_pause(settings, uow.actor):
        raise refused(uow, "ticket.pause",
                      "this role may not pause an order's deadline (rule 5.2.2)")


def require_level_change(uow: UnitOfWork, settings: Settings, old: int, new: int) -> None:
    if not may_change_level(settings, uow.actor, old, new):
        raise refused(uow, "ticket.level", "this role may not set this order's level (rule 5.2.2)")
