"""Loading the library in force, and a shift leader's edits with their version history.

The default library (resources/etiquette/library.json) is in force until a leader saves;
each save is a new numbered version and older versions can be read back or restored, so a
bad edit is never a loss (rules 4.2, 4.3: the phrases are data the centre owns).
"""

from __future__ import annotations

from app.repositories.etiquette import EtiquetteRepository, LibraryVersionView
from app.repositories.uow import UnitOfWork
from app.workflows.errors import NotFound, ValidationError
from app.workflows.etiquette.library import (
    Library,
    default_library,
    from_dict,
    tidy,
    to_dict,
    validate,
)
from app.workflows.permissions import Permission, allowed, require, roles_with

EDITOR_ROLES = roles_with(Permission.ETIQUETTE_EDIT)
MAX_NOTE = 200


def can_edit(role: str | None) -> bool:
    """Shift leaders, supervisors and administrators edit scripts and see the figures."""
    return allowed(role, Permission.ETIQUETTE_EDIT)


def _require_editor(uow: UnitOfWork) -> int:
    return require(uow, Permission.ETIQUETTE_EDIT).id


def library_in_force(uow: UnitOfWork) -> Library:
    """Inside an open unit of work: the newest saved version, else the shipped default."""
    latest = uow.repo(EtiquetteRepository).latest_library()
    if latest is None:
        return default_library()
    version, content = latest
    return from_dict(content, version)


def current_library(uow: UnitOfWork) -> Library:
    with uow:
        return library_in_force(uow)


def save_library(uow: UnitOfWork, library: Library, note: str = "") -> Library:
    """Store the leader's edit as the next version; blanks are dropped, errors refused."""
    actor_id = _require_editor(uow)
    library = tidy(library)
    errors = validate(library)
    if len(note) > MAX_NOTE:
        errors["note"] = "text.too_long"
    if errors:
        raise ValidationError(errors)
    with uow:
        version = uow.repo(EtiquetteRepository).add_library(
            to_dict(library), note.strip(), actor_id, uow.clock())
        uow.commit()
    return library.with_version(version)


def library_history(uow: UnitOfWork) -> list[LibraryVersionView]:
    with uow:
        return uow.repo(EtiquetteRepository).history()


def read_version(uow: UnitOfWork, version: int) -> Library:
    """A saved version, or version 0 for the shipped default."""
    if version == 0:
        return default_library()
    with uow:
        content = uow.repo(EtiquetteRepository).library_version(version)
    if content is None:
        raise NotFound(f"etiquette library version {version}")
    return from_dict(content, version)


def restore_version(uow: UnitOfWork, version: int, note: str = "") -> Library:
    """Bring an older version back by saving it again as the newest one."""
    old = read_version(uow, version)
    return save_library(uow, old, note or f"restore v{version}")
