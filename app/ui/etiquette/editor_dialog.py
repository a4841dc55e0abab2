"""The shift leader's script editor: phrases, stages, flows, curt list, reminders, history.

Saving stores a new version of the whole library (rules 4.2, 4.3: the scripts are the
centre's data); the history page lists every version and restores an old one as the newest.
Errors are shown on the page and beside the item they concern; nothing half-written is kept.
"""

from __future__ import annotations

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
    RemindersPage,
    StagesPage,
    TimesPage,
)
from app.ui.etiquette.messages import message_for
from app.workflows.desk import DatabaseUnavailable, Desk
from app.workflows.errors import PermissionDenied, ValidationError
from app.workflows.etiquette.config import current_values, save_config
from app.workflows.etiquette.library import Library, from_dict, tidy, to_dict, validate
from app.workflows.etiquette.scripts import (
    current_library,
    library_history,
    restore_version,
    save_library,
)


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
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setStyleSheet("color: #b83227;")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip("Ctrl+S")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save)
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
        self.load(current_library(desk.uow()))

    def load(self, library: Library) -> None:
        """Show a library in the pages (on opening, after a save, after a restore)."""
        self.library = library
        self.data = to_dict(library)
        tab = max(self.tabs.currentIndex(), 0)
        old_pages = [self.tabs.widget(i) for i in range(self.tabs.count())]
        self.tabs.clear()
        for page in old_pages:  # gone for good, shortcuts and all
            page.hide()
            page.setParent(None)
            page.deleteLater()
        self.categories = CategoriesPage(self.data["categories"])
        self.stages = StagesPage(self.data["stages"], self.data["placeholder_labels"])
        self.flows = FlowsPage(self.data["flows"], self.data["stages"])
        self.curt = CurtPhrasesPage(self.data["curt_phrases"])
        self.reminders = RemindersPage(self.data["reminders"])
        self.times = TimesPage(self._times())
        self.history = self._history_page()
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

    def _history_page(self) -> QWidget:
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
        try:
            versions = library_history(self.desk.uow())
        except DatabaseUnavailable:
            versions = []
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

    def _times(self) -> dict[str, str]:
        try:
            return current_values(self.desk.uow())
        except DatabaseUnavailable:
            return {}

    def save(self) -> None:
        """Check everything first, then store the times and the library: all or nothing."""
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
        try:
            if times:
                save_config(self.desk.uow(), times)
            library = (save_library(self.desk.uow(), edited, self.note.text())
                       if library_changed else self.library)
        except ValidationError as exc:
            if set(exc.errors) & set(self.times.edits):
                self.tabs.setCurrentWidget(self.times)
                self.times.show_errors(exc.errors, message_for)
                self._say(self.tr("Not saved: please correct the marked entries."))
            else:
                self.show_errors(exc.errors)
            return
        except (PermissionDenied, DatabaseUnavailable) as exc:
            self.error.setText(self._problem(exc))
            return
        self.note.clear()
        self.load(library)
        if library_changed:
            self._say(self.tr("Saved as version %1.").replace("%1", str(library.version)),
                      ok=True)
            self.saved.emit(library)
        else:
            self._say(self.tr("Times saved."), ok=True)

    def _say(self, text: str, ok: bool = False) -> None:
        self.error.setStyleSheet("color: #1e6b34;" if ok else "color: #b83227;")
        self.error.setText(text)

    def restore_selected(self) -> None:
        row = self.history_table.currentRow()
        if row < 0:
            self.error.setText(self.tr("Choose a version in the list first."))
            return
        version = self.history_table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        try:
            library = restore_version(self.desk.uow(), int(version),
                                      self.tr("restored version %1").replace("%1", str(version)))
        except (PermissionDenied, DatabaseUnavailable, ValidationError) as exc:
            self.error.setText(self._problem(exc))
            return
        self.load(library)
        self.saved.emit(library)

    def _problem(self, exc: Exception) -> str:
        self.error.setStyleSheet("color: #b83227;")
        if isinstance(exc, PermissionDenied):
            return self.tr("Only a shift leader may change the scripts.")
        if isinstance(exc, ValidationError):
            return "; ".join(message_for(code) for code in exc.errors.values())
        return self.tr("The database cannot be reached; your edits are kept here, "
                       "try again in a moment.")

    def show_errors(self, errors: dict[str, str]) -> None:
        """Open the page of the first problem, select the item and say it beside it."""
        self.error.setStyleSheet("color: #b83227;")
        self.error.setText(self.tr("Not saved: please correct the marked entries."))
        key, code = next(iter(errors.items()))
        text = message_for(code)
        kind, _, rest = key.partition(".")
        item_id = rest.split(".")[0]
        pages = {"category": self.categories, "stage": self.stages, "flow": self.flows,
                 "curt_phrases": self.curt, "reminder": self.reminders}
        page = pages.get(kind)
        if page is None:
            self.error.setText(text)
            return
        self.tabs.setCurrentWidget(page)
        if hasattr(page, "select") and item_id:
            page.select(item_id)
        page.error.say(text)
