"""The steps an order allows now, for the desk to offer only those.

Read from the same table the steps enforce (transitions.py), plus who holds the order:
a claim takes only an order nobody holds (the claim's conditional UPDATE), and only its
holder gives it back (release). A step offered here can still be refused when another desk
changed the order meanwhile; the step's own check decides then.
"""

from __future__ import annotations

from app.workflows.tickets.transitions import (
    CLAIM,
    RELEASE,
    RULES,
    OrderFacts,
    OrderState,
    refusal,
    role_refusal,
)


def allowed_actions(order: OrderFacts, actor_id: int | None,
                    role: str | None = None) -> frozenset[str]:
    """The action names (transitions.CLAIM, ...) that apply to `order` for this actor;
    with `role`, less the steps that are not for it (transitions.ROLES, as the steps
    enforce)."""
    state = OrderState.of(order)
    allowed = {action for action in RULES if refusal(action, state) is None
               and (role is None or role_refusal(action, role) is None)}
    if state.assignee_id is not None:
        allowed.discard(CLAIM)
    if actor_id is None or state.assignee_id != actor_id:
        allowed.discard(RELEASE)
    return frozenset(allowed)
