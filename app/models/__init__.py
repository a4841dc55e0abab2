"""SQLAlchemy 2.0 typed entities, one module per aggregate.

Importing this package imports every module in it, so every table is registered on
`Base.metadata` (Alembic compares against it); a feature adds a module and nothing else.
"""

import importlib
import pkgutil

from app.models.base import Base
from app.models.contact import Contact
from app.models.customer import Customer, CustomerPhone
from app.models.event import Event
from app.models.setting import Setting
from app.models.staff import Staff, Unit
from app.models.ticket import Ticket

for _module in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_module.name}")

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
