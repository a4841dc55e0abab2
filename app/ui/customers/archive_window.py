"""The customer archive (Ctrl+F11): find a customer as you type, then the record with its
history, the contracts per season and the stop/resume applications.

Keys: Ctrl+F (or F3) the search; ↓ into the results, Enter opens one; Alt+1..3 the tabs;
Ctrl+S saves the record; F5 reloads. Leaders open the season lists (Ctrl+L); the import and
export of the archive (issue 14, deliverable 4) hang on `hooks.IMPORT_DIALOG` /
`hooks.EXPORT_DIALOG` (buttons objectName "archive_import" / "archive_export").
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.customers import hooks
from app.ui.customers.contracts_tab import ContractsTab
from app.ui.customers.lists_window import ListsWindow
from app.ui.customers.messages import archive_explain, archive_field_errors
from app.ui.customers.names import (
    class_names,
    contract_status_names,
    heating_state_names,
    mark_names,
)
from app.ui.customers.record_panel import RecordPanel
from app.ui.customers.stop_tab import StopTab
from app.ui.field_errors import FieldError
from app.ui.ops import Op, OpRunner
from app.ui.screen_fit import fit_to_screen
from app.workflows.customers.overview import Overview, customer_overview
from app.workflows.customers.search import find_customers
from app.workflows.desk import Desk
from app.workflows.permissions import Permission, allowed
from app.workflows.screen_pop import CustomerHit

SEARCH_DELAY_MS = 250  # search once the agent pauses typing


class ArchiveWindow(QMainWindow):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ops = OpRunner(self, desk)
        self.ops.explain_with(archive_explain)
        self.overview: Overview | None = None
        self.lists: ListsWindow | None = None
        role = desk.actor.role if desk.actor else None
        self.setWindowTitle(self.tr("Customer archive"))
        fit_to_screen(self, 1320, 800)
        self.general = FieldError()
        self.errors = archive_field_errors(general=self.general)

        self.search = QLineEdit()
        self.search.setObjectName("archiveSearch")
        self.search.setPlaceholderText(self.tr(
            "Name, pinyin (zs), estate, 3-2-501, account or phone"))
        self.search.setClearButtonEnabled(True)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.search_now)
        self.search.textEdited.connect(lambda _t: self.timer.start())
        self.search.returnPressed.connect(self._search_enter)
        self.results = QListWidget()
        self.results.setObjectName("archiveResults")
        self.results.itemActivated.connect(self._chosen)
        self.found = QLabel()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        search_label = QLabel(self.tr("&Find a customer"))
        search_label.setBuddy(self.search)
        left_layout.addWidget(search_label)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.found)
        left_layout.addWidget(self.results, 1)

        self.title = QLabel(self.tr("Find a customer on the left (Ctrl+F)."))
        self.title.setObjectName("archiveTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.badges = QLabel()
        self.badges.setObjectName("archiveBadges")
        self.badges.setWordWrap(True)
        self.record = RecordPanel(desk, self.ops)
        self.contracts = ContractsTab(desk, self.ops)
        self.stops = StopTab(desk, self.ops)
        self.record.saved.connect(self._record_saved)
        self.stops.changed.connect(self.reload)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.record, self.tr("&1 Record and history"))
        self.tabs.addTab(self.contracts, self.tr("&2 Contracts per season"))
        self.tabs.addTab(self.stops, self.tr("&3 Stop/resume heating"))
        self.tabs.setEnabled(False)

        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.setObjectName("archive_import")
        self.import_button.clicked.connect(self.open_import)
        self.import_button.setVisible(hooks.IMPORT_DIALOG is not None
                                      and allowed(role, Permission.ARCHIVE_IMPORT))
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setObjectName("archive_export")
        self.export_button.clicked.connect(self.open_export)
        self.export_button.setVisible(hooks.EXPORT_DIALOG is not None)
        self.lists_button = QPushButton(self.tr("Season &lists… (Ctrl+L)"))
        self.lists_button.setObjectName("archive_lists")
        self.lists_button.clicked.connect(self.open_lists)
        self.lists_button.setVisible(allowed(role, Permission.ARCHIVE_LISTS))
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        for button in (self.lists_button, self.import_button, self.export_button):
            head.addWidget(button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addLayout(head)
        right_layout.addWidget(self.badges)
        right_layout.addWidget(self.general)
        right_layout.addWidget(self.tabs, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([300, 1020])
        self.setCentralWidget(split)

        for key in ("Ctrl+F", "F3"):
            QShortcut(QKeySequence(key), self, self.focus_search)
        QShortcut(QKeySequence("F5"), self, self.reload)
        QShortcut(QKeySequence("Ctrl+L"), self, self.open_lists)
        for number in range(3):
            QShortcut(QKeySequence(f"Alt+{number + 1}"), self,
                      lambda n=number: self.tabs.setCurrentIndex(n))
        self.search.installEventFilter(self)
        self.focus_search()

    # ---- finding ----------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def eventFilter(self, watched: object, event: object) -> bool:  # noqa: N802 (Qt's name)
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QKeyEvent
        if (isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Down and watched is self.search
                and self.results.count()):
            self.results.setFocus()
            self.results.setCurrentRow(0)
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def _search_enter(self) -> None:
        self.timer.stop()
        self.search_now(open_single=True)

    def search_now(self, open_single: bool = False) -> None:
        text = self.search.text().strip()
        if not text:
            self.results.clear()
            self.found.clear()
            return
        desk = self.desk
        self.ops.run(Op(lambda: find_customers(desk.uow(), text),
                        done=lambda hits: self._hits(hits, open_single), errors=self.errors,
                        latest=True, long=True, key="archive.find", quiet=True))

    def _hits(self, hits: list[CustomerHit], open_single: bool) -> None:
        self.results.clear()
        important = self.tr(" [important]")
        for hit in hits:
            item = QListWidgetItem(f"{hit.name}{important if hit.important else ''}\n"
                                   f"{hit.account_number}  {hit.address}")
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
            self.results.addItem(item)
        self.found.setText(self.tr("%1 found").replace("%1", str(len(hits))) if hits
                           else self.tr("Nobody found; try pinyin initials or the estate."))
        if open_single and len(hits) == 1:
            self.open_customer(hits[0].id)

    def _chosen(self, item: QListWidgetItem) -> None:
        self.open_customer(int(item.data(Qt.ItemDataRole.UserRole)))

    # ---- one customer -----------------------------------------------------------------
    def open_customer(self, customer_id: int) -> None:
        desk = self.desk
        self.ops.run(Op(lambda: customer_overview(desk.uow(), customer_id), done=self._show,
                        errors=self.errors, latest=True, key="archive.open",
                        label=self.tr("Opening the record…")))

    def reload(self) -> None:
        if self.overview is not None:
            self.open_customer(self.overview.record.id)

    def _record_saved(self, record: object) -> None:
        if record is None:  # another desk saved first: show it as it is now
            self.reload()
        else:
            self.reload()

    def _show(self, overview: Overview) -> None:
        self.overview = overview
        record, card = overview.record, overview.card
        self.errors.clear()
        self.tabs.setEnabled(True)
        self.title.setText(f"{record.name}  ·  {record.account_number}  ·  {record.address}")
        self.badges.setText(self.badge_text(overview))
        stopped = card.heating_state != "heating"  # a stopped home stands out, as on the card
        self.badges.setStyleSheet("color: #ffffff; background: #1f4e9c; font-weight: bold;"
                                  " padding: 3px 6px; border-radius: 3px;" if stopped else "")
        self.record.show_record(record)
        self.contracts.set_customer(record.id, overview.coming)
        self.stops.set_customer(record.id, record.phones[0].number if record.phones else "")

    def badge_text(self, overview: Overview) -> str:
        card = overview.card
        marks = [mark_names()[m] for m in sorted(overview.record.marks)]
        season = f"{overview.season}-{overview.season + 1}"
        contract = contract_status_names()[card.contract_status or "none"]
        parts = [class_names().get(card.customer_class, card.customer_class), *marks,
                 self.tr("Contract %1: %2").replace("%1", season).replace("%2", contract),
                 heating_state_names()[card.heating_state]]
        return "  |  ".join(parts)

    # ---- the other windows ------------------------------------------------------------
    def open_lists(self) -> None:
        if not self.lists_button.isVisible():
            return
        if self.lists is None or not self.lists.isVisible():
            self.lists = ListsWindow(self.desk, self)
        self.lists.show()
        self.lists.raise_()
        self.lists.activateWindow()

    def open_import(self) -> None:
        if hooks.IMPORT_DIALOG is not None:
            hooks.IMPORT_DIALOG(self.desk, self).open()

    def open_export(self) -> None:
        if hooks.EXPORT_DIALOG is not None:
            hooks.EXPORT_DIALOG(self.desk, self).open()
