"""The unit of work: one transaction, its repositories, the actor and the clock.

Commit is explicit; leaving the block without `commit()` rolls back, so a workflow that
fails half-way writes nothing. Connection failures surface as `DatabaseUnavailable`, which
the UI turns into the offline banner while keeping what the user typed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType
from typing import Any, TypeVar

from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.clock import Clock, system_clock
from app.db.database import Database
from app.db.errors import Conflict, DatabaseUnavailable
from app.db.read_only import only_read
from app.repositories.contacts import ContactRepository
from app.repositories.customers import CustomerRepository
from app.repositories.events import EventRepository
from app.repositories.settings import SettingRepository
from app.repositories.staff import StaffRepository, UnitRepository
from app.repositories.tickets.orders import TicketRepository

R = TypeVar("R")


@dataclass(frozen=True)
class Actor:
    """The logged-in staff member, as plain data the UI may keep."""

    id: int
    job_number: str
    name: str
    role: str


def is_unavailable(exc: BaseException) -> bool:
    if isinstance(exc, OperationalError):
        return True
    return isinstance(exc, DBAPIError) and bool(exc.connection_invalidated)


class UnitOfWork:
    def __init__(self, db: Database, actor: Actor | None = None,
                 clock: Clock = system_clock) -> None:
        self.db = db
        self.actor = actor
        self.clock = clock

    def __enter__(self) -> UnitOfWork:
        self.session = self.db.session(actor_id=self.actor.id if self.actor else None,
                                       clock=self.clock)
        self.customers = CustomerRepository(self.session)
        self.contacts = ContactRepository(self.session)
        self.tickets = TicketRepository(self.session)
        self.staff = StaffRepository(self.session)
        self.units = UnitRepository(self.session)
        self.events = EventRepository(self.session)
        self.settings = SettingRepository(self.session)
        self._extra: dict[Callable[[Session], Any], Any] = {}
        return self

    def repo(self, repo_class: Callable[[Session], R]) -> R:
        """A feature's repository on this unit's session, made once per unit of work.

        Features add repositories without editing this class: `uow.repo(NoticeRepository)`.
        """
        if repo_class not in self._extra:
            self._extra[repo_class] = repo_class(self.session)
        return self._extra[repo_class]

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        try:
            if exc is None and only_read(self.session):
                self.session.commit()  # keeps the prepared statements (app/db/read_only.py)
            else:
                self.session.rollback()
            self.session.close()
        except DBAPIError:
            self.session.invalidate()
        if exc is not None and is_unavailable(exc):
            raise DatabaseUnavailable(str(getattr(exc, "orig", exc))) from exc

    def rollback(self) -> None:
        """Drop what this unit has flushed so far (a refused call keeps none of its work);
        harmless outside the `with` block."""
        session = getattr(self, "session", None)
        if session is not None:
            session.rollback()

    def commit(self) -> None:
        """Commit; a stale versioned row (another desk's change) becomes the domain's
        `Conflict`, so no layer above needs to know SQLAlchemy's StaleDataError."""
        try:
            self.session.commit()
        except StaleDataError as exc:
            raise Conflict(str(exc)) from exc

    def flush(self) -> None:
        try:
            self.session.flush()
        except StaleDataError as exc:
            raise Conflict(str(exc)) from exc
