"""The shift leader's outage proposals (issue 16, deliverable 4).

On a leader's desk, a watch asks the detection workflow on a timer and whenever another
desk saves a contact (the change feed): when no-heat calls from one substation's
buildings pass the threshold, the substation is proposed once (the proposal is a row, so
every leader's desk shows the same one and none repeats it). The dock lists the open
proposals; 宣布停热 opens the network window on the substation with the declare dialog
filled in, 忽略 dismisses it. An agent's desk runs no watch.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui import timefmt
from app.ui.change_feed_qt import QtChangeFeed
from app.ui.network.window import open_network
from app.ui.ops import Op
from app.ui.slots import Slot
from app.ui.window_events import window_event
from app.workflows.desk import Desk
from app.workflows.network.detect import decide_proposal, detect_outages
from app.workflows.network.outages import Declared
from app.workflows.network.vocab import ProposalView
from app.workflows.permissions import Permission, allowed
from app.workflows.vocab import Role

if TYPE_CHECKING:
    from app.ui.desk_window import DeskWindow

CHECK_MS = 60_000
WATCHING = frozenset({Role.SHIFT_LEADER.value, Role.SUPERVISOR.value})


class ProposalPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        self.list = QListWidget()
        self.list.setObjectName("outageProposals")
        self.list.setWordWrap(True)
        box.addWidget(self.list)
        row = QHBoxLayout()
        self.declare = QPushButton(self.tr("Declare outage…"))
        self.dismiss = QPushButton(self.tr("Dismiss"))
        row.addWidget(self.declare)
        row.addWidget(self.dismiss)
        box.addLayout(row)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        box.addWidget(self.hint)

    def show_proposals(self, proposals: list[ProposalView]) -> None:
        self.list.clear()
        for p in proposals:
            text = self.tr("%1: %2 no-heat calls since %3 (%4 households below)")
            item = QListWidgetItem(text.replace("%1", p.substation).replace("%2", str(p.calls))
                                   .replace("%3", timefmt.fmt(p.first_call_at, timefmt.TIME))
                                   .replace("%4", str(p.households)))
            item.setData(256, p)
            self.list.addItem(item)
        if proposals:
            self.list.setCurrentRow(0)

    def current(self) -> ProposalView | None:
        item = self.list.currentItem()
        found = item.data(256) if item is not None else None
        return found if isinstance(found, ProposalView) else None


class ProposalWatch(QObject):
    def __init__(self, window: DeskWindow, desk: Desk, live: bool = True) -> None:
        super().__init__(window)
        self.window, self.desk = window, desk
        self.proposals: list[ProposalView] = []
        self.panel = ProposalPanel()
        self.dock: QDockWidget = window.add_side_panel(
            self.panel, self.tr("Outage proposals"))
        self.dock.setObjectName("outageProposalDock")
        self.dock.hide()  # it appears with the first proposal
        self.panel.declare.clicked.connect(self.declare_current)
        self.panel.dismiss.clicked.connect(self.dismiss_current)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        self.feed: QtChangeFeed | None = None
        if live:
            self.feed = QtChangeFeed.for_desk(desk, self)
            self.feed.changed.connect(self._on_change)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        # a closed desk window is hidden by the close (minimising hides spontaneously)
        if window_event(self, watched, event, QEvent.Type.Hide) and not event.spontaneous():
            self.stop()
        return False

    def _on_change(self, entities: frozenset[str]) -> None:
        if QtChangeFeed.touches(entities, "contact", "network_proposal", "network_outage"):
            self.check()

    def check(self) -> None:
        desk = self.desk
        self.window.ops.run(Op(lambda: detect_outages(desk.uow()), done=self._show,
                               key="network.detect", quiet=True))

    def _show(self, proposals: list[ProposalView]) -> None:
        self.proposals = proposals
        self.panel.show_proposals(proposals)
        self.dock.setVisible(bool(proposals))
        if proposals:
            self.dock.raise_()

    def declare_current(self) -> None:
        proposal = self.panel.current()
        if proposal is None:
            return
        network = open_network(self.window, self.desk)
        reason = self.tr("%1 no-heat calls from the substation's buildings").replace(
            "%1", str(proposal.calls))

        def ready() -> None:
            if not network.select_substation(proposal.substation_id):
                QTimer.singleShot(200, ready)  # the tree is still being read
                return
            dialog = network.declare(reason)
            if dialog is not None:
                dialog.declared.connect(lambda d: self._declared(proposal, d))

        ready()

    def _declared(self, proposal: ProposalView, declared: Declared) -> None:
        desk, outage_id = self.desk, declared.outage.id
        self.window.ops.run(Op(lambda: decide_proposal(desk.uow(), proposal.id,
                                                       outage_id=outage_id),
                               done=lambda _n: self.check(), key="network.decide"))

    def dismiss_current(self) -> None:
        proposal = self.panel.current()
        if proposal is None:
            return
        desk = self.desk
        self.window.ops.run(Op(lambda: decide_proposal(desk.uow(), proposal.id),
                               done=lambda _n: self.check(), key="network.decide"))

    def stop(self) -> None:
        self.timer.stop()
        if self.feed is not None:
            self.feed.stop()
            self.feed = None


PROPOSAL_WATCH = Slot("network.proposal_watch", ProposalWatch)


def install_proposals(window: DeskWindow, live: bool = True) -> ProposalWatch | None:
    """On a shift leader's or supervisor's desk: the proposals dock and its watch."""
    role = window.desk.actor.role if window.desk.actor else None
    if role not in WATCHING or not allowed(role, Permission.NETWORK_OUTAGE):
        return None
    watch = window.slots.put(PROPOSAL_WATCH, ProposalWatch(window, window.desk, live))
    QTimer.singleShot(0, watch.check)
    return watch

