"""The shift screens: the outgoing agent's log, the incoming agent's
sign-off, the leader's override, the history, the roster with leave and swaps, and the
duty indicator that keeps the desk open until the handover is signed (rule 3.4.2)."""
