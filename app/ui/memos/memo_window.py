"""The message list (Ctrl+Shift+M, rule 4.2(5)): messages for me (and my unit) with the
unread ones in bold, what I left for others, and for a leader those unread too long.
Selecting a message marks it read; Done, Reply and Work order finish it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui import timefmt
from app.ui.field_errors import FieldError
from app.ui.memos.labels import detail_text, recipient_text, state_text
from app.ui.memos.leave_dialog import LeaveMemoDialog
from app.ui.memos.messages import memo_field_errors
from app.ui.memos.order_dialog import MemoOrderDialog
from app.ui.ops import Op, OpRunner
from app.ui.quality.tables import make_table
from app.ui.screen_fit import fit_to_screen
from app.workflows.desk import Desk
from app.workflows.memos.inbox import Inbox, MemoView, inbox, mark_done, mark_read, reply
from app.workflows.memos.watch import unread_too_long
from app.workflows.permissions import Permission, allowed


class MemoWindow(QMainWindow):
    unread_changed = Signal(int)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ops = OpRunner(self, desk)
        self.dialog: QWidget | None = None
        self.box: Inbox | None = None
        # the caller on the desk now: a new message starts with their number
        self.current_phone: Callable[[], str] = lambda: ""
        self.late: tuple[MemoView, ...] = ()
        self.setWindowTitle(self.tr("Messages"))
        fit_to_screen(self, 1100, 680)
        headers = [self.tr("Left at"), self.tr("From"), self.tr("For"), self.tr("Caller"),
                   self.tr("Phone"), self.tr("About"), self.tr("Call back"), self.tr("State")]
        self.mine = make_table(headers)
        self.mine.setObjectName("memoList")
        self.left = make_table(headers)
        self.overdue = make_table(headers)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.mine, self.tr("&1 For me"))
        self.tabs.addTab(self.left, self.tr("&2 Left by me"))
        self.watch = allowed(desk.actor.role if desk.actor else None, Permission.MEMO_WATCH)
        if self.watch:
            self.tabs.addTab(self.overdue, self.tr("&3 Unread too long"))
        self.tabs.currentChanged.connect(lambda _i: self._selected())
        for table in (self.mine, self.left, self.overdue):
            table.itemSelectionChanged.connect(self._selected)
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setObjectName("memoDetail")
        self.summary = QLabel()
        self.summary.setObjectName("memoSummary")
        self.general = FieldError()
        self.errors = memo_field_errors(general=self.general)
        self.new_button = self._button(self.tr("&New message (Ctrl+N)"), "Ctrl+N",
                                       self.new_memo)
        self.done_button = self._button(self.tr("&Done (Ctrl+D)"), "Ctrl+D", self.done_memo)
        self.reply_button = self._button(self.tr("&Reply (Ctrl+R)"), "Ctrl+R", self.reply_memo)
        self.order_button = self._button(self.tr("&Work order (Ctrl+W)"), "Ctrl+W",
                                         self.order_memo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        for button in (self.new_button, self.done_button, self.reply_button,
                       self.order_button):
            buttons.addWidget(button)
        split = QSplitter()
        split.addWidget(self.tabs)
        split.addWidget(self.detail)
        split.setSizes([760, 340])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(split, 1)
        layout.addWidget(self.general)
        layout.addLayout(buttons)
        self.setCentralWidget(central)
        self.refresh()

    def _button(self, text: str, keys: str, slot) -> QPushButton:  # noqa: ANN001
        button = QPushButton(text)
        button.setShortcut(keys)
        button.clicked.connect(slot)
        return button

    def refresh(self) -> None:
        desk, watch = self.desk, self.watch
        self.ops.run(Op(lambda: (inbox(desk.uow()),
                                 unread_too_long(desk.uow()) if watch else ()),
                        done=self._shown, errors=self.errors, key="memos.inbox",
                        latest=True))

    def reopen(self) -> None:
        self.refresh()

    def _fill(self, table: QTableWidget, memos: tuple[MemoView, ...]) -> None:
        table.setRowCount(len(memos))
        for r, m in enumerate(memos):
            values = [timefmt.fmt(m.created_at, timefmt.SHORT), m.author_name,
                      recipient_text(m), m.caller, m.phone, m.about.splitlines()[0][:50]
                      if m.about else "", m.call_back, state_text(m)]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if m.unread:
                    font = QFont()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(r, c, item)

    def _shown(self, got: tuple) -> None:
        self.box, self.late = got
        assert self.box is not None
        self._fill(self.mine, self.box.memos)
        self._fill(self.left, self.box.left)
        self._fill(self.overdue, self.late)
        self.summary.setText(self.tr("%1 unread, %2 open").replace(
            "%1", str(self.box.unread)).replace(
            "%2", str(sum(m.done_at is None for m in self.box.memos))))
        self.unread_changed.emit(self.box.unread)
        self._selected()

    def current(self) -> MemoView | None:
        if self.box is None:
            return None
        table, memos = {0: (self.mine, self.box.memos), 1: (self.left, self.box.left),
                        2: (self.overdue, self.late)}[self.tabs.currentIndex()]
        row = table.currentRow()
        return memos[row] if 0 <= row < len(memos) else None

    def _selected(self) -> None:
        memo = self.current()
        self.detail.setPlainText(detail_text(memo) if memo else "")
        mine = memo is not None and self.tabs.currentIndex() == 0 and memo.done_at is None
        for button in (self.done_button, self.reply_button, self.order_button):
            button.setEnabled(mine)
        if mine and memo is not None and memo.unread:
            desk, memo_id = self.desk, memo.id
            self.ops.run(Op(lambda: mark_read(desk.uow(), [memo_id]),
                            done=lambda _n: self.refresh(), errors=self.errors,
                            key="memos.read", quiet=True))

    def new_memo(self) -> None:
        self.dialog = LeaveMemoDialog(self.desk, self, phone=self.current_phone())
        self.dialog.saved.connect(lambda _m: self.refresh())
        self.dialog.open()

    def done_memo(self) -> None:
        memo = self.current()
        if memo is None:
            return
        desk = self.desk
        self.ops.run(Op(lambda: mark_done(desk.uow(), memo.id, memo.version),
                        done=lambda _m: self.refresh(), errors=self.errors,
                        key="memos.done", conflict=self.refresh))

    def reply_memo(self) -> None:
        memo = self.current()
        if memo is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Reply to %1").replace("%1", memo.author_name),
            self.tr("Your answer (it reaches %1 as a message):").replace(
                "%1", memo.author_name))
        if not ok:
            return
        desk = self.desk
        self.ops.run(Op(lambda: reply(desk.uow(), memo.id, text, memo.version),
                        done=lambda _m: self.refresh(), errors=self.errors,
                        key="memos.reply", conflict=self.refresh))

    def order_memo(self) -> None:
        memo = self.current()
        if memo is None:
            return
        self.dialog = MemoOrderDialog(self.desk, memo, self)
        self.dialog.saved.connect(self._ordered)
        self.dialog.open()

    def _ordered(self, got: tuple) -> None:
        result, _memo = got
        self.statusBar().showMessage(self.tr("Work order %1 opened").replace(
            "%1", result.ticket_number or ""), 8000)
        self.refresh()
