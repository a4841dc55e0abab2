"""Passwords are stored as argon2id hashes with the library's recommended parameters."""

from __future__ import annotations

from argon2 import PasswordHasher, Type
from argon2.profiles import RFC_9106_LOW_MEMORY

from tests.conftest import PRODUCTION_HASHER


def test_production_hasher_is_argon2id_with_recommended_cost() -> None:
    params = PRODUCTION_HASHER._parameters
    assert params.type is Type.ID
    assert params.time_cost >= RFC_9106_LOW_MEMORY.time_cost
    assert params.memory_cost >= RFC_9106_LOW_MEMORY.memory_cost
    assert PasswordHasher().time_cost == PRODUCTION_HASHER.time_cost


def test_a_production_hash_verifies_and_names_argon2id() -> None:
    digest = PRODUCTION_HASHER.hash("demo1001")
    assert digest.startswith("$argon2id$")
    assert PRODUCTION_HASHER.verify(digest, "demo1001")
