"""Telephony on the desk window: the link state in the status bar, the PBX's calls, and
click-to-dial (Ctrl+Shift+C, also in the 功能 menu) for the caller or customer shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QBoxLayout, QPushButton

from app.ui import features
from app.ui.slots import Slot
from app.ui.telephony.controller import TelephonyDesk
from app.workflows.desk import Desk
from app.workflows.permissions import ROLE_PERMISSIONS, Permission, allowed

if TYPE_CHECKING:
    from app.ui.desk_window import DeskWindow

TELEPHONY = Slot("telephony.desk", TelephonyDesk)
DIAL_KEY = "Ctrl+Shift+C"


def install_telephony(window: DeskWindow) -> TelephonyDesk:
    telephony = window.slots.put(TELEPHONY, TelephonyDesk(window))
    actor = window.desk.actor
    if actor is not None and allowed(actor.role, Permission.TELEPHONY_DIAL):
        button = QPushButton(QCoreApplication.translate("Telephony", "Call"))
        button.setObjectName("deskDial")
        button.setToolTip(QCoreApplication.translate(
            "Telephony", "Call the caller or the customer shown back through the PBX "
                         "(Ctrl+Shift+C)"))
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setMinimumWidth(button.sizeHint().width())  # never clipped by the row
        button.clicked.connect(lambda: dial_from_desk(window, window.desk))
        row = window.caller.layout()
        if isinstance(row, QBoxLayout):
            row.insertWidget(row.indexOf(window.caller.answer_button) + 1, button, 0,
                             Qt.AlignmentFlag.AlignTop)
    telephony.connect_pbx()
    link = telephony.link
    window.destroyed.connect(lambda *_: link.shutdown())
    return telephony


def telephony_of(window: object) -> TelephonyDesk | None:
    slots = getattr(window, "slots", None)
    return slots.get(TELEPHONY) if slots is not None else None


def dial_from_desk(window: DeskWindow, _desk: Desk) -> object:
    """The caller's number (or the shown customer's), for a callback or a case."""
    telephony = telephony_of(window)
    if telephony is None:
        return None
    card = window.card.card  # the customer shown, if any
    number = window.caller.number.text().strip() or window.call.number
    if not number and card is not None and card.phones:
        number = card.phones[0]
    about = f"{card.name} {card.account_number}" if card is not None else ""
    return telephony.open_dial(number, about)


features.register(features.FeatureAction(
    title=QCoreApplication.translate("Telephony", "Call the customer through the PBX"),
    shortcut=DIAL_KEY, open=dial_from_desk, key="telephony.dial",
    roles=frozenset(role.value for role in ROLE_PERMISSIONS[Permission.TELEPHONY_DIAL])))
