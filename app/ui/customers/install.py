"""The customer archive in the desk window's Features menu (registered on import): Ctrl+F11
(F11 itself is the desk's "add this call to the outage's incident", issue 16)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.ui import features
from app.ui.customers.archive_window import ArchiveWindow
from app.ui.slots import Slot
from app.workflows.desk import Desk
from app.workflows.permissions import ROLE_PERMISSIONS, Permission

if TYPE_CHECKING:
    from app.ui.desk_window import DeskWindow

ARCHIVE_WINDOW = Slot("customers.archive", ArchiveWindow)
# the import/export dialogs (issue 14, deliverable 4) set app.ui.customers.hooks on import
IMPORT_MODULES = ("app.ui.customers.import_dialog", "app.ui.customers.export_dialog")

for _module in IMPORT_MODULES:
    try:
        importlib.import_module(_module)
    except ModuleNotFoundError as exc:  # not merged yet: the buttons stay hidden
        if exc.name != _module:
            raise


def open_archive(window: DeskWindow, desk: Desk) -> ArchiveWindow:
    """One archive per desk window; Ctrl+F11 again brings it to the front."""
    return features.single_window(window, ARCHIVE_WINDOW, desk)


features.register(features.FeatureAction(
    title=QCoreApplication.translate("Archive", "Customer archive"), shortcut="Ctrl+F11",
    open=open_archive, key="customers.archive",
    roles=frozenset(r.value for r in ROLE_PERMISSIONS[Permission.ARCHIVE_VIEW])))
