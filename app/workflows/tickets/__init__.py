"""Work orders across desks: lifecycle steps, claiming, deadlines, escalation, callbacks,
cases and incidents (rules 2.5, 2.8, 3.6.2, 5.2.2, 5.3.1).

Every step is one conditional UPDATE plus one event naming the step (steps.py), so two
desks never overwrite each other and the history says what happened in words. Which step
applies to which order is one table (transitions.py), which the steps enforce and the desk
asks through `allowed_actions`; the action names below are the steps' names.
"""

from app.workflows.tickets.transitions import (
    CALLBACK,
    CLAIM,
    CLOSE,
    DISPATCH,
    ESCALATE,
    FOLLOW_UP,
    LINK_INCIDENT,
    OPEN_CASE,
    PAUSE,
    RELEASE,
    REOPEN,
    RESOLVE,
    RESUME,
    START,
)

__all__ = ["CALLBACK", "CLAIM", "CLOSE", "DISPATCH", "ESCALATE", "FOLLOW_UP", "LINK_INCIDENT",
           "OPEN_CASE", "PAUSE", "RELEASE", "REOPEN", "RESOLVE", "RESUME", "START"]
