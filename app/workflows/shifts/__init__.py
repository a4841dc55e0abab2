"""Shifts and the handover (rules 3.3, 3.4): pattern, roster, leave, swaps, the handover
log, its two-party sign-off, the duty check that keeps the outgoing agent on duty, and the
searchable history."""
