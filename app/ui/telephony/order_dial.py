"""Click-to-dial from an order (the F6 queues: a callback 回访, a case, any order): a
button under the order's actions and Ctrl+Shift+C; the call is kept with the order."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QBoxLayout, QLayout, QPushButton, QWidget

from app.ui.telephony.controller import TelephonyDesk
from app.workflows.permissions import Permission, allowed
from app.workflows.tickets.detail import TicketDetail

DIAL_KEY = "Ctrl+Shift+C"


def telephony_above(widget: QObject | None) -> TelephonyDesk | None:
    """The desk window's telephony, found up the parents (the queues are its child)."""
    while widget is not None:
        slots = getattr(widget, "slots", None)
        if slots is not None:
            from app.ui.telephony.install import TELEPHONY

            return slots.get(TELEPHONY)
        widget = widget.parent()
    return None


class OrderDial(QObject):
    """`current()` gives the order shown; the button and the key dial its customer."""

    def __init__(self, window: QWidget, role: str | None,
                 detail_of: Callable[[], TicketDetail | None]) -> None:
        super().__init__(window)
        self.window = window
        self.detail_of = detail_of
        self.button = QPushButton(self.tr("Call the customer (Ctrl+Shift+C)"))
        self.button.setObjectName("orderDial")
        self.button.clicked.connect(self.dial)
        if not allowed(role, Permission.TELEPHONY_DIAL):  # else shown with its pane:
            self.button.hide()  # setVisible(True) before it has a parent opened it as a
            # window of its own for a moment, taking the keyboard from the desk
        shortcut = QShortcut(QKeySequence(DIAL_KEY), window, self.dial)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)

    def dial(self) -> None:
        if not self.button.isVisible():
            return
        detail = self.detail_of()
        telephony = telephony_above(self.window)
        if detail is None or telephony is None:
            return
        about = f"{detail.number} {detail.customer_name}".strip()
        telephony.open_dial(detail.phone, about, detail.id, parent=self.window)


def attach_order_dial(window: QWidget, role: str | None,
                      detail_of: Callable[[], TicketDetail | None],
                      box: QLayout | None) -> OrderDial:
    """Put the dial button under the order's actions in `box` (the detail pane's column:
    title, fields, actions, ...) and bind the key."""
    dial = OrderDial(window, role, detail_of)
    if isinstance(box, QBoxLayout):
        box.insertWidget(3, dial.button)
    return dial
