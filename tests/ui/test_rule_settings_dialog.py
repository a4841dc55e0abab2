"""The rule settings dialog (issue 13): a leader changes the readings of rules 5.2.1, 5.2.2
and 5.3.2.2 at the desk, a wrong choice is said beside its field, agents never see it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox

from app.repositories.uow import UnitOfWork
from app.ui.rule_settings.dialog import RuleSettingsDialog
from app.workflows.rule_settings import rule_settings
from tests.ui.intake_support import (
    agent_desk_fixture,
    drafts_fixture,
    open_window_fixture,
    settle,
)

__all__ = ["agent_desk_fixture", "drafts_fixture", "open_window_fixture"]


def _tick(qtbot, box: QCheckBox) -> None:
    """Click the box's indicator (a box wider than its label ignores a click past it)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_rule_5_3_2_2_a_leader_turns_on_callbacks_and_narrows_pausing(qtbot, desk, db, clock,
                                                                       basics):
    dialog = RuleSettingsDialog(desk.signed_in(basics.leader))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    settle(qtbot)  # the settings in force are shown
    assert (dialog.after_days.value(), dialog.callbacks.isChecked(),
            dialog.advance.value()) == (46, False, 24)
    assert dialog.role_boxes["pause_roles"]["agent"].isChecked()
    assert not dialog.role_boxes["level_roles"]["agent"].isChecked()
    _tick(qtbot, dialog.callbacks)
    _tick(qtbot, dialog.role_boxes["pause_roles"]["agent"])
    for check in dialog.role_boxes["level_roles"].values():  # nobody could correct a level
        check.setChecked(False)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert "level_roles" in dialog.errors.visible_texts()
    assert dialog.result() != RuleSettingsDialog.DialogCode.Accepted
    _tick(qtbot, dialog.role_boxes["level_roles"]["supervisor"])
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert dialog.result() == RuleSettingsDialog.DialogCode.Accepted
    saved = rule_settings(UnitOfWork(db, basics.agent, clock))
    assert saved.include_callbacks and saved.level_roles == ("supervisor",)
    assert saved.pause_roles == ("shift_leader", "technician", "supervisor", "admin")


def test_rule_settings_are_offered_to_leaders_only(qtbot, open_window, desk, basics):
    def entries(actor) -> dict[str, str]:
        window = open_window(desk.signed_in(actor))
        return {a.text(): a.shortcut().toString() for a in window.feature_menu.actions()}

    assert entries(basics.leader)["Rule settings (leaders)…"] == "Ctrl+Shift+B"
    assert "Rule settings (leaders)…" not in entries(basics.agent)


def test_rule_settings_dialog_in_chinese(qtbot, desk, basics, zh_translators):
    dialog = RuleSettingsDialog(desk.signed_in(basics.leader))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "规则设置"
    assert dialog.callbacks.text() == "回访评价计入满意率（报表注明）(&C)"
    assert dialog.role_boxes["level_roles"]["shift_leader"].text() == "值班长"
