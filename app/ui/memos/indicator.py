"""The messages on the desk's status bar (rule 4.2(5)): the unread count (a leader also
sees how many messages nobody has read for too long); at login the waiting messages are
shown at once. Clicking the count opens the message list."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from app.ui.field_errors import FieldErrors
from app.ui.ops import Op, OpRunner
from app.workflows.desk import Desk
from app.workflows.memos.inbox import MemoView, unread_at_login, unread_count
from app.workflows.memos.watch import unread_too_long
from app.workflows.permissions import Permission, allowed

REFRESH_MS = 60_000  # the count is read again every minute (quietly)
LISTED_AT_LOGIN = 8


class MemoIndicator(QPushButton):
    def __init__(self, desk: Desk, open_list: Callable[[], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setObjectName("memoIndicator")
        self.setFlat(True)
        self.clicked.connect(open_list)
        self.open_list = open_list
        self.ops = OpRunner(self, desk)
        self.errors = FieldErrors()
        self.watch = allowed(desk.actor.role if desk.actor else None, Permission.MEMO_WATCH)
        self.unread = 0
        self.late = 0
        self.notice: QMessageBox | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self._show()

    def refresh(self) -> None:
        desk, watch = self.desk, self.watch
        self.ops.run(Op(lambda: (unread_count(desk.uow()),
                                 len(unread_too_long(desk.uow())) if watch else 0),
                        done=lambda got: self.set_counts(*got), errors=self.errors,
                        key="memos.count", latest=True, quiet=True))

    def set_counts(self, unread: int, late: int = 0) -> None:
        self.unread, self.late = unread, late
        self._show()

    def _show(self) -> None:
        text = self.tr("Messages: %1 unread").replace("%1", str(self.unread))
        if self.late:
            text += self.tr(" · %1 unread too long").replace("%1", str(self.late))
        self.setText(text)
        self.setStyleSheet("color: #b3261e; font-weight: bold;" if self.unread or self.late
                           else "")
        # a crowded status bar (1366×768, a long link state) squeezes its permanent widgets
        # below their size; the count is never cut, the status bar's message gives way
        self.setMinimumWidth(self.sizeHint().width())

    def at_login(self) -> None:
        """Rule 4.2(5): what was left for the one signing in is shown before anything."""
        desk = self.desk
        self.ops.run(Op(lambda: unread_at_login(desk.uow()), done=self._waiting,
                        errors=self.errors, key="memos.login", quiet=True))
        self.refresh()

    def _waiting(self, memos: tuple[MemoView, ...]) -> None:
        if not memos:
            return
        lines = [f"· {m.author_name}：{m.about.splitlines()[0][:40]}"
                 + (f"（{m.caller} {m.phone}）" if m.caller or m.phone else "")
                 for m in memos[:LISTED_AT_LOGIN]]
        if len(memos) > LISTED_AT_LOGIN:
            lines.append("…")
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Messages for you"),
                          self.tr("%1 message(s) were left for you:").replace(
                              "%1", str(len(memos))) + "\n\n" + "\n".join(lines),
                          parent=self.window())
        box.setObjectName("memoLoginNotice")
        show = box.addButton(self.tr("Open messages"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        show.clicked.connect(self.open_list)
        self.notice = box
        box.open()
