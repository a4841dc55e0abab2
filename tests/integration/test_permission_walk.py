"""Walk the whole permission table (issue 15): every permission's workflow, called by every
role, is let through or refused exactly as ROLE_PERMISSIONS says, and a refusal writes
nothing of the refused work, only its own `permission.denied` audit event (who, which
permission, when). A permission without an entry in tests/integration/permission_walk fails
here."""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

import tests.integration.permission_walk as walk_package
from app.clock import FixedClock
from app.db.database import Database
from app.models.enums import Role
from app.models.event import Event
from app.repositories.uow import Actor, UnitOfWork
from app.workflows.auth import seed_user
from app.workflows.errors import PermissionDenied
from app.workflows.permissions import ROLE_PERMISSIONS, Permission, allowed
from tests.shift_support import ShiftWorld, seed_shifts
from tests.support import seed_basics

for _module in pkgutil.iter_modules(walk_package.__path__):
    importlib.import_module(f"{walk_package.__name__}.{_module.name}")
WALK, COVERED = walk_package.WALK, walk_package.COVERED
ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class WalkWorld:
    walkers: dict[Role, Actor]
    target_id: int  # an account the staff actions act on
    shifts: ShiftWorld
    clock: FixedClock


@pytest.fixture
def world(db: Database, clock: FixedClock) -> WalkWorld:
    basics = seed_basics(db, clock)
    shifts = seed_shifts(db, clock, basics)
    walkers = {role: seed_user(UnitOfWork(db, None, clock), f"W{i}", f"走查{i}", role.value,
                               f"walker-pass-{i}") for i, role in enumerate(Role)}
    return WalkWorld(walkers, basics.agent.id, shifts, clock)


def test_every_permission_is_walked_or_covered() -> None:
    missing = [p.value for p in Permission if p not in WALK and p not in COVERED]
    assert not missing, ("add a walk entry (tests/integration/permission_walk/<feature>.py, "
                         f"see docs/security.md) for: {missing}")
    assert set(ROLE_PERMISSIONS) == set(Permission), "every permission is in the table"
    for permission, test in COVERED.items():
        path, _, name = test.partition("::")
        assert f"def {name}(" in (ROOT / path).read_text(encoding="utf-8"), (permission, test)


def _newest(db: Database) -> int:
    with db.engine.connect() as conn:
        return conn.execute(select(func.max(Event.id))).scalar_one() or 0


def _refused(db: Database, world: WalkWorld, permission: Permission, actor: Actor | None,
             exercise) -> None:
    """Refused, and the only event written is the refusal's own (ASVS 7.1.3, 4.1.5)."""
    before = _newest(db)
    with pytest.raises(PermissionDenied):
        exercise(world, UnitOfWork(db, actor, world.clock))
    who = actor.role if actor else "nobody"
    with db.engine.connect() as conn:
        rows = conn.execute(select(Event.actor_id, Event.entity, Event.entity_id, Event.action,
                                   Event.changes, Event.occurred_at)
                            .where(Event.id > before)).all()
    assert len(rows) == 1, f"{who} refused {permission.value} wrote {rows}"
    actor_id, entity, entity_id, action, changes, at = rows[0]
    assert (action, entity) == ("permission.denied", "staff"), rows
    # the permission named is one the actor lacks: this one, or an earlier check of the same
    # call (nobody signed in is refused archive.view before archive.edit_contact)
    if actor is not None:
        named = Permission(changes["permission"])
        assert named == permission or not allowed(actor.role, named), rows
    assert actor_id == (actor.id if actor else None) and entity_id == (actor.id if actor else 0)
    assert at is not None


@pytest.mark.parametrize("permission", sorted(WALK, key=lambda p: p.value), ids=str)
def test_each_role_is_let_through_or_refused_as_the_table_says(
        db: Database, world: WalkWorld, permission: Permission) -> None:
    exercise = WALK[permission]
    for role, actor in world.walkers.items():
        if allowed(role, permission):
            try:
                exercise(world, UnitOfWork(db, actor, world.clock))
            except PermissionDenied as exc:  # pragma: no cover - the failure itself
                pytest.fail(f"{role.value} holds {permission.value} but was refused: {exc}")
            except Exception:  # noqa: S110 - past the check: a domain answer is fine here
                pass
        else:
            _refused(db, world, permission, actor, exercise)
    _refused(db, world, permission, None, exercise)  # nobody signed in: refused too
