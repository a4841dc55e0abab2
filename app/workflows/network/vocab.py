"""Values and read models of the network the UI lists, re-exported so it need not import
the models or the repositories."""

from app.models.network import (
    EquipmentKind,
    EquipmentStatus,
    NodeKind,
    OutageKind,
    OutageOrigin,
)
from app.repositories.network.views import (
    EquipmentChangeView,
    EquipmentView,
    NodeView,
    OutageLine,
    OutageView,
    ProposalView,
)

__all__ = ["EquipmentChangeView", "EquipmentKind", "EquipmentStatus", "EquipmentView",
           "NodeKind", "NodeView", "OutageKind", "OutageLine", "OutageOrigin", "OutageView",
           "ProposalView"]
