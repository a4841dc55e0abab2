"""The shift leader's script editor: phrases, stages, flows, curt list, reminders, history.

Saving stores a new version of the whole library (rules 4.2, 4.3: the scripts are the
centre's data); the history page lists every version and restores an old one as the newest.
Errors are shown on the page and beside the item they concern; nothing half-written is kept.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui import timefmt
from app.ui.etiquette.editor_pages import (
    CategoriesPage,
    CurtPhrasesPage,
    FlowsPage,
    ListDetailPage,
    RemindersPage,
    StagesPage,
    TimesPage,
)
from app.ui.etiquette.messages import message_for
from app.ui.field_errors import FieldError, FieldErrors
from app.ui.ops import Op, OpRunner
from app.workflows.desk import Desk
from app.workflows.errors import DatabaseUnavailable, PermissionDenied
from app.workflows.etiquette.config import current_values, save_config
from app.workflows.etiquette.library import Library, from_dict, tidy, to_dict, validate
from app.workflows.etiquette.scripts import (
    LibraryVersionView,
    current_library,
    library_history,
    restore_version,
    save_library,
)

RED, GREEN = "color: #b83227;", "color: #1e6b34;"


@dataclass(frozen=True)
class EditorState:
    """Everything the editor shows, read in one go off the GUI thread."""

    library: Library
    history: list[LibraryVersionView]
    times: dict[str, str]


def read_state(desk: Desk, library: Library | None = None) -> EditorState:
    """The library in force (or `library`, just saved), its history and the times."""
    return EditorState(library if library is not None else current_library(desk.uow()),
                       library_history(desk.uow()), current_values(desk.uow()))


class RoutedErrors(FieldErrors):
    """The editor's validation errors belong to pages and list items, not to form fields:
    `route` shows them; everything else goes to the general line."""

    def __init__(self, general: FieldError, route: Callable[[dict[str, str]], None]) -> None:
        super().__init__(general, translate=message_for)
        self.route = route

    def show(self, errors: dict[str, str]) -> None:
        self.route(errors)


class ScriptEditorDialog(QDialog):
    saved = Signal(object)  # the Library now in force

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setObjectName("etiquetteEditor")
        self.setWindowTitle(self.tr("Etiquette scripts"))
        self.resize(900, 620)
        self.tabs = QTabWidget()
        self.note = QLineEdit()
        self.note.setObjectName("versionNote")
        self.note.setMaxLength(200)
        self.note.setPlaceholderText(self.tr("What changed (kept in the history)"))
        self.error = FieldError()
        self.error.setObjectName("formError")
        self.error.setStyleSheet(RED)
        self.library: Library | None = None
        self.ops = OpRunner(self, desk)
        self.ops.explain_with(self._problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip("Ctrl+S")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self).activated.connect(self.save)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Note:")))
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.buttons)
        box = QVBoxLayout(self)
        self.version_label = QLabel()
        self.version_label.setProperty("role", "caption")
        box.addWidget(self.version_label)
        box.addWidget(self.tabs, 1)
        box.addWidget(self.error)
        box.addLayout(bottom)
        self.ops.run(Op(lambda: read_state(desk), done=self.load,
                        errors=FieldErrors(self.error), key="load"))

    def load(self, state: EditorState) -> None:
        """Show a library in the pages (on opening, after a save, after a restore)."""
        library = self.library = state.library
        self.data = to_dict(library)
        tab = max(self.tabs.currentIndex(), 0)
        old_pages = [self.tabs.widget(i) for i in range(self.tabs.count())]
        self.tabs.clear()
        for page in old_pages:  # gone for good, shortcuts and all
            if page is None:
                continue
            page.hide()
            page.setParent(None)
            page.deleteLater()
        self.categories = CategoriesPage(self.data["categories"])
        self.stages = StagesPage(self.data["stages"], self.data["placeholder_labels"])
        self.flows = FlowsPage(self.data["flows"], self.data["stages"])
        self.curt = CurtPhrasesPage(self.data["curt_phrases"])
        self.reminders = RemindersPage(self.data["reminders"])
        self.times = TimesPage(state.times)
        self.history = self._history_page(state.history)
        for page, title in ((self.categories, self.tr("Phrases (rule 4.3)")),
                            (self.stages, self.tr("Call stages")),
                            (self.flows, self.tr("Flows")),
                            (self.curt, self.tr("Curt phrases (rule 3.2.6)")),
                            (self.reminders, self.tr("Reminders (rule 3.2.6)")),
                            (self.times, self.tr("Times and shifts")),
                            (self.history, self.tr("History"))):
            self.tabs.addTab(page, title)
        self.tabs.setCurrentIndex(tab)
        self.version_label.setText(
            self.tr("Version in force: %1").replace("%1", str(library.version))
            if library.version else self.tr("Version in force: the default shipped with HeatDesk"))
        self.error.clear()

    def _history_page(self, versions: list[LibraryVersionView]) -> QWidget:
        page = QWidget()
        self.history_table = QTableWidget(0, 4)
        self.history_table.setObjectName("historyTable")
        self.history_table.setHorizontalHeaderLabels(
            [self.tr("Version"), self.tr("Saved at"), self.tr("By"), self.tr("Note")])
        self.history_table.horizontalHeader().setStretchLastSection(True)
        self.history_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.restore_button = QPushButton(self.tr("Restore this version (Ctrl+R)"))
        self.restore_button.setShortcut("Ctrl+R")
        self.restore_button.clicked.connect(self.restore_selected)
        for view in versions:
            row = self.history_table.rowCount()
            self.history_table.insertRow(row)
            local = timefmt.fmt(view.created_at)
            for col, text in enumerate((str(view.version), local, view.author or "",
                                        view.note)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, view.version)
                self.history_table.setItem(row, col, item)
        box = QVBoxLayout(page)
        box.addWidget(self.history_table, 1)
        box.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def _commit_pages(self) -> None:
        for page in (self.categories, self.stages, self.flows, self.curt, self.reminders):
            page.commit()

    def save(self) -> None:
        """Check everything first, then store the times and the library: all or nothing."""
        if self.library is None:
            return  # still reading what is in force
        self._commit_pages()
        edited = from_dict(self.data, self.library.version)
        library_changed = to_dict(tidy(edited)) != to_dict(self.library)
        times = self.times.changed()
        if not library_changed and not times:
            self._say(self.tr("Nothing to save: nothing was changed."), ok=True)
            return
        errors = validate(tidy(edited)) if library_changed else {}
        if errors:
            self.show_errors(errors)
            return
        desk, note, current = self.desk, self.note.text(), self.library

        def store() -> EditorState:
            if times:
                save_config(desk.uow(), times)
            saved = save_library(desk.uow(), edited, note) if library_changed else current
            return read_state(desk, saved)

        self.error.setStyleSheet(RED)
        self.ops.run(Op(store, done=lambda state: self._saved(state, library_changed),
                        errors=RoutedErrors(self.error, self._save_refused),
                        disable=(self.save_button,), key="save"))

    def _save_refused(self, errors: dict[str, str]) -> None:
        if set(errors) & set(self.times.edits):
            self.tabs.setCurrentWidget(self.times)
            self.times.show_errors(errors, message_for)
            self._say(self.tr("Not saved: please correct the marked entries."))
        else:
            self.show_errors(errors)

    def _saved(self, state: EditorState, library_changed: bool) -> None:
        self.note.clear()
        self.load(state)
        if library_changed:
            self._say(self.tr("Saved as version %1.").replace("%1", str(state.library.version)),
                      ok=True)
            self.saved.emit(state.library)
        else:
            self._say(self.tr("Times saved."), ok=True)

    def _say(self, text: str, ok: bool = False) -> None:
        self.error.setStyleSheet(GREEN if ok else RED)
        self.error.show_text(text)

    def restore_selected(self) -> None:
        row = self.history_table.currentRow()
        if row < 0:
            self._say(self.tr("Choose a version in the list first."))
            return
        item = self.history_table.item(row, 0)
        if item is None:
            return
        version = int(item.data(Qt.ItemDataRole.UserRole))
        desk, note = self.desk, self.tr("restored version %1").replace("%1", str(version))
        self.error.setStyleSheet(RED)
        self.ops.run(Op(lambda: read_state(desk, restore_version(desk.uow(), version, note)),
                        done=self._restored,
                        errors=RoutedErrors(self.error, lambda errors: self._say("\n".join(
                            message_for(code) for code in errors.values()))),
                        disable=(self.restore_button,), key="restore"))

    def _restored(self, state: EditorState) -> None:
        self.load(state)
        self.saved.emit(state.library)

    def _problem(self, exc: BaseException) -> str | None:
        """The editor's own sentences for a refused or offline save (the runner's hook)."""
        if isinstance(exc, PermissionDenied):
            return self.tr("Only a shift leader may change the scripts.")
        if isinstance(exc, DatabaseUnavailable):
            return self.tr("The database cannot be reached; your edits are kept here, "
                           "try again in a moment.")
        return None

    def show_errors(self, errors: dict[str, str]) -> None:
        """Open the page of the first problem, select the item and say it beside it."""
        self._say(self.tr("Not saved: please correct the marked entries."))
        key, code = next(iter(errors.items()))
        text = message_for(code)
        kind, _, rest = key.partition(".")
        item_id = rest.split(".")[0]
        pages: dict[str, ListDetailPage | FlowsPage | CurtPhrasesPage | RemindersPage] = {
            "category": self.categories, "stage": self.stages, "flow": self.flows,
            "curt_phrases": self.curt, "reminder": self.reminders}
        page = pages.get(kind)
        if page is None:
            self._say(text)
            return
        self.tabs.setCurrentWidget(page)
        if isinstance(page, ListDetailPage | FlowsPage) and item_id:
            page.select(item_id)
        page.error.say(text)
