"""Values of the shift vocabularies the UI lists, re-exported so it need not import models."""

from app.models.handover import CarryReason, EquipmentState, HandoverStatus, ItemKind
from app.models.shift import LeaveStatus
from app.workflows.shifts.common import LEADER_ROLES

__all__ = ["LEADER_ROLES", "CarryReason", "EquipmentState", "HandoverStatus", "ItemKind",
           "LeaveStatus"]
