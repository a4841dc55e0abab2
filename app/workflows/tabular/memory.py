"""Remembering the mapping of each kind of import (the next month's file maps itself)."""

from __future__ import annotations

from collections.abc import Sequence

from app.repositories.tabular import MappingRepository
from app.repositories.uow import UnitOfWork
from app.workflows.tabular.mapping import Mapping, remembered_form


def remembered_mapping(uow: UnitOfWork, kind: str) -> dict[str, str]:
    """{header: field} as last used for `kind` ({} the first time)."""
    with uow:
        return uow.repo(MappingRepository).get(kind)


def remember_mapping(uow: UnitOfWork, kind: str, mapping: Mapping,
                     headers: Sequence[str]) -> None:
    """Keep this file's mapping, merged over what was remembered (other headers stay)."""
    with uow:
        repo = uow.repo(MappingRepository)
        repo.put(kind, repo.get(kind) | remembered_form(mapping, headers))
        uow.commit()
