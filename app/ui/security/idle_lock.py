"""The idle lock (issue 15, ASVS 3.3.2): a desk nobody touched for `desk.idle_lock_minutes`
locks and asks its user's password again; Ctrl+Shift+Q locks it at once.

Nothing is closed or cleared: every open window of the application gets an opaque cover
(a child widget on top of its content), and one application-modal dialog asks for the
password, so whatever was typed and every window's place stay as they were. Shortcuts do
nothing while locked. The desk never locks during a call (the window's CurrentCall says
whether one is in progress): a call counts as activity.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.field_errors import FieldError
from app.ui.ops import Op, OpRunner
from app.ui.security.messages import security_explain, security_field_errors
from app.ui.slots import Slot
from app.workflows.desk import Desk

if TYPE_CHECKING:
    from app.ui.desk_window import DeskWindow

CHECK_MS = 15_000  # how often the idle time is looked at
ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                      QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin})


class Cover(QWidget):
    """An opaque sheet over one window's content while the desk is locked."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockCover")
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#lockCover { background: #2b3a4a; }")
        label = QLabel(self.tr("HeatDesk is locked"), self)
        label.setStyleSheet("color: #dfe6ee; font-size: 18px;")
        layout = QVBoxLayout(self)
        layout.addWidget(label, 0, Qt.AlignmentFlag.AlignCenter)
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
            self.raise_()
        return False


class LockDialog(QDialog):
    """Asks the signed-in user's password; Esc and the close button do not unlock."""

    def __init__(self, desk: Desk, parent: QWidget) -> None:
        super().__init__(parent)
        assert desk.actor is not None
        self.desk = desk
        self.setObjectName("lockDialog")
        self.setWindowTitle(self.tr("HeatDesk is locked"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        who = QLabel(self.tr("This desk is locked. %1 (%2), enter your password to go on; "
                             "everything you typed is kept.")
                     .replace("%1", desk.actor.name).replace("%2", desk.actor.job_number),
                     self)
        who.setWordWrap(True)
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("lockPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("Password"))
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.general = FieldError(parent=self)
        self.errors = security_field_errors(self.general)
        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addWidget(self.errors.add("password", self.password_edit))
        layout.addWidget(self.general)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)  # grows with an error
        who.setFixedWidth(400)
        self.ops = OpRunner(self, desk)
        self.ops.explain_with(security_explain)

    def try_unlock(self) -> None:
        from app.workflows.security.idle import unlock_desk

        password = self.password_edit.text()
        if not password:
            self.errors.show({"password": "required"})
            return
        desk = self.desk
        self.ops.run(Op(lambda: unlock_desk(desk.uow(), password), done=lambda _r: self.accept(),
                        errors=self.errors, failed=lambda _e: self.password_edit.clear(),
                        long=True, key="unlock", disable=(self.unlock_button,),
                        label=self.tr("Checking…")))

    def reject(self) -> None:  # Esc: stays locked
        self.password_edit.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt)
        if self.result() != QDialog.DialogCode.Accepted:
            event.ignore()


class IdleLock(QObject):
    """Watches the application's input; locks the desk window's application when idle.

    The input is watched on the application's windows (QWindow), which the system's keys
    and mouse reach first, not on the application as a whole: a filter there is asked
    about every event of every widget (each paint, each timer), and each time Python must
    first take the interpreter lock from whatever worker thread holds it, so a window
    painted slowly while a report or a queue page was being read. The application-wide
    filter is there only while locked, to keep the shortcuts from answering."""

    def __init__(self, window: DeskWindow, desk: Desk, minutes: float = 0) -> None:
        super().__init__(window)
        self.window, self.desk = window, desk
        self.minutes = minutes
        self.last_activity = time.monotonic()
        self.covers: list[Cover] = []
        self.dialog: LockDialog | None = None
        self.watch_windows()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):  # a window opened since is watched once used
            app.focusWindowChanged.connect(self._window_focused)  # dropped with this object
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def watch_windows(self) -> None:
        """Every window of the application reports its input here (installing the same
        filter again on a window changes nothing)."""
        for handle in QGuiApplication.topLevelWindows():
            handle.installEventFilter(self)

    def _window_focused(self, _window: object) -> None:
        self.watch_windows()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        kind = event.type()
        # getattr: a lock whose Python half the collector cleared sees the last events of a
        # window destroyed with it (app/ui/window_events.py)
        if getattr(self, "dialog", None) is not None:
            # nothing but the lock dialog answers keys while locked
            return kind == QEvent.Type.Shortcut
        if kind in ACTIVITY:
            self.last_activity = time.monotonic()
        return False

    def idle_seconds(self) -> float:
        return time.monotonic() - self.last_activity

    def check(self) -> None:
        """Lock when idle long enough; never during a call (a call is activity)."""
        if self.locked or self.minutes <= 0:
            return
        self.watch_windows()
        if self.window.call.in_call:
            self.last_activity = time.monotonic()
            return
        if self.idle_seconds() >= self.minutes * 60:
            self.lock()

    def lock(self) -> None:
        if self.locked or self.desk.actor is None:
            return
        windows = [w for w in QApplication.topLevelWidgets()
                   if w.isVisible() and not isinstance(w, QMenu) and w.isWindow()]
        self.covers = [Cover(w) for w in windows]
        app = QApplication.instance()
        if app is not None:  # the shortcuts of every widget, while locked only
            app.installEventFilter(self)
        self.dialog = LockDialog(self.desk, self.window)
        self.dialog.accepted.connect(self._unlocked)
        self.dialog.open()
        self.dialog.raise_()
        self.dialog.password_edit.setFocus()

    def _unlocked(self) -> None:
        for cover in self.covers:
            parent = cover.parentWidget()
            if parent is not None:
                parent.removeEventFilter(cover)
            cover.deleteLater()
        self.covers = []
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self.last_activity = time.monotonic()


IDLE_LOCK = Slot("security.idle_lock", IdleLock)


def install_idle_lock(window: DeskWindow) -> IdleLock:
    """Called once per desk window (desk_features.install_desk_guards)."""
    from app.workflows.security.idle import idle_lock_minutes

    desk = window.desk
    lock = window.slots.put(IDLE_LOCK, IdleLock(window, desk))

    def configured(minutes: float) -> None:
        lock.minutes = minutes

    window.ops.run(Op(lambda: idle_lock_minutes(desk.uow()), done=configured,
                      key="security.idle_minutes", quiet=True))
    return lock


def lock_now(window: DeskWindow, desk: Desk) -> IdleLock | None:
    """Ctrl+Shift+Q: lock the desk at once (walking away from it)."""
    lock = window.slots.get(IDLE_LOCK)
    if lock is not None:
        lock.lock()
    return lock
