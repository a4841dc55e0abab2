"""The heating network in the desk (issue 16): F12 opens the network window for everyone
(editing is for leaders and admins, inside it); the card's outage line with its script and
F11 follow every call; a leader's desk gets the outage proposals dock."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.ui import features
from app.ui.network.pop_line import install_outage_line
from app.ui.network.proposals import install_proposals
from app.ui.network.window import open_network

if TYPE_CHECKING:
    from app.ui.desk_window import DeskWindow

__all__ = ["install_network", "install_network_guards", "open_network"]


def install_network(window: DeskWindow) -> None:
    """Call followers: the outage line's script and the one key that joins the incident."""
    install_outage_line(window)


def install_network_guards(window: DeskWindow) -> None:
    """Desk guards: the shift leader's outage proposals."""
    install_proposals(window)


features.register(features.FeatureAction(
    title=QCoreApplication.translate("Network", "Heating network"), shortcut="F12",
    open=open_network, key="network.window"))
