"""Putting the etiquette feature into the desk window: the panel, its wiring, the menu.

`install_etiquette(window)` docks the panel beside the intake form and connects it to the
window's call signals and to the change feed (a leader's script edit at any desk reaches the
panel within the feed's delay); the window only has to call it once. Importing this module registers
the menu entries (panel, leader's script editor, supervision figures) in `app.ui.features`,
so the desk window's Features menu lists them with their shortcuts. What the feature puts
into the window is kept in the window's declared slots below.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QDockWidget, QMessageBox, QWidget

from app.ui import features
from app.ui.change_feed_qt import QtChangeFeed
from app.ui.etiquette.editor_dialog import ScriptEditorDialog
from app.ui.etiquette.figures_dialog import FiguresDialog
from app.ui.etiquette.panel import EtiquettePanel
from app.ui.etiquette.phrase_watch import PhraseWatcher
from app.ui.slots import Slot
from app.ui.window_events import window_event
from app.workflows.desk import Desk
from app.workflows.etiquette.scripts import can_edit
from app.workflows.permissions import Permission, roles_with

if TYPE_CHECKING:
    from app.ui.desk_window import DeskWindow

translate = QCoreApplication.translate  # the bare name lupdate recognises

ETIQUETTE_PANEL = Slot("etiquette.panel", EtiquettePanel)
ETIQUETTE_DOCK = Slot("etiquette.dock", QDockWidget)
ETIQUETTE_EDITOR = Slot("etiquette.editor", ScriptEditorDialog)
ETIQUETTE_FIGURES = Slot("etiquette.figures", FiguresDialog)

# where a leader's script edits and the greeting times are stored
LIBRARY_ENTITIES: tuple[str, ...] = ("etiquette_library", "setting")


class LibraryFollower(QObject):
    """Reloads the panel when another desk saves the scripts or the settings.

    The change feed (PostgreSQL LISTEN/NOTIFY, SQLite polling every 0.5 s) runs while the
    desk window is shown and stops when it is closed, so a closed desk holds no connection.
    """

    def __init__(self, window: QWidget, panel: EtiquettePanel) -> None:
        super().__init__(panel)
        self.window = window
        self.panel = panel
        self.feed: QtChangeFeed | None = None
        window.installEventFilter(self)
        if window.isVisible():
            self.start()

    def start(self) -> None:
        if self.feed is None:
            self.feed = QtChangeFeed.for_desk(self.panel.desk, self)
            self.feed.changed.connect(self._on_change)

    def stop(self) -> None:
        if self.feed is not None:
            self.feed.changed.disconnect(self._on_change)
            self.feed.stop()
            self.feed.deleteLater()
            self.feed = None

    def _on_change(self, entities: frozenset[str]) -> None:
        if QtChangeFeed.touches(entities, *LIBRARY_ENTITIES):
            self.panel.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if window_event(self, watched, event, QEvent.Type.Show, QEvent.Type.Hide):
            if event.type() == QEvent.Type.Show:
                self.start()
            # a closed desk window is hidden by the close (minimising hides spontaneously)
            elif event.type() == QEvent.Type.Hide and not event.spontaneous():
                self.stop()
        return False


ETIQUETTE_FOLLOWER = Slot("etiquette.follower", LibraryFollower)


def install_etiquette(window: DeskWindow) -> EtiquettePanel:
    """Dock the panel beside the form of `window` and follow its call.

    The ring and answer times come from the window's current call. Calling it again
    returns the panel already installed.
    """
    existing = window.slots.get(ETIQUETTE_PANEL)
    if existing is not None:
        return existing
    panel = window.slots.put(ETIQUETTE_PANEL, EtiquettePanel(window.desk,
                                                             window.call.answer_times))
    window.slots.put(ETIQUETTE_DOCK,
                     window.add_side_panel(panel, translate("Etiquette", "Etiquette")))
    window.number_known.connect(panel.on_number_known)
    window.customer_found.connect(panel.on_customer_found)
    window.category_chosen.connect(panel.on_category_chosen)
    window.contact_saved.connect(panel.on_contact_saved)
    window.call_reset.connect(panel.on_call_reset)
    window.call_started.connect(panel.on_call_started)
    panel.watcher = PhraseWatcher(window, panel.check_text, exclude=panel)
    # a leader's edit at another desk reaches this panel through the change feed
    window.slots.put(ETIQUETTE_FOLLOWER, LibraryFollower(window, panel))
    return panel


def show_panel(window: DeskWindow, _desk: Desk) -> None:
    dock = window.slots.get(ETIQUETTE_DOCK)
    if dock is not None:
        dock.show()
        dock.raise_()


def _leader_only(window: DeskWindow, desk: Desk) -> bool:
    if desk.actor is not None and can_edit(desk.actor.role):
        return True
    QMessageBox.information(
        window, translate("Etiquette", "Etiquette"),
        translate("Etiquette", "This is for shift leaders. Please ask your shift leader."))
    return False


def open_editor(window: DeskWindow, desk: Desk) -> None:
    if not _leader_only(window, desk):
        return
    dialog = window.slots.put(ETIQUETTE_EDITOR, ScriptEditorDialog(desk, window))
    panel = window.slots.get(ETIQUETTE_PANEL)
    if panel is not None:
        dialog.saved.connect(panel.set_library)
    dialog.open()


def open_figures(window: DeskWindow, desk: Desk) -> None:
    if not _leader_only(window, desk):
        return
    window.slots.put(ETIQUETTE_FIGURES, FiguresDialog(desk, window)).open()


def register_actions() -> None:
    features.register(features.FeatureAction(
        translate("Etiquette", "Etiquette panel"), "Ctrl+Shift+Y", show_panel,
        key="etiquette.panel"))
    # the editor and the figures are listed only for the roles their workflows allow
    features.register(features.FeatureAction(
        translate("Etiquette", "Etiquette scripts (shift leader)…"), "Ctrl+Shift+E",
        open_editor, key="etiquette.editor", roles=roles_with(Permission.ETIQUETTE_EDIT)))
    features.register(features.FeatureAction(
        translate("Etiquette", "Etiquette figures (supervision)…"), "Ctrl+Shift+G",
        open_figures, key="etiquette.figures", roles=roles_with(Permission.ETIQUETTE_EDIT)))


register_actions()
