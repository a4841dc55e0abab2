"""Putting the etiquette feature into the desk window: the panel, its wiring, the menu.

`install_etiquette(window)` docks the panel beside the intake form and connects it to the
window's call signals; the window only has to call it once. Importing this module registers
the menu entries (panel, leader's script editor, supervision figures) in `app.ui.features`,
so the desk window's Features menu lists them with their shortcuts.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.ui import features
from app.ui.etiquette.panel import EtiquettePanel
from app.ui.etiquette.phrase_watch import PhraseWatcher
from app.workflows.desk import Desk
from app.workflows.etiquette.scripts import EDITOR_ROLES, can_edit

translate = QCoreApplication.translate  # the bare name lupdate recognises


def _ring_source(window: Any):
    """Ring and answer times from the desk's call timer; a typed call was already answered."""
    return window.call.answer_times


def install_etiquette(window: Any) -> EtiquettePanel:
    """Dock the panel beside the form of `window` (a DeskWindow) and follow its call.

    Calling it again returns the panel already installed.
    """
    existing = getattr(window, "etiquette_panel", None)
    if isinstance(existing, EtiquettePanel):
        return existing
    panel = EtiquettePanel(window.desk, _ring_source(window))
    window.etiquette_panel = panel
    window.etiquette_dock = window.add_side_panel(panel, translate("Etiquette", "Etiquette"))
    window.number_known.connect(panel.on_number_known)
    window.customer_found.connect(panel.on_customer_found)
    window.category_chosen.connect(panel.on_category_chosen)
    saved = getattr(window, "contact_saved", None) or window.work_order_saved
    saved.connect(panel.on_contact_saved)
    window.call_reset.connect(panel.on_call_reset)
    panel.watcher = PhraseWatcher(window, panel.check_text, exclude=panel)
    return panel


def show_panel(window: QWidget, _desk: Desk) -> None:
    dock = getattr(window, "etiquette_dock", None)
    if dock is not None:
        dock.show()
        dock.raise_()


def _leader_only(window: QWidget, desk: Desk) -> bool:
    if desk.actor is not None and can_edit(desk.actor.role):
        return True
    QMessageBox.information(
        window, translate("Etiquette", "Etiquette"),
        translate("Etiquette", "This is for shift leaders. Please ask your shift leader."))
    return False


def open_editor(window: QWidget, desk: Desk) -> None:
    from app.ui.etiquette.editor_dialog import ScriptEditorDialog

    if not _leader_only(window, desk):
        return
    dialog = ScriptEditorDialog(desk, window)
    panel = getattr(window, "etiquette_panel", None)
    if panel is not None:
        dialog.saved.connect(panel.set_library)
    window.etiquette_editor = dialog
    dialog.open()


def open_figures(window: QWidget, desk: Desk) -> None:
    from app.ui.etiquette.figures_dialog import FiguresDialog

    if not _leader_only(window, desk):
        return
    dialog = FiguresDialog(desk, window)
    window.etiquette_figures = dialog
    dialog.open()


def register_actions() -> None:
    features.register(features.FeatureAction(
        translate("Etiquette", "Etiquette panel"), "Ctrl+Shift+Y", show_panel,
        key="etiquette.panel"))
    # the editor and the figures are listed only for the roles their workflows allow
    features.register(features.FeatureAction(
        translate("Etiquette", "Etiquette scripts (shift leader)…"), "Ctrl+Shift+E",
        open_editor, key="etiquette.editor", roles=EDITOR_ROLES))
    features.register(features.FeatureAction(
        translate("Etiquette", "Etiquette figures (supervision)…"), "Ctrl+Shift+G",
        open_figures, key="etiquette.figures", roles=EDITOR_ROLES))


register_actions()
