"""SQLAlchemy 2.0 typed entities, one module per aggregate.

Importing this package registers every table on `Base.metadata`, which Alembic compares
against when a developer autogenerates a revision.
"""

from app.models.base import Base
from app.models.contact import Contact
from app.models.customer import Customer, CustomerPhone
from app.models.event import Event
from app.models.setting import Setting
from app.models.staff import Staff, Unit
from app.models.ticket import Ticket

__all__ = [
    "Base",
    "Contact",
    "Customer",
    "CustomerPhone",
    "Event",
    "Setting",
    "Staff",
    "Ticket",
    "Unit",
]
