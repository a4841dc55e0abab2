"""Every feature that plugs into the intake desk, named in one place.

Menu entries register themselves on import (`app/ui/features.py`); the installers below add
what a feature puts into the window itself. The desk window calls them and knows no
feature by name, so a new feature is one line here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.ui.customers import install as _customers  # noqa: F401 (customer archive, Ctrl+F11)
from app.ui.etiquette.install import install_etiquette

# the Features menu lists entries in key order (features.key_order), whatever the imports
from app.ui.shifts.install import install_handover  # isort: skip
from app.ui.memos.install import install_memos  # Ctrl+Shift+M, unread count, at login
from app.ui.printing import install as _printing  # noqa: F401 (notices, Ctrl+Shift+V/W/N/K)
from app.ui.quality import install as _quality  # noqa: F401 (heating quality, F9)
from app.ui.rule_settings import install as _rule_settings  # noqa: F401 (leaders, Ctrl+Shift+B)
from app.ui.trips import install as _trips  # noqa: F401 (field trips, Ctrl+Shift+T)
from app.ui.visitors import install as _visitors  # noqa: F401 (reception, Ctrl+Shift+I)

from app.ui.tickets.install import install_overdue_alerts, prepare_queues  # isort: skip
from app.ui.network.install import install_network, install_network_guards  # F12, outages
from app.ui.reports import install as _reports  # noqa: F401 (F8 dashboard, Ctrl+F8 surveys)
from app.ui.security.install import install_idle_lock  # Ctrl+Shift+U/P/Z/Q, idle lock
from app.ui.telephony.install import install_telephony  # PBX link, Ctrl+Shift+C dial

if TYPE_CHECKING:
    from app.ui.desk_window import DeskWindow


def install_call_followers(window: DeskWindow) -> None:
    """Panels that follow the call; installed before a draft is restored into the form."""
    install_etiquette(window)  # the etiquette prompt panel beside the form
    install_network(window)  # the card's outage script; F11 joins the incident
    install_telephony(window)  # the PBX's calls drive the desk's call (issue 18)


def install_desk_guards(window: DeskWindow) -> None:
    """What watches the desk as a whole, once the window is complete."""
    install_handover(window)  # duty indicator; refuses to end an unhanded shift (3.4.2)
    install_overdue_alerts(window)  # overdue sweep; the leader's alert dock (rule 2.8)
    install_network_guards(window)  # the leader's outage proposals (issue 16)
    install_memos(window)  # messages for absent colleagues: status-bar count, shown at login
    install_idle_lock(window)  # the desk locks when idle, never during a call (issue 15)
    prepare_queues(window)  # the F6 window built at idle after login, shown at once on F6
