"""Every query lives here, behind one unit of work per use case."""

from app.repositories.uow import Actor, UnitOfWork

__all__ = ["Actor", "UnitOfWork"]
