"""The permission walk's registry: for every Permission, how to exercise it.

Each feature keeps its own module here (`staff.py`, `shifts.py`, ...) that calls `walks`
once per permission with a function `(world, uow) -> None` calling the REAL workflow that
the permission guards, as the unit of work's actor. test_permission_walk.py imports every
module of this package, checks that every Permission has an entry (a new permission without
one fails), and runs each entry as each role: a role the table allows must get past the
check (any other outcome but PermissionDenied), a role it refuses must get PermissionDenied
with nothing written. See docs/security.md.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.repositories.uow import UnitOfWork
from app.workflows.permissions import Permission

Exercise = Callable[[Any, UnitOfWork], object]
WALK: dict[Permission, Exercise] = {}


COVERED: dict[Permission, str] = {}


def covered_by(permission: Permission, test: str) -> None:
    """A permission that guards no workflow of its own (it hides a screen, or it is checked
    on a typed signature): the test named here proves it instead of the walk."""
    assert permission not in COVERED, f"{permission} is covered twice"
    COVERED[permission] = test


def walks(permission: Permission) -> Callable[[Exercise], Exercise]:
    def register(exercise: Exercise) -> Exercise:
        assert permission not in WALK, f"{permission} is walked twice"
        WALK[permission] = exercise
        return exercise
    return register
