"""What the desk does with an outage over the caller's building (issue 16).

The card says the outage in one sentence at its top (`outage_text`, set by the card
itself); this follower adds the matching etiquette phrase beneath it (the library's
停热告知语 category, filled with the outage and the restore time) and binds F11:
add this call to the outage's incident. The call's work order, when it is saved already,
is linked at once; otherwise it is linked as soon as it is saved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QBoxLayout, QLabel

from app.ui.etiquette.install import ETIQUETTE_PANEL
from app.ui.network.outage_text import cause, restore_time
from app.ui.ops import Op
from app.ui.slots import Slot
from app.workflows.etiquette.library import Library, default_library
from app.workflows.etiquette.placeholders import fill
from app.workflows.intake import IntakeResult
from app.workflows.network.vocab import OutageLine
from app.workflows.tickets.incidents import link_ticket

if TYPE_CHECKING:
    from app.ui.desk_window import DeskWindow

ADD_KEY = "F11"


def outage_script(outage: OutageLine, library: Library) -> str:
    """The first phrase of the library's outage category for this kind, filled in."""
    wanted = "planned_outage" if outage.kind == "planned" else "outage"
    for category in (*library.categories, *default_library().categories):
        if category.id == wanted and category.phrases:
            values = {"outage": cause(outage), "restore_time": restore_time(outage)}
            return fill(category.phrases[0], values, library.placeholder_labels)
    return ""


class OutageFollower(QObject):
    def __init__(self, window: DeskWindow) -> None:
        super().__init__(window)
        self.window = window
        self.armed_incident: int | None = None  # link the next saved order to it
        card = window.card
        self.script = QLabel(card)
        self.script.setObjectName("outageScript")
        self.script.setWordWrap(True)
        self.script.setStyleSheet("color: #7a0014; font-style: italic;")
        self.script.hide()
        page = card.outage.parentWidget()
        box = page.layout() if page is not None else None
        if isinstance(box, QBoxLayout):  # beneath the outage sentence, at the card's top
            box.insertWidget(box.indexOf(card.outage) + 1, self.script)
        window.customer_found.connect(self._found)
        window.call_started.connect(self._new_call)
        window.call_reset.connect(self._new_call)
        window.work_order_saved.connect(self._saved)
        self.shortcut = QShortcut(QKeySequence(ADD_KEY), window)
        self.shortcut.activated.connect(self.add_call)

    @property
    def outage(self) -> OutageLine | None:
        return self.window.card.outage_shown if self.window.card.card is not None else None

    def _library(self) -> Library:
        panel = self.window.slots.get(ETIQUETTE_PANEL)
        return panel.script.library if panel is not None else default_library()

    def _found(self, _card: object) -> None:
        outage = self.outage
        text = outage_script(outage, self._library()) if outage is not None else ""
        if outage is not None and outage.incident_id is not None:
            # the separator is the translation's own: a space in English, none before
            # the full-width bracket in Chinese
            text += self.tr(" (F11 adds this call to the incident)")
        self.script.setText(text)
        self.script.setVisible(bool(text))

    def _new_call(self) -> None:
        self.armed_incident = None

    def add_call(self) -> None:
        """F11: this call's work order becomes a child of the outage's incident."""
        outage = self.outage
        bar = self.window.statusBar()
        if outage is None or outage.incident_id is None:
            bar.showMessage(self.tr("No outage covers this caller's building"), 5000)
            return
        result = self.window.last_result
        if (result is not None and result.ticket_id is not None
                and self.window.call.ended_at is not None):
            self._link(outage.incident_id, result)
            return
        self.armed_incident = outage.incident_id
        bar.showMessage(self.tr("The work order of this call joins the incident when saved"),
                        8000)

    def _saved(self, result: IntakeResult) -> None:
        if self.armed_incident is not None:
            incident, self.armed_incident = self.armed_incident, None
            self._link(incident, result)

    def _link(self, incident_id: int, result: IntakeResult) -> None:
        ticket_id = result.ticket_id
        if ticket_id is None:
            return
        desk = self.window.desk
        number = result.ticket_number or ""

        def linked(_none: object) -> None:
            self.window.statusBar().showMessage(
                self.tr("Work order %1 added to the incident").replace("%1", number), 8000)

        self.window.ops.run(Op(lambda: link_ticket(desk.uow(), incident_id, ticket_id),
                               done=linked, key="network.link",
                               label=self.tr("Adding to the incident…")))


OUTAGE_FOLLOWER = Slot("network.outage_follower", OutageFollower)


def install_outage_line(window: DeskWindow) -> OutageFollower:
    return window.slots.put(OUTAGE_FOLLOWER, OutageFollower(window))
