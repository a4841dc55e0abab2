"""The role table names every permission once; the UI's check and the workflow's agree."""

from __future__ import annotations

import pytest

from app.models.enums import Role
from app.workflows.permissions import ROLE_PERMISSIONS, Permission, allowed


def test_every_permission_has_a_row() -> None:
    assert set(ROLE_PERMISSIONS) == set(Permission)


@pytest.mark.parametrize("permission", list(Permission))
def test_allowed_reads_the_table(permission: Permission) -> None:
    for role in Role:
        assert allowed(role, permission) is (role in ROLE_PERMISSIONS[permission])
        assert allowed(role.value, permission) is (role in ROLE_PERMISSIONS[permission])
    assert allowed(None, permission) is False


def test_staff_management_is_admin_only() -> None:
    assert ROLE_PERMISSIONS[Permission.STAFF_MANAGE] == frozenset({Role.ADMIN})
