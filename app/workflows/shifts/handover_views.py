"""The read models the shift screens receive, re-exported so the UI need not import the
repositories layer (ARCHITECTURE.md: ui -> workflows only)."""

from app.repositories.shifts.handover import CarryLine, HandoverSummary, HandoverView, ItemLine
from app.repositories.shifts.roster import DutyView, LeaveView, SlotView, StaffChoice, SwapView

__all__ = ["CarryLine", "DutyView", "HandoverSummary", "HandoverView", "ItemLine",
           "LeaveView", "SlotView", "StaffChoice", "SwapView"]
