"""The rule settings' entry in the desk window's Features menu (registered on import).

Listed only for the roles that may save them (Permission.RULE_SETTINGS); the workflow
refuses everyone else anyway.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.ui import features
from app.ui.rule_settings.dialog import RuleSettingsDialog
from app.ui.slots import Slot
from app.workflows.desk import Desk
from app.workflows.permissions import Permission, roles_with

if TYPE_CHECKING:
    from app.ui.desk_window import DeskWindow

RULE_SETTINGS_DIALOG = Slot("rule_settings", RuleSettingsDialog)


def open_rule_settings(window: DeskWindow, desk: Desk) -> RuleSettingsDialog:
    dialog = RuleSettingsDialog(desk, window)
    window.slots.put(RULE_SETTINGS_DIALOG, dialog)
    dialog.open()
    return dialog


features.register(features.FeatureAction(
    QCoreApplication.translate("RuleSettings", "Rule settings (leaders)…"), "Ctrl+Shift+B",
    open_rule_settings, key="rule_settings", roles=roles_with(Permission.RULE_SETTINGS)))
