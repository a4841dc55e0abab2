"""Security's entries in the desk window's Features menu (registered on import):
Ctrl+Shift+U staff administration, Ctrl+Shift+P change password, Ctrl+Shift+Z audit log,
Ctrl+Shift+Q lock the desk now; and the idle lock of every desk window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.ui import features
from app.ui.security.audit_window import AuditWindow
from app.ui.security.idle_lock import install_idle_lock, lock_now
from app.ui.security.password_dialog import PasswordDialog
from app.ui.security.staff_window import StaffWindow
from app.ui.slots import Slot
from app.workflows.desk import Desk
from app.workflows.permissions import Permission, roles_with

if TYPE_CHECKING:
    from app.ui.desk_window import DeskWindow

__all__ = ["install_idle_lock"]

STAFF_WINDOW = Slot("security.staff", StaffWindow)
AUDIT_WINDOW = Slot("security.audit", AuditWindow)


def open_staff(window: DeskWindow, desk: Desk) -> StaffWindow:
    return features.single_window(window, STAFF_WINDOW, desk)


def open_audit(window: DeskWindow, desk: Desk) -> AuditWindow:
    return features.single_window(window, AUDIT_WINDOW, desk)


def open_password(window: DeskWindow, desk: Desk) -> PasswordDialog:
    dialog = PasswordDialog(desk, window)
    dialog.open()
    return dialog


def _title(text: str) -> str:
    return QCoreApplication.translate("Security", text)


features.register(features.FeatureAction(
    title=_title("Staff administration"), shortcut="Ctrl+Shift+U", open=open_staff,
    key="security.staff",
    roles=roles_with(Permission.STAFF_MANAGE) | roles_with(Permission.STAFF_UNLOCK)))
features.register(features.FeatureAction(
    title=_title("Change my password"), shortcut="Ctrl+Shift+P", open=open_password,
    key="security.password"))
features.register(features.FeatureAction(
    title=_title("Audit log"), shortcut="Ctrl+Shift+Z", open=open_audit,
    key="security.audit", roles=roles_with(Permission.AUDIT_VIEW)))
features.register(features.FeatureAction(
    title=_title("Lock the desk"), shortcut="Ctrl+Shift+Q", open=lock_now,
    key="security.lock"))
